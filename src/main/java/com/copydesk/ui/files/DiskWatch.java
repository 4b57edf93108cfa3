package com.copydesk.ui.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Optional;

/**
 * Whether the file on the desk was changed by another program since Copydesk opened or saved it:
 * its size differs, or its modification time differs and so does its content (a SHA-256 of the
 * bytes; a file merely touched is not "changed"). A file that was deleted is not "changed" — saving
 * simply writes it again. Plain Java; no window needed.
 */
public final class DiskWatch {
  /** What a file looked like: size, modification time and a hash of its bytes. */
  record Stamp(long size, FileTime modified, byte[] sha256) {
    boolean sameContentAs(Stamp other, Path path) {
      if (size != other.size) {
        return false;
      }
      if (modified.equals(other.modified)) {
        return true;
      }
      return Arrays.equals(hash(path), other.sha256);
    }
  }

  private Path path;
  private Stamp known;
  private Stamp dismissed;

  /** Remembers the file as it is now (after opening or saving it); null forgets. */
  public void track(Path file) {
    path = file;
    known = file == null ? null : stamp(file, true).orElse(null);
    dismissed = null;
  }

  public Path path() {
    return path;
  }

  /** True when the file now on disk is not what Copydesk last read or wrote. */
  public boolean changedOnDisk() {
    return current().isPresent();
  }

  /**
   * True when the file changed and the copy editor has not already declined to reload this very
   * version (asked once per change when the window regains focus).
   */
  public boolean shouldOfferReload() {
    Optional<Stamp> now = current();
    return now.isPresent() && (dismissed == null || !now.get().sameContentAs(dismissed, path));
  }

  /** The copy editor kept their version: don't offer this change again (Save still warns). */
  public void dismiss() {
    dismissed = path == null ? null : stamp(path, true).orElse(null);
  }

  /** The file's stamp when it differs from the known one; empty when unchanged, gone, or untracked. */
  private Optional<Stamp> current() {
    if (path == null || known == null) {
      return Optional.empty();
    }
    Optional<Stamp> now = stamp(path, false);
    if (now.isEmpty() || now.get().size() == known.size() && now.get().modified().equals(known.modified())) {
      return Optional.empty();
    }
    Stamp s = now.get();
    if (s.size() == known.size() && Arrays.equals(hash(path), known.sha256())) {
      return Optional.empty();
    }
    return now;
  }

  private static Optional<Stamp> stamp(Path file, boolean withHash) {
    try {
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
      if (!a.isRegularFile()) {
        return Optional.empty();
      }
      return Optional.of(new Stamp(a.size(), a.lastModifiedTime(), withHash ? hash(file) : null));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static byte[] hash(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[64 * 1024];
      int n;
      while ((n = in.read(buf)) > 0) {
        md.update(buf, 0, n);
      }
      return md.digest();
    } catch (IOException e) {
      return null;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
