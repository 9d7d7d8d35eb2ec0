using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ExcelDataReader;

namespace TradeAnalytics.Sources.NationalStatistics;

/// <summary>
/// The National Statistical Committee of Kyrgyzstan's tables 4.03.00.18 (exports) and 4.03.00.20 (imports) by
/// country: .xlsx, labels in Kyrgyz, Russian and English (columns A–C), a row of years (1994–2023; a year may
/// carry a footnote mark, "2023 1"), thousand US$ as row 2 says. Groups and continents (The EU, CIS, SCO, EAEU,
/// Europe, Asia, …) are never partners; "-" is missing. A table in soms (4.03.00.17) is refused: soms are never
/// mixed with dollars. A year whose header carries a footnote mark is flagged (the footnote's text is not in the file).
/// </summary>
public static class KyrgyzstanWorkbook
{
    /// <summary>The format's name in reports.</summary>
    public const string FormatName = "Kyrgyzstan NSC geographic distribution of trade (.xlsx)";

    static KyrgyzstanWorkbook() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Whether <paramref name="path"/> is such a workbook (an .xlsx whose title cell is a 4.03.00 table).</summary>
    /// <param name="path">A file.</param>
    public static bool Recognises(string path)
    {
        if (!path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || !File.Exists(path))
        {
            return false;
        }

        try
        {
            return Rows(path).Take(2).Any(r => r.Length > 2 && (Convert.ToString(r[2], CultureInfo.InvariantCulture) ?? "").Contains("4.03.00.", StringComparison.Ordinal));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return false;
        }
    }

    /// <summary>Reads one table, or every such workbook of a folder (dollar tables only).</summary>
    /// <param name="path">A file, or a folder of such files.</param>
    /// <exception cref="FileNotFoundException">Nothing at the path.</exception>
    /// <exception cref="FormatException">Not this layout, a table in soms, or a table whose flow the title does not say.</exception>
    public static FileImport Import(string path)
    {
        var files = Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*.xlsx").Where(Recognises).Order(StringComparer.Ordinal).ToList()
            : File.Exists(path) ? [path] : throw new FileNotFoundException($"No workbook at '{path}'.", path);
        var result = new NationalAccumulator("KGZ", Economies.Get("KGZ"), FormatName);
        foreach (var file in files)
        {
            Read(file, result, Directory.Exists(path));
        }

        return result.Result(path);
    }

    private static List<object?[]> Rows(string file)
    {
        using var stream = InputFile.OpenRead(file);
        using var reader = ExcelReaderFactory.CreateOpenXmlReader(stream);
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var cells = new object?[reader.FieldCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = reader.GetValue(i);
            }

            rows.Add(cells);
        }

        return rows;
    }

    private static void Read(string file, NationalAccumulator result, bool inFolder)
    {
        var name = Path.GetFileName(file);
        List<object?[]> rows;
        try
        {
            rows = Rows(file);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new FormatException($"{name}: not an .xlsx workbook ({e.Message}).", e);
        }

        string Text(int row, int column) => row < rows.Count && column < rows[row].Length ? Convert.ToString(rows[row][column], CultureInfo.InvariantCulture)?.Trim() ?? "" : "";
        var title = Text(0, 2);
        var unit = Text(1, 2);
        if (unit.Contains("som", StringComparison.OrdinalIgnoreCase))
        {
            if (inFolder)
            {
                result.Note($"{name}: values in {unit.Trim('(', ')')}, not US dollars: not read (soms are never mixed with dollars)");
                return;
            }

            throw new FormatException($"{name}: values in {unit.Trim('(', ')')}, not US dollars: not read (soms are never mixed with dollars; the dollar tables are 4.03.00.18 exports and 4.03.00.20 imports).");
        }

        if (!unit.Contains("thousand US dollars", StringComparison.OrdinalIgnoreCase))
        {
            throw new FormatException($"{name}!C2: the unit reads '{unit}', not '(thousand US dollars)'.");
        }

        TradeFlow flow = title.Contains("exports", StringComparison.OrdinalIgnoreCase) ? TradeFlow.Exports
            : title.Contains("imports", StringComparison.OrdinalIgnoreCase) ? TradeFlow.Imports
            : throw new FormatException($"{name}!C1: the title '{title}' names neither exports nor imports.");

        var header = Enumerable.Range(0, Math.Min(rows.Count, 10)).FirstOrDefault(r => YearOf(Text(r, 3)) is not null, -1);
        if (header < 0)
        {
            throw new FormatException($"{name}: no row of years (from column D) in the first ten rows.");
        }

        var columns = new List<(int Column, int Year, bool Footnote)>();
        for (var c = 3; c < rows[header].Length; c++)
        {
            if (YearOf(Text(header, c)) is { } y)
            {
                columns.Add((c, y.Year, y.Footnote));
            }
        }

        foreach (var (_, year, _) in columns.Where(c => c.Footnote))
        {
            result.Note($"{name}: the year {year} carries a footnote mark in the header (its text is not in the file): its values are flagged");
        }

        for (var r = header + 1; r < rows.Count; r++)
        {
            var label = Regex.Replace(Text(r, 2).Length > 0 ? Text(r, 2) : Text(r, 1), @"\s+\d$", "");
            if (label.Length == 0)
            {
                if (columns.All(c => c.Column >= rows[r].Length || rows[r][c.Column] is null))
                {
                    continue;   // a blank separator row
                }
            }

            var empty = columns.All(c => c.Column >= rows[r].Length || rows[r][c.Column] is null);
            if (empty && Regex.IsMatch(Text(r, 2).Length > 0 ? Text(r, 2) : Text(r, 0), @"^\d\s"))
            {
                result.Note($"{name}!{CellReference(2, r)}: footnote '{Text(r, 2)}'");
                continue;   // a footnote under the table, no values
            }

            var partner = result.Partner(label);
            foreach (var (column, year, footnote) in columns)
            {
                var cell = column < rows[r].Length ? rows[r][column] : null;
                result.Add(partner, label, flow, year, cell, $"{name}!{CellReference(column, r)}", footnote);
            }
        }
    }

    private static (int Year, bool Footnote)? YearOf(string text)
    {
        var m = Regex.Match(text, @"^(?<year>(19|20)\d\d)(?<mark>\s+\d)?$");
        return m.Success ? (int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture), m.Groups["mark"].Success) : null;
    }

    private static string CellReference(int column, int row)
    {
        var letters = "";
        for (var c = column + 1; c > 0; c = (c - 1) / 26)
        {
            letters = (char)('A' + ((c - 1) % 26)) + letters;
        }

        return letters + (row + 1).ToString(CultureInfo.InvariantCulture);
    }
}
