using System.Globalization;

namespace TradeAnalytics.Analytics;

/// <summary>A share in one year, with the two values it was computed from and their sources.</summary>
/// <param name="Year">The year.</param>
/// <param name="Part">The part (e.g. HS 27 exports of Kazakhstan to Israel), or null where missing.</param>
/// <param name="Whole">The whole (e.g. all-goods exports of Kazakhstan to Israel), or null where missing.</param>
/// <param name="Status">Whether <see cref="Fraction"/> is defined, and if not, why.</param>
/// <param name="Fraction">Part ÷ whole (0.25 = 25 %); null unless defined.</param>
/// <param name="Basis">How this year's share was built, e.g. "Kazakhstan's report of its exports (FOB) against Israel's report of its imports from the World (CIF)".</param>
public sealed record YearShare(int Year, YearlyValue? Part, YearlyValue? Whole, ShareStatus Status, double? Fraction, string Basis)
{
    /// <summary>The share in percent, or null where undefined.</summary>
    public double? Percent => Fraction * 100d;

    /// <summary>True where the part comes from the partner's mirror statistics rather than the reporter's own.</summary>
    public bool Mirror { get; init; }

    /// <summary>"2008: 17.22 % (2,211.123 $m of 12,842.427 $m)", or the reason it is undefined.</summary>
    public override string ToString() => Fraction is { } f
        ? string.Create(CultureInfo.InvariantCulture, $"{Year}: {f * 100:0.00} % ({Part!.Value} of {Whole!.Value}){(Mirror ? ", mirror" : "")}")
        : $"{Year}: undefined ({Reason})";

    /// <summary>Why the share is undefined ("no value for the part"), or null where it is defined.</summary>
    public string? Reason => Fraction is null ? Explain(Status) : null;

    internal static string Explain(ShareStatus status) => status switch
    {
        ShareStatus.PartMissing => "no value for the part",
        ShareStatus.WholeMissing => "no value for the whole",
        ShareStatus.NonPositiveWhole => "the whole is zero or negative",
        _ => "defined",
    };

    internal static YearShare Of(int year, YearlyValue? part, YearlyValue? whole, string basis)
    {
        var share = Share.Of(part, whole?.Value);   // the one rule for when a share is defined
        return new YearShare(year, part, whole, share.Status, share.Fraction, basis);
    }
}

/// <summary>
/// A share by year over a period, with the statistics range claims need: the mean of the yearly
/// shares that are defined (missing years are left out, never counted as zero) and how many years fall
/// inside a stated band.
/// </summary>
/// <param name="Description">What share this is, e.g. "HS 27's share of Kazakhstan exports to Israel".</param>
/// <param name="Caveat">What a reader must know about how it was built (two sources, mirror data); empty when nothing.</param>
/// <param name="Years">One entry per year of the period, defined or not.</param>
public sealed record ShareSeries(string Description, string Caveat, IReadOnlyList<YearShare> Years)
{
    /// <summary>The years whose share is defined.</summary>
    public IReadOnlyList<YearShare> Defined => Years.Where(y => y.Fraction is not null).ToList();

    /// <summary>The mean of the defined yearly shares, in percent; null when no year is defined.</summary>
    public double? MeanPercent => Defined.Count == 0 ? null : Defined.Average(y => y.Percent!.Value);

    /// <summary>The defined years whose share, in percent, lies within <paramref name="lowPercent"/>–<paramref name="highPercent"/> (inclusive).</summary>
    /// <param name="lowPercent">The lower edge of the band, percent.</param>
    /// <param name="highPercent">The upper edge of the band, percent.</param>
    /// <exception cref="ArgumentException"><paramref name="highPercent"/> is below <paramref name="lowPercent"/>.</exception>
    public IReadOnlyList<YearShare> YearsWithin(double lowPercent, double highPercent)
    {
        Preconditions.Check(highPercent >= lowPercent, $"The band {lowPercent}–{highPercent} % ends below its start.", nameof(highPercent));
        return Defined.Where(y => y.Percent >= lowPercent && y.Percent <= highPercent).ToList();
    }

    /// <summary>The description, the mean and the years defined.</summary>
    public override string ToString() => MeanPercent is { } mean
        ? string.Create(CultureInfo.InvariantCulture, $"{Description}, {Years[0].Year}–{Years[^1].Year}: mean {mean:0.00} % over {Defined.Count} of {Years.Count} years")
        : $"{Description}: no year defined";
}

