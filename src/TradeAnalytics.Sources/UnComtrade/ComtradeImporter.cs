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
            var files = BulkFiles(path);
            if (files.Count == 0)
            {
                throw new FormatException($"{path}: no UN Comtrade bulk CSV file in this folder.");
            }

            return Combine(path, Formats[0], files.Select(ComtradeBulkCsvReader.ReadFile).ToList());
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

    /// <summary>Joins the results of several files: one dataset, one reconciliation.</summary>
    private static FileImport Combine(string path, string format, IReadOnlyList<ComtradeReadResult> results)
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
        var reconciles = results.All(r => r.Reconciles) && rows == observations.Count + rejected.Count + repeated.Count;
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

        report.Add($"reconciles:                   {(reconciles ? "yes" : "NO")} ({rows} = {observations.Count} + {rejected.Count} + {repeated.Count})");
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
            using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
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
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
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
