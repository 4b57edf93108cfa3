package com.copydesk.engine;

/** Turns LanguageTool's marked-up messages into plain text a copy editor reads. */
final class MessageText {
  private MessageText() {}

  static String plain(String message) {
    if (message == null) {
      return "";
    }
    return message
        .replace("<suggestion>", "“")
        .replace("</suggestion>", "”")
        .replaceAll("<[^>]{1,20}>", "")
        .trim();
  }
}
