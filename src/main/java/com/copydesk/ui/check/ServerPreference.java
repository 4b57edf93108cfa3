package com.copydesk.ui.check;

import com.copydesk.engine.ServerAddress;
import com.copydesk.settings.UserSettings;
import java.util.Optional;

/**
 * The copy editor's choice of where drafts are checked: on this computer (the default), or on a
 * Copydesk server at an address they typed. The address is remembered even while unticked, so
 * ticking the box again brings it back.
 */
public record ServerPreference(boolean useServer, String address) {
  static final String USE_KEY = "check.server.use";
  static final String ADDRESS_KEY = "check.server.address";

  public ServerPreference {
    address = address == null ? "" : address.strip();
  }

  public static ServerPreference of(UserSettings settings) {
    return new ServerPreference(settings.get(USE_KEY).map(Boolean::parseBoolean).orElse(false),
        settings.get(ADDRESS_KEY).orElse(""));
  }

  public void saveTo(UserSettings settings) {
    settings.put(USE_KEY, Boolean.toString(useServer));
    settings.put(ADDRESS_KEY, address.isEmpty() ? null : address);
  }

  /** The server to check on, if one is chosen and its address reads as one. */
  public Optional<ServerAddress> server() {
    if (!useServer || address.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(ServerAddress.parse(address));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
