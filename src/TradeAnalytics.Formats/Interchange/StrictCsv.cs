namespace TradeAnalytics;

/// <summary>Opens a CSV whose header must be exactly a given line (the interchange and claims formats).</summary>
internal static class StrictCsv
{
    /// <summary>
    /// A reader positioned after the header, invariant culture, comma-separated.
    /// </summary>
    /// <exception cref="InterchangeFormatException">The file is empty or its header is not exactly <paramref name="header"/>.</exception>
    internal static CsvRecords Open(TextReader reader, string fileName, string header) => Open(reader, fileName, [header], out _);

    /// <summary>
    /// A reader positioned after the header, which must be exactly one of <paramref name="headers"/>;
    /// <paramref name="matched"/> tells which (its index).
    /// </summary>
    /// <exception cref="InterchangeFormatException">The file is empty or its header is none of <paramref name="headers"/>.</exception>
    internal static CsvRecords Open(TextReader reader, string fileName, IReadOnlyList<string> headers, out int matched)
    {
        var header = string.Join("' or '", headers);
        var csv = new CsvRecords(reader, fileName);
        if (!csv.Read())
        {
            throw new InterchangeFormatException(fileName, [new InterchangeRowError(fileName, 1, null, $"The file is empty; expected the header '{header}'.")]);
        }

        var actual = string.Join(",", csv.ToArray());
        matched = headers.ToList().IndexOf(actual);
        if (matched < 0)
        {
            throw new InterchangeFormatException(fileName, [new InterchangeRowError(fileName, 1, null, $"The header is '{actual}'; expected exactly '{header}'.")]);
        }

        return csv;
    }
}
