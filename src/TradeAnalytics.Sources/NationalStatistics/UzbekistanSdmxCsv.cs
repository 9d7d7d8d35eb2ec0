using System.Globalization;
using System.Text.RegularExpressions;

namespace TradeAnalytics.Sources.NationalStatistics;

/// <summary>
/// The Statistics Agency of Uzbekistan's SDMX-style tables of trade by partner: columns Code (the partner's ISO
/// numeric code; 0 for "Other countries", a residual), Klassifikator (Uzbek), Klassifikator_ru, Klassifikator_en,
/// then one column per year, thousand US$. The files do not say which flow they hold: the table number decides —
/// 1105 is exports and 1176 imports, found by the IMF mirror (1176's China 2019, 5,108.6 $m, is China's reported
/// exports to Uzbekistan, 5,044.6; 1105's, 2,528.7, is near Uzbekistan's exports to China in DOTS, 2,388.2) and
/// checked by a test. Another table number is refused, naming the two known.
/// </summary>
public static class UzbekistanSdmxCsv
{
    /// <summary>The format's name in reports.</summary>
    public const string FormatName = "Uzbekistan Statistics Agency SDMX CSV";

    private const string HeaderStart = "Code,Klassifikator,Klassifikator_ru,Klassifikator_en";

    /// <summary>The flow of each table number.</summary>
    public static IReadOnlyDictionary<string, TradeFlow> Tables { get; } = new Dictionary<string, TradeFlow> { ["1105"] = TradeFlow.Exports, ["1176"] = TradeFlow.Imports };

    /// <summary>Whether <paramref name="path"/> is such a file (its header).</summary>
    /// <param name="path">A file.</param>
    public static bool Recognises(string path)
    {
        if (!path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || !File.Exists(path) || new FileInfo(path).Length == 0)
        {
            return false;
        }

        using var reader = InputFile.OpenText(path);
        var buffer = new char[HeaderStart.Length + 1];
        var read = reader.ReadBlock(buffer, 0, buffer.Length);
        return new string(buffer, 0, read).TrimStart('\uFEFF').StartsWith(HeaderStart, StringComparison.Ordinal);
    }

    /// <summary>Reads one table file, or every such file of a folder.</summary>
    /// <param name="path">A file, or a folder of such files.</param>
    /// <exception cref="FileNotFoundException">Nothing at the path.</exception>
    /// <exception cref="FormatException">Not this layout, or a table number whose flow is not known.</exception>
    public static FileImport Import(string path)
    {
        var files = Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*.csv").Where(Recognises).Order(StringComparer.Ordinal).ToList()
            : File.Exists(path) ? [path] : throw new FileNotFoundException($"No file at '{path}'.", path);
        var result = new NationalAccumulator("UZB", Economies.Get("UZB"), FormatName);
        foreach (var file in files)
        {
            Read(file, result);
        }

        return result.Result(path);
    }

    private static void Read(string file, NationalAccumulator result)
    {
        var name = Path.GetFileName(file);
        var number = Regex.Match(name, @"sdmx_data_(\d+)");
        if (!number.Success || !Tables.TryGetValue(number.Groups[1].Value, out var flow))
        {
            throw new FormatException($"{name}: which flow this table holds is not stated in the file; the known tables are 1105 (exports) and 1176 (imports): name the file sdmx_data_NUMBER.csv with one of them.");
        }

        using var reader = InputFile.OpenText(file);
        var (csv, header) = Imf.ImfCsv.Open(reader, name);
        using var table = csv;
        if (!string.Join(",", header.Take(4)).TrimStart('\uFEFF').Equals(HeaderStart, StringComparison.Ordinal))
        {
            throw new FormatException($"{name}: the header does not start '{HeaderStart}'.");
        }

        var years = header.Skip(4).Select(h => int.TryParse(h, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1900 and <= 2100 ? y : (int?)null).ToList();
        if (years.Count == 0 || years.Any(y => y is null))
        {
            throw new FormatException($"{name}: after Klassifikator_en the header holds '{string.Join(",", header.Skip(4))}', not years.");
        }

        while (csv.Read())
        {
            var row = Imf.ImfCsv.Row(csv, header.Length, name);
            var line = csv.Parser.RawRow;
            var label = row[3].Length > 0 ? row[3] : row[2];
            var partner = row[0] == "0" ? null : result.Partner(label);
            for (var i = 0; i < years.Count; i++)
            {
                var source = $"{name}:{line}:{years[i]}";
                if (row[0] == "0")
                {
                    result.Reject(source, $"'{label}' (code 0) is a residual (countries not named), never a partner");
                    continue;
                }

                result.Add(partner, label, flow, years[i]!.Value, row[4 + i], source);
            }
        }
    }
}
