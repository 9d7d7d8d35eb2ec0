using System.Globalization;
using System.Text.Json;

namespace TradeAnalytics.Sources.UnComtrade;

/// <summary>
/// Reads an answer of the current UN Comtrade data API (<c>/data/v1/get/C/A/HS</c>): the envelope
/// <c>{"elapsedTime","count","data":[…],"error"}</c>, one value a row of <c>data</c>:
/// <c>flowCode</c> X = exports, M = imports, RX = re-exports, RM = re-imports; <c>cmdCode</c> TOTAL = all
/// goods, else an HS code kept as text; <c>primaryValue</c> in whole US dollars, becomes US$ millions;
/// <c>refYear</c> and <c>period</c> (annual: the same year); reporter and partner by their numeric codes,
/// checked against <c>reporterISO</c>/<c>partnerISO</c>; <c>classificationCode</c> kept with the value.
/// An answer with <c>count</c> 0 holds no data: an empty result, not an error and not zeros. A row
/// broken down by second partner, customs procedure or mode of transport is not a total and is
/// rejected with that reason; an answer whose <c>count</c> differs from its rows, or that ends early,
/// is an error.
/// </summary>
public static class ComtradeApiJsonReader
{
    /// <summary>The format's name in reports.</summary>
    public const string FormatName = "UN Comtrade API JSON (data/v1)";

