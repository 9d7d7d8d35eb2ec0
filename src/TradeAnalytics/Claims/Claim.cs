namespace TradeAnalytics.Claims;

/// <summary>What a quantitative statement asserts, in machine-checkable form.</summary>
public enum ClaimKind
{
    /// <summary>A value in one year ("$2.43 billion in 2008").</summary>
    Value,

    /// <summary>Growth in percent from a base year to a year ("increased by 38.7 percent against 2017").</summary>
    Growth,

    /// <summary>End ÷ start between two years ("an about 100-fold increase since 1999").</summary>
    FoldChange,

    /// <summary>Minimum and maximum over a period ("ranged between $27 and $47 million").</summary>
    Range,

    /// <summary>The mean over a period ("remained at the level of $1 million for nearly two decades").</summary>
    Mean,

    /// <summary>The partner's share, in percent, of the economy's total trade with the World; the mean of yearly shares over a period.</summary>
    ShareOfTotal,

    /// <summary>A year's value is at the level of another year's ("$305 million, the level of 2004").</summary>
    SameLevel,

    /// <summary>
    /// A product's share, in percent, of the economy's measure with the partner ("the oil accounted for 80
    /// to 90 percent of Kazakhstan's exports to Israel"): the mean of the yearly shares over the period,
    /// the product from product data, the total from the totals dataset.
    /// </summary>
    ProductShare,

    /// <summary>
    /// The partner's share, in percent, of the economy's imports of a product from the World ("the oil
    /// imported from Kazakhstan accounted, on average, for 15 to 25 percent of Israel's total oil
    /// imports"): the mean of the yearly shares over the period, from the partner's exports (mirror)
    /// where the economy does not report the partner.
    /// </summary>
    ImportShare,

    /// <summary>Cannot be checked against trade data (investment, companies); the note says why.</summary>
    NotCheckable,
}

/// <summary>The unit a claim states its number in.</summary>
public enum ClaimUnit
{
    /// <summary>US$ millions.</summary>
    MillionUsd,

    /// <summary>US$ billions.</summary>
    BillionUsd,

    /// <summary>US dollars.</summary>
    Usd,

    /// <summary>Percent (of growth or of a share).</summary>
    Percent,

    /// <summary>A plain ratio (fold change, same-level comparison).</summary>
    Ratio,

    /// <summary>A count of things (companies); never checkable against trade data.</summary>
    Count,
}

/// <summary>Whether a claim's number is a point ("$2.43 billion") or one side of it ("over $100 million", "almost $1 billion").</summary>
public enum ClaimBound
{
    /// <summary>The number itself, within the tolerance.</summary>
    None,

    /// <summary>At least the number ("over", "more than", "exceeded"); a tolerance, when given, caps how far above it the words still fit.</summary>
    AtLeast,

    /// <summary>At most the number ("under", "almost", "nearly", "approached"); a tolerance, when given, says how far below it the words still fit.</summary>
    AtMost,
}

/// <summary>
/// One quantitative statement of a text, as a row of a claims file (see data/claims/README.md).
/// </summary>
/// <param name="Id">A short unique id, e.g. "kaz-2018-growth".</param>
/// <param name="Section">Where the statement stands in the text.</param>
/// <param name="Quote">The statement, quoted exactly (elisions marked "...").</param>
/// <param name="Kind">What it claims.</param>
/// <param name="Economy">The economy whose trade it is (null for a claim about no pair).</param>
/// <param name="Partner">The partner.</param>
/// <param name="Measure">Turnover, exports or imports.</param>
/// <param name="Side">Whose statistics the claim's source would be: the economy's own report, or the partner's mirror.</param>
/// <param name="BaseYear">The start year (growth, fold change, range, mean, share over a period) or the compared year (same level).</param>
/// <param name="Year">The (end) year.</param>
/// <param name="Stated">The number stated, in <paramref name="Unit"/> (the lower end for a range).</param>
/// <param name="StatedHigh">The upper end of a stated range.</param>
/// <param name="Unit">The unit of the stated number.</param>
/// <param name="Tolerance">Half-width of the interval the wording implies, in <paramref name="Unit"/>: an absolute number ("0.005"), or relative to the stated number ("25%"); none only for a one-sided bound.</param>
/// <param name="PrecisionNote">Why that tolerance ("stated to the hundredth of a billion").</param>
/// <param name="Note">Anything a reader of the report needs: the source the text names, a reading of vague wording, or why it cannot be checked.</param>
public sealed record Claim(
    string Id,
    string Section,
    string Quote,
    ClaimKind Kind,
    Economy? Economy,
    Economy? Partner,
    TradeMeasure? Measure,
    ReportingSide Side,
    int? BaseYear,
    int? Year,
    double? Stated,
    double? StatedHigh,
    ClaimUnit Unit,
    ClaimTolerance Tolerance,
    string PrecisionNote,
    string Note)
{
    /// <summary>The goods the claim is about: all goods (the default), or an HS code (product-share and import-share claims).</summary>
    public Product Product { get; init; }

    /// <summary>
    /// Whether <see cref="Stated"/> is a point or a one-sided bound (the <c>bound</c> column: empty, <c>at-least</c> or <c>at-most</c>).
    /// A bound is reproduced when the computed value lies on its side of the number (to the stated precision's rounding) and, when a
    /// tolerance is given, within it on that side; else it is judged by its distance from the number, as a point is.
    /// </summary>
    public ClaimBound Bound { get; init; }

    /// <summary>The stated number: finite, or null where the text gives none.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a finite number.</exception>
    public double? Stated { get; init; } = Finite(Stated, nameof(Stated));

    /// <summary>The upper end of a stated range: finite, or null.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a finite number.</exception>
    public double? StatedHigh { get; init; } = Finite(StatedHigh, nameof(StatedHigh));

    private static double? Finite(double? value, string name)
        => value is { } v && !double.IsFinite(v) ? throw new ArgumentOutOfRangeException(name, v, "A stated number is finite.") : value;
}
