using TradeAnalytics.Claims;
namespace TradeAnalytics.Sources.NationalStatistics;

/// <summary>
/// The partner labels of the statistics offices that the economy-name table does not hold: totals (World), groups of
/// countries, residuals and country names in the offices' own spelling. The table is
/// <c>NationalStatistics/partner-labels.csv</c> (office, label, code, where the label was seen); code is an
/// ISO 3166 alpha-3 code, WLD for the total, "group" or "residual".
/// </summary>
internal static class PartnerLabels
{
    private static readonly Lazy<Dictionary<(string Office, string Key), Entry>> Table = new(Load);

    internal sealed record Entry(string Office, string Label, string Code, string SeenAt);

    /// <summary>The entry of an office's label (or of a label every office uses, office "*"), or null.</summary>
    internal static Entry? Find(string office, string label)
    {
        var key = EconomyNames.LabelKey(label);
        return Table.Value.TryGetValue((office, key), out var entry) || Table.Value.TryGetValue(("*", key), out entry) ? entry : null;
    }

    private static Dictionary<(string, string), Entry> Load()
    {
        using var stream = typeof(PartnerLabels).Assembly.GetManifestResourceStream("TradeAnalytics.Sources.partner-labels.csv")
            ?? throw new InvalidOperationException("partner-labels.csv is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var (csv, header) = Imf.ImfCsv.Open(reader, "partner-labels.csv");
        using var owned = csv;
        if (!header.SequenceEqual(["office", "label", "code", "seen_at"]))
        {
            throw new InvalidOperationException("partner-labels.csv: the header is not office,label,code,seen_at.");
        }

        var table = new Dictionary<(string, string), Entry>();
        while (csv.Read())
        {
            var row = Imf.ImfCsv.Row(csv, 4, "partner-labels.csv");
            if (row[2] is not ("group" or "residual" or "WLD") && !Economies.TryGet(row[2], out _))
            {
                throw new InvalidOperationException($"partner-labels.csv:{csv.Parser.RawRow}: '{row[2]}' is not an economy code, WLD, group or residual.");
            }

            table[(row[0], EconomyNames.LabelKey(row[1]))] = new Entry(row[0], row[1], row[2], row[3]);
        }

        return table;
    }
}
