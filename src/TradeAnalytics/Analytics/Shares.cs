namespace TradeAnalytics.Analytics;

/// <summary>Whether a share could be computed.</summary>
public enum ShareStatus
{
    /// <summary>The share is defined.</summary>
    Defined,

    /// <summary>The part has no value that year.</summary>
    PartMissing,

    /// <summary>The whole has no value that year, or a member of the group has none (a group total without it would be wrong).</summary>
    WholeMissing,

    /// <summary>The whole is zero or negative.</summary>
    NonPositiveWhole,
}

/// <summary>A part of a whole in one year, e.g. Israel's share of Kazakhstan's total turnover.</summary>
/// <param name="Part">The part's value, or null where missing.</param>
/// <param name="Whole">The whole's value, or null where missing.</param>
/// <param name="Status">Whether <see cref="Fraction"/> is defined.</param>
/// <param name="Fraction">Part ÷ whole (0.05 = 5 %); null unless defined.</param>
public sealed record Share(YearlyValue? Part, UsdMillions? Whole, ShareStatus Status, double? Fraction)
{
    /// <summary>The share in percent, or null.</summary>
    public double? Percent => Fraction * 100d;

    /// <summary>The part's value in US$ millions, or null where missing (instead of <c>Part!.Value.Value</c>).</summary>
    public double? PartValue => Part?.Value.Value;

    /// <summary>True when <see cref="Fraction"/> is defined.</summary>
    public bool IsDefined => Status == ShareStatus.Defined;

    /// <summary>"12.34 % (460.892 $m of 3,734.561 $m)", or why there is no share.</summary>
    public override string ToString() => Status switch
    {
        ShareStatus.Defined => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Percent:0.00} % ({Part!.Value} of {Whole})"),
        ShareStatus.PartMissing => "no share: the part has no value",
        ShareStatus.WholeMissing => "no share: the whole has no value" + (Part is null ? "" : $" (part {Part.Value})"),
        _ => $"no share: the whole is {Whole}, not positive",
    };

    internal static Share Of(YearlyValue? part, UsdMillions? whole)
    {
        var status = part is null ? ShareStatus.PartMissing
            : whole is null ? ShareStatus.WholeMissing
            : whole.Value.Value <= 0 ? ShareStatus.NonPositiveWhole
            : ShareStatus.Defined;
        return new Share(part, whole, status, status == ShareStatus.Defined ? part!.Value / whole!.Value : null);
    }
}

/// <summary>One member's part of a group total.</summary>
/// <param name="Member">The member economy.</param>
/// <param name="Share">Its value, the group total, and its fraction of it.</param>
public sealed record MemberShare(Economy Member, Share Share)
{
    /// <summary>"Kazakhstan (KAZ): 93.21 % (…)".</summary>
    public override string ToString() => $"{Member}: {Share}";
}

