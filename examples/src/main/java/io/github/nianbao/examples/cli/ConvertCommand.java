package io.github.nianbao.examples.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nianbao convert}: reads a report and writes it in another format. */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    description = "转换报告格式。 Convert a report to another format; reader notes go to stderr.")
final class ConvertCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The report (.txt or .json).")
  Path input;

  @picocli.CommandLine.Mixin KnownMetadata known = new KnownMetadata();

  @Option(names = "--to", required = true, description = "The format to write: json or text.")
  String to;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of stdout.")
  Path output;

  @Override
  public Integer call() throws Exception {
    var format = Formats.named(to);
    Inputs.Read read = Inputs.read(input, known.options());
    if (!read.ok()) {
      spec.commandLine().getErr().println("nianbao: " + read.error());
      return Nianbao.UNREADABLE;
    }
    Formats.diagnostics(spec.commandLine().getErr(), input, read.result().diagnostics());
    Formats.write(read.result().report(), format, output, spec.commandLine().getOut());
    return Nianbao.OK;
  }

}
