using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace TradeAnalytics;

/// <summary>Opens a CSV whose header must be exactly a given line (the interchange and claims formats).</summary>
internal static class StrictCsv
{
    /// <summary>
    /// A reader positioned after the header, invariant culture, comma-separated.
    /// </summary>
    /// <exception cref="InterchangeFormatException">The file is empty or its header is not exactly <paramref name="header"/>.</exception>
    internal static CsvReader Open(TextReader reader, string fileName, string header) => Open(reader, fileName, [header], out _);

    /// <summary>
    /// A reader positioned after the header, which must be exactly one of <paramref name="headers"/>;
    /// <paramref name="matched"/> tells which (its index).
    /// </summary>
    /// <exception cref="InterchangeFormatException">The file is empty or its header is none of <paramref name="headers"/>.</exception>
    internal static CsvReader Open(TextReader reader, string fileName, IReadOnlyList<string> headers, out int matched)
    {
        var header = string.Join("' or '", headers);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = ",",
            HasHeaderRecord = true,
            DetectColumnCountChanges = false,
            BadDataFound = null,
        };
        var csv = new CsvReader(reader, config);
        if (!csv.Read())
        {
            csv.Dispose();
            throw new InterchangeFormatException(fileName, [new InterchangeRowError(fileName, 1, null, $"The file is empty; expected the header '{header}'.")]);
        }

        csv.ReadHeader();
        var actual = string.Join(",", csv.HeaderRecord ?? []);
        matched = headers.ToList().IndexOf(actual);
        if (matched < 0)
        {
            csv.Dispose();
            throw new InterchangeFormatException(fileName, [new InterchangeRowError(fileName, 1, null, $"The header is '{actual}'; expected exactly '{header}'.")]);
        }

        return csv;
    }
}
