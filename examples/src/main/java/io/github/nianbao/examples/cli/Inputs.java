package io.github.nianbao.examples.cli;

import io.github.nianbao.serialization.ReadOptions;
import io.github.nianbao.serialization.ReadResult;
import io.github.nianbao.serialization.ReportFormat;
import io.github.nianbao.serialization.ReportFormats;
import io.github.nianbao.serialization.ReportParseException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds the report files named on the command line and reads them. */
final class Inputs {
  private Inputs() {}

  /** What came of reading one file: a report, or a one-line reason it is unreadable. */
  record Read(Path path, ReadResult result, String error) {
    boolean ok() {
      return result != null;
    }
  }

  /**
   * Expands files and directories: a directory is walked, and its files whose ending a format
   * claims are taken, sorted by path; a file named explicitly is always taken.
   */
  static List<Path> expand(List<Path> arguments) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path p : arguments) {
      if (Files.isDirectory(p)) {
        int before = files.size();
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile)
              .filter(f -> forFileName(f.getFileName().toString()).isPresent())
              .sorted()
              .forEach(files::add);
        }
        if (files.size() == before) {
          throw new IOException(p + ": no report file (.txt, .md, .json) in this directory");
        }
      } else {
        files.add(p);
      }
    }
    return files;
  }

  /**
   * The formats, found once for the command (a {@link java.util.ServiceLoader} lookup per file
   * cost a sixth of the time of {@code validate} over a directory).
   */
  private static final List<ReportFormat> FORMATS = ReportFormats.all();

  /** The format whose file name ending a file name has, as {@link ReportFormats#forFileName}. */
  static Optional<ReportFormat> forFileName(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    for (ReportFormat f : FORMATS) {
      for (String ending : f.fileExtensions()) {
        if (lower.endsWith(ending)) {
          return Optional.of(f);
        }
      }
    }
    return Optional.empty();
  }

  /** Reads a file with the format its ending names, or, failing that, by its first character. */
  static Read read(Path path) {
    return read(path, ReadOptions.none());
  }

  /**
   * Reads a file, once, with the format its ending names, or, failing that, by its first
   * character; its encoding is detected ({@link ReportFormat#read(byte[], ReadOptions)}).
   */
  static Read read(Path path, ReadOptions options) {
    String shown = shown(path);
    try {
      if (Files.exists(path) && !Files.isRegularFile(path) && !Files.isDirectory(path)) {
        return new Read(path, null, shown + ": not a regular file (a pipe or a device): not read");
      }
      if (Files.isRegularFile(path) && Files.size(path) > ReportFormat.MAX_INPUT_BYTES) {
        return new Read(
            path, null, shown + ": larger than " + ReportFormat.MAX_INPUT_BYTES + " bytes: not read");
      }
      byte[] bytes;
      try (InputStream in = Files.newInputStream(path)) {
        bytes = in.readNBytes(ReportFormat.MAX_INPUT_BYTES + 1);
      }
      Optional<ReportFormat> byName = forFileName(path.getFileName().toString());
      ReportFormat format = byName.isPresent() ? byName.get() : sniff(bytes);
      return new Read(path, format.read(bytes, options), null);
    } catch (ReportParseException e) {
      return new Read(path, null, shown + ": " + e.getMessage());
    } catch (java.nio.file.NoSuchFileException e) {
      return new Read(path, null, shown + ": no such file");
    } catch (java.nio.file.AccessDeniedException e) {
      return new Read(path, null, shown + ": permission denied");
    } catch (IOException e) {
      return new Read(path, null, shown + ": " + Nianbao.oneLine(e));
    } catch (RuntimeException e) {
      // a reader must not throw one; if it does, say so on one line rather than lose the file
      return new Read(path, null, shown + ": unexpected " + e.getClass().getSimpleName() + ": " + Nianbao.oneLine(e));
    }
  }

  /**
   * A path as an error line shows it: a control character in its name (a line break) written as
   * a backslash escape (a line break as backslash-n), so that the error stays on one line.
   */
  static String shown(Path path) {
    String s = path.toString();
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isISOControl(c)) {
        if (b == null) {
          b = new StringBuilder(s.substring(0, i));
        }
        b.append(c == '\n' ? "\\n" : c == '\r' ? "\\r" : c == '\t' ? "\\t" : String.format("\\u%04X", (int) c));
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? s : b.toString();
  }

  /**
   * The format of bytes without a telling file ending: JSON if the first character that is not
   * white space, a byte order mark or a NUL (of UTF-16) is {@code {}, else text.
   */
  private static ReportFormat sniff(byte[] bytes) throws IOException {
    int i = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      i = 3;
    } else if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE || (bytes[0] & 0xFF) == 0xFF)) {
      i = 2;
    }
    while (i < bytes.length && (bytes[i] == 0 || Character.isWhitespace(bytes[i]))) {
      i++;
    }
    String wanted = i < bytes.length && bytes[i] == '{' ? "json" : "text";
    return FORMATS.stream()
        .filter(f -> f.name().equals(wanted))
        .findFirst()
        .orElseThrow(() -> new IOException("no " + wanted + " format on the class path"));
  }

  /**
   * Parses {@code zh} or {@code en}.
   *
   * @throws IllegalArgumentException for another language
   */
  static Locale locale(String lang) {
    if ("en".equalsIgnoreCase(lang)) {
      return Locale.ENGLISH;
    }
    if ("zh".equalsIgnoreCase(lang)) {
      return Locale.SIMPLIFIED_CHINESE;
    }
    throw new IllegalArgumentException("--lang " + lang + ": the messages exist in zh and en");
  }
}
