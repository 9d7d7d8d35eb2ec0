namespace TradeAnalytics;

/// <summary>
/// The names of the HS chapters, as UN Comtrade describes them (the table <c>data/hs-chapters.csv</c>: chapter, name,
/// and the file and line of the Comtrade copy the description was taken from — the latest year's file of each chapter).
/// </summary>
public static class HsChapters
{
    private static readonly Lazy<IReadOnlyDictionary<string, (string Name, string Source)>> Table = new(Load);

    /// <summary>
    /// The chapters of the Harmonized System's nomenclature: 01 to 97, less 77, which the HS keeps for possible future use (98 and
    /// 99 are left to national use). A chapter here with no value in a reporter's year is a gap — even one no file ever holds, as
    /// chapter 34 (soap, waxes) in the Comtrade dashboard copy.
    /// </summary>
    public static IReadOnlyList<string> Nomenclature { get; } =
        Enumerable.Range(1, 97).Where(c => c != 77).Select(c => c.ToString("00", System.Globalization.CultureInfo.InvariantCulture)).ToList();

    /// <summary>Every chapter the table names, in order.</summary>
    public static IReadOnlyList<string> Chapters => Table.Value.Keys.Order(StringComparer.Ordinal).ToList();

    /// <summary>The name of chapter <paramref name="chapter"/> ("27": "Mineral fuels, mineral oils …"), or null when the table has none.</summary>
    /// <param name="chapter">Two digits, or any HS code (its first two digits).</param>
    public static string? Name(string chapter)
    {
        Preconditions.NotNull(chapter);
        return chapter.Length >= 2 && Table.Value.TryGetValue(chapter[..2], out var entry) ? entry.Name : null;
    }

    /// <summary>Where the name of <paramref name="chapter"/> was read, or null.</summary>
    /// <param name="chapter">Two digits.</param>
    public static string? Source(string chapter)
    {
        Preconditions.NotNull(chapter);
        return chapter.Length >= 2 && Table.Value.TryGetValue(chapter[..2], out var entry) ? entry.Source : null;
    }

    private static IReadOnlyDictionary<string, (string, string)> Load()
    {
        using var stream = typeof(HsChapters).Assembly.GetManifestResourceStream("TradeAnalytics.hs-chapters.csv")
            ?? throw new InvalidOperationException("The table TradeAnalytics.hs-chapters.csv is missing from the assembly; rebuild with data/hs-chapters.csv present.");
        using var reader = new StreamReader(stream);
        var csv = EmbeddedCsv.Open(reader, "hs-chapters.csv", "chapter,name,source");
        var table = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        while (csv.Read())
        {
            table[csv.GetString(0)] = (csv.GetString(1), csv.GetString(2));
        }

        return table;
    }
}
