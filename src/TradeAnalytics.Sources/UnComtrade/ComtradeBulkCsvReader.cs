using System.Globalization;
using TradeAnalytics.Sources.Imf;

namespace TradeAnalytics.Sources.UnComtrade;

/// <summary>
/// Reads the classic UN Comtrade bulk-download CSV (22 columns, header
/// <c>Classification,Year,Period,Period Desc.,Aggregate Level,Is Leaf Code,Trade Flow Code,Trade Flow,Reporter Code,…,Trade Value (US$),Flag</c>),
/// annual data, one value a row:
/// <list type="bullet">
/// <item><c>Trade Value (US$)</c> is in whole US dollars and becomes US$ millions.</item>
/// <item>Trade flow codes 2 = exports, 1 = imports, 3 = re-exports, 4 = re-imports (flows of their own).</item>
/// <item>Reporter and partner are mapped by their numeric codes (0 = World, 899 "Areas, nes" = the residual X899); the ISO code beside each must agree with the code table; an unknown code is an error naming it.</item>
/// <item><c>Commodity Code</c> is kept as text ("27", "0901"; "TOTAL" = all goods) and <c>Classification</c> (H0 … H5) with the value.</item>
/// <item><c>Flag</c> marks estimated quantities and weights, not values: values are never marked estimated.</item>
/// </list>
/// A negative value is kept as published and flagged (<see cref="ComtradeReadResult.Warnings"/>). A row
/// whose value cannot be taken (an empty value, a period that is not the year, a code
/// that does not agree with its ISO code) is rejected with its file, line and reason; a row cut short
/// (too few fields, a quote left open) is an error, so a truncated download never passes as whole.
/// </summary>
public static class ComtradeBulkCsvReader
{
    /// <summary>The format's name in reports.</summary>
    public const string FormatName = "UN Comtrade bulk CSV (22 columns)";

    /// <summary>The header, without the byte-order mark the files start with.</summary>
    public const string Header = "Classification,Year,Period,Period Desc.,Aggregate Level,Is Leaf Code,Trade Flow Code,Trade Flow,Reporter Code,Reporter,Reporter ISO,Partner Code,Partner,Partner ISO,Commodity Code,Commodity,Qty Unit Code,Qty Unit,Qty,Netweight (kg),Trade Value (US$),Flag";

    private static readonly string[] Columns = Header.Split(',');

    /// <summary>Reads a file from disk.</summary>
    /// <param name="path">The CSV file.</param>
    /// <exception cref="FileNotFoundException">No such file.</exception>
    /// <exception cref="FormatException">The header is not the Comtrade bulk header, a code is unknown, or one key has two different values (file and line named).</exception>
    public static ComtradeReadResult ReadFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No Comtrade CSV file at '{path}'.", path);
        }

        using var reader = InputFile.OpenText(path);
        return Read(reader, Path.GetFileName(path));
    }

    /// <summary>Reads Comtrade bulk CSV text; <paramref name="fileName"/> names it in sources and messages.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="fileName">The file name used in sources ("processed_data_2008.csv:14085") and messages.</param>
    /// <exception cref="FormatException">The header is not the Comtrade bulk header, a code is unknown, or one key has two different values (file and line named).</exception>
    public static ComtradeReadResult Read(TextReader reader, string fileName)
    {
        var (csv, header) = ImfCsv.Open(reader, fileName);
        using var csvReader = csv;
        if (!header.SequenceEqual(Columns, StringComparer.Ordinal))
        {
            throw new FormatException($"{fileName}: the header is not the Comtrade bulk CSV header; expected '{Header}'.");
        }

        var result = new ComtradeAccumulator(fileName, FormatName);
        while (csv.Read())
        {
            var row = ImfCsv.Row(csv, Columns.Length, fileName);
            var source = $"{fileName}:{csv.Parser.RawRow}";

            var problems = new List<string>();
            var year = int.TryParse(row[1], NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1900 and <= 2200 ? y : (int?)null;
            if (year is null)
            {
                problems.Add($"'{row[1]}' is not a year");
            }
            else if (row[2] != row[1])
            {
                problems.Add($"period '{row[2]}' is not the year {row[1]}: not annual data");
            }

            TradeFlow? flow = row[6] switch
            {
                "2" => TradeFlow.Exports,
                "1" => TradeFlow.Imports,
                "3" => TradeFlow.ReExports,
                "4" => TradeFlow.ReImports,
                _ => null,
            };
            if (flow is null)
            {
                problems.Add($"trade flow code '{row[6]}' is not 1, 2, 3 or 4");
            }

            var reporter = result.Economy(source, "reporter", row[8], row[10], problems);
            var partner = result.Economy(source, "partner", row[11], row[13], problems);
            if (!Product.TryParse(row[14], out var product) || (row[14].Length == 0))
            {
                problems.Add($"commodity code '{row[14]}' is not an HS code or TOTAL");
            }

            var value = ComtradeValue.Parse(row[20], problems);
            if (problems.Count > 0)
            {
                result.Reject(source, string.Join("; ", problems));
                continue;
            }

            result.Accept(new TradeObservation(reporter!, partner!, flow!.Value, year!.Value, value!.Value, Estimated: false, source)
            {
                Product = product,
                Classification = row[0].Length == 0 ? null : row[0],
            });
        }

        return result.Result();
    }
}

/// <summary>Comtrade trade values: whole US dollars, converted to US$ millions.</summary>
internal static class ComtradeValue
{
    internal static UsdMillions? Parse(string text, List<string> problems)
    {
        if (text.Length == 0)
        {
            problems.Add("empty trade value (missing, not zero)");
            return null;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var dollars) || !double.IsFinite(dollars))
        {
            problems.Add($"trade value '{text}' is not a number");
            return null;
        }

        var value = UsdMillions.FromDollars(dollars);
        if (TradeValueGate.Refusal(value.Value) is { } implausible)
        {
            problems.Add($"trade value '{text}' US$: {implausible}");
            return null;
        }

        return value;
    }
}
