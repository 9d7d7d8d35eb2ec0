namespace TradeAnalytics;

/// <summary>What a series measures: whose trade, with whom, which quantity, from whose statistics.</summary>
/// <param name="Economy">The economy whose trade this is (the first of the pair).</param>
/// <param name="Partner">The counterpart.</param>
/// <param name="Measure">Exports, imports, turnover or balance of <paramref name="Economy"/>.</param>
/// <param name="Side">Whether the figures are <paramref name="Economy"/>'s own report or the partner's mirror.</param>
public sealed record SeriesContext(Economy Economy, Economy Partner, TradeMeasure Measure, ReportingSide Side)
{
    /// <summary>The economy whose statistics the values come from.</summary>
    public Economy ReportedBy => Side == ReportingSide.Reporter ? Economy : Partner;

    /// <summary>The goods the series covers: all goods (the default) or an HS code.</summary>
    public Product Product { get; init; }

    /// <summary>What a value flagged as estimated is in the data the series comes from (<see cref="TradeDataset.EstimateMeaning"/>).</summary>
    public string EstimateMeaning { get; init; } = "a value flagged as estimated";

    /// <summary>
    /// A phrase such as "Kazakhstan–Israel turnover, as reported by Kazakhstan", or for a product
    /// "Kazakhstan exports to Israel of HS 27, as reported by Kazakhstan".
    /// </summary>
    public string Describe()
    {
        var what = Measure switch
        {
            TradeMeasure.Exports => $"{Economy.Name} exports to {Partner.Name}",
            TradeMeasure.Imports => $"{Economy.Name} imports from {Partner.Name}",
            TradeMeasure.Turnover => $"{Economy.Name}–{Partner.Name} turnover",
            _ => $"{Economy.Name} trade balance with {Partner.Name}",
        };
        var goods = Product.IsAllGoods ? "" : $" of {Product}";
        return $"{what}{goods}, as reported by {ReportedBy.Name}";
    }

    /// <inheritdoc cref="Describe"/>
    public override string ToString() => Describe();
}
