package com.copydesk.settings;

import com.copydesk.core.Category;
import com.copydesk.engine.CheckSettings;
import com.copydesk.core.Variant;
import com.copydesk.engine.style.HouseStyle;
import com.copydesk.engine.style.HouseStyleException;
import com.copydesk.engine.style.HouseStyles;
import com.copydesk.formats.AtomicFiles;
import com.copydesk.formats.DocumentException;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The copy editor's lasting choices: English variant, house style, rules and categories switched off
 * or on, the personal dictionary, and the desk's theme, window and recent files. Stored as
 * {@code settings.properties} and {@code dictionary.txt} (one word per line) in
 * {@link AppFolders#configDir()}. Not thread-safe: the desk touches it on its FX thread only.
 */
public final class UserSettings {
  private static final String SETTINGS_FILE = "settings.properties";
  private static final String DICTIONARY_FILE = "dictionary.txt";
  private static final int MAX_RECENT = 10;
  private static final String FILE_VARIANTS = "language.files";
  static final int MAX_FILE_VARIANTS = 500;

  private final Path dir;
  private final Properties props = new Properties();
  private final Set<String> dictionary = new TreeSet<>();

  private UserSettings(Path dir) {
    this.dir = dir;
  }

  /** The settings in the standard folder, or defaults if there are none or they cannot be read. */
  public static UserSettings load() {
    return load(AppFolders.configDir());
  }

  public static UserSettings load(Path dir) {
    UserSettings s = new UserSettings(dir);
    try {
      Path p = dir.resolve(SETTINGS_FILE);
      if (Files.isRegularFile(p)) {
        s.props.load(new StringReader(Files.readString(p, StandardCharsets.UTF_8)));
      }
      Path d = dir.resolve(DICTIONARY_FILE);
      if (Files.isRegularFile(d)) {
        for (String line : Files.readAllLines(d, StandardCharsets.UTF_8)) {
          String w = line.strip();
          if (!w.isEmpty() && !w.startsWith("#")) {
            s.dictionary.add(w);
          }
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      // unreadable settings are not worth refusing to start; defaults apply
    }
    return s;
  }

  public Path folder() {
    return dir;
  }

  /** Writes both files atomically. */
  public void save() throws IOException {
    Files.createDirectories(dir);
    StringWriter w = new StringWriter();
    props.store(w, "Copydesk settings");
    writeAtomically(dir.resolve(SETTINGS_FILE), w.toString());
    StringBuilder dict = new StringBuilder("# Copydesk personal dictionary: one word per line\n");
    for (String word : dictionary) {
      dict.append(word).append('\n');
    }
    writeAtomically(dir.resolve(DICTIONARY_FILE), dict.toString());
  }

  private static void writeAtomically(Path target, String content) throws IOException {
    try {
      AtomicFiles.write(target, content.getBytes(StandardCharsets.UTF_8));
    } catch (DocumentException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  /** The settings a check uses (a chosen house style that can no longer be read gives way to the default). */
  public CheckSettings checkSettings() {
    return checkSettings(houseStyle().orElse(null));
  }

  /** The settings a check uses, with a house style already read (null: the language's default). */
  public CheckSettings checkSettings(HouseStyle style) {
    return new CheckSettings(variant(), disabledRules(), enabledRules(), disabledCategories(), dictionary, style);
  }

  /** The house style chosen: a shipped style's name or a style file's path; empty for the language's default. */
  public Optional<String> styleChoice() {
    return Optional.ofNullable(props.getProperty("style")).filter(s -> !s.isBlank());
  }

  /** Chooses a house style by name or file path; null or blank goes back to the language's default. */
  public void setStyleChoice(String nameOrPath) {
    put("style", nameOrPath == null || nameOrPath.isBlank() ? null : nameOrPath.strip());
  }

  /** The chosen house style, read now; empty for the language's default or when it cannot be read. */
  public Optional<HouseStyle> houseStyle() {
    try {
      return Optional.ofNullable(chosenStyle());
    } catch (HouseStyleException e) {
      return Optional.empty();
    }
  }

  /** The chosen house style (null for the language's default); throws when a chosen file cannot be used. */
  public HouseStyle chosenStyle() throws HouseStyleException {
    Optional<String> choice = styleChoice();
    return choice.isEmpty() ? null : HouseStyles.resolve(choice.get());
  }

  /** The variant for drafts that give no clue to their own (their variant is read from their spelling). */
  public Variant variant() {
    return Variant.fromCode(props.getProperty("language")).orElse(Variant.EN_US);
  }

  public void setVariant(Variant v) {
    props.setProperty("language", v.code());
  }

  /** The variant the copy editor chose for {@code file} in the desk, if they did. */
  public Optional<Variant> variantFor(Path file) {
    String key = fileKey(file);
    for (String line : props.getProperty(FILE_VARIANTS, "").split("\n")) {
      int tab = line.lastIndexOf('\t');
      if (tab > 0 && line.substring(0, tab).equals(key)) {
        return Variant.fromCode(line.substring(tab + 1));
      }
    }
    return Optional.empty();
  }

  /** Remembers the copy editor's variant for {@code file} (the most recent {@value #MAX_FILE_VARIANTS}); null forgets it. */
  public void setVariantFor(Path file, Variant v) {
    String key = fileKey(file);
    if (key.indexOf('\n') >= 0 || key.indexOf('\t') >= 0) {
      return;
    }
    List<String> lines = new ArrayList<>();
    if (v != null) {
      lines.add(key + "\t" + v.code());
    }
    for (String line : props.getProperty(FILE_VARIANTS, "").split("\n")) {
      int tab = line.lastIndexOf('\t');
      if (tab > 0 && !line.substring(0, tab).equals(key) && lines.size() < MAX_FILE_VARIANTS) {
        lines.add(line);
      }
    }
    put(FILE_VARIANTS, lines.isEmpty() ? null : String.join("\n", lines));
  }

  private static String fileKey(Path file) {
    return file.toAbsolutePath().normalize().toString();
  }

  public Set<String> disabledRules() {
    return list("rules.disabled");
  }

  public void setDisabledRules(Collection<String> rules) {
    setList("rules.disabled", rules);
  }

  public void disableRule(String ruleId) {
    Set<String> s = new TreeSet<>(disabledRules());
    s.add(ruleId);
    setDisabledRules(s);
  }

  public void enableRuleAgain(String ruleId) {
    Set<String> s = new TreeSet<>(disabledRules());
    s.remove(ruleId);
    setDisabledRules(s);
  }

  public Set<String> enabledRules() {
    return list("rules.enabled");
  }

  public void setEnabledRules(Collection<String> rules) {
    setList("rules.enabled", rules);
  }

  public Set<Category> disabledCategories() {
    Set<Category> out = EnumSet.noneOf(Category.class);
    for (String id : list("categories.disabled")) {
      Category.fromId(id).ifPresent(out::add);
    }
    return out;
  }

  public void setDisabledCategories(Collection<Category> categories) {
    setList("categories.disabled", categories.stream().map(Category::name).collect(Collectors.toList()));
  }

  public Set<String> dictionary() {
    return Set.copyOf(dictionary);
  }

  public void addToDictionary(String word) {
    if (word != null && !word.isBlank()) {
      dictionary.add(word.strip());
    }
  }

  public void removeFromDictionary(String word) {
    dictionary.remove(word);
  }

  public String theme() {
    return props.getProperty("theme", "light");
  }

  public void setTheme(String theme) {
    props.setProperty("theme", theme);
  }

  /** Window x, y, width, height, if remembered. */
  public Optional<double[]> windowBounds() {
    String v = props.getProperty("window.bounds");
    if (v == null) {
      return Optional.empty();
    }
    try {
      double[] b = Arrays.stream(v.split(",")).mapToDouble(Double::parseDouble).toArray();
      return b.length == 4 && b[2] > 100 && b[3] > 100 ? Optional.of(b) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  public void setWindowBounds(double x, double y, double width, double height) {
    props.setProperty("window.bounds", x + "," + y + "," + width + "," + height);
  }

  /** Recently opened files, most recent first. */
  public List<Path> recentFiles() {
    List<Path> out = new ArrayList<>();
    for (String s : props.getProperty("recent", "").split("\n")) {
      if (!s.isBlank()) {
        out.add(Path.of(s));
      }
    }
    return out;
  }

  public void addRecentFile(Path file) {
    List<Path> list = new ArrayList<>(recentFiles());
    Path abs = file.toAbsolutePath().normalize();
    list.remove(abs);
    list.add(0, abs);
    while (list.size() > MAX_RECENT) {
      list.remove(list.size() - 1);
    }
    props.setProperty("recent", list.stream().map(Path::toString).collect(Collectors.joining("\n")));
  }

  /** A free-form value for settings the desk adds later (e.g. "review.fontSize"). */
  public Optional<String> get(String key) {
    return Optional.ofNullable(props.getProperty(key));
  }

  public void put(String key, String value) {
    if (value == null) {
      props.remove(key);
    } else {
      props.setProperty(key, value);
    }
  }

  private Set<String> list(String key) {
    Set<String> out = new TreeSet<>();
    for (String s : props.getProperty(key, "").split(",")) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }

  private void setList(String key, Collection<String> values) {
    props.setProperty(key, String.join(",", new TreeSet<>(values)));
  }
}
