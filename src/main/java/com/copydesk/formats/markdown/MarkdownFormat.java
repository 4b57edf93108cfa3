package com.copydesk.formats.markdown;

import com.copydesk.core.Segmenter;
import com.copydesk.formats.Document;
import com.copydesk.formats.DocumentException;
import com.copydesk.formats.DocumentFormat;
import com.copydesk.formats.Documents;
import com.copydesk.formats.TextDocument;
import com.copydesk.formats.TextEncoding;
import java.nio.file.Path;
import java.util.List;

/**
 * Markdown files: the document's text is the source, as the copy editor edits it; only the prose
 * is checked ({@link MarkdownSegmenter}) and saving writes the source back in its own encoding.
 */
public final class MarkdownFormat implements DocumentFormat {
  private static final Segmenter SEGMENTER = new MarkdownSegmenter();

  @Override
  public String name() {
    return "Markdown";
  }

  @Override
  public List<String> extensions() {
    return List.of("md", "markdown");
  }

  @Override
  public Document read(Path path, byte[] bytes) throws DocumentException {
    TextEncoding.Decoded decoded = TextEncoding.decode(Documents.displayName(path), bytes);
    return new TextDocument(path, this, decoded.text(), decoded.encoding(), SEGMENTER);
  }
}
