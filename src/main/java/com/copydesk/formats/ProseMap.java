package com.copydesk.formats;

import com.copydesk.core.Markup;
import com.copydesk.core.Paragraph;
import com.copydesk.core.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds one {@link Paragraph} of a marked-up source (Markdown, HTML): the parser reports which
 * stretches of the source are prose, which are markup and what each markup stands for; everything
 * between is markup too. Offsets are positions in the whole source text, so issues found in the
 * prose point straight back into the source.
 */
public final class ProseMap {
  /** What the checker reads in place of inline code or a URL: a neutral noun, never "corrected". */
  public static final String CODE_WORD = "Dummy";
  /** The same for code that starts with a vowel, so "an `int`" does not look like "an Dummy". */
  public static final String VOWEL_CODE_WORD = "Item";

  private static final Pattern ENTITY = Pattern.compile("&(?:#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};?)");
  private static final Pattern URL = Pattern.compile("(?:https?|ftp)://[^\\s<>\"]+|www\\.[^\\s<>\"]+\\.[^\\s<>\"]+|mailto:[^\\s<>\"]+");

  private final String source;
  private final List<Piece> pieces = new ArrayList<>();

  private record Piece(int start, int end, boolean prose, String interpretAs) {}

  public ProseMap(String source) {
    this.source = source;
  }

  /** The word the checker sees in place of code (or a URL) whose text is {@code code}. */
  public static String codeWord(String code) {
    String t = code.strip();
    return !t.isEmpty() && "aeiouAEIOU".indexOf(t.charAt(0)) >= 0 ? VOWEL_CODE_WORD : CODE_WORD;
  }

  /** The source character at {@code position}. */
  public char charAt(int position) {
    return source.charAt(position);
  }

  /** A stretch of the source that is prose exactly as written. */
  public ProseMap prose(int start, int end) {
    if (end > start) {
      pieces.add(new Piece(start, end, true, null));
    }
    return this;
  }

  /** A stretch that is not prose; the checker reads {@code interpretAs} in its place. */
  public ProseMap markup(int start, int end, String interpretAs) {
    if (end > start) {
      pieces.add(new Piece(start, end, false, interpretAs));
    }
    return this;
  }

  /**
   * A stretch of source whose displayed text is {@code literal}: character entities ({@code &amp;})
   * and, for Markdown, backslash escapes become markup standing for the character they produce;
   * with {@code collapseSpaces} (HTML) runs of white space count as one space. Whatever cannot be
   * matched character by character becomes markup standing for the rest of the literal.
   */
  public ProseMap decoded(int start, int end, String literal, boolean backslashEscapes,
      boolean collapseSpaces, UnaryOperator<String> entityDecoder) {
    int i = start;
    int j = 0;
    int proseFrom = -1;
    while (i < end && j < literal.length()) {
      char c = source.charAt(i);
      int markupEnd = -1;
      String stands = null;
      if (backslashEscapes && c == '\\' && i + 1 < end && isAsciiPunct(source.charAt(i + 1))
          && literal.charAt(j) == source.charAt(i + 1)) {
        markupEnd = i + 1;
        stands = "";
      } else if (c == '&') {
        Matcher m = ENTITY.matcher(source).region(i, end);
        if (m.lookingAt()) {
          String decodedEntity = entityDecoder.apply(m.group());
          if (!decodedEntity.equals(m.group()) && literal.startsWith(decodedEntity, j)) {
            markupEnd = m.end();
            stands = decodedEntity;
          }
        }
      } else if (collapseSpaces && isSpace(c)) {
        int k = i;
        while (k < end && isSpace(source.charAt(k))) {
          k++;
        }
        if ((k - i > 1 || c != ' ') && literal.regionMatches(j, source, i, k - i)) {
          markupEnd = k;
          stands = " ";
          j += k - i - 1; // the literal holds the same white space; the markup reads as one space
        }
      }
      if (markupEnd >= 0) {
        if (proseFrom >= 0) {
          prose(proseFrom, i);
          proseFrom = -1;
        }
        markup(i, markupEnd, stands);
        j += stands.length();
        i = markupEnd;
        continue;
      }
      if (c != literal.charAt(j)) {
        break;
      }
      if (proseFrom < 0) {
        proseFrom = i;
      }
      i++;
      j++;
    }
    if (proseFrom >= 0) {
      prose(proseFrom, i);
    }
    if (i < end) {
      markup(i, end, j < literal.length() ? literal.substring(j) : "");
    }
    return this;
  }

