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
import java.util.Optional;

/**
 * HTML pages: the document's text is the source in the page's own character set; only visible
 * prose is checked ({@link HtmlSegmenter}). Saving writes the source back in that character set; a
 * character it cannot hold is written as a character reference ({@code &#x201C;}). A saved web page
 * with chrome round its story is read as its article instead ({@link WebPageDocument}).
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

  /**
   * A saved web page, with navigation, sidebars or a footer round its story, is read as its article
   * ({@link WebPageDocument}); a plain article page is read as its source, as before.
   */
  @Override
  public Document read(Path path, byte[] bytes) throws DocumentException {
    TextEncoding.Decoded decoded = HtmlCharset.decode(Documents.displayName(path), bytes);
    Optional<Document> page = WebPageDocument.read(path, bytes, decoded);
    if (page.isPresent()) {
      return page.get();
    }
    return new TextDocument(path, this, decoded.text(), decoded.encoding(), SEGMENTER, true);
  }
}
