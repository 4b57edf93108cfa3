package com.copydesk.ui;

import java.util.List;
import java.util.ServiceLoader;
import javafx.scene.Scene;

/**
 * A watcher of the desk that the product looks up but does not ship: measurement code (the
 * {@code copydesk-measure} jar, docs/development.md "Measure") provides one through
 * {@link ServiceLoader} when it is put on the class path, for example as a {@code -javaagent}.
 * Without one on the class path the desk calls nothing.
 */
public interface DeskProbe {
  /** Called on the FX thread after a check's underlines were handed to the editor. */
  void underlinesShown(Scene scene, int issues);

  /** The probes on the class path, looked up once. */
  static List<DeskProbe> installed() {
    return Installed.PROBES;
  }

  /** Loaded on first use: a desk that never shows underlines never scans the class path. */
  final class Installed {
    static final List<DeskProbe> PROBES = ServiceLoader.load(DeskProbe.class).stream()
        .map(ServiceLoader.Provider::get).toList();

    private Installed() {}
  }
}
