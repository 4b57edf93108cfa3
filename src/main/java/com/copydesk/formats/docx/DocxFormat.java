package com.copydesk.formats.docx;

import com.copydesk.formats.Document;
import com.copydesk.formats.DocumentException;
import com.copydesk.formats.DocumentFormat;
import com.copydesk.formats.Documents;
import java.nio.file.Path;
import java.util.List;

/**
 * Word documents (.docx, and macro-enabled .docm). Read with POI's zip-bomb limits and hardened XML
 * parsing; a damaged, unsafe or mislabelled file is refused with a one-line message.
 */
public final class DocxFormat implements DocumentFormat {

  @Override
  public String name() {
    return "Word document";
  }

  @Override
  public List<String> extensions() {
    return List.of("docx", "docm");
  }

  @Override
  public boolean isText() {
    return false;
  }

  @Override
  public Document read(Path path, byte[] bytes) throws DocumentException {
    String name = Documents.displayName(path);
    DocxPackage pkg = DocxPackage.read(name, bytes);
    List<WordParts.Part> found = WordParts.find(pkg);
    List<TextPart> parts = DocxEdits.parts(pkg, found);
    return new DocxDocument(path, this, bytes, pkg, found, parts);
  }
}