/// <summary>The members' shares of a group total in one year.</summary>
/// <param name="Partner">The economy the members trade with (e.g. Israel).</param>
/// <param name="Year">The year.</param>
/// <param name="Measure">The measure shared out.</param>
/// <param name="Side">Whose statistics.</param>
/// <param name="Total">The group total, or null when a member has no value (then no share is defined).</param>
/// <param name="Members">Each member's share, in the order given.</param>
/// <param name="MissingMembers">Members without a value that year.</param>
public sealed record GroupShares(Economy Partner, int Year, TradeMeasure Measure, ReportingSide Side, UsdMillions? Total, IReadOnlyList<MemberShare> Members, IReadOnlyList<Economy> MissingMembers)
{
    /// <summary>"Shares of the turnover with Israel (ISR) in 2018, total 494.3 $m: KAZ 93.2 %, UZB 5.9 %, …", or which members have no value.</summary>
    public override string ToString()
        => Total is null
            ? $"No shares of the {Measure.ToString().ToLowerInvariant()} with {Partner} in {Year}: no value for {string.Join(", ", MissingMembers.Select(m => m.Code))} (missing is not zero)"
            : $"Shares of the {Measure.ToString().ToLowerInvariant()} with {Partner} in {Year}, total {Total}: "
                + string.Join(", ", Members.Select(m => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{m.Member.Code} {m.Share.Percent:0.0} %")));
}

/// <summary>Shares of a reporter's total trade and of a group's total.</summary>
public static class Shares
{
    /// <summary>
    /// <paramref name="partner"/>'s share of <paramref name="economy"/>'s total trade with the World
    /// (WLD) in <paramref name="year"/>, both as <paramref name="economy"/> reports them.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="partner"/> is an aggregate or residual (a share of the World in the World is not a partner share).</exception>
    public static Share OfTotal(TradeDataset dataset, Economy economy, Economy partner, int year, TradeMeasure measure = TradeMeasure.Turnover)
        => OfTotal(dataset, economy, partner, year, measure, ReportingSide.Reporter);

    /// <summary>
    /// <paramref name="partner"/>'s share of <paramref name="economy"/>'s total trade with the World in
    /// <paramref name="year"/>: the part as <paramref name="side"/> reports it (the partner's mirror report
    /// with <see cref="ReportingSide.Partner"/>), the whole always as <paramref name="economy"/> reports it
    /// (no one else reports an economy's total).
    /// </summary>
    /// <param name="dataset">The data.</param>
    /// <param name="economy">The economy whose total trade it is.</param>
    /// <param name="partner">The partner; a country.</param>
    /// <param name="year">The year.</param>
    /// <param name="measure">Exports, imports or turnover.</param>
    /// <param name="side">Whose report the part comes from.</param>
    /// <exception cref="ArgumentException"><paramref name="partner"/> is an aggregate or residual, or <paramref name="measure"/> is the balance.</exception>
    public static Share OfTotal(TradeDataset dataset, Economy economy, Economy partner, int year, TradeMeasure measure, ReportingSide side)
        => OfTotal(dataset, economy, partner, year, year, measure, side)[0];

    /// <summary>
    /// <see cref="OfTotal(TradeDataset, Economy, Economy, int, TradeMeasure, ReportingSide)"/> for every year from
    /// <paramref name="fromYear"/> to <paramref name="toYear"/>, in order, the part and whole series built once (a year without
    /// a value has its share undefined, saying which side is missing).
    /// </summary>
    /// <param name="dataset">The data.</param>
    /// <param name="economy">The economy whose total trade it is.</param>
    /// <param name="partner">The partner; a country.</param>
    /// <param name="fromYear">The first year.</param>
    /// <param name="toYear">The last year, not before <paramref name="fromYear"/>.</param>
    /// <param name="measure">Exports, imports or turnover.</param>
    /// <param name="side">Whose report the part comes from.</param>
    /// <exception cref="ArgumentException"><paramref name="partner"/> is an aggregate or residual, <paramref name="measure"/> is the balance, or <paramref name="toYear"/> is before <paramref name="fromYear"/>.</exception>
    public static IReadOnlyList<Share> OfTotal(TradeDataset dataset, Economy economy, Economy partner, int fromYear, int toYear, TradeMeasure measure = TradeMeasure.Turnover, ReportingSide side = ReportingSide.Reporter)
    {
        Preconditions.NotNull(dataset);
        Preconditions.Check(Preconditions.NotNull(partner).IsCountry, $"{partner} is not a country; a partner share is of a country.", nameof(partner));
        Preconditions.Check(measure != TradeMeasure.Balance, "A share of a balance has no meaning; use exports, imports or turnover.", nameof(measure));
        Preconditions.Check(toYear >= fromYear, $"The last year {toYear} is before the first {fromYear}.", nameof(toYear));
        var part = dataset.Bilateral(economy, partner).Measure(measure, side);
        var whole = dataset.Bilateral(economy, Economies.World).Measure(measure);
        return Enumerable.Range(fromYear, toYear - fromYear + 1).Select(year => Share.Of(part[year], whole[year]?.Value)).ToList();
    }

    /// <summary>
    /// Each member's share of the group's total trade with <paramref name="partner"/> in
    /// <paramref name="year"/> (e.g. Kazakhstan's share of Israel's turnover with the five Central
    /// Asian states). Members must be distinct countries. If any member has no value that year the
    /// total is unknown: <see cref="GroupShares.Total"/> is null and no share is defined; the
    /// missing members are listed.
    /// </summary>
    /// <param name="dataset">The data.</param>
    /// <param name="members">The group's countries, distinct (e.g. <see cref="Economies.CentralAsia"/>).</param>
    /// <param name="partner">The economy they trade with.</param>
    /// <param name="year">The year.</param>
    /// <param name="measure">Exports, imports or turnover (the default).</param>
    /// <param name="side">Whose report the members' values come from: their own (the default) or the partner's, mirrored.</param>
    /// <exception cref="ArgumentException">A member is not a country, is repeated, or the list is empty.</exception>
    public static GroupShares WithinGroup(
        TradeDataset dataset,
        IReadOnlyList<Economy> members,
        Economy partner,
        int year,
        TradeMeasure measure = TradeMeasure.Turnover,
        ReportingSide side = ReportingSide.Reporter)
    {
        Preconditions.NotNull(dataset);
        Preconditions.NotNull(members);
        Preconditions.Check(members.Count > 0, "A group needs at least one member.", nameof(members));
        Preconditions.Check(members.All(m => m.IsCountry), "Every member of a group must be a country: " + string.Join(", ", members.Where(m => !m.IsCountry)) + " is not.", nameof(members));
        Preconditions.Check(members.Distinct().Count() == members.Count, "A member appears twice in the group.", nameof(members));
        Preconditions.Check(measure != TradeMeasure.Balance, "A share of a balance has no meaning; use exports, imports or turnover.", nameof(measure));

        var values = members.Select(m => (Member: m, Value: dataset.Bilateral(m, partner).Measure(measure, side)[year])).ToList();
        var missing = values.Where(v => v.Value is null).Select(v => v.Member).ToList();
        UsdMillions? total = missing.Count == 0 ? values.Aggregate(UsdMillions.Zero, (sum, v) => sum + v.Value!.Value) : null;
        var shares = values.Select(v => new MemberShare(v.Member, total is null
            ? new Share(v.Value, null, v.Value is null ? ShareStatus.PartMissing : ShareStatus.WholeMissing, null)
            : Share.Of(v.Value, total))).ToList();
        return new GroupShares(partner, year, measure, side, total, shares, missing);
    }
}
