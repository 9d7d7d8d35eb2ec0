using System.Globalization;

namespace TradeAnalytics.Analytics;

/// <summary>
/// A growth figure between two years of a series, with its context. <see cref="Percent"/> is null
/// whenever <see cref="Status"/> is not <see cref="GrowthStatus.Defined"/>; <see cref="Reason"/> then
/// says why in words.
/// </summary>
/// <param name="Context">The series it was computed from.</param>
/// <param name="Kind">Which growth measure this is.</param>
/// <param name="FromYear">The start year.</param>
/// <param name="ToYear">The end year.</param>
/// <param name="From">The start value, or null where missing.</param>
/// <param name="To">The end value, or null where missing.</param>
/// <param name="Status">Whether the figure is defined.</param>
/// <param name="Percent">The growth in percent (e.g. 38.7 for +38.7 %); for CAGR, percent per year.</param>
public sealed record GrowthRate(
    SeriesContext Context,
    GrowthKind Kind,
    int FromYear,
    int ToYear,
    YearlyValue? From,
    YearlyValue? To,
    GrowthStatus Status,
    double? Percent)
{
    /// <summary>The growth in percent: a finite number exactly when <see cref="Status"/> is <see cref="GrowthStatus.Defined"/>, else null.</summary>
    /// <exception cref="ArgumentException">A defined figure without a finite percent, or an undefined one with a percent.</exception>
    public double? Percent { get; init; } = Status == GrowthStatus.Defined
        ? (Percent is { } p && double.IsFinite(p) ? p : throw new ArgumentException($"A defined growth rate needs a finite percent; got {(Percent is null ? "none" : Percent.Value.ToString(CultureInfo.InvariantCulture))}.", nameof(Percent)))
        : (Percent is null ? null : throw new ArgumentException($"A growth rate that is {Status} has no percent; got {Percent.Value.ToString(CultureInfo.InvariantCulture)}.", nameof(Percent)));

    /// <summary>True when <see cref="Percent"/> has a value.</summary>
    public bool IsDefined => Status == GrowthStatus.Defined;

    /// <summary>Why the figure is undefined, in words; empty when defined. An end outside the data says which years the data hold.</summary>
    public string Reason => Explain(Status, FromYear, ToYear, DataYears);

    /// <summary>The years the series holds values for (first to last), or null for an empty series: what a reason for an end outside the data names.</summary>
    public YearSpan? DataYears { get; init; }

    /// <summary>
    /// What a reader must know about the ends, in words; empty when both ends are whole reported values:
    /// "2020 is partial (only one of exports and imports reported)", "2019 includes an estimate".
    /// A figure over a partial end mixes a one-flow year with a two-flow year.
    /// </summary>
    public string Caveat => EndsCaveat(From, To);

    /// <summary>True when both ends exist and neither is partial nor estimated.</summary>
    public bool EndsAreWhole => From is not null && To is not null && Caveat.Length == 0;

    /// <summary>How a partial year is described after its number, in caveats and reasons alike.</summary>
    private const string IsPartial = "is partial (only one of exports and imports reported)";

    /// <summary>The caveat of two ends (shared with <see cref="FoldChange"/>).</summary>
    internal static string EndsCaveat(YearlyValue? from, YearlyValue? to)
        => string.Join("; ", new[] { from, to }.Where(v => v is not null && (v.Partial || v.Estimated)).Select(v =>
            $"{v!.Year} {(v.Partial ? IsPartial : "")}{(v.Partial && v.Estimated ? " and " : "")}{(v.Estimated ? "includes an estimate" : "")}"));

    /// <summary>The words for a status between two years (shared with <see cref="FoldChange"/>).</summary>
    internal static string Explain(GrowthStatus status, int fromYear, int toYear, YearSpan? dataYears = null) => status switch
    {
        GrowthStatus.Defined => "",
        GrowthStatus.StartMissing => Missing(fromYear, dataYears),
        GrowthStatus.EndMissing => Missing(toYear, dataYears),
        GrowthStatus.ZeroBase => $"{fromYear} is zero, so growth from it has no rate",
        GrowthStatus.NegativeBase => $"{fromYear} is negative, so a percentage change has no meaning",
        GrowthStatus.NonPositiveEnd => $"{toYear} is not positive, so no constant annual rate reaches it",
        GrowthStatus.StartPartial => $"{fromYear} {IsPartial} and partial years were excluded",
        GrowthStatus.EndPartial => $"{toYear} {IsPartial} and partial years were excluded",
        _ => $"{fromYear}–{toYear} is not a range of years",
    };

    /// <summary>"2019 has no value", or, for a year outside the data, "1994 is outside the data, which hold 1997–2020".</summary>
    private static string Missing(int year, YearSpan? dataYears)
        => dataYears is { } held && !held.Contains(year) ? $"{year} is outside the data, which hold {held}" : $"{year} has no value";

    /// <summary>
    /// A sentence, e.g. "Kazakhstan–Israel turnover, as reported by Kazakhstan: growth 2017–2018 = +12.3 %",
    /// followed by the <see cref="Caveat"/> where an end is partial or estimated.
    /// </summary>
    public override string ToString()
    {
        var label = Kind switch
        {
            GrowthKind.YearOverYear => "year-over-year growth",
            GrowthKind.Cagr => "CAGR",
            _ => "growth",
        };
        var unit = Kind == GrowthKind.Cagr ? " % per year" : " %";
        var value = IsDefined ? Percent!.Value.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) + unit : "undefined (" + Reason + ")";
        var caveat = IsDefined && Caveat.Length > 0 ? " — " + Caveat : "";
        return $"{Context.Describe()}: {label} {FromYear}–{ToYear} = {value}{caveat}";
    }
}

/// <summary>Which growth measure a <see cref="GrowthRate"/> is.</summary>
public enum GrowthKind
{
    /// <summary>From one year to the next.</summary>
    YearOverYear,

    /// <summary>Total change between two years: (end − start) / start.</summary>
    Between,

    /// <summary>Compound annual growth rate between two years.</summary>
    Cagr,
}
