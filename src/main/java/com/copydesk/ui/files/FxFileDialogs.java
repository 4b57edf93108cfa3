package com.copydesk.ui.files;

import com.copydesk.formats.DocumentFormat;
import com.copydesk.formats.Documents;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The system's file choosers, offering the formats Copydesk reads. */
public final class FxFileDialogs implements FileDialogs {

  @Override
  public Optional<Path> chooseFileToOpen(Window owner, Path folder) {
    FileChooser chooser = chooser("Open a draft", folder);
    List<String> all = new ArrayList<>();
    for (DocumentFormat f : Documents.formats()) {
      List<String> globs = globs(f);
      all.addAll(globs);
      chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(f.name(), globs));
    }
    chooser.getExtensionFilters().add(0, new FileChooser.ExtensionFilter("Drafts", all));
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("All files", "*"));
    File f = chooser.showOpenDialog(owner);
    return Optional.ofNullable(f).map(File::toPath);
  }

  @Override
  public Optional<Path> chooseStyleFile(Window owner, Path folder) {
    FileChooser chooser = chooser("Choose a house style", folder);
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("House styles", "*.style", "*.txt"));
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("All files", "*"));
    File f = chooser.showOpenDialog(owner);
    return Optional.ofNullable(f).map(File::toPath);
  }

  @Override
  public Optional<Path> chooseSaveTarget(Window owner, Path folder, String suggestedName) {
    FileChooser chooser = chooser("Save the draft as", folder);
    chooser.setInitialFileName(suggestedName);
    File f = chooser.showSaveDialog(owner);
    return Optional.ofNullable(f).map(File::toPath);
  }

  private static FileChooser chooser(String title, Path folder) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(title);
    if (folder != null && Files.isDirectory(folder)) {
      chooser.setInitialDirectory(folder.toFile());
    }
    return chooser;
  }

  private static List<String> globs(DocumentFormat f) {
    List<String> out = new ArrayList<>();
    for (String ext : f.extensions()) {
      out.add("*." + ext);
    }
    return out;
  }
}
