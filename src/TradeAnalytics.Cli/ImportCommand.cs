using System.CommandLine;
using TradeAnalytics.Sources;
using TradeAnalytics.Sources.Imf;
using TradeAnalytics.Sources.UnComtrade;

namespace TradeAnalytics.Cli;

/// <summary><c>import PATH --out FILE.csv [--economy ISR --partners KAZ,WLD]</c>: any IMF or UN Comtrade trade file or folder (format detected) to the interchange format.</summary>
internal static class ImportCommand
{
    internal static Command Create(TextWriter output, TextWriter error)
    {
        var path = new Argument<string>("path")
        {
            Description = "A UN Comtrade bulk CSV, a folder of them, or a Comtrade API answer (JSON); Comtrade by HS chapter (a folder of Reporter;Year;Flow;Chapter.csv files or its .tar.gz); "
                + "a statistics office's table (Kazakhstan .xls, Uzbekistan SDMX CSV, Kyrgyzstan .xlsx, Armenia monthly CSV) or folder of them; a folder of DOTS workbooks, a DOTS workbook, an IMTS SDMX-CSV (1.0 or 2.0), a portal CSV download, a legacy DOTS CSV or SDMX-JSON file.",
        };
        var outFile = new Option<FileInfo>("--out") { Description = "The interchange file to write (annual observations): CSV, or Parquet for a .parquet name.", Required = true };
        var economy = new Option<string?>("--economy") { Description = "Keep only the trade of this economy (either side's report), e.g. ISR; needs --partners." };
        var partners = new Option<string?>("--partners") { Description = "The partners to keep, comma-separated, e.g. KAZ,UZB,WLD,X899: with --economy, that economy's trade with them as either side reports it; alone, every reporter's trade with them." };
        var reporters = new Option<string?>("--reporters") { Description = "Keep only these reporters' values, comma-separated, e.g. ISR,KAZ,AZE (with --partners: their trade with those partners)." };
        var totals = new Option<string?>("--reporter-totals")
        {
            Description = "With --economy: also keep every kept reporter's own trade with these partners, comma-separated, e.g. WLD,X899 (the World and \"Areas, nes\"), so that shares of a reporter's total can be computed from the extract.",
        };
        var chapterNames = new Option<FileInfo?>("--chapter-names")
        {
            Description = "With Comtrade by HS chapter: also write the chapters' descriptions the files carry (chapter,name,source), the latest year's for each chapter.",
        };
        var strict = CommonOptions.Strict();
        var command = new Command("import", "Import a trade file or folder (IMF or UN Comtrade, format detected) into the interchange CSV format, with a reconciliation report.")
        {
            path, outFile, economy, partners, reporters, totals, chapterNames, strict,
        };
        command.SetAction(parse =>
        {
            var source = parse.GetValue(path)!;
            var filter = PairFilter(parse.GetValue(economy), parse.GetValue(partners));
            if (parse.GetValue(totals) is not null && filter is null)
            {
                throw new CommandLineException("--reporter-totals goes with --economy and --partners, e.g. --economy ISR --partners KAZ,WLD --reporter-totals WLD,X899.");
            }

            var progress = Directory.Exists(source) && DotsFolderImporter.Workbooks(source).Count is > 0 and var n ? new ConsoleProgress(error, n) : null;
            var import = IsInterchange(source) ? Interchange(source) : TradeFileImporter.Import(source, progress);
            progress?.Done();
            var kept = filter is null ? import.Observations : Kept(import.Observations, filter.Value.Keep, Codes(parse.GetValue(totals)));
            if (parse.GetValue(reporters) is { } reporterList)
            {
                var keep = Codes(reporterList);
                kept = kept.Where(o => keep.Contains(o.Reporter.Code)).ToList();
            }
            if (parse.GetValue(chapterNames) is not null && import.Format != ComtradeChapterFiles.FormatName)
            {
                throw new CommandLineException("--chapter-names goes with Comtrade by HS chapter (a folder of Reporter;Year;Flow;Chapter.csv files or its .tar.gz); nothing was written.");
            }

            CommonOptions.WriteInterchange(parse.GetValue(outFile)!.FullName, kept);
            if (parse.GetValue(chapterNames) is { } namesFile)
            {
                var text = new StringWriter { NewLine = "\n" };
                text.WriteLine("chapter,name,source");
                foreach (var name in ComtradeChapterFiles.ChapterNames(source))
                {
                    CsvText.Row(text, [name.Chapter, name.Name, name.Source]);
                }

                SafeFile.WriteText(namesFile.FullName, text.ToString());
            }
            output.WriteLine($"{import.Format}: {Path.GetFileName(import.Path.TrimEnd('/'))}");
            foreach (var line in import.Report)
            {
                output.WriteLine(VisibleText.Of(line));   // a report quotes the file: its escape sequences shown, never run by the terminal
            }

            if (filter is not null || parse.GetValue(reporters) is not null)
            {
                output.WriteLine($"kept {kept.Count} of {import.Observations.Count} observations: {filter?.Description ?? "every partner"}"
                    + (parse.GetValue(totals) is { } t ? $"; and each kept reporter's own trade with {t}" : "")
                    + (parse.GetValue(reporters) is { } r ? $"; reported by {r}" : ""));
            }

            output.WriteLine($"wrote {kept.Count} annual observations to {parse.GetValue(outFile)!.FullName}");
            if (FlowMirrorCheck.Check(import) is { } swapped)
            {
                output.WriteLine(swapped);
                error.WriteLine(swapped);
            }

            output.WriteLine(import.Summary);
            if (import.Observations.Count == 0)
            {
                // A folder of the som table alone read nothing and passed --strict with exit 0: nothing imported is said, and fails --strict.
                error.WriteLine($"warning: no value was imported from {VisibleText.Of(Path.GetFileName(import.Path.TrimEnd('/')))}; the report above says why.");
            }

            return !import.Reconciles ? 2 : parse.GetValue(strict) && (import.Rejected > 0 || import.Observations.Count == 0) ? 1 : 0;
        });
        return command;
    }

