package io.github.nianbao.examples.cli;

import io.github.nianbao.serialization.ReadOptions;
import io.github.nianbao.serialization.ReadResult;
import io.github.nianbao.serialization.ReportFormat;
import io.github.nianbao.serialization.ReportFormats;
import io.github.nianbao.serialization.ReportParseException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine;

/** Finds the report files named on the command line and reads them. */
final class Inputs {
  private Inputs() {}

  /** What came of reading one file: a report, or a one-line reason it is unreadable. */
  record Read(Path path, ReadResult result, String error) {
    boolean ok() {
      return result != null;
    }
  }

  /** The FILE that names standard input: {@code -}, read once (a file named so is {@code ./-}). */
  static final Path STDIN = Path.of("-");

  /** Whether a FILE argument names standard input. */
  static boolean isStdin(Path path) {
    return STDIN.equals(path);
  }

  /**
   * Refuses {@code -} given twice: standard input is read once.
   *
   * @throws CommandLine.ParameterException if it is
   */
  static void stdinOnce(CommandLine commandLine, List<Path> arguments) {
    if (arguments.stream().filter(Inputs::isStdin).count() > 1) {
      throw new CommandLine.ParameterException(
          commandLine, "- (standard input) is given more than once: it can be read once");
    }
  }

  /** An input to read, or, found in a directory walk, an entry that cannot be read and why. */
  record Input(Path path, String error) {}

  /**
   * Expands files and directories: a directory is walked (following links), and its files whose
   * ending a format claims are taken, sorted by path; a file named explicitly is always taken. An
   * entry of the walk that cannot be read (a directory it may not list, a path too long, a link
   * that loops back or leads nowhere, a pipe) is taken with its reason, and the walk goes on; so is
   * a directory with no report file. Nothing is dropped without a word.
   */
  static List<Input> expand(List<Path> arguments) {
    List<Input> inputs = new ArrayList<>();
    for (Path p : arguments) {
      if (!isStdin(p) && Files.isDirectory(p)) {
        List<Input> walked = walk(p);
        if (walked.isEmpty()) {
          inputs.add(
              new Input(p, shown(p) + ": no report file (" + endings() + ") in this directory"));
        }
        inputs.addAll(walked);
      } else {
        inputs.add(new Input(p, null));
      }
    }
    return inputs;
  }

