package com.copydesk.cli;

import com.copydesk.core.Issue;
import com.copydesk.core.TextIndex;
import java.util.List;

/** One checked file for a report: its path as given, language (and why that one), text and issues. */
record FileReport(String path, String language, String languageReason, String text, List<Issue> issues) {
  FileReport {
    issues = List.copyOf(issues);
  }

  TextIndex index() {
    return new TextIndex(text);
  }
}
