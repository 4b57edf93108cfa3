package com.copydesk.formats.html;

import com.copydesk.core.PlainTextSegmenter;
import com.copydesk.core.Segmenter;
import com.copydesk.formats.Document;
import com.copydesk.formats.DocumentException;
import com.copydesk.formats.DocumentFormat;
import com.copydesk.formats.Documents;
import com.copydesk.formats.ExportFormat;
import com.copydesk.formats.LineEndings;
import com.copydesk.formats.TextEncoding;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A saved web page read as its article: the text is the story, one paragraph per line (headline,
 * byline, paragraphs, subheads), without the page's navigation, sidebars and footer. The page itself
 * is kept: Save (and Save As .html) writes the whole page back, byte for byte except the words of the
 * article that were changed and the paragraphs that were removed; Export, or Save As .txt / .md,
 * writes the article alone. Unchanged text saves as the original bytes.
 */
final class WebPageDocument implements Document {
  private static final Segmenter SEGMENTER = new PlainTextSegmenter();

  private final Path path;
  private final byte[] original;
  private final String source;
  private final TextEncoding encoding;
  private final List<ArticleText.Line> lines;
  private final String text;

  private WebPageDocument(Path path, byte[] original, String source, TextEncoding encoding,
      List<ArticleText.Line> lines) {
    this.path = path;
    this.original = original.clone();
    this.source = source;
    this.encoding = encoding;
    this.lines = List.copyOf(lines);
    List<String> shown = new ArrayList<>();
    for (ArticleText.Line l : lines) {
      shown.add(l.text());
    }
    this.text = String.join("\n", shown);
  }

  /** The article of a page with chrome, or empty for a page to be read as HTML source. */
  static Optional<Document> read(Path path, byte[] bytes, TextEncoding.Decoded decoded) {
    String base = path == null ? "file:///page.html" : path.toAbsolutePath().toUri().toString();
    return PageArticle.find(decoded.text(), base).map(found -> {
      List<ArticleText.Line> lines = ArticleText.lines(found.container(), found.headline());
      return lines.isEmpty() ? null : new WebPageDocument(path, bytes, decoded.text(), decoded.encoding(), lines);
    });
  }

  @Override
  public Path path() {
    return path;
  }

  @Override
  public String name() {
    return Documents.displayName(path);
  }

  @Override
  public DocumentFormat format() {
    return WebPageFormat.INSTANCE;
  }

  @Override
  public String text() {
    return text;
  }

  @Override
  public Segmenter segmenter() {
    return SEGMENTER;
  }

  @Override
  public LineEndings lineEndings() {
    return LineEndings.of(text);
  }

  @Override
  public List<String> warnings() {
    return List.of("'" + name() + "' is a saved web page: Copydesk shows its article without the page's menus, "
        + "sidebars and footer. Save writes the whole page back with your changes to the article; "
        + "Export writes the article alone.");
  }

  @Override
  public String describe() {
    return String.format(Locale.ROOT, "Web page, %s, article of %d paragraph%s", encoding.describe(),
        lines.size(), lines.size() == 1 ? "" : "s");
  }

  @Override
  public byte[] encode(String newText) throws DocumentException {
    String now = LineEndings.normalize(newText);
    if (now.equals(text)) {
      return original.clone();
    }
    String page = ArticleEdits.apply(name(), source, lines, paragraphs(now));
    return encoding.encodeWithCharacterReferences(name(), page);
  }

  @Override
  public List<ExportFormat> exportFormats() {
    return List.of(ExportFormat.PLAIN_TEXT, ExportFormat.MARKDOWN);
  }

  /** The article alone: paragraphs with a blank line between; in Markdown, headings and list items marked. */
  @Override
  public byte[] export(String newText, ExportFormat target) throws DocumentException {
    List<String> now = paragraphs(LineEndings.normalize(newText));
    int[] match = target == ExportFormat.MARKDOWN ? LineMatch.align(texts(), now) : null;
    String[] marks = new String[now.size()];
    if (match != null) {
      for (int i = 0; i < match.length; i++) {
        if (match[i] >= 0) {
          marks[match[i]] = markdownMark(lines.get(i).block().normalName());
        }
      }
    }
    StringBuilder out = new StringBuilder();
    for (int j = 0; j < now.size(); j++) {
      if (j > 0) {
        out.append("\n\n");
      }
      out.append(marks[j] == null ? "" : marks[j]).append(now.get(j));
    }
    return out.append('\n').toString().getBytes(StandardCharsets.UTF_8);
  }

  private List<String> texts() {
    List<String> out = new ArrayList<>();
    for (ArticleText.Line l : lines) {
      out.add(l.text());
    }
    return out;
  }

  private static String markdownMark(String tag) {
    return switch (tag) {
      case "h1" -> "# ";
      case "h2" -> "## ";
      case "h3", "h4", "h5", "h6" -> "### ";
      case "li" -> "- ";
      case "blockquote" -> "> ";
      default -> "";
    };
  }

  /** The text's paragraphs: its non-blank lines. */
  private static List<String> paragraphs(String text) {
    List<String> out = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      if (!line.isBlank()) {
        out.add(line);
      }
    }
    return out;
  }
}
