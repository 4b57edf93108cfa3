package com.copydesk.formats.docx;

import com.copydesk.formats.DocumentException;
import com.copydesk.formats.FileSignatures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.openxml4j.opc.internal.ZipHelper;
import org.apache.poi.openxml4j.util.ZipInputStreamZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * The entries of a Word package (a zip file), read with POI's zip-bomb guards and written back
 * with every entry unchanged except those replaced. Reading first counts what the entries would
 * expand to and stops past a hard limit, so a bomb is refused before it fills memory; POI then
 * reads the entries, refusing any that expand suspiciously (its minimum inflate ratio) or are too
 * large.
 */
final class DocxPackage {
  /** Everything in a package may expand to at most this much. */
  static final long MAX_EXPANDED = 256L * 1024 * 1024;
  /** A package may hold at most this many entries (POI's own limit is 1000). */
  static final int MAX_ENTRIES = 1000;

  private final String fileName;
  private final Map<String, byte[]> entries;
  private final Map<String, Long> times;

  private DocxPackage(String fileName, Map<String, byte[]> entries, Map<String, Long> times) {
    this.fileName = fileName;
    this.entries = entries;
    this.times = times;
  }

  static DocxPackage read(String fileName, byte[] bytes) throws DocumentException {
    return read(fileName, bytes, MAX_EXPANDED);
  }

  /** {@code maxExpanded}: the limit on everything expanded (tests use a small one). */
  static DocxPackage read(String fileName, byte[] bytes, long maxExpanded) throws DocumentException {
    if (!FileSignatures.isZip(bytes)) {
      if (FileSignatures.isOle2(bytes)) {
        throw new DocumentException("'" + fileName + "' is an old Word 97-2003 document or a "
            + "password-protected one; save it as an unprotected .docx in Word first.");
      }
      throw new DocumentException("'" + fileName + "' is not a Word document (.docx): it is not a zip package.");
    }
    List<String> order = new ArrayList<>();
    Map<String, Long> times = new LinkedHashMap<>();
    measure(fileName, bytes, maxExpanded, order, times);
    Map<String, byte[]> data = new LinkedHashMap<>();
    try (ZipInputStreamZipEntrySource source =
        new ZipInputStreamZipEntrySource(ZipHelper.openZipStream(new ByteArrayInputStream(bytes)))) {
      for (ZipArchiveEntry e : Collections.list(source.getEntries())) {
        if (e.isDirectory()) {
          continue;
        }
        try (InputStream in = source.getInputStream(e)) {
          data.put(e.getName(), in.readAllBytes());
        }
      }
    } catch (IOException | RuntimeException e) {
      throw refused(fileName, e);
    }
    Map<String, byte[]> ordered = new LinkedHashMap<>();
    for (String name : order) {
      if (data.containsKey(name)) {
        ordered.put(name, data.remove(name));
      }
    }
    ordered.putAll(data);
    if (ordered.isEmpty()) {
      throw new DocumentException("'" + fileName + "' is damaged: its zip package holds no readable entries.");
    }
    return new DocxPackage(fileName, ordered, times);
  }

  /** Counts entries and expanded bytes without keeping them; refuses a package past the limits. */
  private static void measure(String fileName, byte[] bytes, long maxExpanded, List<String> order,
      Map<String, Long> times)
      throws DocumentException {
    long total = 0;
    byte[] buffer = new byte[64 * 1024];
    try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(bytes))) {
      ZipArchiveEntry e;
      while ((e = zip.getNextEntry()) != null) {
        if (order.size() >= MAX_ENTRIES || order.size() >= ZipSecureFile.getMaxFileCount()) {
          throw new DocumentException("'" + fileName + "' was refused: its package holds more than "
              + MAX_ENTRIES + " entries, far more than any Word document.");
        }
        if (order.contains(e.getName())) {
          throw new DocumentException("'" + fileName + "' is damaged: its package holds '" + e.getName() + "' twice.");
        }
        order.add(e.getName());
        times.put(e.getName(), e.getTime());
        int n;
        while ((n = zip.read(buffer)) > 0) {
          total += n;
          if (total > maxExpanded) {
            throw new DocumentException("'" + fileName + "' was refused: it expands to more than "
                + Math.max(1, maxExpanded / (1024 * 1024)) + " MB (a zip bomb or not a real Word document).");
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      throw refused(fileName, e);
    }
  }

  private static DocumentException refused(String fileName, Exception e) {
    String m = String.valueOf(e.getMessage());
    if (m.contains("Zip bomb") || m.contains("max. ratio") || m.contains("exceed")) {
      return new DocumentException("'" + fileName + "' was refused: it expands suspiciously (a zip bomb?).", e);
    }
    return new DocumentException("'" + fileName + "' is damaged: it is not a readable zip package.", e);
  }

  String fileName() {
    return fileName;
  }

  boolean has(String name) {
    return entries.containsKey(name);
  }

  byte[] bytes(String name) {
    byte[] b = entries.get(name);
    return b == null ? null : b.clone();
  }

  List<String> names() {
    return List.copyOf(entries.keySet());
  }

  /** The package with {@code replaced} entries swapped in, every other entry as it was. */
  byte[] write(Map<String, byte[]> replaced) throws DocumentException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        byte[] data = replaced.getOrDefault(e.getKey(), e.getValue());
        ZipEntry entry = new ZipEntry(e.getKey());
        Long time = times.get(e.getKey());
        if (time != null && time > 0) {
          entry.setTime(time);
        }
        entry.setMethod(ZipEntry.DEFLATED);
        CRC32 crc = new CRC32();
        crc.update(data);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(data);
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new DocumentException("Cannot write '" + fileName + "': " + e.getMessage(), e);
    }
    return out.toByteArray();
  }
}
