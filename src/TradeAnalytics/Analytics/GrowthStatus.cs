namespace TradeAnalytics.Analytics;

/// <summary>Whether a growth figure could be computed, and if not, why.</summary>
public enum GrowthStatus
{
    /// <summary>The figure is defined.</summary>
    Defined,

    /// <summary>The start year has no value (a gap or outside the series).</summary>
    StartMissing,

    /// <summary>The end year has no value.</summary>
    EndMissing,

    /// <summary>The start value is zero: growth from nothing has no rate.</summary>
    ZeroBase,

    /// <summary>The start value is negative (a deficit): a percentage change of it has no meaning.</summary>
    NegativeBase,

    /// <summary>The end value is zero or negative, so no constant annual rate (CAGR, log trend) reaches it.</summary>
    NonPositiveEnd,

    /// <summary>The start year is not before the end year.</summary>
    EmptyRange,
}
