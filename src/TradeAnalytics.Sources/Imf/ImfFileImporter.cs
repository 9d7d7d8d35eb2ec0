namespace TradeAnalytics.Sources.Imf;

/// <summary>
/// Imports any IMF trade file the library knows, detecting the format from the file itself: a folder of
/// DOTS workbooks, a DOTS workbook (.xlsx), IMTS SDMX-CSV (first column DATAFLOW), SDMX-CSV 2.0 (first
/// column STRUCTURE), the new portal's CSV download (DATASET, SERIES_CODE, ...), a legacy DOTS portal CSV
/// (Country Name, Country Code, ...) or legacy SDMX-JSON CompactData. Periodic data become annual by
/// <see cref="AnnualAggregation"/>.
/// </summary>
public static class ImfFileImporter
{
    /// <summary>The formats tried, in the order they are recognised.</summary>
    public static readonly IReadOnlyList<string> Formats =
    [
        "a folder of DOTS workbooks",
        "DOTS country workbook (.xlsx)",
        "IMF IMTS SDMX-CSV (first column DATAFLOW)",
        "IMF SDMX-CSV 2.0 (first columns STRUCTURE, STRUCTURE_ID, ACTION)",
        "IMF data portal CSV (\"DATASET\",\"SERIES_CODE\",...)",
        "IMF DOTS legacy CSV (Country Name,Country Code,...)",
        "IMF DOTS legacy SDMX-JSON (CompactData)",
    ];

    /// <summary>Imports <paramref name="path"/>.</summary>
    /// <param name="path">The file, or a folder of DOTS workbooks.</param>
    /// <param name="progress">Told of each DOTS workbook read, for a folder of workbooks; may be null.</param>
    /// <exception cref="FileNotFoundException">Nothing at the path.</exception>
    /// <exception cref="FormatException">The file is in no known format (the message lists those tried and shows the first line), or is malformed.</exception>
    public static FileImport Import(string path, IProgress<DotsImportProgress>? progress = null)
    {
        var isFolder = Directory.Exists(path);
        if (!isFolder && !File.Exists(path))
        {
            throw new FileNotFoundException($"No file or folder at '{path}'.", path);
        }

        if (isFolder || path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            var workbooks = isFolder ? DotsFolderImporter.Workbooks(path) : [path];
            if (workbooks.Count == 0)
            {
                throw new FormatException($"{path}: no file this library reads in the folder (DOTS workbooks DOTS_*.xlsx, UN Comtrade bulk CSV files); a folder import needs one.");
            }

            // One workbook is a folder import of one: the same report and reconciliation.
            var observations = new List<TradeObservation>();
            var report = DotsFolderImporter.Import(workbooks, observations.Add, progress);
            return new FileImport(path, Formats[isFolder ? 0 : 1], observations, report.Describe().Split(Environment.NewLine), report.Reconciles)
            {
                Rejected = report.Rejected.Count,
                Flagged = report.Flagged.Count,
            };
        }

        var name = Path.GetFileName(path);

        // A workbook no reader could open (an .xls or .xlsx cut short, say) is named as what it looks like, not shown as text.
        var magic = new byte[8];
        int got;
        long length;
        using (var raw = InputFile.OpenRead(path))
        {
            got = raw.ReadAtLeast(magic, magic.Length, throwOnEndOfStream: false);
            length = raw.Length;
        }

        if (got == 8 && magic.AsSpan().SequenceEqual(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }))
        {
            throw new FormatException($"{name}: an Excel 97–2003 workbook (.xls) that none of this library's readers could open ({length:N0} bytes): it may be cut short or damaged. The .xls tables read are the Kazakhstan BNS ones ({NationalStatistics.KazakhstanWorkbooks.FormatName}).");
        }

        if (got >= 4 && magic[0] == (byte)'P' && magic[1] == (byte)'K' && magic[2] == 3 && magic[3] == 4)
        {
            throw new FormatException($"{name}: a ZIP container (an .xlsx workbook?) that none of this library's readers could open ({length:N0} bytes): it may be cut short or damaged, or hold a table this library does not read.");
        }