  private static List<Input> walk(Path dir) {
    List<Input> found = new ArrayList<>();
    try {
      Files.walkFileTree(
          dir,
          EnumSet.of(FileVisitOption.FOLLOW_LINKS),
          Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
              if (forFileName(file.getFileName().toString()).isEmpty()) {
                return FileVisitResult.CONTINUE;
              }
              if (attributes.isRegularFile()) {
                found.add(new Input(file, null));
              } else if (attributes.isSymbolicLink()) {
                found.add(new Input(file, shown(file) + ": a symbolic link to nothing: not read"));
              } else if (!attributes.isDirectory()) {
                found.add(new Input(file, shown(file) + ": " + NOT_REGULAR));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              found.add(new Input(file, shown(file) + ": " + notWalked(e)));
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) {
              if (e != null) {
                found.add(new Input(d, shown(d) + ": " + notWalked(e)));
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException | RuntimeException e) {
      // the visitor throws none; the walk itself may (a file system gone)
      found.add(new Input(dir, shown(dir) + ": " + Nianbao.oneLine(e) + ": not walked"));
    }
    found.sort(Comparator.comparing(Input::path));
    return found;
  }

  /** Why an entry of a walk could not be walked, without its path (the line names it). */
  private static String notWalked(IOException e) {
    if (e instanceof FileSystemLoopException) {
      return "a symbolic link back to a directory above it (a loop): not walked again";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied: not walked";
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file or directory (gone during the walk): not walked";
    }
    if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
      return f.getReason() + ": not walked";
    }
    return Nianbao.oneLine(e) + ": not walked";
  }

  /** Why a pipe or a device is not read, and how to give piped input. */
  private static final String NOT_REGULAR =
      "not a regular file (a pipe or a device): not read; for piped input give - (standard"
          + " input), as in: cat FILE | nianbao validate -";

  /**
   * The formats, found once for the command (a {@link java.util.ServiceLoader} lookup per file cost
   * a sixth of the time of {@code validate} over a directory).
   */
  private static final List<ReportFormat> FORMATS = ReportFormats.all();

  /** The file name endings the formats claim, as a list for a message: {@code .txt, .md, …}. */
  static String endings() {
    List<String> all = new ArrayList<>();
    for (ReportFormat f : FORMATS) {
      all.addAll(f.fileExtensions());
    }
    return String.join(", ", all);
  }

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

  /**
   * Reads a file, once, with the format its ending names, or, failing that, by its content; its
   * encoding is detected ({@link ReportFormat#read(byte[], ReadOptions)}). For {@code -}, standard
   * input is read, at most {@link ReportFormat#MAX_INPUT_BYTES} bytes, and its format told by its
   * content (a PDF, .docx or .doc by its magic number, HTML, JSON or text by its first character).
   * A pipe or a device named as a file is not read: a pipe with no writer would block the run for
   * ever.
   */
  static Read read(Path path, ReadOptions options, InputStream stdin) {
    String shown = shown(path);
    try {
      byte[] bytes;
      ReportFormat format;
      if (isStdin(path)) {
        bytes = stdin.readNBytes(ReportFormat.MAX_INPUT_BYTES + 1);
        if (bytes.length > ReportFormat.MAX_INPUT_BYTES) {
          return new Read(
              path,
              null,
              shown + ": larger than " + ReportFormat.MAX_INPUT_BYTES + " bytes: not read");
        }
        format = sniff(bytes);
      } else {
        if (Files.exists(path) && !Files.isRegularFile(path) && !Files.isDirectory(path)) {
          return new Read(path, null, shown + ": " + NOT_REGULAR);
        }
        if (Files.isRegularFile(path) && Files.size(path) > ReportFormat.MAX_INPUT_BYTES) {
          return new Read(
              path,
              null,
              shown + ": larger than " + ReportFormat.MAX_INPUT_BYTES + " bytes: not read");
        }
        try (InputStream in = Files.newInputStream(path)) {
          bytes = in.readNBytes(ReportFormat.MAX_INPUT_BYTES + 1);
        }
        Optional<ReportFormat> byName = forFileName(path.getFileName().toString());
        format = byName.isPresent() ? byName.get() : sniff(bytes);
      }
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
      return new Read(
          path,
          null,
          shown + ": unexpected " + e.getClass().getSimpleName() + ": " + Nianbao.oneLine(e));
    }
  }

  /**
   * Reads an input through the run's reader, and makes an {@link OutOfMemoryError} while doing so a
   * line of its own: the memory of the failed read is free again, and the other files are read.
   */
  static Read readOrOutOfMemory(Env env, Path path, ReadOptions options) {
    try {
      return env.read(path, options);
    } catch (OutOfMemoryError e) {
      return new Read(path, null, outOfMemory(path, "reading"));
    }
  }

  /**
   * The line of a file that ran the Java heap out: its size, and how to give more.
   *
   * @param doing what was being done: {@code reading}, {@code reading or validating}
   */
  static String outOfMemory(Path path, String doing) {
    String size = "";
    try {
      if (!isStdin(path) && Files.isRegularFile(path)) {
        size = " (" + Files.size(path) + " bytes)";
      }
    } catch (IOException | RuntimeException e) {
      // the size only helps
    }
    return shown(path)
        + ": out of memory "
        + doing
        + " this file"
        + size
        + "; java -Xmx gives Java more (as java -Xmx4g -jar nianbao.jar)";
  }

  /**
   * A path as an error line shows it: a control character in its name (a line break) written as a
   * backslash escape (a line break as backslash-n), so that the error stays on one line.
   */
  static String shown(Path path) {
    if (isStdin(path)) {
      return "(standard input)";
    }
    String s = path.toString();
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isISOControl(c)) {
        if (b == null) {
          b = new StringBuilder(s.substring(0, i));
        }
        b.append(
            c == '\n'
                ? "\\n"
                : c == '\r' ? "\\r" : c == '\t' ? "\\t" : String.format("\\u%04X", (int) c));
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? s : b.toString();
  }

  /**
   * The format of bytes without a telling file ending: a PDF, a .docx or a .doc by its magic
   * number; else, by the first character that is not white space, a byte order mark or a NUL (of
   * UTF-16), HTML if it opens a tag or {@code <!}, JSON if it is {@code {}, else text.
   */
  private static ReportFormat sniff(byte[] bytes) throws IOException {
    // binary documents by their magic numbers: PDF, zip (.docx), OLE2 (.doc)
    if (startsWith(bytes, '%', 'P', 'D', 'F', '-')) {
      return named("pdf");
    }
    if (startsWith(bytes, 'P', 'K', 3, 4)) {
      return named("docx");
    }
    if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
      return named("doc");
    }
    int i = 0;
    if (bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      i = 3;
    } else if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE || (bytes[0] & 0xFF) == 0xFF)) {
      i = 2;
    }
    while (i < bytes.length && (bytes[i] == 0 || Character.isWhitespace(bytes[i]))) {
      i++;
    }
    boolean markup =
        i + 1 < bytes.length
            && bytes[i] == '<'
            && (bytes[i + 1] == '!' || Character.isLetter(bytes[i + 1]));
    return named(markup ? "html" : i < bytes.length && bytes[i] == '{' ? "json" : "text");
  }

  private static boolean startsWith(byte[] bytes, int... magic) {
    if (bytes.length < magic.length) {
      return false;
    }
    for (int k = 0; k < magic.length; k++) {
      if ((bytes[k] & 0xFF) != magic[k]) {
        return false;
      }
    }
    return true;
  }

  private static ReportFormat named(String wanted) throws IOException {
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
