using TradeAnalytics.Parquet;

namespace TradeAnalytics.Data;

/// <summary>
/// Every value of the IMF DOTS country tables (2022 edition): 235 reporting economies with all their
/// partners, both flows, every year — 2,581,017 values (13 negative values of the aggregate workbooks kept
/// and flagged, as published), each with its source cell and estimate flag. Shipped inside this package in the
/// columnar layout (data/imf-dots-2022-all.columns.parquet with its tables file beside it, <see cref="ColumnarParquet.WriteFiles"/>), so any pair is one
/// line away without the workbooks: <c>ImfDots2022All.Dataset.Bilateral("DEU", "CHN")</c>.
/// </summary>
public static class ImfDots2022All
{
    private static readonly Lazy<TradeDataset> Loaded = new(Load);

    private const string ColumnsFile = "imf-dots-2022-all.columns.parquet";

    private const string TablesFile = "imf-dots-2022-all.columns.tables.parquet";

    /// <summary>
    /// The SHA-256 of data/imf-dots-2022-all.parquet, the interchange file the columnar one was made from:
    /// <see cref="WriteInterchangeFile"/> writes exactly those bytes (a test checks both).
    /// </summary>
    public const string InterchangeSha256 = "05624c20029dcce635cb6723864c376e11a69df0b27eecd5dabb30907ad6a10a";

    /// <summary>The dataset, loaded on first use and kept.</summary>
    public static TradeDataset Dataset => Loaded.Value;

    /// <summary>Loads a fresh copy of the whole dataset (benchmarks time this; use <see cref="Dataset"/> otherwise).</summary>
    /// <exception cref="InvalidOperationException">The file is missing from the assembly.</exception>
    public static TradeDataset Load()
        => ColumnarParquet.Read(() => Open(ColumnsFile), () => Open(TablesFile), ColumnsFile, Name, TradeDataset.ImfDotsEstimate, null);

    /// <summary>
    /// Only what <paramref name="reporters"/> report (their row groups of the file; the rest stays unread): the
    /// quick way to one pair, both sides — <c>ImfDots2022All.Of("KAZ", "ISR").Bilateral("KAZ", "ISR")</c>.
    /// </summary>
    /// <param name="reporters">Economy codes (ISO3, WLD, …).</param>
    /// <exception cref="UnknownEconomyException">A code is unknown.</exception>
    public static TradeDataset Of(params string[] reporters)
    {
        Preconditions.NotNull(reporters);
        var codes = reporters.Select(r => Economies.Get(r).Code).ToHashSet(StringComparer.Ordinal);
        return ColumnarParquet.Read(() => Open(ColumnsFile), () => Open(TablesFile), ColumnsFile, $"{Name}: {string.Join(", ", codes.Order(StringComparer.Ordinal))}", TradeDataset.ImfDotsEstimate, codes);
    }

    /// <summary>
    /// What <paramref name="reporters"/> report, whole, and of the World's report only its trade with <paramref name="worldPartners"/>
    /// (both flows): the inputs of trade intensity and comparative advantage — x_ij and X_i from the reporters, x_wj and X_w from the
    /// World (<c>Of(["KAZ", "ISR"], ["KAZ", "ISR", "WLD"])</c>). The World's report is stored in parts of a few dozen series, and only
    /// the parts that hold those partners are decoded (a few thousand of its 25,591 values). With WLD among the reporters, it is read whole.
    /// </summary>
    /// <param name="reporters">Economy codes whose reports are read whole.</param>
    /// <param name="worldPartners">The partners (WLD for the World's total) of the World's report wanted.</param>
    /// <exception cref="UnknownEconomyException">A code is unknown.</exception>
    public static TradeDataset Of(IEnumerable<string> reporters, IEnumerable<string> worldPartners)
    {
        Preconditions.NotNull(reporters);
        Preconditions.NotNull(worldPartners);
        var codes = reporters.Select(r => Economies.Get(r).Code).ToHashSet(StringComparer.Ordinal);
        var partners = worldPartners.Select(p => Economies.Get(p).Code).ToHashSet(StringComparer.Ordinal);
        var world = Economies.World.Code;
        var parts = new List<string>();
        if (codes.Count > 0)
        {
            parts.Add(string.Join(", ", codes.Order(StringComparer.Ordinal)));
        }

        if (!codes.Contains(world))
        {
            parts.Add($"{world} with {string.Join(", ", partners.Order(StringComparer.Ordinal))}");
        }

        var named = $"{Name}: {string.Join("; ", parts)}";
        return ColumnarParquet.Read(
            () => Open(ColumnsFile), () => Open(TablesFile), ColumnsFile, named, TradeDataset.ImfDotsEstimate, codes,
            new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal) { [world] = partners });
    }

    /// <summary>
    /// Writes the data as the interchange Parquet file (one row group per reporter), byte for byte data/imf-dots-2022-all.parquet
    /// (<see cref="InterchangeSha256"/>) — for engines that read the interchange table, such as the <c>sql</c> command's DuckDB.
    /// Takes some seconds: 2.58 million sources are written as text.
    /// </summary>
    /// <param name="path">The file (replaced only when whole).</param>
    public static void WriteInterchangeFile(string path)
        => InterchangeParquet.WriteByReporter(path, Dataset.Observations);

    private const string Name = "IMF DOTS (2022 edition), all 235 reporters";

    private static Stream Open(string file)
        => typeof(ImfDots2022All).Assembly.GetManifestResourceStream("TradeAnalytics.Data." + file)
            ?? throw new InvalidOperationException($"The data file {file} is missing from the assembly; rebuild with data/{file} present.");
}
