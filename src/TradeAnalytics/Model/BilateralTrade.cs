namespace TradeAnalytics;

/// <summary>
/// The trade of <see cref="Economy"/> with <see cref="Partner"/>, from either side's statistics.
/// Every series is from <see cref="Economy"/>'s point of view: with <see cref="ReportingSide.Partner"/>
/// its exports are the partner's recorded imports from it, and its imports the partner's exports to it.
/// Exports and imports never include re-exports and re-imports, which are flows of their own.
/// The series cover <see cref="Product"/>: all goods, or one HS code.
/// </summary>
public sealed class BilateralTrade
{
    private readonly TradeDataset _dataset;

    internal BilateralTrade(TradeDataset dataset, Economy economy, Economy partner, Product product)
    {
        _dataset = dataset;
        Economy = economy;
        Partner = partner;
        Product = product;
    }

    /// <summary>The economy whose trade this is.</summary>
    public Economy Economy { get; }

    /// <summary>The counterpart.</summary>
    public Economy Partner { get; }

    /// <summary>The goods: all goods, or an HS code.</summary>
    public Product Product { get; }

    /// <summary>Exports of <see cref="Economy"/> to <see cref="Partner"/>, US$ millions; missing years are absent.</summary>
    /// <param name="side">Whose statistics: the economy's own report (the default) or the partner's, mirrored.</param>
    public TradeSeries Exports(ReportingSide side = ReportingSide.Reporter) => Flow(TradeMeasure.Exports, side);

    /// <summary>Imports of <see cref="Economy"/> from <see cref="Partner"/>, US$ millions; missing years are absent.</summary>
    /// <param name="side">Whose statistics: the economy's own report (the default) or the partner's, mirrored.</param>
    public TradeSeries Imports(ReportingSide side = ReportingSide.Reporter) => Flow(TradeMeasure.Imports, side);

    /// <summary>
    /// Turnover (exports + imports), US$ millions. Where only one flow is present the turnover is that
    /// flow, marked <see cref="YearlyValue.Partial"/>; where both are missing the year is missing.
    /// A year is <see cref="YearlyValue.Estimated"/> if either flow is.
    /// </summary>
    /// <param name="side">Whose statistics: the economy's own report (the default) or the partner's, mirrored.</param>
    public TradeSeries Turnover(ReportingSide side = ReportingSide.Reporter)
        => Combine(TradeMeasure.Turnover, side, (x, m) => x + m, allowPartial: true);

    /// <summary>
    /// Balance (exports − imports), US$ millions. Needs both flows: a year where either is missing is
    /// missing (a one-sided balance would be meaningless).
    /// </summary>
    /// <param name="side">Whose statistics: the economy's own report (the default) or the partner's, mirrored.</param>
    public TradeSeries Balance(ReportingSide side = ReportingSide.Reporter)
        => Combine(TradeMeasure.Balance, side, (x, m) => x - m, allowPartial: false);

    /// <summary>The series of <paramref name="measure"/> from <paramref name="side"/>'s statistics.</summary>
    /// <param name="measure">Exports, imports, turnover or balance.</param>
    /// <param name="side">Whose statistics: the economy's own report (the default) or the partner's, mirrored.</param>
    public TradeSeries Measure(TradeMeasure measure, ReportingSide side = ReportingSide.Reporter) => measure switch
    {
        TradeMeasure.Exports => Exports(side),
        TradeMeasure.Imports => Imports(side),
        TradeMeasure.Turnover => Turnover(side),
        TradeMeasure.Balance => Balance(side),
        _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, "Unknown measure."),
    };

    /// <summary>
    /// Mirror discrepancies, per year where both are present: <see cref="Economy"/>'s reported exports
    /// (FOB) against <see cref="Partner"/>'s reported imports from it (CIF). CIF includes freight and
    /// insurance, so partner imports are expected to exceed exports by a few percent.
    /// </summary>
    public IReadOnlyList<MirrorDiscrepancy> MirrorDiscrepancies()
    {
        var own = Exports(ReportingSide.Reporter);
        var mirror = Exports(ReportingSide.Partner);
        return own
            .Where(e => mirror[e.Year] is not null)
            .Select(e => new MirrorDiscrepancy(Economy, Partner, e.Year, e.Value, mirror[e.Year]!.Value))
            .ToList();
    }

    private TradeSeries Flow(TradeMeasure measure, ReportingSide side)
    {
        var (reporter, partner, flow) = Resolve(measure, side);
        var values = _dataset.ObservationsOf(reporter, partner, flow, Product)
            .Select(o => new YearlyValue(o.Year, o.Value, o.Estimated, Partial: false, o.Source));
        return new TradeSeries(Context(measure, side), values);
    }

    private (Economy Reporter, Economy Partner, TradeFlow Flow) Resolve(TradeMeasure measure, ReportingSide side)
    {
        var flow = measure == TradeMeasure.Exports ? TradeFlow.Exports : TradeFlow.Imports;
        return side == ReportingSide.Reporter
            ? (Economy, Partner, flow)
            : (Partner, Economy, flow == TradeFlow.Exports ? TradeFlow.Imports : TradeFlow.Exports);
    }

    private TradeSeries Combine(TradeMeasure measure, ReportingSide side, Func<UsdMillions, UsdMillions, UsdMillions> combine, bool allowPartial)
    {
        var exports = Exports(side);
        var imports = Imports(side);
        var years = exports.Years.Union(imports.Years).Order();
        var values = new List<YearlyValue>();
        foreach (var year in years)
        {
            var x = exports[year];
            var m = imports[year];
            if (x is not null && m is not null)
            {
                values.Add(new YearlyValue(year, combine(x.Value, m.Value), x.Estimated || m.Estimated, Partial: false, $"{x.Source} + {m.Source}"));
            }
            else if (allowPartial)
            {
                var present = (x ?? m)!;
                values.Add(present with { Partial = true });
            }
        }

        return new TradeSeries(Context(measure, side), values);
    }

    private SeriesContext Context(TradeMeasure measure, ReportingSide side) => new(Economy, Partner, measure, side) { Product = Product, EstimateMeaning = _dataset.EstimateMeaning };
}
