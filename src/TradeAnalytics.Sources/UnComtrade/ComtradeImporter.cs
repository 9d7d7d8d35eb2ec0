namespace TradeAnalytics.Sources.UnComtrade;

/// <summary>
/// Imports UN Comtrade data: a bulk CSV file (<see cref="ComtradeBulkCsvReader"/>), a folder of them
/// (e.g. one a year, read in name order, one reconciliation for all), or an API answer
/// (<see cref="ComtradeApiJsonReader"/>). A key that two files both hold with the same value is kept once
/// and reported; with different values it is an error naming both rows.
/// </summary>
public static class ComtradeImporter
{
    /// <summary>The formats recognised, in the order tried.</summary>
    public static readonly IReadOnlyList<string> Formats =
    [
        "a folder of UN Comtrade bulk CSV files",
        ComtradeBulkCsvReader.FormatName,
        ComtradeApiJsonReader.FormatName + " ({\"count\", \"data\": [...]})",
    ];

    /// <summary>True when <paramref name="path"/> is a Comtrade file, or a folder holding Comtrade bulk CSV files.</summary>
    /// <param name="path">A file or folder.</param>
    public static bool Recognises(string path)
    {
        if (Directory.Exists(path))
        {
            return BulkFiles(path).Count > 0;
        }

        return File.Exists(path) && Sniff(path) is not null;
    }

    /// <summary>The Comtrade bulk CSV files of a folder, in name order with numbers compared as numbers.</summary>
    /// <param name="folder">The folder.</param>
    public static IReadOnlyList<string> BulkFiles(string folder)
        => Directory.EnumerateFiles(folder, "*.csv")
            .Where(f => Sniff(f) == Kind.BulkCsv)
            .OrderBy(f => Path.GetFileName(f), NaturalOrder.Instance)
            .ToList();

    /// <summary>Imports a Comtrade file or folder.</summary>
    /// <param name="path">A bulk CSV, an API answer, or a folder of bulk CSV files.</param>
    /// <exception cref="FileNotFoundException">Nothing at the path.</exception>
    /// <exception cref="FormatException">Not Comtrade data, or malformed (file and line named).</exception>
    public static FileImport Import(string path)
    {
        if (Directory.Exists(path))
        {
            return ImportFolder(path);
        }

        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No file or folder at '{path}'.", path);
        }

