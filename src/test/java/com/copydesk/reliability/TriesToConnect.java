package com.copydesk.reliability;

import java.net.InetSocketAddress;
import java.net.Socket;

/** A program that does what Copydesk must never do: open a network connection. */
public final class TriesToConnect {
  private TriesToConnect() {}

  public static void main(String[] args) {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", 9), 500);
    } catch (Exception expected) {
      // refused or unreachable: the attempt is what the test looks for
    }
  }
}
