package io.github.nianbao.examples.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code nianbao} command line: validate, convert, sum and compare 政府信息公开工作年度报告.
 *
 * <p>Exit codes: 0 when no report has an error finding, 1 when one has, 2 when an input could not
 * be read, the output could not be written or the command line is wrong, 141 (128 + SIGPIPE, as a
 * tool killed by a closed pipe exits) when the reader of standard output closed it, as {@code |
 * head} does: the run ends there, quietly. Bad input gives a one-line message; {@code --debug} adds
 * the stack trace.
 */
@Command(
    name = "nianbao",
    mixinStandardHelpOptions = true,
    versionProvider = Nianbao.Version.class,
    description =
        "政府信息公开工作年度报告（国办公开办函〔2021〕30号）的校验、转换与汇总。%n"
            + "Validate, convert and sum annual reports on government information disclosure;"
            + " list their cells for a spreadsheet.",
    subcommands = {
      ValidateCommand.class,
      ConvertCommand.class,
      SumCommand.class,
      SeriesCommand.class,
      FactsCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Nianbao implements java.util.concurrent.Callable<Integer> {

  /** Exit code: no report has an error finding. */
  public static final int OK = 0;

  /** Exit code: a report has an error finding. */
  public static final int FINDINGS = 1;

  /**
   * Exit code: an input could not be read, the output not written, or the command line is wrong.
   */
  public static final int UNREADABLE = 2;

  /**
   * Exit code: the reader of standard output closed it ({@code | head}); nothing is said. 128 +
   * SIGPIPE (13), the code of a tool that a closed pipe ends.
   */
  public static final int PIPE_CLOSED = 141;

  @Option(
      names = "--debug",
      scope = CommandLine.ScopeType.INHERIT,
      description = "Show stack traces of errors.")
  boolean debug;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Standard input, the terminal, the reading of an input: the commands find it here. */
  final Env env;

  Nianbao() {
    this(Env.system());
  }

  Nianbao(Env env) {
    this.env = env;
  }

  /** The environment of the run a command belongs to. */
  static Env env(CommandLine.Model.CommandSpec spec) {
    return ((Nianbao) spec.root().userObject()).env;
  }

  /** Hibernate Validator announces its version at INFO level; the command line keeps quiet. */
  private static final java.util.logging.Logger QUIET_HIBERNATE_VALIDATOR =
      java.util.logging.Logger.getLogger("org.hibernate.validator");

  /**
   * Runs the command line and exits with its code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    // Apache POI (the Word format) logs through the Log4j API, which without a logging provider
    // prints an error of its own on first use: its simple logger, switched off, keeps quiet; the
    // command line reports every failure itself
    if (System.getProperty("log4j2.loggerContextFactory") == null) {
      System.setProperty(
          "log4j2.loggerContextFactory",
          "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
      System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
    }
    // standard output as bytes Java does not hide a failure of (System.out swallows them)
    FileOutputStream bytes = new FileOutputStream(FileDescriptor.out);
    Writer stdout = new BufferedWriter(new OutputStreamWriter(bytes, Charset.defaultCharset()));
    // a CSV is UTF-8 on standard output too, whatever the platform's encoding
    Env env =
        Env.system()
            .withUtf8Stdout(
                new BufferedWriter(
                    new OutputStreamWriter(bytes, java.nio.charset.StandardCharsets.UTF_8)));
    System.exit(run(env, stdout, new PrintWriter(System.err, true), args));
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
    return run(Env.system(), out, err, args);
  }

  /**
   * Runs the command line in an environment, writing its result to {@code stdout}: a failure to
   * write ends the run, quietly with {@link #PIPE_CLOSED} when the reader closed the pipe, else
   * with a line and {@link #UNREADABLE}.
   */
  static int run(Env env, Writer stdout, PrintWriter err, String... args) {
    QUIET_HIBERNATE_VALIDATOR.setLevel(java.util.logging.Level.WARNING);
    Output output = Output.standardOutput(stdout);
    PrintWriter out = new PrintWriter(output, true);
    CommandLine cli = new CommandLine(new Nianbao(env));
    cli.setOut(out);
    cli.setErr(err);
    cli.setExitCodeExceptionMapper(e -> UNREADABLE);
    // help or a version written to a closed pipe ends as a command's output does, not as a crash
    cli.setExecutionStrategy(
        parseResult -> {
          try {
            return new CommandLine.RunLast().execute(parseResult);
          } catch (Output.Lost e) {
            return lost(e, err);
          }
        });
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
          Output.Lost lost = Output.lost(e);
          if (lost != null) {
            return lost(lost, err);
          }
          Nianbao root = commandLine.getCommandSpec().root().commandLine().getCommand();
          err.println("nianbao: " + oneLine(e));
          if (root.debug) {
            e.printStackTrace(err);
          }
          return UNREADABLE;
        });
    int code;
    try {
      code = cli.execute(args);
      out.flush();
    } catch (Output.Lost e) {
      // the last flush: told below
      code = UNREADABLE;
    }
    if (output.lost() != null) {
      code = lost(output.lost(), err);
    }
    err.flush();
    return code;
  }

  /**
   * The exit code of a run whose output was lost, with its line: none for a closed pipe (nobody
   * reads on, and {@code | head} is no error of the user's), one for a failed write.
   */
  static int lost(Output.Lost lost, PrintWriter err) {
    if (lost.brokenPipe()) {
      return PIPE_CLOSED;
    }
    if (lost.report()) {
      err.println("nianbao: " + lost.getMessage());
    }
    return UNREADABLE;
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
