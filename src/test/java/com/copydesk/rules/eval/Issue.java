package com.copydesk.rules.eval;

import java.util.List;

/** A reported issue as the product prints it: offset and length in code points, replacements best first. */
public record Issue(String ruleId, int offset, int length, List<String> replacements)
    implements java.io.Serializable {

  public int end() {
    return offset + length;
  }
}
