package com.copydesk.ui.files;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** Asking the copy editor for a file: the system's file choosers in the desk, stand-ins in tests. */
public interface FileDialogs {
  Optional<Path> chooseFileToOpen(Window owner, Path folder);

  Optional<Path> chooseSaveTarget(Window owner, Path folder, String suggestedName);

  /** A house-style file to check with (a draft chooser will do where there is no better one). */
  default Optional<Path> chooseStyleFile(Window owner, Path folder) {
    return chooseFileToOpen(owner, folder);
  }
}
