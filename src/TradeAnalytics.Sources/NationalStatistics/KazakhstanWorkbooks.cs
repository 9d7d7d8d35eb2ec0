using TradeAnalytics.Claims;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ExcelDataReader;

namespace TradeAnalytics.Sources.NationalStatistics;

/// <summary>
/// The Bureau of National Statistics of Kazakhstan, "Основные показатели внешней торговли (по странам)": legacy
/// Excel workbooks (.xls), one sheet per period, the period in row 2 ("за январь-декабрь 2019 года", "2023 год"),
/// a row per partner (Russian names) and per group (CIS, EAEU, …; never partners), column D exports and F imports in
/// thousand US$ (B, turnover, is their sum: read only to tell a blank flow that is zero — the turnover equals the other flow — from a missing one). Cover and notes sheets are listed as not tables.
/// Each workbook also repeats the year before: a year is read from the workbook named for it (<c>…_2022.xls</c>
/// for 2022), else from the latest workbook given that holds it, and the other edition's values are compared with
/// it and the differences reported. A period short of January–December is left out and said.
/// </summary>
public static class KazakhstanWorkbooks
{
    /// <summary>The format's name in reports.</summary>
    public const string FormatName = "Kazakhstan BNS foreign trade by country (.xls)";

    private const string Title = "внешней торговли Республики Казахстан";

    static KazakhstanWorkbooks() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Whether <paramref name="path"/> is such a workbook (an .xls whose first table's title is the Bureau's).</summary>
    /// <param name="path">A file.</param>
    public static bool Recognises(string path)
    {
        if (!path.EndsWith(".xls", StringComparison.OrdinalIgnoreCase) || !File.Exists(path))
        {
            return false;
        }

        try
        {
            return Sheets(path).Any(s => s.Title.Contains(Title, StringComparison.Ordinal));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return false;
        }
    }

    /// <summary>Reads workbooks of this layout: one file, or every .xls of a folder.</summary>
    /// <param name="path">A file, or a folder of such files.</param>
    /// <exception cref="FileNotFoundException">Nothing at the path.</exception>
    /// <exception cref="FormatException">A workbook cannot be read, or its header is not this layout (file, sheet and cell named).</exception>
    public static FileImport Import(string path)
    {
        var files = Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*.xls").Order(StringComparer.Ordinal).ToList()
            : File.Exists(path) ? [path] : throw new FileNotFoundException($"No workbook at '{path}'.", path);
        var result = new NationalAccumulator("KAZ", Economies.Get("KAZ"), FormatName);
        var tables = new List<Table>();
        foreach (var file in files)
        {
            foreach (var sheet in Sheets(file))
            {
                if (!sheet.Title.Contains(Title, StringComparison.Ordinal))
                {
                    result.Note($"{Path.GetFileName(file)}!{sheet.Name}: not a table of trade by country (a cover or notes sheet), not read");
                    continue;
                }

                tables.Add(Parse(file, sheet, result));
            }
        }

        foreach (var year in tables.Where(t => t.Year is not null).Select(t => t.Year!.Value).Distinct().Order())
        {
            var holding = tables.Where(t => t.Year == year).ToList();
            var chosen = holding.FirstOrDefault(t => Path.GetFileNameWithoutExtension(t.File).EndsWith("_" + year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal))
                ?? holding.OrderByDescending(t => Path.GetFileName(t.File), StringComparer.Ordinal).First();
            foreach (var row in chosen.Rows)
            {
                var partner = result.Partner(row.Label);
                var (exports, exportsSource) = BlankAsZero(row, row.Exports, "D", row.Imports, "F");
                var (imports, importsSource) = BlankAsZero(row, row.Imports, "F", row.Exports, "D");
                result.Add(partner, row.Label, TradeFlow.Exports, year, exports, exportsSource);
                result.Add(partner, row.Label, TradeFlow.Imports, year, imports, importsSource);
            }

            foreach (var other in holding.Where(t => t != chosen))
            {
                result.Note(Compare(year, chosen, other));
            }
        }

        foreach (var table in tables.Where(t => t.Year is null))
        {
            foreach (var row in table.Rows)
            {
                result.Reject(row.Source("D"), $"{table.Period}: not a whole year, left out");
                result.Reject(row.Source("F"), $"{table.Period}: not a whole year, left out");
            }

            result.Note($"{Path.GetFileName(table.File)}!{table.Sheet}: '{table.Period}' is not January–December: an incomplete year, left out");
        }

        return result.Result(path);
    }

    /// <summary>
    /// A flow's cell, and its source. A blank (or dashed) flow whose row publishes a turnover (B) equal to the other flow is zero, as the Bureau's
    /// own sum says: it is read as 0 and its source says why. Any other blank stays missing (never zero).
    /// </summary>
    private static (object? Cell, string Source) BlankAsZero(Row row, object? cell, string column, object? other, string otherColumn)
    {
        if (!NationalAccumulator.TryThousands(cell, out _, out _) && IsBlank(cell)
            && NationalAccumulator.TryThousands(other, out var otherValue, out _)
            && NationalAccumulator.TryThousands(row.Turnover, out var turnover, out _) && turnover == otherValue)
        {
            return (0m, $"{row.Source(column)} (blank; the published turnover {row.Source("B")} equals {otherColumn}{row.Line}: zero)");
        }

        return (cell, row.Source(column));
    }

    /// <summary>Empty, or a dash: in Russian statistical tables "-" means "no occurrence".</summary>
    private static bool IsBlank(object? cell) => cell is null || (cell is string text && text.Trim() is "" or "-" or "–" or "—");

