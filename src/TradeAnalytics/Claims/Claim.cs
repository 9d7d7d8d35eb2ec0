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
/// One quantitative statement of a text, as a row of a claims file (see data/claims/README.md). Made with named members
/// (<c>new Claim { Id = …, Quote = …, Kind = …, Unit = … }</c>), each checked as it is set: an id is never empty and a
/// stated number is finite.
/// </summary>
public sealed record Claim
{
    private readonly string _id = "";
    private readonly double? _stated;
    private readonly double? _statedHigh;

    /// <summary>A short unique id, e.g. "kaz-2018-growth".</summary>
    /// <exception cref="ArgumentException">Empty or blank.</exception>
    public required string Id
    {
        get => _id;
        init => _id = string.IsNullOrWhiteSpace(value) ? throw new ArgumentException("A claim's id is not empty.", nameof(Id)) : value;
    }

    /// <summary>Where the statement stands in the text.</summary>
    public string Section { get; init; } = "";

    /// <summary>The statement, quoted exactly (elisions marked "...").</summary>
    public required string Quote { get; init; }

    /// <summary>What it claims.</summary>
    public required ClaimKind Kind { get; init; }

    /// <summary>The economy whose trade it is (null for a claim about no pair).</summary>
    public Economy? Economy { get; init; }

    /// <summary>The partner.</summary>
    public Economy? Partner { get; init; }

    /// <summary>Turnover, exports or imports.</summary>
    public TradeMeasure? Measure { get; init; }

    /// <summary>Whose statistics the claim's source would be: the economy's own report (the default), or the partner's mirror.</summary>
    public ReportingSide Side { get; init; }

    /// <summary>The start year (growth, fold change, range, mean, share over a period) or the compared year (same level).</summary>
    public int? BaseYear { get; init; }

    /// <summary>The (end) year.</summary>
    public int? Year { get; init; }

    /// <summary>The number stated, in <see cref="Unit"/> (the lower end for a range): finite, or null where the text gives none.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a finite number.</exception>
    public double? Stated { get => _stated; init => _stated = Finite(value, nameof(Stated)); }

    /// <summary>The upper end of a stated range: finite, or null.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a finite number.</exception>
    public double? StatedHigh { get => _statedHigh; init => _statedHigh = Finite(value, nameof(StatedHigh)); }

    /// <summary>The unit of the stated number.</summary>
    public required ClaimUnit Unit { get; init; }

    /// <summary>
    /// Half-width of the interval the wording implies, in <see cref="Unit"/>: an absolute number ("0.005"), or relative to the
    /// stated number ("25%"); none only for a one-sided bound.
    /// </summary>
    public ClaimTolerance Tolerance { get; init; }

    /// <summary>Why that tolerance ("stated to the hundredth of a billion").</summary>
    public string PrecisionNote { get; init; } = "";

    /// <summary>Anything a reader of the report needs: the source the text names, a reading of vague wording, or why it cannot be checked.</summary>
    public string Note { get; init; } = "";

    /// <summary>The goods the claim is about: all goods (the default), or an HS code (product-share and import-share claims).</summary>
    public Product Product { get; init; }

    /// <summary>
    /// Whether <see cref="Stated"/> is a point or a one-sided bound (the <c>bound</c> column: empty, <c>at-least</c> or <c>at-most</c>).
    /// A bound is reproduced when the computed value lies on its side of the number (to the stated precision's rounding) and, when a
    /// tolerance is given, within it on that side; else it is judged by its distance from the number, as a point is.
    /// </summary>
    public ClaimBound Bound { get; init; }

    private static double? Finite(double? value, string name)
        => value is { } v && !double.IsFinite(v) ? throw new ArgumentOutOfRangeException(name, v, "A stated number is finite.") : value;
}
