package com.copydesk.formats.markdown;

import java.util.ArrayList;
import java.util.List;

/** The cells of one row of a pipe table: split at pipes that are neither escaped nor in code. */
final class TableCells {
  private TableCells() {}

  /** {start, end} of each cell's content within {@code row}, without the pipes. */
  static List<int[]> split(String row) {
    List<Integer> pipes = new ArrayList<>();
    int i = 0;
    int ticks = 0;
    while (i < row.length()) {
      char c = row.charAt(i);
      if (c == '\\' && i + 1 < row.length()) {
        i += 2;
        continue;
      }
      if (c == '`') {
        int run = 0;
        while (i < row.length() && row.charAt(i) == '`') {
          run++;
          i++;
        }
        ticks = ticks == 0 ? run : ticks == run ? 0 : ticks;
        continue;
      }
      if (c == '|' && ticks == 0) {
        pipes.add(i);
      }
      i++;
    }
    List<int[]> cells = new ArrayList<>();
    int start = 0;
    for (int p : pipes) {
      addCell(row, start, p, cells);
      start = p + 1;
    }
    addCell(row, start, row.length(), cells);
    return cells;
  }

  private static void addCell(String row, int start, int end, List<int[]> cells) {
    if (!row.substring(start, end).isBlank()) {
      cells.add(new int[] {start, end});
    }
  }
}
