package io.github.nianbao.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where a command writes its result (standard output, or the file of {@code -o}), watched: the
 * first failure to write ends the command with {@link Lost}, rather than being swallowed as a
 * {@link PrintWriter} swallows it, so that the run can tell a reader that closed the pipe ({@code |
 * head}: end quietly) from a write that failed ({@code > /dev/full}: an error).
 */
final class Output extends Writer {

  /** A write that failed: the command ends; {@link Nianbao} says how. */
  static final class Lost extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private boolean reported;

    Lost(String where, IOException cause) {
      super(where + " could not be written: " + Nianbao.oneLine(cause), cause);
    }

    /** Whether it is to be reported now: once, to the first who asks. */
    synchronized boolean report() {
      boolean first = !reported;
      reported = true;
      return first;
    }

    /**
     * Whether the reader of a pipe closed it ({@code EPIPE}: "Broken pipe" on Linux and macOS, "The
     * pipe is being closed" or "The pipe has been ended" on Windows): nobody reads on.
     */
    boolean brokenPipe() {
      String m = getCause().getMessage();
      if (m == null) {
        return false;
      }
      String lower = m.toLowerCase(Locale.ROOT);
      return lower.contains("broken pipe")
          || lower.contains("pipe is being closed")
          || lower.contains("pipe has been ended");
    }
  }

  /** The {@link Lost} behind a failure, through causes (Jackson wraps what its writer throws). */
  static Lost lost(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof Lost l) {
        return l;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }

  private final Writer out;
  private final String where;
  private final boolean owned;
  private Lost lost;

  private Output(Writer out, String where, boolean owned) {
    this.out = out;
    this.where = where;
    this.owned = owned;
  }

  /**
   * Watches standard output; {@link #close()} flushes it and leaves it open.
   *
   * @param out the writer; a {@link PrintWriter}'s swallowed errors are found when it is flushed
   */
  static Output standardOutput(Writer out) {
    return new Output(out, "standard output", false);
  }

  /**
   * Opens a file to write, in UTF-8, replacing it; {@link #close()} closes it.
   *
   * @param file the file
   * @throws IOException if it cannot be opened (no such directory, permission denied)
   */
  static Output file(Path file) throws IOException {
    return new Output(
        Files.newBufferedWriter(file, StandardCharsets.UTF_8), Inputs.shown(file), true);
  }

  /** The failure, if a write failed. */
  synchronized Lost lost() {
    return lost;
  }

  @Override
  public synchronized void write(char[] c, int off, int len) {
    check();
    try {
      out.write(c, off, len);
    } catch (IOException e) {
      throw failed(e);
    }
  }

  @Override
  public synchronized void write(String s, int off, int len) {
    check();
    try {
      out.write(s, off, len);
    } catch (IOException e) {
      throw failed(e);
    }
  }

  @Override
  public synchronized void flush() {
    check();
    try {
      out.flush();
      if (out instanceof PrintWriter p && p.checkError()) {
        throw new IOException("the writer reported an error");
      }
    } catch (IOException e) {
      throw failed(e);
    }
  }

  /** Flushes, and closes the writer of a file; standard output is only flushed. */
  @Override
  public synchronized void close() {
    try {
      flush();
    } finally {
      if (owned) {
        try {
          out.close();
        } catch (IOException e) {
          if (lost == null) {
            throw failed(e);
          }
        }
      }
    }
  }

  private void check() {
    if (lost != null) {
      throw lost;
    }
  }

  private Lost failed(IOException e) {
    lost = new Lost(where, e);
    return lost;
  }
}