/// <summary>
/// Shares that need product data: a product's share of a flow (how much of Kazakhstan's exports to
/// Israel was oil), and a partner's share of a reporter's imports of a product (how much of Israel's
/// oil imports came from Kazakhstan), with the mirror fallback for reporters that book a product's
/// imports to an unspecified partner.
/// </summary>
public static class ProductShares
{
    /// <summary>
    /// <paramref name="product"/>'s share of <paramref name="economy"/>'s <paramref name="measure"/> with
    /// <paramref name="partner"/>, per year of <paramref name="fromYear"/>–<paramref name="toYear"/>: the
    /// product from <paramref name="products"/>, the all-goods total from <paramref name="totals"/>. When
    /// the two are different datasets, the caveat says the ratio is built from two sources (their
    /// coverage and revisions can differ, so a share can exceed 100 %).
    /// </summary>
    /// <param name="products">Data holding the product (e.g. <c>ShippedData.ComtradeHs27Israel</c> in TradeAnalytics.Catalogue).</param>
    /// <param name="totals">Data holding the all-goods total (e.g. <c>ShippedData.ImfDots2022</c> in TradeAnalytics.Catalogue, or the same dataset).</param>
    /// <param name="economy">The economy whose trade it is.</param>
    /// <param name="partner">The partner.</param>
    /// <param name="product">The product (an HS code).</param>
    /// <param name="measure">Exports, imports or turnover.</param>
    /// <param name="side">Whose statistics.</param>
    /// <param name="fromYear">The first year.</param>
    /// <param name="toYear">The last year.</param>
    /// <exception cref="ArgumentException"><paramref name="product"/> is all goods, <paramref name="measure"/> is the balance, or the years are out of order.</exception>
    public static ShareSeries OfFlow(
        TradeDataset products,
        TradeDataset totals,
        Economy economy,
        Economy partner,
        Product product,
        TradeMeasure measure,
        ReportingSide side,
        int fromYear,
        int toYear)
    {
        Preconditions.NotNull(products);
        Preconditions.NotNull(totals);
        Preconditions.Check(!product.IsAllGoods, "A product share needs a product (an HS code), not all goods.", nameof(product));
        Preconditions.Check(measure != TradeMeasure.Balance, "A share of a balance has no meaning; use exports, imports or turnover.", nameof(measure));
        Preconditions.YearOrder(fromYear, toYear);
        var part = products.Bilateral(economy, partner, product).Measure(measure, side);
        var whole = totals.Bilateral(economy, partner).Measure(measure, side);
        var twoSources = !ReferenceEquals(products, totals);
        var basis = twoSources ? $"{product} from {products.Name}; all goods from {totals.Name}" : $"{product} and all goods from {products.Name}";
        var caveat = twoSources
            ? $"A ratio of two sources: {product} from {products.Name}, all goods from {totals.Name}; their coverage and revisions can differ, so a share may exceed 100 %."
            : "";
        var years = Enumerable.Range(fromYear, toYear - fromYear + 1).Select(y => YearShare.Of(y, part[y], whole[y], basis)).ToList();
        return new ShareSeries($"{product}'s share of {part.Context.Describe().Replace($" of {product}", "", StringComparison.Ordinal)}", caveat, years);
    }

    /// <summary>
    /// <paramref name="partner"/>'s share of <paramref name="importer"/>'s imports of
    /// <paramref name="product"/> from the World, per year. The part is the importer's own report of its
    /// imports from the partner where it has one; where it has none — as when the importer books the
    /// product's imports to "Areas, nes" (Israel does so for most fuel) — it is the partner's report of
    /// its exports to the importer (mirror data), and the year says so: exports are valued FOB and the
    /// World total CIF (freight and insurance included), so a mirror share is a slight understatement.
    /// The whole is always the importer's report of its imports from the World.
    /// </summary>
    /// <param name="data">Data holding the product flows of both economies and the importer's imports from the World.</param>
    /// <param name="importer">The importing economy (e.g. Israel).</param>
    /// <param name="partner">The supplier (e.g. Kazakhstan); a country.</param>
    /// <param name="product">The product (an HS code).</param>
    /// <param name="fromYear">The first year.</param>
    /// <param name="toYear">The last year.</param>
    /// <exception cref="ArgumentException"><paramref name="product"/> is all goods, <paramref name="partner"/> is not a country, or the years are out of order.</exception>
    public static ShareSeries OfImportsFrom(TradeDataset data, Economy importer, Economy partner, Product product, int fromYear, int toYear)
        => OfWorldFlow(data, importer, partner, product, TradeMeasure.Imports, fromYear, toYear);

