using System.CommandLine;

namespace TradeAnalytics.Cli;

/// <summary>The trade-analytics command tree.</summary>
public static class CommandLine
{
    /// <summary>The exit code of a failure no check foresaw (the tool's own fault, never the input's): 70, as sysexits' EX_SOFTWARE.</summary>
    public const int UnexpectedFailure = 70;

    /// <summary>Parses and runs <paramref name="args"/>; returns the exit code (0 = success).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("trade-analytics: bilateral trade series, growth, shares, charts and claim checks on IMF trade statistics.");
        root.Subcommands.Add(SeriesCommands.Series(output));
        root.Subcommands.Add(SeriesCommands.Growth(output));
        root.Subcommands.Add(ShareCommand.Create(output));
        root.Subcommands.Add(IndicatorsCommand.Create(output));
        root.Subcommands.Add(ProductsCommand.Create(output));
        root.Subcommands.Add(SeriesCommands.Chart(output));
        root.Subcommands.Add(CheckClaimsCommand.Create(output));
        root.Subcommands.Add(ImportCommand.Create(output, error));
        root.Subcommands.Add(ImportDotsCommand.Create(output, error));
        root.Subcommands.Add(CompareCommand.Create(output));
        root.Subcommands.Add(ReportCommand.Create(output));
        root.Subcommands.Add(FetchCommand.Create(output));
        root.Subcommands.Add(SqlCommand.Create(output));
        root.Subcommands.Add(ColumnsCommand.Create(output));
        root.Subcommands.Add(SourcesCommand.Create(output));
        root.Subcommands.Add(PartnersCommand.Create(output));
        foreach (var command in root.Subcommands)
        {
            XlsxOutput.AddOutOption(command);
        }

        var result = root.Parse(args);
        CommonOptions.Notes = error;
        if (result.Errors.Count > 0 && args.Length > 0)
        {
            // Parse errors as sentences on standard error; standard output stays empty (no help text in a JSON or CSV stream).
            foreach (var e in result.Errors)
            {
                error.WriteLine("error: " + e.Message);
            }

            error.WriteLine("(trade-analytics <command> --help lists the options.)");
            return 1;
        }

        try
        {
            OutputGuard.Check(result);
            var workbook = XlsxOutput.Begin(result, args);
            var code = result.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
            if (code == 0 && workbook is not null)
            {
                XlsxOutput.Save(workbook, output);
            }

            return code;
        }
        catch (Exception e) when (UserError.IsUserFacing(e))
        {
            // An argument error reads as a sentence, without .NET's "(Parameter 'members')".
            // Shown visibly: a message may quote a file or a server's answer, whose escape sequences must not drive the terminal.
            error.WriteLine("error: " + VisibleText.Of(e is ArgumentException { ParamName: { } name } a ? a.Message.Replace($" (Parameter '{name}')", "", StringComparison.Ordinal) : e.Message, keepLineBreaks: true));
            return 1;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Anything else is the tool's own failure: one line, never a stack trace, and its own exit code (see docs/promises.md, exit codes).
            // Outputs are written to a temporary file and moved into place only when whole, so nothing half-written is left.
            error.WriteLine($"error: an unexpected failure ({e.GetType().Name}): {VisibleText.Of(e.Message)} — nothing more was written; please report it.");
            return UnexpectedFailure;
        }
    }
}
