package com.copydesk.archfixture.cycle.left;

import com.copydesk.archfixture.cycle.right.Right;

/** Deliberately bad (ArchitectureRulesCatchTest): reaches into a package that reaches back. */
public class Left {
  public Right partner() {
    return new Right();
  }
}
