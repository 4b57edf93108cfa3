package com.copydesk.formats;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * Writes files so that a crash, a full disk or a read-only folder never leaves a truncated or mixed
 * file: the bytes go to a temporary file in the same folder, are flushed to disk, and only then
 * replace the target in one rename. If anything fails the target is untouched.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** Called between writing the temporary file and renaming it; tests use it to simulate a crash. */
  interface BeforeRename {
    void run(Path temporary) throws IOException;
  }

  public static void write(Path target, byte[] bytes) throws DocumentException {
    write(target, bytes, tmp -> { });
  }

  static void write(Path target, byte[] bytes, BeforeRename beforeRename) throws DocumentException {
    Path real = resolve(target);
    Path dir = real.toAbsolutePath().getParent();
    String name = real.getFileName().toString();
    Path tmp = null;
    try {
      if (Files.isDirectory(real)) {
        throw new DocumentException("Cannot save: '" + name + "' is a folder.");
      }
      tmp = Files.createTempFile(dir, "." + name + ".", ".tmp");
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE,
          StandardOpenOption.TRUNCATE_EXISTING)) {
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        while (buf.hasRemaining()) {
          ch.write(buf);
        }
        ch.force(true);
      }
      copyPermissions(real, tmp);
      beforeRename.run(tmp);
      try {
        Files.move(tmp, real, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, real, StandardCopyOption.REPLACE_EXISTING);
      }
      tmp = null;
      syncFolder(dir);
    } catch (AccessDeniedException e) {
      throw new DocumentException("Cannot save '" + name + "': permission denied in " + dir + ".", e);
    } catch (NoSuchFileException e) {
      throw new DocumentException("Cannot save '" + name + "': the folder " + dir + " does not exist.", e);
    } catch (FileSystemException e) {
      String reason = e.getReason() == null ? "the file system refused" : e.getReason();
      throw new DocumentException("Cannot save '" + name + "': " + reason.toLowerCase() + ".", e);
    } catch (IOException e) {
      String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      throw new DocumentException("Cannot save '" + name + "': " + reason + ".", e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // the temporary file is hidden and harmless; the target was never touched
        }
      }
    }
  }

  /** Saving through a symbolic link writes the file it points to, and keeps the link. */
  private static Path resolve(Path target) {
    try {
      return Files.exists(target) ? target.toRealPath() : target.toAbsolutePath();
    } catch (IOException e) {
      return target.toAbsolutePath();
    }
  }

  private static void copyPermissions(Path from, Path to) {
    try {
      if (Files.exists(from, LinkOption.NOFOLLOW_LINKS)) {
        PosixFileAttributeView view = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        if (view != null) {
          Set<PosixFilePermission> perms = view.readAttributes().permissions();
          Files.setPosixFilePermissions(to, perms);
        }
      }
    } catch (IOException | UnsupportedOperationException e) {
      // keep the default permissions of a new file
    }
  }

  private static void syncFolder(Path dir) {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException e) {
      // not every platform can sync a folder; the rename itself is already atomic
    }
  }
}
