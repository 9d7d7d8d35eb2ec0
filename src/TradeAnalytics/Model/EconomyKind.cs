namespace TradeAnalytics;

/// <summary>What an economy code stands for.</summary>
public enum EconomyKind
{
    /// <summary>A single economy (a country or territory, including historical ones such as the USSR).</summary>
    Country,

    /// <summary>
    /// A group of economies published by the IMF (World, Advanced Economies, Euro Area, regions).
    /// Never counted as a partner in shares, group totals or concentration indices.
    /// </summary>
    Aggregate,

    /// <summary>
    /// A residual category ("Countries &amp; Areas not specified", "Special Categories"): trade the
    /// reporter could not allocate to a country. Not a country, not a group.
    /// </summary>
    Residual,
}
