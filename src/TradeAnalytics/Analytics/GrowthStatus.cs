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

    /// <summary>The start year is partial (one flow of a turnover not reported) and partial years were excluded (<see cref="PartialYears.Exclude"/>).</summary>
    StartPartial,

    /// <summary>The end year is partial and partial years were excluded (<see cref="PartialYears.Exclude"/>).</summary>
    EndPartial,
}

/// <summary>Whether a growth figure may rest on a partial year: a turnover of which only one flow was reported.</summary>
public enum PartialYears
{
    /// <summary>Use a partial year as it is; the result's <c>Caveat</c> says the end is partial (the default).</summary>
    Include,

    /// <summary>Treat a partial year as having no value: the figure is undefined with a reason naming the partial year.</summary>
    Exclude,
}
