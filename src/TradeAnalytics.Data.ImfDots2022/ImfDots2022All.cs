using TradeAnalytics.Parquet;

namespace TradeAnalytics.Data;

/// <summary>
/// Every value of the IMF DOTS country tables (2022 edition): 235 reporting economies with all their
/// partners, both flows, every year — 2,581,017 values (13 negative values of the aggregate workbooks kept
/// and flagged, as published), each with its source cell and estimate flag. Shipped as Parquet inside this
/// package (data/imf-dots-2022-all.parquet, 19 MB), so any pair is one line away without the workbooks:
/// <c>ImfDots2022All.Dataset.Bilateral("DEU", "CHN")</c>.
/// </summary>
public static class ImfDots2022All
{
    private static readonly Lazy<TradeDataset> Loaded = new(Load);

    /// <summary>The dataset, loaded on first use and kept.</summary>
    public static TradeDataset Dataset => Loaded.Value;

    /// <summary>Loads a fresh copy of the whole dataset (benchmarks time this; use <see cref="Dataset"/> otherwise).</summary>
    /// <exception cref="InvalidOperationException">The file is missing from the assembly.</exception>
    public static TradeDataset Load()
    {
        // The columnar copy of the file (the same values and sources, in the same order; a test regenerates it byte for
        // byte): decoding it reads numbers only, where the interchange file has text to decode for every value.
        return ColumnarParquet.ReadTrusted(OpenColumns, "imf-dots-2022-all.columns.parquet", Name, TradeDataset.ImfDotsEstimate);
    }

    /// <summary>
    /// Only what <paramref name="reporters"/> report (their row groups of the file; the rest stays unread): the
    /// quick way to one pair, both sides — <c>ImfDots2022All.Of("KAZ", "ISR").Bilateral("KAZ", "ISR")</c>.
    /// </summary>
    /// <param name="reporters">Economy codes (ISO3, WLD, …).</param>
    /// <exception cref="UnknownEconomyException">A code is unknown.</exception>
    public static TradeDataset Of(params string[] reporters)
    {
        ArgumentNullException.ThrowIfNull(reporters);
        var codes = reporters.Select(r => Economies.Get(r).Code).ToHashSet(StringComparer.Ordinal);
        return InterchangeParquet.ReadTrusted(Open, $"{Name}: {string.Join(", ", codes.Order(StringComparer.Ordinal))}", TradeDataset.ImfDotsEstimate, codes);
    }

    private const string Name = "IMF DOTS (2022 edition), all 235 reporters";

    private static Stream OpenColumns()
        => typeof(ImfDots2022All).Assembly.GetManifestResourceStream("TradeAnalytics.Data.imf-dots-2022-all.columns.parquet")
            ?? throw new InvalidOperationException("The data file imf-dots-2022-all.columns.parquet is missing from the assembly; rebuild with data/imf-dots-2022-all.columns.parquet present.");

    private static Stream Open()
        => typeof(ImfDots2022All).Assembly.GetManifestResourceStream("TradeAnalytics.Data.imf-dots-2022-all.parquet")
            ?? throw new InvalidOperationException("The data file imf-dots-2022-all.parquet is missing from the assembly; rebuild with data/imf-dots-2022-all.parquet present.");
}
