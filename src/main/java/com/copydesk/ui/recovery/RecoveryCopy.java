package com.copydesk.ui.recovery;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A recovery copy of a draft with unsaved changes: the editor's text (LF breaks) and what is needed
 * to put it back on the desk as it was — the original file (null for an untitled draft), its
 * format, charset, byte-order mark and line break, the caret, and the spots the copy editor
 * ignored. {@code owner} is the process that writes it, so that a desk still running is never
 * offered another desk's live copy.
 *
 * @param id          stable for one draft on the desk; names the file in the store
 * @param savedAt     when the copy was taken
 * @param source      the original file, or null
 * @param name        the name the desk showed (e.g. "article.txt")
 * @param format      the document format's name, e.g. "Plain text"
 * @param charset     the charset name for text formats, "" when not applicable (Word)
 * @param bom         the byte-order mark the file had, as bytes (empty for none)
 * @param lineBreak   the file's most common line break: "\n", "\r\n" or "\r"
 * @param caret       the caret's offset in {@code text}
 * @param ignoredSpots fingerprints of issues ignored with "Ignore"
 * @param owner       the writing process, "pid@startMillis"
 * @param text        the draft's text
 */
public record RecoveryCopy(String id, Instant savedAt, Path source, String name, String format,
    String charset, byte[] bom, String lineBreak, int caret, Set<String> ignoredSpots, String owner,
    String text) {

  public RecoveryCopy {
    Objects.requireNonNull(id);
    Objects.requireNonNull(savedAt);
    Objects.requireNonNull(name);
    format = format == null ? "" : format;
    charset = charset == null ? "" : charset;
    bom = bom == null ? new byte[0] : bom.clone();
    lineBreak = "\r\n".equals(lineBreak) || "\r".equals(lineBreak) ? lineBreak : "\n";
    ignoredSpots = ignoredSpots == null ? Set.of() : Set.copyOf(ignoredSpots);
    owner = owner == null ? "" : owner;
    Objects.requireNonNull(text);
    caret = Math.max(0, Math.min(caret, text.length()));
  }

  @Override
  public byte[] bom() {
    return bom.clone();
  }

  /** The id and owner string of the running process. */
  public static String currentOwner() {
    ProcessHandle me = ProcessHandle.current();
    return me.pid() + "@" + me.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
  }

  /** True when the process that wrote this copy is still running (so the draft is not lost). */
  public boolean ownerIsAlive() {
    int at = owner.indexOf('@');
    if (at <= 0) {
      return false;
    }
    try {
      long pid = Long.parseLong(owner.substring(0, at));
      long started = Long.parseLong(owner.substring(at + 1));
      return ProcessHandle.of(pid)
          .filter(ProcessHandle::isAlive)
          .map(h -> started == 0 || h.info().startInstant().map(Instant::toEpochMilli).orElse(started) == started)
          .orElse(false);
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** The same copy, written by another process (a desk that restored it). */
  public RecoveryCopy withOwner(String newOwner) {
    return new RecoveryCopy(id, savedAt, source, name, format, charset, bom, lineBreak, caret, ignoredSpots,
        newOwner, text);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RecoveryCopy c && id.equals(c.id) && savedAt.equals(c.savedAt)
        && Objects.equals(source, c.source) && name.equals(c.name) && format.equals(c.format)
        && charset.equals(c.charset) && java.util.Arrays.equals(bom, c.bom) && lineBreak.equals(c.lineBreak)
        && caret == c.caret && ignoredSpots.equals(c.ignoredSpots) && owner.equals(c.owner) && text.equals(c.text);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, savedAt, source, text.length());
  }

  @Override
  public String toString() {
    return "RecoveryCopy[" + id + ", " + name + ", " + savedAt + ", " + text.length() + " chars]";
  }
}
