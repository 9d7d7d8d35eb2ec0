using System.Globalization;
using System.Text.Json;

namespace TradeAnalytics.Sources.Imf;

/// <summary>
/// Reads a legacy dataservices.imf.org SDMX-JSON CompactData/DOT response: Series with @REF_AREA and
/// @COUNTERPART_AREA (ISO alpha-2, W00 = World, B0 = European Union), @INDICATOR, @UNIT_MULT (the power of
/// ten of the values: 6 = millions), and Obs with @TIME_PERIOD, @OBS_VALUE (and @OBS_STATUS where given).
/// A single Series or Obs may be an object instead of an array (the XML-to-JSON conversion does that).
/// </summary>
public static class LegacySdmxJsonReader
{
    /// <summary>Reads the JSON text; <paramref name="fileName"/> names it in sources and messages.</summary>
    /// <param name="reader">The JSON text.</param>
    /// <param name="fileName">The name used in sources and messages.</param>
    /// <exception cref="FormatException">It is not CompactData JSON, or a value, period or code is malformed.</exception>
    public static ImfReadResult Read(TextReader reader, string fileName)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(reader.ReadToEnd());
        }
        catch (JsonException e)
        {
            throw new FormatException($"{fileName}: not valid JSON ({e.Message}).", e);
        }

        using (document)
        {
            if (!document.RootElement.TryGetProperty("CompactData", out var compact)
                || !compact.TryGetProperty("DataSet", out var dataSet))
            {
                throw new FormatException($"{fileName}: not an SDMX-JSON CompactData response (no CompactData.DataSet).");
            }

            var result = new ReadAccumulator(fileName, "IMF DOTS legacy SDMX-JSON", CodeScheme.LegacyIso2);
            var seriesNumber = 0;
            foreach (var series in Items(dataSet, "Series"))
            {
                seriesNumber++;
                var multiplier = Text(series, "@UNIT_MULT") is { Length: > 0 } m && int.TryParse(m, NumberStyles.Integer, CultureInfo.InvariantCulture, out var power)
                    ? Math.Pow(10, power - 6)
                    : 1e-6;
                var obsNumber = 0;
                foreach (var obs in Items(series, "Obs"))
                {
                    obsNumber++;
                    result.Record($"{fileName}:Series[{seriesNumber}].Obs[{obsNumber}]", Text(series, "@REF_AREA"), Text(series, "@INDICATOR"), Text(series, "@COUNTERPART_AREA"),
                        Text(obs, "@TIME_PERIOD"), Text(obs, "@OBS_VALUE"), multiplier, Text(obs, "@OBS_STATUS") is { Length: > 0 } s ? s : null);
                }
            }

            return result.Result();
        }
    }

    private static IEnumerable<JsonElement> Items(JsonElement parent, string name)
    {
        if (!parent.TryGetProperty(name, out var element))
        {
            return [];
        }

        return element.ValueKind == JsonValueKind.Array ? element.EnumerateArray().ToList() : [element];
    }

    private static string Text(JsonElement element, string name)
        => element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()!.Trim() : "";
}