    /// <summary>Reads an answer from disk.</summary>
    /// <param name="path">The JSON file.</param>
    /// <exception cref="FileNotFoundException">No such file.</exception>
    /// <exception cref="FormatException">Not a Comtrade API answer, cut short, an error answer, or an unknown code (file named).</exception>
    public static ComtradeReadResult ReadFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No Comtrade API answer at '{path}'.", path);
        }

        using var stream = InputFile.OpenRead(path);
        return Read(stream, Path.GetFileName(path));
    }

    /// <summary>Reads an answer; <paramref name="fileName"/> names it in sources ("answer.json#data[3]") and messages.</summary>
    /// <param name="stream">The JSON text, UTF-8.</param>
    /// <param name="fileName">The name used in sources and messages.</param>
    /// <exception cref="FormatException">Not a Comtrade API answer, cut short, an error answer, or an unknown code (file named).</exception>
    public static ComtradeReadResult Read(Stream stream, string fileName) => Read(stream, fileName, countRequired: false);

    /// <summary>Reads an answer; with <paramref name="countRequired"/> (an answer just fetched), one without <c>count</c> is not whole.</summary>
    /// <param name="stream">The JSON text, UTF-8.</param>
    /// <param name="fileName">The name used in sources and messages.</param>
    /// <param name="countRequired">True for an answer just fetched.</param>
    /// <param name="monthly">True for an answer of monthly data (<c>freqCode</c> M, <c>period</c> YYYYMM): a year's value is the sum of its
    /// twelve months, made only when all twelve are there; the months of an incomplete year are rejected with that reason.</param>
    internal static ComtradeReadResult Read(Stream stream, string fileName, bool countRequired, bool monthly = false)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(stream, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException e)
        {
            throw new FormatException($"{fileName}: not complete JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine}): {e.Message} A cut-short download is not read.", e);
        }

        using (document)
        {
            var root = document.RootElement;
            JsonKeys.Refuse(root, fileName);
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Array)
            {
                throw new FormatException($"{fileName}: not a Comtrade API answer; expected an object with a \"data\" array.");
            }

            if (root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.String && error.GetString() is { Length: > 0 } message)
            {
                throw new FormatException($"{fileName}: the Comtrade API answered with an error: {message}");
            }

            var rows = data.GetArrayLength();
            if (root.TryGetProperty("count", out var count))
            {
                // A whole number written as one (4, not 4.0, "4" or 5e9): anything else is not what the API sends.
                var raw = count.GetRawText();
                if (count.ValueKind != JsonValueKind.Number || !long.TryParse(raw, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var stated))
                {
                    throw new FormatException($"{fileName}: \"count\" is {VisibleText.Of(raw.Length > 40 ? raw[..40] + "…" : raw)}, not a whole number; the answer is not one the Comtrade API sends.");
                }

                if (stated != rows)
                {
                    throw new FormatException($"{fileName}: \"count\" is {stated} but \"data\" holds {rows} rows; the answer is incomplete.");
                }
            }
            else if (countRequired)
            {
                throw new FormatException($"{fileName}: the answer has no \"count\", which every answer of the data API carries; its {rows} rows cannot be shown whole.");
            }

            var result = new ComtradeAccumulator(fileName, FormatName);
            var months = monthly ? new Dictionary<(string, string, TradeFlow, int, string), SortedDictionary<int, TradeObservation>>() : null;
            var index = 0;
            foreach (var row in data.EnumerateArray())
            {
                ReadRow(row, $"{fileName}#data[{index++}]", result, months);
            }

            if (months is not null)
            {
                SumMonths(fileName, months, result);
            }

            return result.Result();
        }
    }

    /// <summary>A year's value from its twelve months (each a row of the answer); the months of a year without all twelve are rejected.</summary>
    private static void SumMonths(string fileName, Dictionary<(string, string, TradeFlow, int, string), SortedDictionary<int, TradeObservation>> months, ComtradeAccumulator result)
    {
        foreach (var (key, byMonth) in months.OrderBy(m => m.Key))
        {
            var first = byMonth.Values.First();
            var what = $"{first.Reporter.Code}→{first.Partner.Code} {InterchangeCsv.FlowName(first.Flow)} {first.Year.ToString(CultureInfo.InvariantCulture)}{(first.Product.IsAllGoods ? "" : " " + first.Product)}";
            var classifications = byMonth.Values.Select(m => m.Classification).Distinct().ToList();
            if (byMonth.Count != 12 || classifications.Count > 1)
            {
                var why = byMonth.Count != 12
                    ? $"a month of an incomplete year ({what}: {byMonth.Count} of 12 months, {string.Join(",", byMonth.Keys.Select(m => m.ToString("00", CultureInfo.InvariantCulture)))}): not summed into a short year"
                    : $"a month of {what}, whose months are in {string.Join(" and ", classifications)}: not summed across revisions";
                foreach (var month in byMonth.Values)
                {
                    result.Reject(month.Source, why);
                }

                continue;
            }

            var rows = byMonth.Values.Select(m => m.Source[(m.Source.LastIndexOf("#data[", StringComparison.Ordinal) + 6)..^1]);
            result.AcceptSum(first with
            {
                Value = UsdMillions.Sum(byMonth.Values.Select(m => m.Value)),
                Source = $"{fileName}#data[{string.Join(",", rows)}] (months 01–12)",
            }, 12);
        }
    }

    private static void ReadRow(JsonElement row, string source, ComtradeAccumulator result, Dictionary<(string, string, TradeFlow, int, string), SortedDictionary<int, TradeObservation>>? months)
    {
        if (row.ValueKind != JsonValueKind.Object)
        {
            result.Reject(source, "is not an object");
            return;
        }

        var problems = new List<string>();
        string Text(string name) => row.TryGetProperty(name, out var p) ? p.ValueKind switch
        {
            JsonValueKind.String => p.GetString() ?? "",
            JsonValueKind.Number => p.GetRawText(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => "",
        } : "";

        var freq = Text("freqCode");
        var expected = months is null ? "A" : "M";
        if ((freq.Length > 0 || months is not null) && freq != expected)
        {
            result.Reject(source, $"frequency '{freq}' is not {(months is null ? "annual (A)" : "monthly (M), as asked")}");
            return;
        }

        foreach (var (field, total) in new[] { ("partner2Code", "0"), ("customsCode", "C00"), ("motCode", "0") })
        {
            var v = Text(field);
            if (v.Length > 0 && v != total)
            {
                result.Reject(source, $"{field} {v}: a breakdown, not the total ({field} {total})");
                return;
            }
        }

        var year = int.TryParse(Text("refYear"), NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : (int?)null;
        if (year is null)
        {
            problems.Add($"refYear '{Text("refYear")}' is not a year");
        }
        else if (months is null && Text("period") is { Length: > 0 } period && period != Text("refYear"))
        {
            problems.Add($"period '{period}' is not the year {year}: not annual data");
        }

        var month = 0;
        if (months is not null && year is not null)
        {
            var period = Text("period");
            if (period.Length != 6 || !period.StartsWith(Text("refYear"), StringComparison.Ordinal) || !int.TryParse(period.AsSpan(4), NumberStyles.None, CultureInfo.InvariantCulture, out month) || month is < 1 or > 12)
            {
                problems.Add($"period '{period}' is not a month of {year} (YYYYMM)");
            }
        }

        TradeFlow? flow = Text("flowCode") switch
        {
            "X" => TradeFlow.Exports,
            "M" => TradeFlow.Imports,
            "RX" => TradeFlow.ReExports,
            "RM" => TradeFlow.ReImports,
            var other => null,
        };
        if (flow is null)
        {
            problems.Add($"flowCode '{Text("flowCode")}' is not X, M, RX or RM");
        }

        var reporter = result.Economy(source, "reporter", Text("reporterCode"), Text("reporterISO"), problems);
        var partner = result.Economy(source, "partner", Text("partnerCode"), Text("partnerISO"), problems);
        var cmd = Text("cmdCode");
        if (!Product.TryParse(cmd, out var product) || cmd.Length == 0)
        {
            problems.Add($"cmdCode '{cmd}' is not an HS code or TOTAL");
        }

        var value = ComtradeValue.Parse(Text("primaryValue"), problems);
        if (problems.Count > 0)
        {
            result.Reject(source, string.Join("; ", problems));
            return;
        }

        var classification = Text("classificationCode");
        var observation = new TradeObservation(reporter!, partner!, flow!.Value, year!.Value, value!.Value, Estimated: false, source)
        {
            Product = product,
            Classification = classification.Length == 0 ? null : classification,
        };
        if (months is null)
        {
            result.Accept(observation);
            return;
        }

        if (!months.TryGetValue(observation.Key, out var byMonth))
        {
            months[observation.Key] = byMonth = [];
        }

        if (byMonth.TryGetValue(month, out var earlier))
        {
            if (earlier.Value != observation.Value)
            {
                throw new FormatException($"{source}: {reporter!.Code}→{partner!.Code} {InterchangeCsv.FlowName(flow.Value)} {Text("period")} {product} appears twice with different values: "
                    + $"{earlier.Value.Value.ToString("R", CultureInfo.InvariantCulture)} $m ({earlier.Source}) and {observation.Value.Value.ToString("R", CultureInfo.InvariantCulture)} $m.");
            }

            result.Repeat(source, $"repeats {earlier.Source}; kept once");
            return;
        }

        byMonth[month] = observation;
    }
}
