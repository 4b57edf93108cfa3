package com.copydesk.formats.html;

import com.copydesk.formats.Document;
import com.copydesk.formats.DocumentException;
import com.copydesk.formats.DocumentFormat;
import java.nio.file.Path;
import java.util.List;

/**
 * A saved web page shown as its article ({@link WebPageDocument}). Not text the copy editor edits
 * as is: Save writes the whole page back with the article's changes in it, and a .txt or .md name
 * exports the article alone. Never registered for an extension: {@link HtmlFormat} decides which
 * pages are read this way.
 */
final class WebPageFormat implements DocumentFormat {
  static final WebPageFormat INSTANCE = new WebPageFormat();

  private WebPageFormat() {}

  @Override
  public String name() {
    return "Web page";
  }

  @Override
  public List<String> extensions() {
    return List.of("html", "htm", "xhtml");
  }

  @Override
  public boolean isText() {
    return false;
  }

  @Override
  public Document read(Path path, byte[] bytes) throws DocumentException {
    return new HtmlFormat().read(path, bytes);
  }
}