        // Detection reads a bounded beginning of the file, never a whole line of any length (a one-line answer of 60 MB).
        using var reader = InputFile.OpenText(path);
        var prefix = new char[64 * 1024];
        var read = reader.ReadBlock(prefix, 0, prefix.Length);
        var head = new string(prefix, 0, read).TrimStart('\uFEFF');
        var firstLine = head.Split('\n', 2)[0].TrimEnd('\r');
        reader.BaseStream.Position = 0;
        reader.DiscardBufferedData();
        var unquoted = firstLine.Replace("\"", "", StringComparison.Ordinal);
        ImfReadResult result;
        if (unquoted.StartsWith("DATAFLOW,", StringComparison.Ordinal) || unquoted.StartsWith("STRUCTURE,", StringComparison.Ordinal))
        {
            result = SdmxCsvReader.Read(reader, name);
        }
        else if (unquoted.StartsWith("DATASET,SERIES_CODE,", StringComparison.Ordinal))
        {
            result = PortalCsvReader.Read(reader, name);
        }
        else if (unquoted.StartsWith("Country Name,Country Code,", StringComparison.Ordinal))
        {
            result = LegacyDotsCsvReader.Read(reader, name);
        }
        else if (head.TrimStart().StartsWith('{') && head.Contains("CompactData", StringComparison.Ordinal))
        {
            result = LegacySdmxJsonReader.Read(reader, name);
        }
        else
        {
            var visible = new string(firstLine.Select(c => char.IsControl(c) || c == '\uFFFD' ? '?' : c).ToArray());
            var shown = visible.Length > 120 ? visible[..120] + "..." : visible;
            throw new FormatException($"{name}: not a format this library reads. Tried: {string.Join("; ", TradeFileImporter.Formats)}. The first line is: '{shown}'.");
        }

        return Annual(path, result.Format, result);
    }

    /// <summary>
    /// A periodic file's import: its annual values (complete years only), its report, and the count of values
    /// not imported — records without a value (repeats kept once are not counted) and the periods of incomplete years.
    /// </summary>
    internal static FileImport Annual(string path, string format, ImfReadResult result)
    {
        var annual = AnnualAggregation.FromPeriods(result.Observations);
        return new FileImport(path, format, annual.Annual, Describe(result, annual), result.Reconciles)
        {
            Rejected = result.Skipped.Count(r => !r.Reason.StartsWith("repeats ", StringComparison.Ordinal)) + annual.Incomplete.Sum(i => i.Present),
            Flagged = result.Warnings.Count,
        };
    }

    /// <summary>The report lines of a periodic file and its annual aggregation.</summary>
    /// <param name="result">What the reader read from the file.</param>
    /// <param name="annual">Its annual aggregation, from <see cref="AnnualAggregation.FromPeriods"/>.</param>
    public static IReadOnlyList<string> Describe(ImfReadResult result, AnnualAggregation annual)
    {
        var lines = new List<string>
        {
            $"format:                       {result.Format}",
            $"records read:                 {result.RecordsRead}",
            $"observations (exports, imports): {result.Observations.Count}",
            $"records without observation:  {result.Skipped.Count}",
        };
        lines.AddRange(result.Skipped.GroupBy(s => s.Reason).Select(g => $"  {g.Count()} × {g.Key} (first: {g.First().Source})"));
        lines.Add($"trade-balance records:        {result.BalanceRecords} (checked against exports − imports, not stored)");
        var disagree = result.BalanceChecks.Where(c => !c.Agrees).ToList();
        lines.Add($"  balance checks: {result.BalanceChecks.Count}, agree: {result.BalanceChecks.Count - disagree.Count}, differ: {disagree.Count}"
            + (disagree.Count > 0 ? $" (first: {disagree[0].Reporter.Code}→{disagree[0].Partner.Code} {disagree[0].Period}: balance {disagree[0].Balance:0.000} vs {disagree[0].ExportsMinusImports:0.000})" : ""));
        lines.Add($"other-flow records:           {result.OtherFlowRecords} (imports FOB: counted, not stored)");
        lines.Add($"reconciles:                   {(result.Reconciles ? "yes" : "NO")} ({result.RecordsRead} = {result.Observations.Count} + {result.Skipped.Count} + {result.BalanceRecords} + {result.OtherFlowRecords})");
        lines.AddRange(result.Warnings.Take(20).Select(w => "  flagged: " + w));
        lines.Add($"annual observations:          {annual.Annual.Count} (from {annual.PeriodsUsed} periodic values; {annual.PeriodsLeftOut} left out)");
        lines.AddRange(annual.Incomplete.Take(20).Select(i => "  incomplete year left out: " + i));
        if (annual.Incomplete.Count > 20)
        {
            lines.Add($"  ... and {annual.Incomplete.Count - 20} more incomplete years");
        }
        return lines;
    }
}
