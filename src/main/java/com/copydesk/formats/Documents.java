package com.copydesk.formats;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;

/**
 * Opening and saving documents of every format Copydesk knows, with one clear message for every
 * way a file can be unfit (missing, a folder, unreadable, too large, not text).
 */
public final class Documents {
  /** The largest file Copydesk opens. */
  public static final long MAX_BYTES = 32L * 1024 * 1024;

  private static final List<DocumentFormat> FORMATS = initialFormats();

  private Documents() {}

  /**
   * Plain text, then every format listed in {@code META-INF/services/com.copydesk.formats.DocumentFormat}
   * (Markdown, HTML, Word), so this class needs no compile-time knowledge of them.
   */
  private static List<DocumentFormat> initialFormats() {
    List<DocumentFormat> list = new ArrayList<>();
    list.add(PlainTextFormat.INSTANCE);
    for (DocumentFormat f : ServiceLoader.load(DocumentFormat.class, Documents.class.getClassLoader())) {
      list.add(f);
    }
    return list;
  }

  /** The formats Copydesk reads, plain text first. */
  public static synchronized List<DocumentFormat> formats() {
    return List.copyOf(FORMATS);
  }

  /** Adds a format (used at start-up by the format packages). */
  public static synchronized void register(DocumentFormat format) {
    FORMATS.removeIf(f -> f.getClass() == format.getClass());
    FORMATS.add(format);
  }

  /** The format for a file name: by extension, plain text for anything unknown. */
  public static synchronized DocumentFormat formatFor(Path path) {
    String ext = extension(path);
    for (DocumentFormat f : FORMATS) {
      if (f.extensions().contains(ext)) {
        return f;
      }
    }
    return PlainTextFormat.INSTANCE;
  }

  public static Document open(Path path) throws DocumentException {
    return formatFor(path).read(path, readBytes(path));
  }

  /** The file's bytes, or a one-line reason it cannot be a document. */
  public static byte[] readBytes(Path path) throws DocumentException {
    String name = displayName(path);
    try {
      if (!Files.exists(path)) {
        if (Files.isSymbolicLink(path)) {
          path.toRealPath();
          throw new DocumentException("Cannot open '" + name + "': it is a link to a file that does not exist.");
        }
        throw new DocumentException("Cannot open '" + name + "': no such file.");
      }
      if (Files.isDirectory(path)) {
        throw new DocumentException("Cannot open '" + name + "': it is a folder, not a document.");
      }
      if (!Files.isRegularFile(path)) {
        throw new DocumentException("Cannot open '" + name + "': it is not a regular file.");
      }
      long size = Files.size(path);
      if (size > MAX_BYTES) {
        throw new DocumentException(String.format(Locale.ROOT,
            "Cannot open '%s': it is %.1f MB; Copydesk opens documents up to %d MB.",
            name, size / 1048576.0, MAX_BYTES / 1048576));
      }
      try (InputStream in = Files.newInputStream(path)) {
        byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
          throw new DocumentException("Cannot open '" + name + "': it grew past "
              + MAX_BYTES / 1048576 + " MB while being read.");
        }
        return bytes;
      }
    } catch (AccessDeniedException e) {
      throw new DocumentException("Cannot open '" + name + "': permission denied.", e);
    } catch (NoSuchFileException e) {
      throw new DocumentException("Cannot open '" + name + "': no such file.", e);
    } catch (FileSystemLoopException e) {
      throw new DocumentException("Cannot open '" + name + "': its links go round in a loop.", e);
    } catch (FileSystemException e) {
      String reason = e.getReason() == null ? "the file system refused" : e.getReason();
      if (reason.toLowerCase(Locale.ROOT).contains("too many levels of symbolic links")) {
        reason = "its links go round in a loop";
      }
      throw new DocumentException("Cannot open '" + name + "': " + reason.toLowerCase(Locale.ROOT) + ".", e);
    } catch (IOException e) {
      throw new DocumentException("Cannot open '" + name + "': " + e.getMessage() + ".", e);
    }
  }

  /** Writes {@code newText} into {@code target} in the document's own format, atomically. */
  public static void save(Document document, String newText, Path target) throws DocumentException {
    AtomicFiles.write(target, document.encode(newText));
  }

  /**
   * Like {@link #save}, but every difference between the document's text and {@code newText} is
   * recorded as a tracked change (Word documents only; others refuse with a one-line message).
   */
  public static void saveWithTrackedChanges(Document document, String newText, Path target,
      TrackedChanges marks) throws DocumentException {
    AtomicFiles.write(target, document.encodeWithTrackedChanges(newText, marks));
  }

  /** Writes {@code newText} into {@code target} in another format, atomically (see {@link Document#exportFormats()}). */
  public static void export(Document document, String newText, ExportFormat format, Path target)
      throws DocumentException {
    AtomicFiles.write(target, document.export(newText, format));
  }

  /** The file name shown for {@code path}, "Untitled" for none. */
  public static String displayName(Path path) {
    if (path == null) {
      return "Untitled";
    }
    Path file = path.getFileName();
    return file == null ? path.toString() : file.toString();
  }

  /** The lower-case extension of a file name, without the dot; "" for none. */
  public static String extension(Path path) {
    String name = displayName(path).toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1);
  }
}
