using System.Globalization;

namespace TradeAnalytics.Sources.Imf;

/// <summary>
/// Reads the new IMF data portal's CSV download: UTF-8 with a byte-order mark, every field quoted,
/// columns DATASET, SERIES_CODE, OBS_MEASURE, the dimension labels (COUNTRY, [COUNTERPART_COUNTRY],
/// INDICATOR, FREQUENCY), SCALE, then one column per period. The codes are taken from SERIES_CODE, whose
/// parts follow the dataset's key: COUNTRY.INDICATOR.COUNTERPART_COUNTRY.FREQUENCY for IMTS (the key of
/// its API), COUNTRY.INDICATOR.FREQUENCY for datasets without a counterpart (such as WEO, whose rows carry
/// no trade flow and are counted as such). Each period cell is one record; SCALE (Units, Thousands,
/// Millions, Billions) converts values to US$ millions.
/// </summary>
public static class PortalCsvReader
{
    /// <summary>Reads a portal download; <paramref name="fileName"/> names it in sources and messages.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="fileName">The name used in sources ("file.csv:12") and messages.</param>
    /// <exception cref="FormatException">A required column is missing, or a value, period, scale or code is malformed.</exception>
    public static ImfReadResult Read(TextReader reader, string fileName)
    {
        var (csv, header) = ImfCsv.Open(reader, fileName);
        using var csvReader = csv;
        foreach (var required in new[] { "SERIES_CODE", "SCALE" })
        {
            if (!header.Contains(required))
            {
                throw new FormatException($"{fileName}: a portal download needs the column {required}.");
            }
        }

        var hasCounterpart = header.Contains("COUNTERPART_COUNTRY");
        var seriesCode = Array.IndexOf(header, "SERIES_CODE");
        var scale = Array.IndexOf(header, "SCALE");
        var periods = header.Select((h, i) => (Header: h, Index: i)).Where(x => Period.TryParse(x.Header, out _)).ToList();
        var result = new ReadAccumulator(fileName, "IMF data portal CSV", CodeScheme.ImfIso);
        while (csv.Read())
        {
            var row = ImfCsv.Row(csv, header.Length, fileName);
            var line = csv.Parser.RawRow;
            var parts = (seriesCode < row.Length ? row[seriesCode] : "").Split('.');
            var expected = hasCounterpart ? 4 : 3;
            var scaleText = scale < row.Length ? row[scale].Trim() : "";
            foreach (var (periodHeader, index) in periods)
            {
                var source = $"{fileName}:{line}:{periodHeader}";
                var value = index < row.Length ? row[index].Trim() : "";
                if (parts.Length != expected)
                {
                    result.Skip(source, $"SERIES_CODE '{string.Join(".", parts)}' does not have the {expected} parts of the key");
                    continue;
                }

                var indicator = parts[1];
                if (TradeIndicator.Classify(indicator) == IndicatorRole.NotTrade)
                {
                    result.Skip(source, $"indicator {indicator} is not a trade flow");
                    continue;
                }

                var toMillions = scaleText.ToUpperInvariant() switch
                {
                    "UNITS" => 1e-6,
                    "THOUSANDS" => 1e-3,
                    "MILLIONS" => 1d,
                    "BILLIONS" => 1e3,
                    _ => throw new FormatException($"{fileName}:{line}: SCALE '{scaleText}' is not Units, Thousands, Millions or Billions."),
                };
                result.Record(source, parts[0], indicator, hasCounterpart ? parts[2] : "", periodHeader, value, toMillions, null);
            }
        }

        return result.Result();
    }
}
