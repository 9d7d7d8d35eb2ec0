namespace TradeAnalytics;

/// <summary>
/// One reported value: what <paramref name="Reporter"/> recorded as its <paramref name="Flow"/> with
/// <paramref name="Partner"/> in <paramref name="Year"/>.
/// </summary>
/// <param name="Reporter">The economy whose statistics these are.</param>
/// <param name="Partner">The counterpart economy (a country, an aggregate such as World, or a residual category).</param>
/// <param name="Flow">Exports or imports, as the reporter records them.</param>
/// <param name="Year">The calendar year.</param>
/// <param name="Value">The value in current US$ millions, as published (a publisher's rare negative flow is kept, and its reader reports it).</param>
/// <param name="Estimated">True where the value is an estimate rather than the reporter's report: in IMF DOTS (suffix " e") the IMF's, derived from partner data; elsewhere as the source flags it (<see cref="TradeDataset.EstimateMeaning"/>).</param>
/// <param name="Source">Where the value came from, e.g. <c>DOTS_103.xlsx!Exports!S39</c> or <c>processed_data_2008.csv:14085</c>.</param>
public sealed record TradeObservation(
    Economy Reporter,
    Economy Partner,
    TradeFlow Flow,
    int Year,
    UsdMillions Value,
    bool Estimated,
    string Source)
{
    private readonly UsdMillions _value = TradeValueGate.Admit(Value, Source);

    /// <summary>The value in current US$ millions, as published; one the <see cref="TradeValueGate"/> refuses (not finite, beyond ±1e9 $m) is an <see cref="ArgumentOutOfRangeException"/>, so no dataset holds it.</summary>
    public UsdMillions Value { get => _value; init => _value = TradeValueGate.Admit(value, Source); }

    /// <summary>The goods the value covers: all goods (the default) or an HS code.</summary>
    public Product Product { get; init; }

    /// <summary>
    /// The product classification the reporter used for this value, as the publisher names it
    /// (Comtrade: H0 = HS 1992, H1 = HS 1996 … H5 = HS 2017); null where none applies (all goods).
    /// </summary>
    public string? Classification { get; init; }

    /// <summary>The identity of the value: reporter, partner, flow, year and product ("" = all goods).</summary>
    public (string Reporter, string Partner, TradeFlow Flow, int Year, string Product) Key => (Reporter.Code, Partner.Code, Flow, Year, Product.ToCode());
}
