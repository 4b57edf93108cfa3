package com.copydesk.engine.style;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The house styles Copydesk ships (data files listed in {@code shipped.txt} beside this class, with
 * the English variants each is the default for) and the way to find a style by name or file, shared
 * by the command line, the desk and anything else that checks copy.
 */
public final class HouseStyles {
  public static final String FILE_EXTENSION = ".style";
  private static final int MAX_FILE = 1 << 20;
  private static volatile Catalogue catalogue;

  private HouseStyles() {}

  private record Catalogue(Map<String, HouseStyle> styles, Map<String, HouseStyle> defaults) {}

  /** The shipped styles, in the order of {@code shipped.txt}. */
  public static List<HouseStyle> shipped() {
    return List.copyOf(catalogue().styles().values());
  }

  /** The shipped style named {@code id} ("newsroom-gb"), case aside. */
  public static Optional<HouseStyle> shipped(String id) {
    return Optional.ofNullable(catalogue().styles().get(id.strip().toLowerCase(Locale.ROOT)));
  }

  /**
   * The style a new user gets for a variant, by its code ("en-GB"): a newsroom style that spells the
   * way the variant does. By code, so that the engine's {@code Variant} and this package do not
   * know each other both ways (ArchitectureTest: packages free of cycles).
   */
  public static HouseStyle defaultFor(String variantCode) {
    HouseStyle style = catalogue().defaults().get(variantCode);
    if (style == null) {
      throw new IllegalStateException("shipped.txt names no default style for " + variantCode);
    }
    return style;
  }

  /** The names of the shipped styles, for messages: "us-wire, newsroom-gb or book". */
  public static String names() {
    List<String> ids = new ArrayList<>(catalogue().styles().keySet());
    return String.join(", ", ids.subList(0, ids.size() - 1)) + " or " + ids.get(ids.size() - 1);
  }

  /** A shipped style by name, or else a style file by path. */
  public static HouseStyle resolve(String nameOrFile) throws HouseStyleException {
    return resolve(nameOrFile, Path.of("").toAbsolutePath(), new ArrayDeque<>());
  }

  /** Reads a style file. */
  public static HouseStyle read(Path file) throws HouseStyleException {
    return read(file, new ArrayDeque<>());
  }

  private static HouseStyle resolve(String nameOrFile, Path dir, Deque<Path> reading) throws HouseStyleException {
    String v = nameOrFile.strip();
    if (v.isEmpty()) {
      throw new HouseStyleException("no house style named; use " + names() + ", or the path of a "
          + FILE_EXTENSION + " file");
    }
    Optional<HouseStyle> s = shipped(v);
    if (s.isPresent()) {
      return s.get();
    }
    Path file = dir.resolve(v);
    if (!Files.exists(file)) {
      throw new HouseStyleException("no house style “" + v + "”: use " + names() + ", or the path of a "
          + FILE_EXTENSION + " file");
    }
    return read(file, reading);
  }

  private static HouseStyle read(Path file, Deque<Path> reading) throws HouseStyleException {
    Path abs = file.toAbsolutePath().normalize();
    if (reading.contains(abs)) {
      throw new HouseStyleException("house style " + file + " is based on itself");
    }
    if (!Files.isRegularFile(abs)) {
      throw new HouseStyleException("house style " + file + " is not a file");
    }
    String text;
    try {
      if (Files.size(abs) > MAX_FILE) {
        throw new HouseStyleException("house style " + file + " is larger than 1 MB; is it really a style file?");
      }
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(abs))).toString();
    } catch (CharacterCodingException e) {
      throw new HouseStyleException("house style " + file + " is not UTF-8 text");
    } catch (IOException e) {
      throw new HouseStyleException("cannot read house style " + file + ": " + e.getMessage(), e);
    }
    reading.push(abs);
    try {
      Path dir = abs.getParent();
      return HouseStyleFile.parse(abs.toString(), file.getFileName().toString(), text,
          base -> resolve(base, dir, reading));
    } finally {
      reading.pop();
    }
  }

  private static Catalogue catalogue() {
    Catalogue c = catalogue;
    if (c == null) {
      synchronized (HouseStyles.class) {
        c = catalogue;
        if (c == null) {
          catalogue = c = load();
        }
      }
    }
    return c;
  }

  private static Catalogue load() {
    Map<String, HouseStyle> styles = new LinkedHashMap<>();
    Map<String, HouseStyle> defaults = new LinkedHashMap<>();
    for (String line : resource("shipped.txt").split("\\R")) {
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      String[] parts = l.split("\\s+");
      String id = parts[0];
      HouseStyle style;
      try {
        style = HouseStyleFile.parse(id, id + FILE_EXTENSION, resource(id + FILE_EXTENSION),
            base -> Optional.ofNullable(styles.get(base.strip().toLowerCase(Locale.ROOT))).orElseThrow(
                () -> new HouseStyleException("shipped style " + id + " is based on unknown " + base)));
      } catch (HouseStyleException e) {
        throw new IllegalStateException(e.getMessage(), e);
      }
      styles.put(id, style);
      for (int i = 1; i < parts.length; i++) {
        defaults.put(parts[i], style);
      }
    }
    return new Catalogue(java.util.Collections.unmodifiableMap(styles), Map.copyOf(defaults));
  }

  private static String resource(String name) {
    try (InputStream in = HouseStyles.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
