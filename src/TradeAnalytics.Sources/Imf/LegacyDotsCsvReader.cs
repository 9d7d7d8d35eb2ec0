using System.Globalization;

namespace TradeAnalytics.Sources.Imf;

/// <summary>
/// Reads a legacy data.imf.org DOTS query download (before 2025): columns Country Name, Country Code,
/// Indicator Name, Indicator Code, Counterpart Country Name, Counterpart Country Code, Attribute, then one
/// column per period (2024, 2024Q1, 2024M2). Countries are IMF numeric codes, mapped through
/// <see cref="ImfCodes"/> (an unknown code is an error that lists it). A "Status" row attaches its flags
/// to the "Value" row above it. Values are whole US dollars. A trailing comma on every line and a missing
/// final newline are normal.
/// </summary>
public static class LegacyDotsCsvReader
{
    private static readonly string[] Fixed = ["Country Name", "Country Code", "Indicator Name", "Indicator Code", "Counterpart Country Name", "Counterpart Country Code", "Attribute"];

    /// <summary>Reads a legacy DOTS CSV; <paramref name="fileName"/> names it in sources and messages.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="fileName">The name used in sources ("file.csv:12") and messages.</param>
    /// <exception cref="FormatException">The header differs, a Status row has no Value row above it, or a value or code is malformed.</exception>
    public static ImfReadResult Read(TextReader reader, string fileName)
    {
        var (csv, header) = ImfCsv.Open(reader, fileName);
        using var csvReader = csv;
        if (!header.Take(Fixed.Length).SequenceEqual(Fixed))
        {
            throw new FormatException($"{fileName}: a legacy DOTS CSV starts with the columns {string.Join(", ", Fixed)}.");
        }

        // The trailing comma gives an empty last header: not a period.
        var periods = header.Select((h, i) => (Header: h, Index: i)).Skip(Fixed.Length).Where(x => x.Header.Length > 0).ToList();
        foreach (var p in periods.Where(p => !Period.TryParse(p.Header, out _)))
        {
            throw new FormatException($"{fileName}:1: column '{p.Header}' is not a period.");
        }

        var result = new ReadAccumulator(fileName, "IMF DOTS legacy CSV", CodeScheme.ImfNumeric);
        string[]? pending = null;
        var pendingLine = 0;
        while (csv.Read())
        {
            var row = ImfCsv.Row(csv, header.Length, fileName);
            var line = csv.Parser.RawRow;
            string Field(string[] r, int i) => i < r.Length ? r[i].Trim() : "";
            var attribute = Field(row, 6);
            if (attribute.Equals("Value", StringComparison.OrdinalIgnoreCase))
            {
                Flush();
                pending = row;
                pendingLine = line;
                continue;
            }

            if (attribute.Equals("Status", StringComparison.OrdinalIgnoreCase))
            {
                if (pending is null || !SameSeries(pending, row))
                {
                    throw new FormatException($"{fileName}:{line}: a Status row must follow the Value row of the same series.");
                }

                Flush(row, line);
                continue;
            }

            throw new FormatException($"{fileName}:{line}: Attribute '{attribute}' is neither Value nor Status.");
        }

        Flush();
        return result.Result();

        void Flush(string[]? status = null, int statusLine = 0)
        {
            if (pending is null)
            {
                return;
            }

            foreach (var (periodHeader, index) in periods)
            {
                var flag = status is null ? null : (index < status.Length ? status[index].Trim() : "");
                result.Record($"{fileName}:{pendingLine}:{periodHeader}", pending[1].Trim(), pending[3].Trim(), pending[5].Trim(), periodHeader,
                    index < pending.Length ? pending[index].Trim() : "", 1e-6, string.IsNullOrEmpty(flag) ? null : flag);
                if (status is not null)
                {
                    result.Skip($"{fileName}:{statusLine}:{periodHeader}", "status attached to the value row above");
                }
            }

            pending = null;
        }

        static bool SameSeries(string[] a, string[] b) => a.Length > 5 && b.Length > 5 && a[1] == b[1] && a[3] == b[3] && a[5] == b[5];
    }
}
