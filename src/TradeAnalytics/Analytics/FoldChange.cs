using System.Globalization;

namespace TradeAnalytics.Analytics;

/// <summary>The ratio end ÷ start between two years of a series ("an about 100-fold increase").</summary>
/// <param name="Context">The series it was computed from.</param>
/// <param name="FromYear">The start year.</param>
/// <param name="ToYear">The end year.</param>
/// <param name="From">The start value, or null where missing.</param>
/// <param name="To">The end value, or null where missing.</param>
/// <param name="Status">Whether the ratio is defined (missing ends, zero or negative start are not).</param>
/// <param name="Ratio">End ÷ start, e.g. 117.46; null unless defined.</param>
public sealed record FoldChange(SeriesContext Context, int FromYear, int ToYear, YearlyValue? From, YearlyValue? To, GrowthStatus Status, double? Ratio)
{
    /// <summary>True when <see cref="Ratio"/> has a value.</summary>
    public bool IsDefined => Status == GrowthStatus.Defined;

    /// <summary>Why the ratio is undefined, in words ("1991 has no value"); empty when defined.</summary>
    public string Reason => GrowthRate.Explain(Status, FromYear, ToYear, DataYears);

    /// <summary>The years the series holds values for (first to last), or null for an empty series: what a reason for an end outside the data names.</summary>
    public YearSpan? DataYears { get; init; }

    /// <summary>What a reader must know about the ends (a partial or estimated year), in words; empty when both are whole.</summary>
    public string Caveat => GrowthRate.EndsCaveat(From, To);

    /// <summary>True when both ends exist and neither is partial nor estimated.</summary>
    public bool EndsAreWhole => From is not null && To is not null && Caveat.Length == 0;

    /// <summary>A sentence with the ratio (and the <see cref="Caveat"/>, if any) or the reason it is undefined.</summary>
    public override string ToString()
        => $"{Context.Describe()}: fold change {FromYear}–{ToYear} = "
           + (IsDefined ? Ratio!.Value.ToString("0.00", CultureInfo.InvariantCulture) + "×" + (Caveat.Length > 0 ? " — " + Caveat : "") : "undefined (" + Reason + ")");
}
