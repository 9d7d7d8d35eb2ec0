using System.CommandLine;
using TradeAnalytics.Sources.Imf;

namespace TradeAnalytics.Cli;

/// <summary><c>import PATH --out FILE.csv</c>: any IMF trade file (format detected) to the interchange format.</summary>
internal static class ImportCommand
{
    internal static Command Create(TextWriter output, TextWriter error)
    {
        var path = new Argument<string>("path") { Description = "A folder of DOTS workbooks, a DOTS workbook, an IMTS SDMX-CSV (1.0 or 2.0), a portal CSV download, a legacy DOTS CSV or SDMX-JSON file." };
        var outFile = new Option<FileInfo>("--out") { Description = "The interchange CSV file to write (annual observations).", Required = true };
        var command = new Command("import", "Import an IMF trade file or DOTS folder (format detected) into the interchange CSV format, with a reconciliation report.") { path, outFile };
        command.SetAction(parse =>
        {
            var source = parse.GetValue(path)!;
            var progress = Directory.Exists(source) ? new ConsoleProgress(error, DotsFolderImporter.Workbooks(source).Count) : null;
            var import = ImfFileImporter.Import(source, progress);
            progress?.Done();
            InterchangeCsv.WriteFile(parse.GetValue(outFile)!.FullName, import.Observations);
            output.WriteLine($"{import.Format}: {Path.GetFileName(import.Path.TrimEnd('/'))}");
            foreach (var line in import.Report)
            {
                output.WriteLine(line);
            }

            output.WriteLine($"wrote {import.Observations.Count} annual observations to {parse.GetValue(outFile)!.FullName}");
            return import.Reconciles ? 0 : 2;
        });
        return command;
    }
}