        var result = Sniff(path) switch
        {
            Kind.BulkCsv => ComtradeBulkCsvReader.ReadFile(path),
            Kind.ApiJson => ComtradeApiJsonReader.ReadFile(path),
            _ => throw new FormatException($"{Path.GetFileName(path)}: not a UN Comtrade file. Tried: {string.Join("; ", Formats.Skip(1))}."),
        };
        return Combine(path, result.Format, [result]);
    }

    /// <summary>
    /// A folder: every file in it is read or listed as not read, with the reason. A .csv file that is not a bulk CSV
    /// (empty, a damaged header, another layout) is data the folder was meant to hold: it counts as rejected, so the
    /// import does not reconcile and <c>--strict</c> fails; other files (a README, checksums, hidden files) are listed only.
    /// </summary>
    private static FileImport ImportFolder(string path)
    {
        var read = new List<string>();
        var notRead = new List<(string Name, string Reason, bool Data)>();
        foreach (var file in Directory.EnumerateFiles(path).OrderBy(f => Path.GetFileName(f), NaturalOrder.Instance))
        {
            var name = Path.GetFileName(file);
            if (name.StartsWith('.'))
            {
                notRead.Add((name, "a hidden file", false));
            }
            else if (!name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            {
                notRead.Add((name, "not a .csv file", false));
            }
            else if (WhyNotBulk(file) is { } reason)
            {
                notRead.Add((name, reason, true));
            }
            else
            {
                read.Add(file);
            }
        }

        var unread = string.Join("; ", notRead.Select(n => $"{n.Name}: {n.Reason}"));
        if (read.Count == 0)
        {
            throw new FormatException($"{path}: no UN Comtrade bulk CSV file in this folder" + (notRead.Count > 0 ? $" (not read: {unread})." : "."));
        }

        var import = Combine(path, Formats[0], read.Select(ComtradeBulkCsvReader.ReadFile).ToList());
        if (notRead.Count == 0)
        {
            return import;
        }

        var data = notRead.Count(n => n.Data);
        var report = import.Report.ToList();
        report.Insert(2, $"files not read:               {notRead.Count} ({data} .csv file(s) that should hold data)");
        report.InsertRange(3, notRead.Select(n => $"  not read: {n.Name}: {n.Reason}{(n.Data ? "" : " (listed only)")}"));
        if (data > 0)
        {
            report[^1] = report[^1].Replace("reconciles:                   yes", "reconciles:                   NO (a data file was not read)", StringComparison.Ordinal);
        }

        return import with { Report = report, Reconciles = import.Reconciles && data == 0, Rejected = import.Rejected + data };
    }

    /// <summary>Why a .csv file is not read as a bulk CSV (null when it is one).</summary>
    private static string? WhyNotBulk(string file)
    {
        try
        {
            InputFile.Check(file);
        }
        catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException)
        {
            return e is FormatException ? "empty (0 bytes), or not a regular file" : e.Message;
        }

        return Sniff(file) switch
        {
            Kind.BulkCsv => null,
            Kind.ApiJson => "a Comtrade API answer (JSON), not a bulk CSV: import it on its own",
            _ => $"its first line is not the Comtrade bulk CSV header ({FirstLine(file)})",
        };
    }

    private static string FirstLine(string file)
    {
        try
        {
            using var reader = InputFile.OpenText(file);
            var buffer = new char[80];
            var head = new string(buffer, 0, reader.ReadBlock(buffer, 0, buffer.Length));
            var line = head.Split('\n')[0].TrimEnd('\r');
            return "starts \"" + VisibleText.Of(line) + (line.Length == 80 ? "…" : "") + "\"";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return "unreadable: " + e.Message;
        }
    }

    /// <summary>Joins the results of several files: one dataset, one reconciliation.</summary>
    internal static FileImport Combine(string path, string format, IReadOnlyList<ComtradeReadResult> results)
    {
        var observations = new List<TradeObservation>();
        var seen = new Dictionary<(string, string, TradeFlow, int, string), TradeObservation>();
        var acrossFiles = new List<RejectedRow>();
        foreach (var o in results.SelectMany(r => r.Observations))
        {
            if (seen.TryGetValue(o.Key, out var earlier))
            {
                if (earlier.Value != o.Value)
                {
                    throw new FormatException($"{o.Source}: {o.Reporter.Code}→{o.Partner.Code} {InterchangeCsv.FlowName(o.Flow)} {o.Year} {o.Product} has another value in {earlier.Source}.");
                }

                acrossFiles.Add(new RejectedRow(o.Source, $"repeats {earlier.Source}; kept once"));
                continue;
            }

            seen.Add(o.Key, o);
            observations.Add(o);
        }

        var rows = results.Sum(r => r.RowsRead);
        var rejected = results.SelectMany(r => r.Rejected).ToList();
        var repeated = results.SelectMany(r => r.Repeated).Concat(acrossFiles).ToList();
        // A year summed from twelve month rows is one observation of twelve rows.
        var monthRows = results.Sum(r => r.MonthRows);
        var fromMonths = results.Sum(r => r.ValuesFromMonths);
        var reconciles = results.All(r => r.Reconciles) && rows == observations.Count - fromMonths + monthRows + rejected.Count + repeated.Count;
        var report = new List<string>
        {
            $"format:                       {format}",
            $"files read:                   {results.Count}",
            $"rows read:                    {rows}",
            $"observations:                 {observations.Count} ({Describe(observations)})",
            $"rows rejected:                {rejected.Count}",
        };
        report.AddRange(rejected.GroupBy(r => r.Reason).Take(20).Select(g => $"  {g.Count()} × {g.Key} (first: {g.First().Source})"));
        var flagged = results.SelectMany(r => r.Warnings).ToList();
        report.Add($"values flagged:               {flagged.Count} (kept as published; among the observations)");
        report.AddRange(flagged.Take(20).Select(f => "  flagged: " + f));
        report.Add($"rows repeated (kept once):    {repeated.Count}");
        report.AddRange(repeated.Take(5).Select(r => "  " + r));
        if (observations.Count == 0)
        {
            report.Add("no data: the file holds no trade value (not zeros)");
        }

        if (fromMonths > 0)
        {
            report.Add($"month rows summed:            {monthRows} into {fromMonths} annual values (twelve months each; incomplete years rejected above)");
        }

        report.Add(fromMonths == 0
            ? $"reconciles:                   {(reconciles ? "yes" : "NO")} ({rows} = {observations.Count} + {rejected.Count} + {repeated.Count})"
            : $"reconciles:                   {(reconciles ? "yes" : "NO")} ({rows} = {monthRows} month rows + {observations.Count - fromMonths} annual rows + {rejected.Count} + {repeated.Count})");
        return new FileImport(path, format, observations, report, reconciles) { Rejected = rejected.Count, Flagged = flagged.Count };
    }

    private static string Describe(List<TradeObservation> observations)
        => string.Join(", ", observations.GroupBy(o => o.Flow).OrderBy(g => g.Key).Select(g => $"{InterchangeCsv.FlowName(g.Key)} {g.Count()}"));

    private enum Kind
    {
        BulkCsv,
        ApiJson,
    }

    /// <summary>Looks at the start of a file: the bulk CSV header, or a JSON object with "data" or "count" near its start.</summary>
    private static Kind? Sniff(string path)
    {
        try
        {
            using var reader = InputFile.OpenText(path);
            var buffer = new char[4096];
            var head = new string(buffer, 0, reader.ReadBlock(buffer, 0, buffer.Length)).TrimStart('\uFEFF');
            if (head.StartsWith(ComtradeBulkCsvReader.Header, StringComparison.Ordinal))
            {
                return Kind.BulkCsv;
            }

            var trimmed = head.TrimStart();
            return trimmed.StartsWith('{') && !trimmed.Contains("CompactData", StringComparison.Ordinal)
                && (trimmed.Contains("\"data\"", StringComparison.Ordinal) || trimmed.Contains("\"count\"", StringComparison.Ordinal))
                ? Kind.ApiJson
                : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return null;   // unreadable, empty or not a regular file: not Comtrade (a folder import lists it with the reason)
        }
    }

    /// <summary>Compares names with their digit runs as numbers: processed_data_2.csv before processed_data_10.csv.</summary>
    private sealed class NaturalOrder : IComparer<string>
    {
        internal static readonly NaturalOrder Instance = new();

        public int Compare(string? x, string? y)
        {
            var a = x ?? "";
            var b = y ?? "";
            int i = 0, j = 0;
            while (i < a.Length && j < b.Length)
            {
                if (char.IsAsciiDigit(a[i]) && char.IsAsciiDigit(b[j]))
                {
                    var si = i;
                    var sj = j;
                    while (i < a.Length && char.IsAsciiDigit(a[i])) i++;
                    while (j < b.Length && char.IsAsciiDigit(b[j])) j++;
                    var na = a[si..i].TrimStart('0');
                    var nb = b[sj..j].TrimStart('0');
                    var c = na.Length != nb.Length ? na.Length.CompareTo(nb.Length) : string.CompareOrdinal(na, nb);
                    if (c != 0) return c;
                }
                else
                {
                    var c = a[i].CompareTo(b[j]);
                    if (c != 0) return c;
                    i++;
                    j++;
                }
            }

            return (a.Length - i).CompareTo(b.Length - j);
        }
    }
}
