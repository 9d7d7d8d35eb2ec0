using System.Globalization;
using System.Text;
using ExcelDataReader;
using System.Runtime.CompilerServices;

namespace TradeAnalytics.Sources.Imf;

/// <summary>
/// Reads one IMF Direction of Trade Statistics country workbook, as exported from the IMF data portal, with a streaming
/// reader of the sheet XML written for this layout (<c>XlsxRows</c>; a test checks it against ExcelDataReader on all 235 workbooks):
/// sheet 1 "Exports, FOB to Partner Countries", sheet 2 "Imports, CIF from Partner Countries"; the
/// reporter's name in B4, the unit in B5 ("US Dollars, Millions"), the years in row 7 from column C,
/// one partner a row from row 8 with its name in column B. Every non-empty data cell becomes one
/// observation with its source cell; a value with the suffix " e" is an IMF estimate (flagged, kept);
/// an empty cell is missing data and yields nothing (never zero). A partner row with no data at all
/// (a label such as "Memorandum Items") is skipped; a partner name the economy table does not know is
/// an error that lists it.
/// </summary>
public static class DotsWorkbookReader
{
    private const int TitleRow = 2;
    private const int ReporterRow = 4;
    private const int UnitRow = 5;
    private const int YearRow = 7;
    private const int FirstDataRow = 8;
    private const int NameColumn = 1;
    private const int FirstYearColumn = 2;
    private const string ExpectedUnit = "US Dollars, Millions";

    private static readonly (TradeFlow Flow, string Title, string Label)[] Sheets =
    [
        (TradeFlow.Exports, "Exports, FOB to Partner Countries", "Exports"),
        (TradeFlow.Imports, "Imports, CIF from Partner Countries", "Imports"),
    ];

    static DotsWorkbookReader()
    {
        // ExcelDataReader needs code page 1252 on .NET, which is not registered by default.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>Reads the workbook at <paramref name="path"/>.</summary>
    /// <param name="path">The DOTS_*.xlsx file.</param>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="DotsFormatException">The workbook's layout differs from the description above, or a partner name is unknown; the message names the file and cell.</exception>
    public static DotsWorkbook Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No DOTS workbook at '{path}'.", path);
        }

