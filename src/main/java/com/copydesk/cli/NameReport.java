package com.copydesk.cli;

import com.copydesk.core.Span;
import com.copydesk.core.TextIndex;
import com.copydesk.core.UnfamiliarName;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.List;

/**
 * {@code check --names}: the names (and repeated terms) the dictionary does not know, to verify once
 * rather than correct. Text: {@code path:line:column: NAME: Oskeberg (2 uses)} per name, then a
 * summary. JSON: {@code {"version":1,"files":[{"path","language","names":[{"name","count",
 * "uses":[{"offset","length","line","column"}]}]}]}}, offsets and columns in code points like the
 * issues report.
 */
final class NameReport {
  /** One checked file's names. */
  record FileNames(String path, String language, String text, List<UnfamiliarName> names) {
    FileNames {
      names = List.copyOf(names);
    }
  }

  private NameReport() {}

  static void writeText(List<FileNames> files, PrintWriter out) {
    int total = 0;
    for (FileNames f : files) {
      TextIndex index = new TextIndex(f.text());
      for (UnfamiliarName n : f.names()) {
        Span first = n.firstUse();
        out.println(f.path() + ':' + index.line(first.start()) + ':' + index.column(first.start()) + ": NAME: "
            + n.name() + " (" + (n.count() == 1 ? "1 use" : n.count() + " uses") + ")");
        total++;
      }
    }
    String where = files.size() == 1 ? "1 file" : files.size() + " files";
    out.println(total == 0 ? "No names to verify in " + where + "."
        : total + (total == 1 ? " name" : " names") + " to verify in " + where + ".");
    out.flush();
  }

  static void writeJson(List<FileNames> files, OutputStream out) throws IOException {
    try (JsonGenerator g = new JsonFactory().createGenerator(new NonClosing(out), JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeNumberField("version", JsonReport.FORMAT_VERSION);
      g.writeArrayFieldStart("files");
      for (FileNames f : files) {
        TextIndex index = new TextIndex(f.text());
        g.writeStartObject();
        g.writeStringField("path", f.path());
        g.writeStringField("language", f.language());
        g.writeArrayFieldStart("names");
        for (UnfamiliarName n : f.names()) {
          g.writeStartObject();
          g.writeStringField("name", n.name());
          g.writeNumberField("count", n.count());
          g.writeArrayFieldStart("uses");
          for (Span s : n.uses()) {
            int offset = index.codePoints(s.start());
            g.writeStartObject();
            g.writeNumberField("offset", offset);
            g.writeNumberField("length", index.codePoints(s.end()) - offset);
            g.writeNumberField("line", index.line(s.start()));
            g.writeNumberField("column", index.column(s.start()));
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    }
    out.flush();
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
