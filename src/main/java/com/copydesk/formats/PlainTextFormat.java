package com.copydesk.formats;

import com.copydesk.core.PlainTextSegmenter;
import com.copydesk.core.Segmenter;
import java.nio.file.Path;
import java.util.List;

/** Plain text in any of the encodings {@link TextEncoding} detects; line breaks and BOM kept. */
public final class PlainTextFormat implements DocumentFormat {
  public static final PlainTextFormat INSTANCE = new PlainTextFormat();
  private static final Segmenter SEGMENTER = new PlainTextSegmenter();

  private PlainTextFormat() {}

  @Override
  public String name() {
    return "Plain text";
  }

  @Override
  public List<String> extensions() {
    return List.of("txt", "text");
  }

  @Override
  public Document read(Path path, byte[] bytes) throws DocumentException {
    String name = Documents.displayName(path);
    TextEncoding.Decoded decoded = TextEncoding.decode(name, bytes);
    return new TextDocument(path, this, decoded.text(), decoded.encoding(), SEGMENTER);
  }
}
