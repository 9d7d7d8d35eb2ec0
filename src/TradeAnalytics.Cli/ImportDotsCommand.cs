using System.CommandLine;
using TradeAnalytics.Sources.Imf;

namespace TradeAnalytics.Cli;

/// <summary><c>import-dots DIR --out FILE.csv [--files a.xlsx,b.xlsx]</c>: DOTS workbooks to the interchange format.</summary>
internal static class ImportDotsCommand
{
    internal static Command Create(TextWriter output, TextWriter error)
    {
        var folder = new Argument<DirectoryInfo>("folder") { Description = "A folder of IMF DOTS country workbooks (DOTS_*.xlsx)." };
        var outFile = new Option<FileInfo>("--out") { Description = "The interchange file to write: CSV, or Parquet for a .parquet name.", Required = true };
        var files = new Option<string?>("--files") { Description = "Comma-separated workbook names to import (default: every .xlsx in the folder, by number)." };
        var strict = CommonOptions.Strict();
        var yoy = new Option<FileInfo?>("--yoy") { Description = "Also compute year-over-year growth for every imported series (gaps left as gaps) and write it to this CSV: reporter,partner,flow,year,yoy_percent,reason." };
        var command = new Command("import-dots", "Import a folder of IMF DOTS workbooks into the interchange CSV format, with progress and a reconciliation report.")
        {
            folder, outFile, files, strict, yoy,
        };
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(folder)!;
            var all = DotsFolderImporter.Workbooks(dir.FullName);
            var selected = all;
            var names = parse.GetValue(files);
            if (!string.IsNullOrWhiteSpace(names))
            {
                var wanted = names.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                var missing = wanted.Where(w => all.All(f => !string.Equals(Path.GetFileName(f), w, StringComparison.OrdinalIgnoreCase))).ToList();
                if (missing.Count > 0)
                {
                    throw new CommandLineException($"not in {dir.FullName}: {string.Join(", ", missing)}");
                }

                selected = all.Where(f => wanted.Contains(Path.GetFileName(f), StringComparer.OrdinalIgnoreCase)).ToList();
            }

            if (selected.Count == 0)
            {
                throw new CommandLineException($"no DOTS workbook (DOTS_*.xlsx) in {dir.FullName}: nothing to import.");
            }

            var progress = new ConsoleProgress(error, selected.Count);
            var target = parse.GetValue(outFile)!.FullName;
            var yoyFile = parse.GetValue(yoy);
            DotsImportReport report;
            if (yoyFile is not null && !CommonOptions.IsParquet(target))
            {
                // Growth per series runs beside the import, a reporter at a time, on the other core; its file is flushed to disk
                // while the import's is (two waits for the disk at once, not one after the other), and moved into place after it.
                using var rates = new YearOverYear(yoyFile.FullName);
                Task<(int Defined, int Undefined)>? completing = null;
                try
                {
                    report = DotsFolderImporter.ImportToCsv(selected, target, progress, rates.Add, () => completing = Task.Run(rates.Complete));
                }
                catch
                {
                    // The growth file is left out; its flush must let go of the file before it is deleted.
                    try
                    {
                        completing?.Wait();
                    }
                    catch (AggregateException)
                    {
                        // The import's own error is the one to report.
                    }

                    throw;
                }

                var (defined, undefined) = (completing ?? throw new InvalidOperationException("The import finished without saying so.")).GetAwaiter().GetResult();
                rates.Commit();
                output.WriteLine($"year-over-year: {defined} rates, {undefined} undefined (gap, zero or negative base) -> {yoyFile.FullName}");
            }
            else if (yoyFile is not null)
            {
                throw new CommandLineException("--yoy goes with a CSV --out.");
            }
            else if (CommonOptions.IsParquet(target))
            {
                var observations = new List<TradeObservation>();
                report = DotsFolderImporter.Import(selected, observations.Add, progress);
                // One row group per reporter (the workbooks come one reporter at a time): a reader can load one without the rest.
                TradeAnalytics.Parquet.InterchangeParquet.WriteByReporter(target, observations);
            }
            else
            {
                report = DotsFolderImporter.ImportToCsv(selected, target, progress);
            }

            progress.Done();
            output.WriteLine(report.Describe());
            output.WriteLine($"{report.ObservationsAccepted} values imported; {report.Rejected.Count} rejected; {report.Flagged.Count} flagged");
            return !report.Reconciles ? 2 : parse.GetValue(strict) && report.Rejected.Count > 0 ? 1 : 0;
        });
        return command;
    }
}
