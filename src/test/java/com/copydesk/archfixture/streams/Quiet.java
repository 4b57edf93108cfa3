package com.copydesk.archfixture.streams;

import java.io.PrintWriter;

/** A well-behaved neighbour: writes where it is told (ArchitectureRulesCatchTest). */
public class Quiet {
  public void report(PrintWriter out, String what) {
    out.println(what);
  }
}
