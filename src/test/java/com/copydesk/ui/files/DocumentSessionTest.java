package com.copydesk.ui.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.copydesk.formats.Documents;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentSessionTest {
  @TempDir
  Path dir;

  static byte[] bomCrlf(String lfText) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    out.writeBytes(lfText.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  @Test
  void savingKeepsTheBomAndCrlfBreaksAndClearsTheMarker() throws Exception {
    Path file = dir.resolve("quay.txt");
    Files.write(file, bomCrlf("Quay works start.\n\nTraffic will be diverted."));
    DocumentSession s = new DocumentSession();
    s.opened(Documents.open(file), null);
    assertThat(s.editorText()).isEqualTo("Quay works start.\n\nTraffic will be diverted.");
    assertThat(s.titleBinding().get()).isEqualTo("quay.txt — Copydesk");

    String edited = "Quay works begin.\n\nTraffic will be diverted.";
    s.textChanged(edited);
    assertThat(s.isModified()).isTrue();
    assertThat(s.titleBinding().get()).isEqualTo("*quay.txt — Copydesk");
    s.save(edited);
    assertThat(Files.readAllBytes(file)).isEqualTo(bomCrlf(edited));
    assertThat(s.isModified()).isFalse();
  }

  @Test
  void undoingBackToTheSavedTextClearsTheMarker() throws Exception {
    Path file = dir.resolve("note.txt");
    Files.writeString(file, "Short note.");
    DocumentSession s = new DocumentSession();
    s.opened(Documents.open(file), null);
    s.textChanged("Short notes.");
    assertThat(s.isModified()).isTrue();
    s.textChanged("Short note.");
    assertThat(s.isModified()).isFalse();
  }

  @Test
  void theSampleIsUntitledAndSavesAsANewFileInUtf8() throws Exception {
    DocumentSession s = new DocumentSession();
    s.opened(Samples.sample(), Samples.sampleName());
    assertThat(s.isUntitled()).isTrue();
    assertThat(s.titleBinding().get()).startsWith(Samples.SAMPLE_FILE + " (sample)");
    assertThat(s.suggestedFileName()).isEqualTo(Samples.SAMPLE_FILE);
    assertThatThrownBy(() -> s.save(s.editorText())).isInstanceOf(IllegalStateException.class);

    Path target = dir.resolve("copy.txt");
    String text = s.editorText() + "\nOne more line.";
    s.saveAs(text, target);
    assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo(text);
    assertThat(s.path()).isEqualTo(target);
    assertThat(s.titleBinding().get()).isEqualTo("copy.txt — Copydesk");
  }
}
