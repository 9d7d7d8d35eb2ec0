namespace TradeAnalytics;

/// <summary>One year of a <see cref="TradeSeries"/>.</summary>
/// <param name="Year">The calendar year.</param>
/// <param name="Value">The value in current US$ millions (a balance may be negative).</param>
/// <param name="Estimated">True when the value is, or includes, an estimate (what that means in its data: <see cref="TradeDataset.EstimateMeaning"/>).</param>
/// <param name="Partial">
/// True for a turnover that holds only one of its two flows because the other was not reported
/// (e.g. Turkmenistan–Israel 2018: imports 1.166, exports missing).
/// </param>
/// <param name="Source">Where the value came from: one cell, or "cell + cell" for a derived value.</param>
public sealed record YearlyValue(int Year, UsdMillions Value, bool Estimated, bool Partial, string Source)
{
    /// <summary>"2008: 2,431.491 $m (DOTS_103.xlsx!Exports!S39 + ...)", with "estimated" and "partial" where they apply.</summary>
    public override string ToString()
        => $"{Year}: {Value}{(Estimated ? ", estimated" : "")}{(Partial ? ", partial (one flow not reported)" : "")} ({Source})";
}
