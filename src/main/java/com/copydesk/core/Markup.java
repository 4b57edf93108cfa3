package com.copydesk.core;

import java.util.Objects;

/**
 * A stretch of a paragraph's source that is not prose (a Markdown code span, an HTML tag, a link
 * target) and must not be checked. The checker sees {@code interpretAs} in its place (often "" or a
 * space), so words on either side are neither joined nor split. The span is relative to the
 * paragraph's start.
 */
public record Markup(Span span, String interpretAs) {
  public Markup {
    Objects.requireNonNull(span, "span");
    interpretAs = interpretAs == null ? "" : interpretAs;
  }
}
