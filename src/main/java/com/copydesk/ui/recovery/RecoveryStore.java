package com.copydesk.ui.recovery;

import com.copydesk.formats.AtomicFiles;
import com.copydesk.formats.DocumentException;
import com.copydesk.settings.AppFolders;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The folder of recovery copies, {@code recovery/} in the user's data folder
 * ({@link AppFolders#dataDir()}): one file per draft, {@code <id>.recovery}, written atomically
 * ({@link AtomicFiles}), so a crash mid-write leaves the previous copy whole. Never next to the
 * original. A file that is damaged or from a newer Copydesk is skipped with a log line. Thread-safe
 * (each call touches the file system only).
 */
public final class RecoveryStore {
  private static final Logger LOG = LoggerFactory.getLogger(RecoveryStore.class);
  static final String SUFFIX = ".recovery";
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

  private final Path dir;

  public RecoveryStore(Path dir) {
    this.dir = dir;
  }

  /** The store in the user's data folder. */
  public static RecoveryStore standard() {
    return new RecoveryStore(AppFolders.dataDir().resolve("recovery"));
  }

  public Path folder() {
    return dir;
  }

  /** Writes (or replaces) the copy, atomically. */
  public void write(RecoveryCopy copy) throws DocumentException {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new DocumentException("Cannot create the recovery folder " + dir + ": " + e.getMessage(), e);
    }
    AtomicFiles.write(file(copy.id()), RecoveryFormat.encode(copy));
  }

  /** Removes a draft's copy; nothing happens if there is none. */
  public void delete(String id) {
    try {
      Files.deleteIfExists(file(id));
    } catch (IOException e) {
      LOG.warn("Could not remove the recovery copy {}: {}", file(id), e.getMessage());
    }
  }

  /** The copy with this id, if there is a readable one. */
  public Optional<RecoveryCopy> read(String id) {
    return read(file(id));
  }

  /** Every readable copy, newest first (damaged and newer-format files are skipped and logged). */
  public List<RecoveryCopy> list() {
    List<RecoveryCopy> out = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return out;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
      for (Path f : files) {
        read(f).ifPresent(out::add);
      }
    } catch (IOException | RuntimeException e) {
      LOG.warn("Could not list the recovery folder {}: {}", dir, e.getMessage());
    }
    out.sort(Comparator.comparing(RecoveryCopy::savedAt).reversed());
    return out;
  }

  /** The copies left behind by a desk that is no longer running: the drafts to offer back. */
  public List<RecoveryCopy> leftBehind() {
    List<RecoveryCopy> out = new ArrayList<>();
    for (RecoveryCopy c : list()) {
      if (!c.ownerIsAlive()) {
        out.add(c);
      }
    }
    return out;
  }

  private Optional<RecoveryCopy> read(Path f) {
    try {
      if (!Files.isRegularFile(f)) {
        return Optional.empty();
      }
      RecoveryCopy c = RecoveryFormat.decode(Files.readAllBytes(f));
      String expected = f.getFileName().toString();
      if (!expected.equals(c.id() + SUFFIX)) {
        LOG.warn("Skipped the recovery copy {}: its id does not match its name", f);
        return Optional.empty();
      }
      return Optional.of(c);
    } catch (RecoveryFormat.Unreadable e) {
      LOG.warn("Skipped the recovery copy {}: {}", f, e.getMessage());
    } catch (IOException | RuntimeException | OutOfMemoryError e) {
      LOG.warn("Skipped the recovery copy {}: {}", f, e.toString());
    }
    return Optional.empty();
  }

  private Path file(String id) {
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("not a recovery id: " + id);
    }
    return dir.resolve(id + SUFFIX);
  }
}
