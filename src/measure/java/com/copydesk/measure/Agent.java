package com.copydesk.measure;

import java.lang.instrument.Instrumentation;

/**
 * {@code -javaagent:copydesk-measure.jar}: puts the measurement jar on the class path of a program
 * whose class path is fixed, such as the packaged desk's launcher, so that the desk finds the
 * measurement's {@link com.copydesk.ui.DeskProbe}. It instruments nothing.
 */
public final class Agent {
  private Agent() {}

  public static void premain(String args, Instrumentation instrumentation) {
    // being loaded is the whole job
  }
}
