package com.copydesk.formats.docx;

import com.copydesk.formats.DocumentException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Finds the parts of a Word package that hold text to check, by following the package's
 * relationships: the main document, then its footnotes, endnotes, headers and footers, in that
 * order. Refuses a package that is not a Word document (a workbook or presentation renamed .docx).
 */
final class WordParts {
  enum Kind { BODY, FOOTNOTES, ENDNOTES, HEADER, FOOTER }

  /** One XML part with text, by its name inside the zip. */
  record Part(String name, Kind kind) {}

  private static final String OFFICE_DOCUMENT = "/officeDocument";
  private static final List<String> WORD_TYPES = List.of(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
      "application/vnd.ms-word.document.macroenabled.main+xml",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
      "application/vnd.ms-word.template.macroenabledtemplate.main+xml");

  private WordParts() {}

  static List<Part> find(DocxPackage pkg) throws DocumentException {
    String file = pkg.fileName();
    if (!pkg.has("[Content_Types].xml") || !pkg.has("_rels/.rels")) {
      throw new DocumentException("'" + file + "' is not a Word document: its package has no "
          + "content types or relationships (damaged, or another kind of zip file).");
    }
    String main = null;
    for (Element rel : relationships(pkg, "_rels/.rels")) {
      if (rel.getAttribute("Type").endsWith(OFFICE_DOCUMENT) && !"External".equals(rel.getAttribute("TargetMode"))) {
        main = resolve("", rel.getAttribute("Target"));
        break;
      }
    }
    if (main == null || !pkg.has(main)) {
      throw new DocumentException("'" + file + "' is damaged: its main document part is missing.");
    }
    String type = contentType(pkg, main);
    if (!WORD_TYPES.contains(type.toLowerCase(Locale.ROOT))) {
      throw new DocumentException("'" + file + "' is not a Word document"
          + (type.contains("spreadsheetml") ? " (it is an Excel workbook)"
              : type.contains("presentationml") ? " (it is a PowerPoint presentation)" : "") + ".");
    }
    List<Part> parts = new ArrayList<>();
    parts.add(new Part(main, Kind.BODY));
    String folder = main.contains("/") ? main.substring(0, main.lastIndexOf('/') + 1) : "";
    String relsName = folder + "_rels/" + main.substring(folder.length()) + ".rels";
    if (pkg.has(relsName)) {
      List<Part> related = new ArrayList<>();
      for (Element rel : relationships(pkg, relsName)) {
        if ("External".equals(rel.getAttribute("TargetMode"))) {
          continue;
        }
        Kind kind = kindOf(rel.getAttribute("Type"));
        String target = resolve(folder, rel.getAttribute("Target"));
        if (kind != null && pkg.has(target) && related.stream().noneMatch(p -> p.name().equals(target))) {
          related.add(new Part(target, kind));
        }
      }
      related.sort(Comparator.comparing(Part::kind).thenComparing(p -> naturalKey(p.name())));
      parts.addAll(related);
    }
    return parts;
  }

  private static Kind kindOf(String relType) {
    if (relType.endsWith("/footnotes")) {
      return Kind.FOOTNOTES;
    }
    if (relType.endsWith("/endnotes")) {
      return Kind.ENDNOTES;
    }
    if (relType.endsWith("/header")) {
      return Kind.HEADER;
    }
    if (relType.endsWith("/footer")) {
      return Kind.FOOTER;
    }
    return null;
  }

  private static List<Element> relationships(DocxPackage pkg, String name) throws DocumentException {
    Document doc = DocxXml.parse(pkg.fileName(), name, pkg.bytes(name));
    NodeList list = doc.getElementsByTagNameNS(DocxXml.REL, "Relationship");
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) {
      out.add((Element) list.item(i));
    }
    return out;
  }

  private static String contentType(DocxPackage pkg, String part) throws DocumentException {
    Document doc = DocxXml.parse(pkg.fileName(), "[Content_Types].xml", pkg.bytes("[Content_Types].xml"));
    NodeList overrides = doc.getElementsByTagNameNS(DocxXml.CONTENT_TYPES, "Override");
    for (int i = 0; i < overrides.getLength(); i++) {
      Element o = (Element) overrides.item(i);
      if (o.getAttribute("PartName").equalsIgnoreCase("/" + part)) {
        return o.getAttribute("ContentType");
      }
    }
    String ext = part.substring(part.lastIndexOf('.') + 1);
    NodeList defaults = doc.getElementsByTagNameNS(DocxXml.CONTENT_TYPES, "Default");
    for (int i = 0; i < defaults.getLength(); i++) {
      Element d = (Element) defaults.item(i);
      if (d.getAttribute("Extension").equalsIgnoreCase(ext)) {
        return d.getAttribute("ContentType");
      }
    }
    return "";
  }

  /** A relationship target resolved against the folder of the part that refers to it. */
  static String resolve(String folder, String target) {
    try {
      String t = target.startsWith("/") ? target.substring(1) : folder + target;
      String path = new URI(null, null, "/" + t, null).normalize().getPath();
      return path.startsWith("/") ? path.substring(1) : path;
    } catch (URISyntaxException e) {
      return folder + target;
    }
  }

  /** "header10.xml" after "header2.xml". */
  private static String naturalKey(String name) {
    StringBuilder sb = new StringBuilder();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d+|\\D+").matcher(name);
    while (m.find()) {
      String g = m.group();
      sb.append(Character.isDigit(g.charAt(0)) ? String.format(Locale.ROOT, "%012d", Long.parseLong(g.length() > 12 ? g.substring(0, 12) : g)) : g);
    }
    return sb.toString();
  }
}
