using System.Globalization;

namespace TradeAnalytics.Sources.Imf;

/// <summary>
/// Reads IMF IMTS data as SDMX-CSV from api.imf.org: the 1.0 layout (first column DATAFLOW) and the
/// 2.0 layout (first columns STRUCTURE, STRUCTURE_ID, ACTION), one observation a row, dimensions
/// COUNTRY, INDICATOR, COUNTERPART_COUNTRY, FREQUENCY, TIME_PERIOD and the value in OBS_VALUE, in whole
/// US dollars (SCALE is a display hint only). XG_FOB_USD = exports, MG_CIF_USD = imports; TBG_USD is
/// read and checked against exports − imports; MG_FOB_USD is counted, not stored. Rows with an empty
/// dimension or period carry no observation: they are counted, never read as 0. Quoted fields may hold
/// commas and newlines.
/// </summary>
public static class SdmxCsvReader
{
    private static readonly string[] Required = ["COUNTRY", "INDICATOR", "COUNTERPART_COUNTRY", "TIME_PERIOD", "OBS_VALUE"];

    /// <summary>Reads SDMX-CSV text; <paramref name="fileName"/> names it in sources and messages.</summary>
    /// <param name="reader">The CSV text, SDMX-CSV 1.0 or 2.0.</param>
    /// <param name="fileName">The name used in sources ("file.csv:12") and messages.</param>
    /// <exception cref="FormatException">A required column is missing, or a value, period or code is malformed (file and line named).</exception>
    public static ImfReadResult Read(TextReader reader, string fileName)
    {
        var (csv, header) = ImfCsv.Open(reader, fileName);
        using var csvReader = csv;
        var v2 = header.Length > 0 && header[0] == "STRUCTURE";
        var missing = Required.Where(r => !header.Contains(r)).ToList();
        if (missing.Count > 0)
        {
            throw new FormatException($"{fileName}: an SDMX-CSV file of IMTS needs the columns {string.Join(", ", Required)}; missing: {string.Join(", ", missing)}.");
        }

        int Column(string name) => Array.IndexOf(header, name);
        var country = Column("COUNTRY");
        var indicator = Column("INDICATOR");
        var counterpart = Column("COUNTERPART_COUNTRY");
        var period = Column("TIME_PERIOD");
        var value = Column("OBS_VALUE");
        var status = Column("STATUS");
        var action = Column("ACTION");
        var result = new ReadAccumulator(fileName, v2 ? "IMF SDMX-CSV 2.0" : "IMF IMTS SDMX-CSV", CodeScheme.ImfIso);
        while (csv.Read())
        {
            var row = ImfCsv.Row(csv, header.Length, fileName);
            var source = $"{fileName}:{csv.Parser.RawRow}";
            string Field(int i) => i >= 0 && i < row.Length ? row[i].Trim() : "";
            if (action >= 0 && Field(action).Equals("D", StringComparison.OrdinalIgnoreCase))
            {
                result.Skip(source, "ACTION D: a deletion, not an observation");
                continue;
            }

            // Values are whole US dollars.
            result.Record(source, Field(country), Field(indicator), Field(counterpart), Field(period), Field(value), 1e-6, status >= 0 ? Field(status) : null);
        }

        return result.Result();
    }
}