    /// <summary>True for the tool's own interchange table: a .parquet file, or a CSV file whose first line is the interchange header.</summary>
    private static bool IsInterchange(string path)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        if (CommonOptions.IsParquet(path))
        {
            return true;
        }

        using var reader = InputFile.OpenText(path);
        var first = new char[InterchangeCsv.ProductHeader.Length + 2];
        var read = reader.ReadBlock(first, 0, first.Length);
        var line = new string(first, 0, read).Split('\n')[0].TrimEnd('\r');
        return line is InterchangeCsv.Header or InterchangeCsv.ProductHeader;
    }

    /// <summary>
    /// The tool's own interchange file (CSV or Parquet), read with the interchange checks (a malformed row is an error naming its
    /// line, never passed over): CSV to Parquet and back.
    /// </summary>
    private static FileImport Interchange(string path)
    {
        var dataset = CommonOptions.Read(new FileInfo(path));
        var format = CommonOptions.IsParquet(path) ? "TradeAnalytics interchange table (Parquet)" : "TradeAnalytics interchange table (CSV)";
        return new FileImport(path, format, dataset.Observations.ToList(),
            [$"{Path.GetFileName(path)}: {dataset.Observations.Count} values read = {dataset.Observations.Count} accepted + 0 rejected (the interchange reader refuses a malformed row, naming its line)"],
            true);
    }

    /// <summary>
    /// The observations <paramref name="keep"/> keeps and, for every reporter among them, its own rows with one of
    /// <paramref name="totals"/> (its World total and residuals), in the order of the import.
    /// </summary>
    private static List<TradeObservation> Kept(IReadOnlyList<TradeObservation> observations, Func<TradeObservation, bool> keep, IReadOnlySet<string> totals)
    {
        var reporters = observations.Where(keep).Select(o => o.Reporter.Code).ToHashSet(StringComparer.Ordinal);
        return observations.Where(o => keep(o) || (reporters.Contains(o.Reporter.Code) && totals.Contains(o.Partner.Code))).ToList();
    }

    private static HashSet<string> Codes(string? list)
        => (list ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(c => CommonOptions.Resolve(c).Code).ToHashSet(StringComparer.Ordinal);

    /// <summary>The observations between <paramref name="economy"/> and one of <paramref name="partners"/>, as either side reports them.</summary>
    private static (Func<TradeObservation, bool> Keep, string Description)? PairFilter(string? economy, string? partners)
    {
        if (economy is null && partners is null)
        {
            return null;
        }

        if (partners is null)
        {
            throw new CommandLineException("--economy needs --partners, e.g. --economy ISR --partners KAZ,UZB,WLD.");
        }

        if (economy is null)
        {
            var only = Codes(partners);
            return (o => only.Contains(o.Partner.Code), $"every reporter's trade with {string.Join(", ", only.Order(StringComparer.Ordinal))}");
        }

        var e = CommonOptions.Resolve(economy);
        var list = partners.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(CommonOptions.Resolve).ToList();
        var codes = Codes(partners);
        return (o => (o.Reporter.Equals(e) && codes.Contains(o.Partner.Code)) || (o.Partner.Equals(e) && codes.Contains(o.Reporter.Code)),
            $"{e.Code} with {string.Join(", ", list.Select(p => p.Code))}, as either side reports");
    }
}
