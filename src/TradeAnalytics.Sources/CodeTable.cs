using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace TradeAnalytics.Sources;

/// <summary>Opens a code table embedded in this assembly (imf-codes.csv, comtrade-codes.csv) as CSV, positioned after its header.</summary>
internal static class CodeTable
{
    /// <summary>A reader over the embedded resource <c>TradeAnalytics.Sources.<paramref name="fileName"/></c>; dispose it to release the stream.</summary>
    /// <exception cref="InvalidOperationException">The table is missing from the assembly.</exception>
    internal static CsvReader Open(string fileName)
    {
        var resource = "TradeAnalytics.Sources." + fileName;
        var stream = typeof(CodeTable).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The code table {resource} is missing from the assembly.");
        var csv = new CsvReader(new StreamReader(stream), new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = "," });
        csv.Read();
        csv.ReadHeader();
        return csv;
    }
}
