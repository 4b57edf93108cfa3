package com.copydesk.engine.clutter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The targets on the project's own stories wrapped in every invented site's furniture:
 * furniture lines found, article lines left alone, pages cleaned to exactly the story.
 * {@link ClutterMeasure} prints the same figures for larger sets.
 */
class ClutterMeasurementTest {

  @Test
  void ownStoriesInEveryInventedSiteMeetTheTargets() throws Exception {
    List<Article> stories = new ArrayList<>(Articles.stories(Articles.resource("/clutter/british-stories.txt"), false));
    stories.addAll(Articles.stories(Articles.resource("/clutter/wire-stories.txt"), true));
    assertThat(stories).hasSize(12);
    FurnitureScore.Tally all = FurnitureScore.run(stories, SiteTemplates.all(), 42).total(null);
    assertThat(all.recall()).as("furniture lines flagged").isGreaterThanOrEqualTo(0.95);
    assertThat(all.falseRate()).as("article lines flagged").isLessThanOrEqualTo(0.005);
    assertThat(all.exactRate()).as("pages cleaned to exactly the story").isGreaterThanOrEqualTo(0.90);
  }
}