        using var stream = InputFile.OpenRead(path);
        return Read(stream, Path.GetFileName(path));
    }

    /// <summary>Reads a workbook from a stream; <paramref name="fileName"/> names it in sources and messages.</summary>
    /// <param name="stream">The workbook's bytes, from the start.</param>
    /// <param name="fileName">The name used in sources ("DOTS_76.xlsx!Exports!B12") and messages.</param>
    /// <exception cref="DotsFormatException">The layout differs from the description, or a partner name is unknown.</exception>
    public static DotsWorkbook Read(Stream stream, string fileName)
    {
        Preconditions.NotNull(stream);
        Preconditions.NotNull(fileName);
        RefuseOversizedParts(stream, fileName);
        try
        {
            return ReadWorkbook(stream, fileName);
        }
        catch (Exception e) when (e is System.Xml.XmlException or InvalidDataException or EndOfStreamException or ExcelDataReader.Exceptions.ExcelReaderException
            or IndexOutOfRangeException or OverflowException or (FormatException and not DotsFormatException))
        {
            // Damaged XML or a damaged zip inside the workbook: an error naming the file, not a crash.
            throw new DotsFormatException($"{fileName}: the workbook is damaged ({e.Message}).", e);
        }
    }

    /// <summary>Reads a workbook with ExcelDataReader instead of the streaming reader: the reference the tests compare the two with.</summary>
    internal static DotsWorkbook ReadWithExcelDataReader(string path)
    {
        using var stream = InputFile.OpenRead(path);
        return ReadWorkbook(stream, Path.GetFileName(path), withExcelDataReader: true);
    }

    /// <summary>The largest part any DOTS workbook holds inflates to 0.67 MB (DOTS_221.xlsx, sheet 2); 64 MiB is far beyond that.</summary>
    internal const long MaxPartBytes = 64L << 20;

    /// <summary>
    /// Refuses a workbook whose zip parts claim to inflate beyond <see cref="MaxPartBytes"/> (a zip bomb,
    /// or not a DOTS workbook), before anything is inflated. Parts that lie about their size are still
    /// read as streams, never whole.
    /// </summary>
    private static void RefuseOversizedParts(Stream stream, string fileName)
    {
        if (!stream.CanSeek)
        {
            return;
        }

        var start = stream.Position;
        try
        {
            using var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Read, leaveOpen: true);
            var big = zip.Entries.FirstOrDefault(e => e.Length > MaxPartBytes);
            if (big is not null)
            {
                throw new DotsFormatException($"{fileName}: the part {big.FullName} inflates to {big.Length / (1 << 20):N0} MiB; a DOTS workbook's largest part is under 1 MiB, so it is refused unread.");
            }
        }
        catch (InvalidDataException e)
        {
            throw new DotsFormatException($"{fileName}: not an .xlsx workbook ({e.Message}).", e);
        }
        finally
        {
            stream.Position = start;
        }
    }

    private static DotsWorkbook ReadWorkbook(Stream stream, string fileName, bool withExcelDataReader = false)
    {
        ISheetRows reader;
        try
        {
            reader = withExcelDataReader ? new ExcelDataReaderRows(ExcelReaderFactory.CreateOpenXmlReader(stream)) : new XlsxRows(stream);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new DotsFormatException($"{fileName}: not an .xlsx workbook ({e.Message}).", e);
        }

        using (reader)
        {
            var observations = new List<TradeObservation>();
            var rejected = new List<RejectedCell>();
            var repeated = new List<RepeatedRow>();
            var unknownNames = new SortedSet<string>(StringComparer.Ordinal);
            Economy? reporter = null;
            int cellsRead = 0, firstYear = int.MaxValue, lastYear = int.MinValue;
            for (var sheet = 0; sheet < Sheets.Length; sheet++)
            {
                if (sheet > 0 && !reader.NextResult())
                {
                    throw new DotsFormatException($"{fileName}: has {sheet} sheet(s); a DOTS workbook has exports and imports sheets.");
                }

                var sheetReporter = ReadSheet(reader, fileName, Sheets[sheet], observations, rejected, repeated, unknownNames, ref cellsRead, ref firstYear, ref lastYear);
                if (reporter is not null && !reporter.Equals(sheetReporter))
                {
                    throw new DotsFormatException($"{fileName}: the sheets name different reporters ({reporter.ImfName}, {sheetReporter.ImfName}).");
                }

                reporter = sheetReporter;
            }

            if (unknownNames.Count > 0)
            {
                throw new DotsFormatException($"{fileName}: partner name(s) not in the economy table: {string.Join("; ", unknownNames.Select(n => "'" + n + "'"))}. Add them to economies.csv.");
            }

            var flagged = observations.Where(o => TradeValueGate.IsFlagged(o.Value.Value)).Select(o => new FlaggedCell(o.Source, o.Value.Value, NegativeFlow)).ToList();
            return new DotsWorkbook(fileName, reporter!, observations, rejected, repeated, cellsRead, firstYear, lastYear) { Flagged = flagged };
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Economy ReadSheet(
        ISheetRows reader,
        string fileName,
        (TradeFlow Flow, string Title, string Label) sheet,
        List<TradeObservation> observations,
        List<RejectedCell> rejected,
        List<RepeatedRow> repeated,
        SortedSet<string> unknownNames,
        ref int cellsRead,
        ref int firstYear,
        ref int lastYear)
    {
        Economy? reporter = null;
        int[]? years = null;
        string[]? columnNames = null;
        var sourcePrefix = $"{fileName}!{sheet.Label}!";
        var rowsByPartner = new Dictionary<Economy, (int Row, int Start, int Count)>();
        var row = 0;
        while (reader.Read())
        {
            row++;
            switch (row)
            {
                case TitleRow:
                    Expect(reader, fileName, sheet.Label, row, sheet.Title, "sheet title");
                    continue;
                case ReporterRow:
                    var name = Text(reader, NameColumn);
                    if (!Economies.TryGetByImfName(name, out reporter))
                    {
                        throw new DotsFormatException($"{fileName}!{sheet.Label}!B{ReporterRow}: reporter '{name}' is not in the economy table.");
                    }

                    continue;
                case UnitRow:
                    Expect(reader, fileName, sheet.Label, row, ExpectedUnit, "unit");
                    continue;
                case YearRow:
                    years = ReadYears(reader, fileName, sheet.Label);
                    columnNames = Enumerable.Range(0, FirstYearColumn + years.Length).Select(CellReference.ColumnName).ToArray();
                    firstYear = Math.Min(firstYear, years.Where(y => y > 0).Min());
                    lastYear = Math.Max(lastYear, years.Max());
                    continue;
                case < FirstDataRow:
                    continue;
            }

            if (reporter is null || years is null)
            {
                throw new DotsFormatException($"{fileName}!{sheet.Label}: the header rows (reporter in B{ReporterRow}, years in row {YearRow}) are missing.");
            }

            // The row's values go straight onto the workbook's list; a repeated row is compared there and taken off again.
            var start = observations.Count;
            var partner = ReadPartnerRow(reader, sourcePrefix, columnNames!, sheet.Flow, row, reporter, years, observations, rejected, unknownNames, ref cellsRead);
            var count = observations.Count - start;
            if (partner is null)
            {
                observations.RemoveRange(start, count);
                continue;
            }

            if (rowsByPartner.TryGetValue(partner, out var first))
            {
                // The portal's exports repeat a partner row (every workbook lists Australia twice);
                // identical repeats are reported and kept once, different ones are an error.
                var difference = FirstDifference(observations, first.Start, first.Count, start, count);
                if (difference is not null)
                {
                    throw new DotsFormatException($"{fileName}!{sheet.Label}: rows {first.Row} and {row} both hold '{partner.ImfName}' with different values: {difference}.");
                }

                repeated.Add(new RepeatedRow($"{fileName}!{sheet.Label}", partner, first.Row, row, count));
                observations.RemoveRange(start, count);
                continue;
            }

            rowsByPartner.Add(partner, (row, start, count));
        }

        return reporter ?? throw new DotsFormatException($"{fileName}!{sheet.Label}: the sheet ends before its header rows.");
    }

    /// <summary>The first value in which two rows of <paramref name="observations"/> differ (each a start and a count), or null.</summary>
    private static string? FirstDifference(List<TradeObservation> observations, int firstStart, int firstCount, int repeatStart, int repeatCount)
    {
        for (var i = 0; i < Math.Max(firstCount, repeatCount); i++)
        {
            var a = i < firstCount ? observations[firstStart + i] : null;
            var b = i < repeatCount ? observations[repeatStart + i] : null;
            if (a is null || b is null || a.Year != b.Year || a.Value != b.Value || a.Estimated != b.Estimated)
            {
                return $"{a?.Source ?? "(none)"} = {a?.Value.Value.ToString(CultureInfo.InvariantCulture) ?? "empty"} but {b?.Source ?? "(none)"} = {b?.Value.Value.ToString(CultureInfo.InvariantCulture) ?? "empty"}";
            }
        }

        return null;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Economy? ReadPartnerRow(
        ISheetRows reader,
        string sourcePrefix,
        string[] columnNames,
        TradeFlow flow,
        int row,
        Economy reporter,
        int[] years,
        List<TradeObservation> observations,
        List<RejectedCell> rejected,
        SortedSet<string> unknownNames,
        ref int cellsRead)
    {
        var partnerName = Text(reader, NameColumn);
        var columns = Math.Min(reader.FieldCount, FirstYearColumn + years.Length);
        var rowText = row.ToString(CultureInfo.InvariantCulture);
        Economy? partner = null;
        for (var col = FirstYearColumn; col < columns; col++)
        {
            // Numbers, nearly every cell, are read without boxing; anything else as the object it is.
            var isNumber = reader.TryGetNumber(col, out var number);
            var raw = isNumber ? null : reader.GetValue(col);
            if (!isNumber && (raw is null || raw is string { Length: 0 }))
            {
                continue;
            }

            cellsRead++;
            // One allocation per cell: the prefix and column names are built once per sheet.
            var source = string.Concat(sourcePrefix, columnNames[col], rowText);
            if (partner is null)
            {
                if (partnerName.Length == 0)
                {
                    rejected.Add(new RejectedCell(source, Convert.ToString(raw ?? number, CultureInfo.InvariantCulture) ?? "", "the row has no partner name"));
                    continue;
                }

                if (!Economies.TryGetByImfName(partnerName, out partner))
                {
                    unknownNames.Add(partnerName);
                    return null;
                }
            }

            var year = years[col - FirstYearColumn];
            if (year == 0)
            {
                rejected.Add(new RejectedCell(source, Convert.ToString(raw ?? number, CultureInfo.InvariantCulture) ?? "", "the column has no year"));
                continue;
            }

            var estimated = false;
            var reason = NotFinite;
            var value = number;
            var valid = isNumber ? double.IsFinite(number) : TryParseValue(raw!, out value, out estimated, out reason);
            if (valid && TradeValueGate.Refusal(value) is { } implausible)
            {
                valid = false;
                reason = implausible;
            }

            if (!valid)
            {
                rejected.Add(new RejectedCell(source, Convert.ToString(raw ?? number, CultureInfo.InvariantCulture) ?? "", reason));
                continue;
            }

            observations.Add(new TradeObservation(reporter, partner, flow, year, new UsdMillions(value), estimated, source));
        }

        return partner;
    }

    private const string NotFinite = "a trade value must be a finite number";

    /// <summary>Why a negative value is flagged; it is kept, so that totals match the publisher's.</summary>
    internal const string NegativeFlow = TradeValueGate.NegativeNote;

    /// <summary>Reads a cell: a number, or text holding a number with the estimate suffix " e". Negative numbers are read (and flagged by the caller); only what is not a finite number is refused.</summary>
    internal static bool TryParseValue(object raw, out double value, out bool estimated, out string reason)
    {
        estimated = false;
        reason = "";
        switch (raw)
        {
            case double d:
                value = d;
                break;
            case string s:
                var text = s.Trim();
                if (text.EndsWith(" e", StringComparison.Ordinal))
                {
                    estimated = true;
                    text = text[..^2].TrimEnd();
                }

                // Estimates are text and carry thousands separators ("1,191.26 e"); the invariant culture reads them.
                if (!double.TryParse(text, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out value))
                {
                    reason = "not a number (nor a number with the IMF estimate suffix ' e')";
                    return false;
                }

                break;
            default:
                value = 0;
                reason = $"unexpected cell type {raw.GetType().Name}";
                return false;
        }

        if (!double.IsFinite(value))
        {
            reason = NotFinite;
            return false;
        }

        return true;
    }

    private static int[] ReadYears(ISheetRows reader, string fileName, string label)
    {
        var years = new List<int>();
        for (var col = FirstYearColumn; col < reader.FieldCount; col++)
        {
            var text = Text(reader, col);
            if (text.Length == 0)
            {
                years.Add(0);
                continue;
            }

            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1900 or > 2100)
            {
                throw new DotsFormatException($"{fileName}!{label}!{CellReference.Of(col, YearRow)}: '{text}' is not a year.");
            }

            years.Add(year);
        }

        while (years.Count > 0 && years[^1] == 0)
        {
            years.RemoveAt(years.Count - 1);
        }

        if (years.Count == 0)
        {
            throw new DotsFormatException($"{fileName}!{label}: row {YearRow} holds no years.");
        }

        return years.ToArray();
    }

    private static void Expect(ISheetRows reader, string fileName, string label, int row, string expected, string what)
    {
        var actual = Text(reader, NameColumn);
        if (!string.Equals(actual, expected, StringComparison.Ordinal))
        {
            throw new DotsFormatException($"{fileName}!{label}!B{row}: the {what} is '{actual}'; expected '{expected}'. Is this a DOTS country table?");
        }
    }

    private static string Text(ISheetRows reader, int col)
        => col < reader.FieldCount ? Convert.ToString(reader.GetValue(col), CultureInfo.InvariantCulture)?.Trim() ?? "" : "";
}
