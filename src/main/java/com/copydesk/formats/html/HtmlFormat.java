package com.copydesk.formats.html;

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
 * HTML pages: the document's text is the source in the page's own character set; only visible
 * prose is checked ({@link HtmlSegmenter}). Saving writes the source back in that character set; a
 * character it cannot hold is written as a character reference ({@code &#x201C;}).
 */
public final class HtmlFormat implements DocumentFormat {
  private static final Segmenter SEGMENTER = new HtmlSegmenter();

  @Override
  public String name() {
    return "HTML";
  }

  @Override
  public List<String> extensions() {
    return List.of("html", "htm", "xhtml");
  }

  @Override
  public Document read(Path path, byte[] bytes) throws DocumentException {
    TextEncoding.Decoded decoded = HtmlCharset.decode(Documents.displayName(path), bytes);
    return new TextDocument(path, this, decoded.text(), decoded.encoding(), SEGMENTER, true);
  }
}
