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
    description = "转换报告格式。 Convert a report to another format; reader notes go to stderr.",
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
      "0:the report is written",
      "2:the report could not be read or written, or the command line is wrong",
      "141:the reader of standard output closed it (as | head does): quietly"
    })
final class ConvertCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description =
          "The report (.txt, .md, .json, .html, .docx, .doc, .pdf…), or - for standard input.")
  Path input;

  @picocli.CommandLine.Mixin KnownMetadata known = new KnownMetadata();

  @Option(
      names = "--to",
      required = true,
      description = "The format to write: text, json, html or docx (docx only to a file, -o).")
  String to;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write here instead of stdout (the format is --to's).")
  Path output;

  @Override
  public Integer call() throws Exception {
    Formats.refuseFormatAsFile(spec.commandLine(), output);
    var format = Formats.named(to);
    Inputs.Read read = Inputs.readOrOutOfMemory(Nianbao.env(spec), input, known.options());
    if (!read.ok()) {
      spec.commandLine().getErr().println("nianbao: " + read.error());
      return Nianbao.UNREADABLE;
    }
    Formats.diagnostics(spec.commandLine().getErr(), input, read.result().diagnostics());
    Formats.write(read.result().report(), format, output, spec.commandLine().getOut());
    return Nianbao.OK;
  }
}
