using TradeAnalytics.Claims;
using System.Globalization;

namespace TradeAnalytics.Sources.NationalStatistics;

/// <summary>Armenia's two measures of imports, which are never added together.</summary>
public enum ArmeniaImports
{
    /// <summary>By country of origin (where the goods were produced): the default, as the UN's IMTS 2010 recommends for imports.</summary>
    Origin,

    /// <summary>By country of consignment (where the goods were shipped from).</summary>
    Consignment,
}

/// <summary>
/// Armstat's monthly trade by country (<c>arm_trade_country.csv</c>: country, year, month, export, import_origin,
/// import_consignment, date; thousand US$), summed to years. A year is read only when the file holds all twelve of its
/// months; a partner's month without a row had no trade recorded (the file writes a row whenever any of the three
/// measures is non-zero, and zeros beside it). Imports are by country of origin unless
/// <see cref="ArmeniaImports.Consignment"/> is asked for; the two are never mixed. Each annual value's source lists
/// its monthly lines.
/// </summary>
public static class ArmeniaMonthlyCsv
{
    /// <summary>The format's name in reports.</summary>
    public const string FormatName = "Armstat monthly trade by country (CSV)";

    private static readonly string[] Columns = ["country", "year", "month", "export", "import_origin", "import_consignment", "date"];

    /// <summary>Whether <paramref name="path"/> is such a file (its header).</summary>
    /// <param name="path">A file.</param>
    public static bool Recognises(string path)
    {
        if (!path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || !File.Exists(path) || new FileInfo(path).Length == 0)
        {
            return false;
        }

        using var reader = InputFile.OpenText(path);
        var first = reader.ReadLine() ?? "";
        return first.TrimStart('\uFEFF').Replace("\"", "", StringComparison.Ordinal) == string.Join(",", Columns);
    }

