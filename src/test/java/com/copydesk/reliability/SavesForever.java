package com.copydesk.reliability;

import com.copydesk.formats.AtomicFiles;
import java.nio.file.Path;
import java.util.Arrays;

/** Saves a large file over and over, alternating two versions, until it is killed. */
public final class SavesForever {
  private SavesForever() {}

  static byte[] version(char c, int size) {
    byte[] b = new byte[size];
    Arrays.fill(b, (byte) c);
    return b;
  }

  public static void main(String[] args) throws Exception {
    Path target = Path.of(args[0]);
    int size = Integer.parseInt(args[1]);
    byte[] a = version('a', size);
    byte[] b = version('b', size);
    for (int i = 0; ; i++) {
      AtomicFiles.write(target, i % 2 == 0 ? b : a);
      if (i == 0) {
        System.out.println("saved");
        System.out.flush();
      }
    }
  }
}
