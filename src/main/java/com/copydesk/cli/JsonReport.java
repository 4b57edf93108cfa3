package com.copydesk.cli;

import com.copydesk.core.FurnitureLines;
import com.copydesk.core.Issue;
import com.copydesk.core.SentenceContext;
import com.copydesk.core.TextIndex;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * The machine-readable report: exactly one JSON object, {@code {"version":1,"files":[…]}}. Offsets,
 * lengths and columns count Unicode code points in the decoded text; lines and columns are 1-based.
 * An issue that lies inside a line of page furniture carries {@code "inClutter": true}.
 */
final class JsonReport {
  static final int FORMAT_VERSION = 1;

  private JsonReport() {}

  static void write(List<FileReport> files, OutputStream out) throws IOException {
    JsonFactory factory = new JsonFactory();
    try (JsonGenerator g = factory.createGenerator(new NonClosing(out), JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeNumberField("version", FORMAT_VERSION);
      g.writeArrayFieldStart("files");
      for (FileReport f : files) {
        writeFile(g, f);
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    }
    out.flush();
  }

  private static void writeFile(JsonGenerator g, FileReport f) throws IOException {
    TextIndex index = f.index();
    g.writeStartObject();
    g.writeStringField("path", f.path());
    g.writeStringField("language", f.language());
    g.writeStringField("languageReason", f.languageReason());
    g.writeArrayFieldStart("issues");
    Map<Issue, Issue> inFurniture = FurnitureLines.lineOf(f.issues());
    for (Issue issue : f.issues()) {
      int offset = index.codePoints(issue.start());
      g.writeStartObject();
      g.writeNumberField("offset", offset);
      g.writeNumberField("length", index.codePoints(issue.end()) - offset);
      g.writeNumberField("line", index.line(issue.start()));
      g.writeNumberField("column", index.column(issue.start()));
      g.writeStringField("ruleId", issue.ruleId());
      g.writeStringField("category", issue.category().name());
      g.writeStringField("message", issue.message());
      g.writeStringField("shortMessage", issue.shortMessage());
      g.writeArrayFieldStart("replacements");
      for (String r : issue.replacements()) {
        g.writeString(r);
      }
      g.writeEndArray();
      writeContext(g, issue.context());
      if (inFurniture.containsKey(issue)) {
        g.writeBooleanField("inClutter", true);
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeContext(JsonGenerator g, SentenceContext c) throws IOException {
    String text = c.text();
    int offset = text.codePointCount(0, c.offset());
    int length = text.codePointCount(c.offset(), c.offset() + c.length());
    g.writeObjectFieldStart("context");
    g.writeStringField("text", text);
    g.writeNumberField("offset", offset);
    g.writeNumberField("length", length);
    g.writeEndObject();
  }

  /** Lets the generator flush without closing standard output. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
