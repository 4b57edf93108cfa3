package com.copydesk.engine;

/** One proofreader for all tests in the JVM: LanguageTool takes seconds to start. */
public final class TestEngine {
  private static Proofreader proofreader;

  private TestEngine() {}

  public static synchronized Proofreader proofreader() {
    if (proofreader == null) {
      proofreader = new Proofreader(2, new ParagraphCache());
    }
    return proofreader;
  }
}
