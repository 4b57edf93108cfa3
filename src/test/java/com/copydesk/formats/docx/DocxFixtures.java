package com.copydesk.formats.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/** Word documents built by the tests with POI: runs with formatting, tables, notes, headers. */
final class DocxFixtures {
  private DocxFixtures() {}

  /** A run's text and formatting: "b" bold, "i" italic, "bi" both, "" plain. */
  record R(String text, String style) {}

  static R r(String text) {
    return new R(text, "");
  }

  static R b(String text) {
    return new R(text, "b");
  }

  static R i(String text) {
    return new R(text, "i");
  }

  static void add(XWPFParagraph p, R... runs) {
    for (R r : runs) {
      XWPFRun run = p.createRun();
      run.setText(r.text());
      run.setBold(r.style().contains("b"));
      run.setItalic(r.style().contains("i"));
      if (r.style().contains("b")) {
        run.setFontFamily("Georgia");
      }
    }
  }

  /** The wire story used by most tests: formatting across the misspellings. */
  static XWPFDocument story() {
    XWPFDocument doc = new XWPFDocument();
    add(doc.createParagraph(), r("Harbour "), b("reopens"), r(" after storm"));
    add(doc.createParagraph(), r("The ferry "), b("recie"), i("ved"), r(" a new "), i("leter"), r(" from the council."));
    XWPFTable table = doc.createTable(1, 2);
    table.getRow(0).getCell(0).getParagraphs().get(0).createRun().setText("Leeds");
    add(table.getRow(0).getCell(1).getParagraphs().get(0), r("Rain "), b("later"));
    add(doc.createParagraph(), r("Officials said the the repairs cost less."));
    return doc;
  }

  static XWPFDocument withNotesAndHeader() {
    XWPFDocument doc = new XWPFDocument();
    XWPFParagraph body = doc.createParagraph();
    add(body, r("The mayor spoke"));
    XWPFFootnote note = doc.createFootnote();
    add(note.createParagraph(), r("Speach given on Monday."));
    body.addFootnoteReference(note);
    add(body, r(" at noon."));
    XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
    add(header.createParagraph(), i("Coastal Gazete"));
    return doc;
  }

  static byte[] bytes(XWPFDocument doc) {
    try (doc; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static XWPFDocument open(byte[] bytes) {
    try {
      return new XWPFDocument(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every entry of a zip, by name. */
  static Map<String, byte[]> entries(byte[] zip) {
    Map<String, byte[]> out = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        out.put(e.getName(), in.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  static String entry(byte[] zip, String name) {
    return new String(entries(zip).get(name), StandardCharsets.UTF_8);
  }

  /** A zip with the given entries (text as UTF-8), in order. */
  static byte[] zip(Map<String, byte[]> entries) {
    ByteArrayOutputStream bo = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(bo)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        z.putNextEntry(new ZipEntry(e.getKey()));
        z.write(e.getValue());
        z.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bo.toByteArray();
  }

  /** {@code docx} with one entry's content replaced. */
  static byte[] replaceEntry(byte[] docx, String name, String content) {
    Map<String, byte[]> all = entries(docx);
    all.put(name, content.getBytes(StandardCharsets.UTF_8));
    return zip(all);
  }
}
