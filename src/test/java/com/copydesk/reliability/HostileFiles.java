package com.copydesk.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Odd and hostile files for the reliability tests, made on the spot. */
final class HostileFiles {
  static final String STORY = "The lifeboat crew was called out twice on Sunday.\n";

  private HostileFiles() {}

  static byte[] text(String s, Charset cs, byte... bom) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(bom);
    out.writeBytes(s.getBytes(cs));
    return out.toByteArray();
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** A Word document with one paragraph. */
  static byte[] docx(String paragraph) throws IOException {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.createParagraph().createRun().setText(paragraph);
      doc.write(out);
      return out.toByteArray();
    }
  }

  /** 40 MB of zeros squeezed into a small "document". */
  static byte[] zipBomb() throws IOException {
    ByteArrayOutputStream bo = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(bo)) {
      z.putNextEntry(new ZipEntry("[Content_Types].xml"));
      z.write(utf8("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"));
      z.closeEntry();
      z.putNextEntry(new ZipEntry("word/document.xml"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 40; i++) {
        z.write(zeros);
      }
      z.closeEntry();
    }
    return bo.toByteArray();
  }

  /** A Word document whose main part declares an external entity pointing at a local file and a web address. */
  static byte[] docxWithExternalEntity(Path secret, int port) throws IOException {
    byte[] good = docx("Harmless words.");
    String doctype = "<!DOCTYPE w:document [<!ENTITY local SYSTEM \"" + secret.toUri()
        + "\"><!ENTITY remote SYSTEM \"http://127.0.0.1:" + port + "/x\">]>";
    ByteArrayOutputStream bo = new ByteArrayOutputStream();
    try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(good));
         ZipOutputStream z = new ZipOutputStream(bo)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] data = in.readAllBytes();
        if (e.getName().equals("word/document.xml")) {
          String xml = new String(data, StandardCharsets.UTF_8);
          int afterDecl = xml.indexOf("?>") + 2;
          xml = xml.substring(0, afterDecl) + doctype + xml.substring(afterDecl).replace("Harmless words.", "&local;&remote;");
          data = utf8(xml);
        }
        z.putNextEntry(new ZipEntry(e.getName()));
        z.write(data);
        z.closeEntry();
      }
    }
    return bo.toByteArray();
  }

  static Path write(Path dir, String name, byte[] bytes) throws IOException {
    Path f = dir.resolve(name);
    Files.write(f, bytes);
    return f;
  }
}
