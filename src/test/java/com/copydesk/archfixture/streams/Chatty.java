package com.copydesk.archfixture.streams;

/** Deliberately bad (ArchitectureRulesCatchTest): writes to standard output outside the command line. */
public class Chatty {
  public void report(String what) {
    System.out.println(what);
  }
}
