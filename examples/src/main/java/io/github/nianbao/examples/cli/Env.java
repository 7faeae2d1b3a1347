package io.github.nianbao.examples.cli;

import io.github.nianbao.serialization.ReadOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

/**
 * What a run takes from outside its arguments: standard input (the FILE {@code -}), whether
 * standard error is a terminal (for the progress bar), and the reading of one input. {@link
 * #system()} is the real one; tests give their own.
 */
final class Env {

  /** Reads one input named on the command line or found in a directory. */
  interface Reader {
    /**
     * Reads a file, or standard input for {@link Inputs#STDIN}.
     *
     * @param file the file
     * @param options what the user knows of the report
     * @return the report, or a one-line reason it could not be read
     */
    Inputs.Read read(Path file, ReadOptions options);
  }

  private final InputStream stdin;
  private final BooleanSupplier terminal;
  private final Reader reader;
  private java.io.Writer utf8Stdout;

  /**
   * Creates an environment.
   *
   * @param stdin what {@code -} reads
   * @param terminal whether standard error is a terminal, asked once a run that draws a bar
   * @param reader how an input is read, or {@code null} for {@link Inputs#read(Path, ReadOptions,
   *     InputStream)} with {@code stdin}
   */
  Env(InputStream stdin, BooleanSupplier terminal, Reader reader) {
    this.stdin = stdin;
    this.terminal = terminal;
    this.reader = reader != null ? reader : (file, options) -> Inputs.read(file, options, stdin);
  }

  /** The process's own: {@link System#in}, and standard error a terminal as far as it can tell. */
  static Env system() {
    return new Env(System.in, Env::stderrIsTerminal, null);
  }

  /**
   * Gives the run standard output as UTF-8, whatever the platform's encoding: the process's main
   * does, so that a CSV on standard output is UTF-8 as it says it is.
   *
   * @param utf8 a writer of UTF-8 onto standard output's bytes
   * @return this environment
   */
  Env withUtf8Stdout(java.io.Writer utf8) {
    this.utf8Stdout = utf8;
    return this;
  }

  /**
   * Standard output as UTF-8, or {@code null} where the run's standard output is a writer only (a
   * test's, an embedding's), which is then written as it is.
   */
  java.io.Writer utf8Stdout() {
    return utf8Stdout;
  }

  InputStream stdin() {
    return stdin;
  }

  boolean terminal() {
    return terminal.getAsBoolean();
  }

  Inputs.Read read(Path file, ReadOptions options) {
    return reader.read(file, options);
  }

  /**
   * Whether standard error is a terminal. On Linux {@code /proc/self/fd/2} tells (a run with
   * standard output in a file still gets its bar); elsewhere {@link System#console()} stands in for
   * it (standard input and output both a terminal), so that a redirected run never gets the bar.
   */
  static boolean stderrIsTerminal() {
    Path fd2 = Path.of("/proc/self/fd/2");
    try {
      if (Files.isSymbolicLink(fd2)) {
        String target = Files.readSymbolicLink(fd2).toString();
        return target.startsWith("/dev/pts/")
            || target.startsWith("/dev/tty")
            || target.equals("/dev/console");
      }
    } catch (IOException | RuntimeException e) {
      // not Linux, or /proc not mounted: ask the console
    }
    return System.console() != null;
  }
}