    /// <summary>
    /// <paramref name="partner"/>'s share of <paramref name="exporter"/>'s exports of
    /// <paramref name="product"/> to the World, per year: the exporter's own report of its exports to the
    /// partner where it has one, else the partner's report of its imports from the exporter (mirror data,
    /// CIF against the FOB World total: a slight overstatement), and the year says so.
    /// </summary>
    /// <param name="data">Data holding the product flows of both economies and the exporter's exports to the World.</param>
    /// <param name="exporter">The exporting economy.</param>
    /// <param name="partner">The buyer; a country.</param>
    /// <param name="product">The product (an HS code).</param>
    /// <param name="fromYear">The first year.</param>
    /// <param name="toYear">The last year.</param>
    /// <exception cref="ArgumentException"><paramref name="product"/> is all goods, <paramref name="partner"/> is not a country, or the years are out of order.</exception>
    public static ShareSeries OfExportsTo(TradeDataset data, Economy exporter, Economy partner, Product product, int fromYear, int toYear)
        => OfWorldFlow(data, exporter, partner, product, TradeMeasure.Exports, fromYear, toYear);

    private static ShareSeries OfWorldFlow(TradeDataset data, Economy economy, Economy partner, Product product, TradeMeasure measure, int fromYear, int toYear)
    {
        Preconditions.NotNull(data);
        Preconditions.NotNull(economy);
        Preconditions.Check(Preconditions.NotNull(partner).IsCountry, $"{partner} is not a country; a partner share is of a country.", nameof(partner));
        Preconditions.Check(!product.IsAllGoods, "A partner's share of a product needs a product (an HS code), not all goods.", nameof(product));
        Preconditions.YearOrder(fromYear, toYear);
        var imports = measure == TradeMeasure.Imports;
        var trade = data.Bilateral(economy, partner, product);
        var own = trade.Measure(measure, ReportingSide.Reporter);
        var mirror = trade.Measure(measure, ReportingSide.Partner);
        var world = data.Bilateral(economy, Economies.World, product).Measure(measure, ReportingSide.Reporter);
        var residuals = Economies.All.Where(e => e.Kind == EconomyKind.Residual)
            .Select(r => data.Bilateral(economy, r, product).Measure(measure, ReportingSide.Reporter))
            .Where(s => !s.IsEmpty)
            .ToList();
        var (ownFlow, mirrorFlow, ownValuation, mirrorValuation) = imports
            ? ($"imports from {partner.Name}", $"exports to {economy.Name}", "CIF", "FOB")
            : ($"exports to {partner.Name}", $"imports from {economy.Name}", "FOB", "CIF");
        var worldFlow = imports ? "imports from the World" : "exports to the World";
        var ownBasis = $"{economy.Name}'s report of its {ownFlow} against its {worldFlow} (both {ownValuation})";
        var mirrorBasis = $"{partner.Name}'s report of its {mirrorFlow} ({mirrorValuation}) against {economy.Name}'s report of its {worldFlow} ({ownValuation})";
        var years = new List<YearShare>();
        for (var y = fromYear; y <= toYear; y++)
        {
            years.Add(own[y] is { } ownValue
                ? YearShare.Of(y, ownValue, world[y], ownBasis)
                : YearShare.Of(y, mirror[y], world[y], mirrorBasis) with { Mirror = true });
        }

        var mirrored = years.Count(s => s.Mirror && s.Fraction is not null);
        var caveat = mirrored == 0 ? "" : MirrorCaveat(economy, partner, product, years, world, residuals, mirrored, ownFlow, mirrorBasis, imports);
        var description = imports
            ? $"{partner.Name}'s share of {economy.Name}'s imports of {product} from the World"
            : $"{partner.Name}'s share of {economy.Name}'s exports of {product} to the World";
        return new ShareSeries(description, caveat, years);
    }

    private static string Range(double low, double high)
    {
        var a = low.ToString("0", CultureInfo.InvariantCulture);
        var b = high.ToString("0", CultureInfo.InvariantCulture);
        return a == b ? a : $"{a}–{b}";
    }

    private static string MirrorCaveat(Economy economy, Economy partner, Product product, List<YearShare> years, TradeSeries world, List<TradeSeries> residuals, int mirrored, string ownFlow, string mirrorBasis, bool imports)
    {
        var booked = years
            .Select(s => (s.Year, World: world[s.Year], Residual: residuals.Select(r => r[s.Year]).Where(v => v is not null).Sum(v => v!.Value.Value)))
            .Where(x => x.World is not null && x.World.Value.Value > 0 && x.Residual > 0)
            .Select(x => x.Residual / x.World!.Value.Value * 100)
            .ToList();
        var residualText = booked.Count == 0
            ? ""
            : $" {economy.Name} books {Range(booked.Min(), booked.Max())} % of its {product} {(imports ? "imports" : "exports")} to unspecified partners (\"Areas, nes\") in these years.";
        return $"Mirror data in {mirrored} of {years.Count} years: {economy.Name} reports no {product} {ownFlow} there, so the part is {mirrorBasis}.{residualText}";
    }
}
