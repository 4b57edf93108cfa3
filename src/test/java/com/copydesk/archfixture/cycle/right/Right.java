package com.copydesk.archfixture.cycle.right;

import com.copydesk.archfixture.cycle.left.Left;

/** Deliberately bad (ArchitectureRulesCatchTest): closes the cycle with {@link Left}. */
public class Right {
  public Left partner() {
    return new Left();
  }
}
