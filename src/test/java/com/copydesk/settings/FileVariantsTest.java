package com.copydesk.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.copydesk.core.Variant;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The variant a copy editor chose for a file is remembered across sessions, for a bounded number of files. */
class FileVariantsTest {
  @TempDir
  Path dir;

  @Test
  void aChoiceSurvivesASaveAndLoadAndCanBeForgotten() throws Exception {
    Path story = dir.resolve("stories/with space, and = sign.txt");
    UserSettings s = UserSettings.load(dir.resolve("config"));
    s.setVariant(Variant.EN_GB);
    s.setVariantFor(story, Variant.EN_AU);
    s.setVariantFor(dir.resolve("other.txt"), Variant.EN_CA);
    s.save();

    UserSettings again = UserSettings.load(dir.resolve("config"));
    assertThat(again.variantFor(story)).contains(Variant.EN_AU);
    assertThat(again.variantFor(dir.resolve("stories/../stories/with space, and = sign.txt"))).contains(Variant.EN_AU);
    assertThat(again.variantFor(dir.resolve("other.txt"))).contains(Variant.EN_CA);
    assertThat(again.variantFor(dir.resolve("never.txt"))).isEmpty();
    assertThat(again.variant()).as("the default is separate").isEqualTo(Variant.EN_GB);

    again.setVariantFor(story, null);
    assertThat(again.variantFor(story)).isEmpty();
    assertThat(again.variantFor(dir.resolve("other.txt"))).contains(Variant.EN_CA);
  }

  @Test
  void onlyTheMostRecentChoicesAreKept() {
    UserSettings s = UserSettings.load(dir.resolve("config"));
    for (int i = 0; i <= UserSettings.MAX_FILE_VARIANTS; i++) {
      s.setVariantFor(dir.resolve("f" + i + ".txt"), Variant.EN_NZ);
    }
    assertThat(s.variantFor(dir.resolve("f0.txt"))).as("the oldest is dropped").isEmpty();
    assertThat(s.variantFor(dir.resolve("f1.txt"))).contains(Variant.EN_NZ);
    assertThat(s.variantFor(dir.resolve("f" + UserSettings.MAX_FILE_VARIANTS + ".txt"))).contains(Variant.EN_NZ);
  }
}
