package io.github.nianbao.examples.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code nianbao} command line: validate, convert, sum and compare 政府信息公开工作年度报告.
 *
 * <p>Exit codes: 0 when no report has an error finding, 1 when one has, 2 when an input could
 * not be read or the command line is wrong. Bad input gives a one-line message; {@code --debug}
 * adds the stack trace.
 */
@Command(
    name = "nianbao",
    mixinStandardHelpOptions = true,
    versionProvider = Nianbao.Version.class,
    description = "政府信息公开工作年度报告（国办公开办函〔2021〕30号）的校验、转换与汇总。%n"
        + "Validate, convert and sum annual reports on government information disclosure.",
    subcommands = {
      ValidateCommand.class,
      ConvertCommand.class,
      SumCommand.class,
      SeriesCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Nianbao implements java.util.concurrent.Callable<Integer> {

  /** Exit code: no report has an error finding. */
  public static final int OK = 0;
  /** Exit code: a report has an error finding. */
  public static final int FINDINGS = 1;
  /** Exit code: an input could not be read, or the command line is wrong. */
  public static final int UNREADABLE = 2;

  @Option(
      names = "--debug",
      scope = CommandLine.ScopeType.INHERIT,
      description = "Show stack traces of errors.")
  boolean debug;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Hibernate Validator announces its version at INFO level; the command line keeps quiet. */
  private static final java.util.logging.Logger QUIET_HIBERNATE_VALIDATOR =
      java.util.logging.Logger.getLogger("org.hibernate.validator");

  /**
   * Runs the command line and exits with its code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /**
   * Runs the command line without exiting, for tests and embedding.
   *
   * @param out standard output
   * @param err standard error
   * @param args the arguments
   * @return the exit code
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    QUIET_HIBERNATE_VALIDATOR.setLevel(java.util.logging.Level.WARNING);
    CommandLine cli = new CommandLine(new Nianbao());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExitCodeExceptionMapper(e -> UNREADABLE);
    // a file named -dash.txt is a file, not an unknown option
    cli.setUnmatchedOptionsArePositionalParams(true);
    cli.setParameterExceptionHandler(
        (e, a) -> {
          err.println("nianbao: " + e.getMessage());
          err.println("Try 'nianbao " + e.getCommandLine().getCommandName() + " --help'.");
          return UNREADABLE;
        });
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          Nianbao root = commandLine.getCommandSpec().root().commandLine().getCommand();
          err.println("nianbao: " + oneLine(e));
          if (root.debug) {
            e.printStackTrace(err);
          }
          return UNREADABLE;
        });
    int code = cli.execute(args);
    out.flush();
    if (out.checkError() && code != UNREADABLE) {
      // the output was lost (a full disk, /dev/full, a closed pipe): no success without it
      err.println("nianbao: standard output could not be written");
      code = UNREADABLE;
    }
    err.flush();
    return code;
  }

  static String oneLine(Throwable e) {
    if (e instanceof java.nio.file.NoSuchFileException f) {
      return "no such file or directory: " + f.getFile();
    }
    if (e instanceof java.nio.file.AccessDeniedException f) {
      return "permission denied: " + f.getFile();
    }
    if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
      return f.getFile() + ": " + f.getReason();
    }
    String m = e.getMessage();
    return (m == null ? e.getClass().getSimpleName() : m).replace('\n', ' ');
  }

  @Override
  public Integer call() {
    // no command: a usage error, on stderr
    spec.commandLine().getErr().println("nianbao: a command is needed");
    spec.commandLine().usage(spec.commandLine().getErr());
    return UNREADABLE;
  }

  /** The version of the jar. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Nianbao.class.getPackage().getImplementationVersion();
      return new String[] {"nianbao " + (v == null ? "development" : v)};
    }
  }
}