  /**
   * The paragraph spanning the prose, with every stretch between prose pieces as markup ({@code
   * gapReading} says what a gap stands for, or null for a gap that is prose after all, such as a
   * plain line break), URLs in prose as markup, or empty when there is no prose besides white space.
   */
  public Optional<Paragraph> build(UnaryOperator<String> gapReading) {
    List<Piece> sorted = new ArrayList<>(pieces);
    sorted.sort((x, y) -> Integer.compare(x.start, y.start));
    List<Piece> all = new ArrayList<>();
    int pos = -1;
    for (Piece p : sorted) {
      if (p.start < pos) {
        continue; // overlapping reports: the first one wins
      }
      if (pos >= 0 && p.start > pos) {
        String reads = gapReading.apply(source.substring(pos, p.start));
        all.add(new Piece(pos, p.start, reads == null, reads));
      }
      if (p.prose) {
        splitUrls(p, all);
      } else {
        all.add(p);
      }
      pos = p.end;
    }
    int first = -1;
    int last = -1;
    boolean anyProse = false;
    for (int k = 0; k < all.size(); k++) {
      Piece p = all.get(k);
      boolean prose = p.prose && !source.substring(p.start, p.end).isBlank();
      boolean reads = !p.prose && p.interpretAs != null && !p.interpretAs.isBlank();
      if (prose || reads) {
        if (first < 0) {
          first = k;
        }
        last = k;
      }
      anyProse |= prose;
    }
    if (!anyProse) {
      return Optional.empty();
    }
    int start = all.get(first).start;
    int end = all.get(last).end;
    if (all.get(first).prose) {
      while (Character.isWhitespace(source.charAt(start))) {
        start++;
      }
    }
    if (all.get(last).prose) {
      while (Character.isWhitespace(source.charAt(end - 1))) {
        end--;
      }
    }
    List<Markup> markup = new ArrayList<>();
    int mStart = -1;
    int mEnd = -1;
    StringBuilder reads = new StringBuilder();
    for (int k = first; k <= last; k++) {
      Piece p = all.get(k);
      if (p.prose) {
        if (mStart >= 0) {
          markup.add(new Markup(new Span(mStart - start, mEnd - start), reads.toString()));
          mStart = -1;
        }
        continue;
      }
      if (mStart < 0) {
        mStart = p.start;
        reads.setLength(0);
      }
      mEnd = p.end;
      reads.append(p.interpretAs == null ? "" : p.interpretAs);
    }
    if (mStart >= 0) {
      markup.add(new Markup(new Span(mStart - start, mEnd - start), reads.toString()));
    }
    return Optional.of(new Paragraph(new Span(start, end), markup));
  }

  private void splitUrls(Piece p, List<Piece> out) {
    Matcher m = URL.matcher(source).region(p.start, p.end);
    int pos = p.start;
    while (m.find()) {
      int urlEnd = m.end();
      while (urlEnd > m.start() && ".,;:!?)'\u201D\u2019".indexOf(source.charAt(urlEnd - 1)) >= 0) {
        urlEnd--;
      }
      if (m.start() > pos) {
        out.add(new Piece(pos, m.start(), true, null));
      }
      out.add(new Piece(m.start(), urlEnd, false, CODE_WORD));
      pos = urlEnd;
    }
    if (pos < p.end) {
      out.add(new Piece(pos, p.end, true, null));
    }
  }

  private static boolean isAsciiPunct(char c) {
    return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~';
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  }
}