    /// <summary>Reads the file, with imports by the measure asked for.</summary>
    /// <param name="path">A file, or a folder of such files.</param>
    /// <exception cref="FileNotFoundException">No such file.</exception>
    /// <exception cref="FormatException">Not this layout (a row's field count or a year or month that is not one, with the line).</exception>
    /// <param name="imports">Which measure of imports to read (by country of origin, the default, or of consignment).</param>
    public static FileImport Import(string path, ArmeniaImports imports = ArmeniaImports.Origin)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No file at '{path}'.", path);
        }

        var name = Path.GetFileName(path);
        var result = new NationalAccumulator("ARM", Economies.Get("ARM"), FormatName);
        var importColumn = imports == ArmeniaImports.Origin ? 4 : 5;
        result.Note($"imports by country of {(imports == ArmeniaImports.Origin ? "origin (the default; consignment is the other measure, never added)" : "consignment (asked for; origin is the default)")}: column {Columns[importColumn]}");

        var months = new SortedDictionary<int, SortedSet<int>>();
        (string Label, int Year, int Month, int Line)? last = null;
        var cells = new List<(string Label, int Year, int Month, TradeFlow Flow, string Text, int Line)>();
        using (var reader = InputFile.OpenText(path))
        {
            var (csv, header) = Imf.ImfCsv.Open(reader, name);
            using var table = csv;
            if (!header.Select(h => h.TrimStart('\uFEFF')).SequenceEqual(Columns))
            {
                throw new FormatException($"{name}: the header is not {string.Join(",", Columns)}.");
            }

            while (csv.Read())
            {
                var row = Imf.ImfCsv.Row(csv, Columns.Length, name);
                var line = csv.Parser.RawRow;
                if (!int.TryParse(row[1], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1900 or > 2100
                    || !int.TryParse(row[2], NumberStyles.None, CultureInfo.InvariantCulture, out var month) || month is < 1 or > 12)
                {
                    result.Reject($"{name}:{line}", $"year '{row[1]}' and month '{row[2]}' are not a month");
                    result.Reject($"{name}:{line}", $"year '{row[1]}' and month '{row[2]}' are not a month");
                    continue;
                }

                months.TryAdd(year, []);
                months[year].Add(month);
                last = (row[0], year, month, line);
                cells.Add((row[0], year, month, TradeFlow.Exports, row[3], line));
                cells.Add((row[0], year, month, TradeFlow.Imports, row[importColumn], line));
            }
        }

        var incomplete = months.Where(m => m.Value.Count < 12).ToDictionary(m => m.Key, m => m.Value);
        foreach (var (year, held) in incomplete)
        {
            result.Note($"{year}: the file holds months {string.Join(",", held)} only: an incomplete year, left out");
        }

        // The file runs partner by partner, each partner's years from the latest, each year's months in order, so its last line closes a
        // partner's year with its December. A last line in another month is where a cut file ends: that partner's year is left out, and
        // said (the partners after it, if any, cannot be seen; a year read is whole only as far as the file shows).
        var cut = last is { Month: not 12 } l ? (l.Label, l.Year) : ((string Label, int Year)?)null;
        if (cut is var (cutLabel, cutYear) && last is { } end)
        {
            result.Note($"the file ends with {cutLabel} {cutYear}-{end.Month:00} (line {end.Line}), not a December: it may be cut there; {cutLabel}'s {cutYear} is left out");
            foreach (var c in cells.Where(c => c.Label == cutLabel && c.Year == cutYear && !incomplete.ContainsKey(c.Year)))
            {
                result.Reject($"{name}:{c.Line}", $"{cutLabel} {cutYear}: the file ends in its month {end.Month:00}, not a December: the year may be cut short, left out");
            }

            cells.RemoveAll(c => c.Label == cutLabel && c.Year == cutYear && !incomplete.ContainsKey(c.Year));
        }

        // Labels are resolved first and months summed by partner, not by label: one year may spell a partner two ways
        // (2024: "Samoa" in May, "Saoma" in July).
        var partners = cells.Select(c => c.Label).Distinct().ToDictionary(l => l, result.Partner);
        foreach (var c in cells.Where(c => incomplete.ContainsKey(c.Year)))
        {
            result.Reject($"{name}:{c.Line}", $"{c.Year} is an incomplete year in this file, left out");
        }

        foreach (var c in cells.Where(c => !incomplete.ContainsKey(c.Year) && partners[c.Label] is null))
        {
            result.Reject($"{name}:{c.Line}", result.WhyNoPartner(c.Label));
        }

        foreach (var group in cells.Where(c => !incomplete.ContainsKey(c.Year) && partners[c.Label] is not null)
                     .GroupBy(c => (Partner: partners[c.Label]!, c.Year, c.Flow)).OrderBy(g => g.Key.Year))
        {
            var (partner, year, flow) = group.Key;
            var label = string.Join(" / ", group.Select(c => c.Label).Distinct());
            var monthly = new List<decimal>();
            var ok = new List<int>();
            var byMonth = group.GroupBy(c => c.Month).ToList();
            foreach (var c in group)
            {
                if (byMonth.First(m => m.Key == c.Month).Count() > 1)
                {
                    result.Reject($"{name}:{c.Line}", $"{label} {year}-{c.Month:00} appears on more than one line ({string.Join(", ", byMonth.First(m => m.Key == c.Month).Select(x => x.Line))}): which is right cannot be told");
                    continue;
                }

                if (!NationalAccumulator.TryThousands(c.Text, out var thousands, out var why))
                {
                    result.Reject($"{name}:{c.Line}", why);
                    continue;
                }

                monthly.Add(thousands);
                ok.Add(c.Line);
            }

            if (ok.Count > 0 && ok.Count == group.Count())
            {
                result.AddSum(partner, flow, year, monthly, $"{name}:{string.Join("+", ok)}");
            }
            else if (ok.Count > 0)
            {
                foreach (var line in ok)
                {
                    result.Reject($"{name}:{line}", $"{label} {year}: other months of the year were rejected, so the year's sum is not whole");
                }
            }
        }

        return result.Result(path);
    }
}
