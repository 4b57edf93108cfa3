package com.copydesk.engine.speller;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Speller automata kept between runs in a folder (under the data folder: {@code cache/speller}), one file
 * per dictionary and fingerprint ({@code en_US-1a2b3c4d5e6f7a8b.fsa}). A file holds the fingerprint it was
 * built under, a SHA-256 checksum of its contents, the dictionary's metadata and the automaton; it is read
 * only when all of that checks out, and is never trusted otherwise: a missing, stale, truncated or damaged
 * file reads as absent, and the caller builds the automaton anew. Files are written to a temporary name and
 * renamed into place, so a reader never sees half a file; writing is best effort (a read-only or full disk
 * only means the next start builds again).
 */
final class SpellerCache {
  private static final String MAGIC = "copydesk-speller-cache 1";
  private static final String SUFFIX = ".fsa";

  private final Path folder;

  SpellerCache(Path folder) {
    this.folder = folder;
  }

  Path folder() {
    return folder;
  }

  /** An automaton with its metadata. */
  record Entry(byte[] info, byte[] automaton) {}

  /** The automaton built under {@code fingerprint}, if a sound copy is kept. */
  Optional<Entry> read(String base, String fingerprint) {
    Path file = file(base, fingerprint);
    byte[] all;
    try {
      all = Files.readAllBytes(file);
    } catch (IOException e) {
      return Optional.empty();
    }
    return parse(all, fingerprint);
  }

  /** Keeps {@code entry} under {@code fingerprint}, replacing older automata of the same dictionary. */
  void write(String base, String fingerprint, Entry entry) throws IOException {
    Files.createDirectories(folder);
    Path target = file(base, fingerprint);
    Path temp = Files.createTempFile(folder, base + "-", ".tmp");
    try {
      Files.write(temp, serialise(fingerprint, entry));
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
    removeOthers(base, target);
  }

  Path file(String base, String fingerprint) {
    return folder.resolve(base + "-" + fingerprint.substring(0, 16) + SUFFIX);
  }

  static byte[] serialise(String fingerprint, Entry entry) {
    byte[] payload = new byte[entry.info().length + entry.automaton().length];
    System.arraycopy(entry.info(), 0, payload, 0, entry.info().length);
    System.arraycopy(entry.automaton(), 0, payload, entry.info().length, entry.automaton().length);
    String header = MAGIC + "\n" + fingerprint + "\n" + sha256(payload) + "\n" + entry.info().length + "\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream(header.length() + payload.length);
    out.writeBytes(header.getBytes(US_ASCII));
    out.writeBytes(payload);
    return out.toByteArray();
  }

  static Optional<Entry> parse(byte[] all, String fingerprint) {
    int[] ends = new int[4];
    int from = 0;
    for (int i = 0; i < ends.length; i++) {
      int nl = indexOf(all, (byte) '\n', from, 200);
      if (nl < 0) {
        return Optional.empty();
      }
      ends[i] = nl;
      from = nl + 1;
    }
    String magic = new String(all, 0, ends[0], US_ASCII);
    String storedFingerprint = new String(all, ends[0] + 1, ends[1] - ends[0] - 1, US_ASCII);
    String checksum = new String(all, ends[1] + 1, ends[2] - ends[1] - 1, US_ASCII);
    int infoLength;
    try {
      infoLength = Integer.parseInt(new String(all, ends[2] + 1, ends[3] - ends[2] - 1, US_ASCII));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    byte[] payload = Arrays.copyOfRange(all, from, all.length);
    if (!MAGIC.equals(magic) || !fingerprint.equals(storedFingerprint) || infoLength < 0
        || infoLength > payload.length || !checksum.equals(sha256(payload))) {
      return Optional.empty();
    }
    return Optional.of(new Entry(Arrays.copyOfRange(payload, 0, infoLength),
        Arrays.copyOfRange(payload, infoLength, payload.length)));
  }

  private void removeOthers(String base, Path kept) {
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, base + "-*" + SUFFIX)) {
      for (Path f : files) {
        if (!f.getFileName().equals(kept.getFileName())) {
          Files.deleteIfExists(f);
        }
      }
    } catch (IOException e) {
      // an old automaton left behind costs disk space only
    }
  }

  private static int indexOf(byte[] bytes, byte b, int from, int within) {
    for (int i = from; i < Math.min(bytes.length, from + within); i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