    private sealed record Sheet(string Name, string Title, List<object?[]> Rows);

    private sealed record Row(string File, string Sheet, int Line, string Label, object? Exports, object? Imports, object? Turnover = null)
    {
        internal string Source(string column) => $"{System.IO.Path.GetFileName(File)}!{Sheet}!{column}{Line}";
    }

    private sealed record Table(string File, string Sheet, string Period, int? Year, List<Row> Rows);

    private static List<Sheet> Sheets(string file)
    {
        using var stream = InputFile.OpenRead(file);
        IExcelDataReader reader;
        try
        {
            reader = ExcelReaderFactory.CreateBinaryReader(stream);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new FormatException($"{Path.GetFileName(file)}: not a legacy Excel (.xls) workbook ({e.Message}).", e);
        }

        using (reader)
        {
            var sheets = new List<Sheet>();
            do
            {
                var rows = new List<object?[]>();
                while (reader.Read())
                {
                    var cells = new object?[Math.Min(reader.FieldCount, 8)];
                    for (var i = 0; i < cells.Length; i++)
                    {
                        cells[i] = reader.GetValue(i);
                    }

                    rows.Add(cells);
                }

                var title = rows.Take(3).Select(r => r.Length > 0 ? r[0] as string : null).FirstOrDefault(t => t is not null && t.Contains(Title, StringComparison.Ordinal)) ?? "";
                sheets.Add(new Sheet(reader.Name, title, rows));
            }
            while (reader.NextResult());

            return sheets;
        }
    }

    private static Table Parse(string file, Sheet sheet, NationalAccumulator result)
    {
        var name = Path.GetFileName(file);
        string Text(int row, int column) => row < sheet.Rows.Count && column < sheet.Rows[row].Length ? Convert.ToString(sheet.Rows[row][column], CultureInfo.InvariantCulture)?.Trim() ?? "" : "";

        var period = Text(1, 0);
        int? year = null;
        var whole = Regex.Match(period, @"^(за\s+)?(январь\s*-\s*декабрь\s+)?(?<year>\d{4})\s+год", RegexOptions.IgnoreCase);
        if (whole.Success)
        {
            year = int.Parse(whole.Groups["year"].Value, CultureInfo.InvariantCulture);
        }

        var header = Enumerable.Range(0, sheet.Rows.Count).FirstOrDefault(r => Text(r, 0).StartsWith("Наименование", StringComparison.Ordinal), -1);
        if (header < 0 || !Text(header, 1).StartsWith("Товарооборот", StringComparison.OrdinalIgnoreCase) || !Text(header, 3).StartsWith("Экспорт", StringComparison.OrdinalIgnoreCase) || !Text(header, 5).StartsWith("Импорт", StringComparison.OrdinalIgnoreCase))
        {
            throw new FormatException($"{name}!{sheet.Name}: expected a header row 'Наименование…' with Товарооборот in B, Экспорт in D and Импорт in F{(header < 0 ? "; none found" : $"; row {header + 1} reads '{Text(header, 1)}', '{Text(header, 3)}', '{Text(header, 5)}'")}.");
        }

        if (!Enumerable.Range(0, header).Any(r => Enumerable.Range(0, 8).Any(c => Text(r, c).Contains("тыс. долларов США", StringComparison.Ordinal))))
        {
            throw new FormatException($"{name}!{sheet.Name}: no 'тыс. долларов США' (thousand US$) above the header: the unit is not the one this reader converts.");
        }

        var rows = new List<Row>();
        for (var r = header + 2; r < sheet.Rows.Count; r++)
        {
            var label = Text(r, 0);
            var cells = sheet.Rows[r];
            object? Cell(int column) => column < cells.Length ? cells[column] : null;
            if (label.Length == 0 && Cell(3) is null && Cell(5) is null)
            {
                continue;   // a blank separator row
            }

            rows.Add(new Row(file, sheet.Name, r + 1, label, Cell(3), Cell(5), Cell(1)));
        }

        if (rows.Count == 0)
        {
            throw new FormatException($"{name}!{sheet.Name}: a table with no rows (cut short?).");
        }

        return new Table(file, sheet.Name, period, year, rows);
    }

    private static string Compare(int year, Table chosen, Table other)
    {
        var kept = chosen.Rows.GroupBy(r => EconomyNames.LabelKey(r.Label)).ToDictionary(g => g.Key, g => g.First());
        int same = 0, differ = 0;
        var first = "";
        foreach (var row in other.Rows)
        {
            if (!kept.TryGetValue(EconomyNames.LabelKey(row.Label), out var k))
            {
                continue;
            }

            foreach (var (a, b, column) in new[] { (k.Exports, row.Exports, "D"), (k.Imports, row.Imports, "F") })
            {
                var equal = NationalAccumulator.TryThousands(a, out var x, out _) && NationalAccumulator.TryThousands(b, out var y, out _) ? x == y : Equals(a, b);
                if (equal)
                {
                    same++;
                }
                else
                {
                    differ++;
                    if (first.Length == 0)
                    {
                        first = $" (first: {row.Label.Trim()} {row.Source(column)} {b} against {k.Source(column)} {a})";
                    }
                }
            }
        }

        return $"{year} is read from {Path.GetFileName(chosen.File)}!{chosen.Sheet}; the other edition {Path.GetFileName(other.File)}!{other.Sheet} agrees on {same} values and differs on {differ}{first}";
    }
}
