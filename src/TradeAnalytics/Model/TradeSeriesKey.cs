namespace TradeAnalytics;

/// <summary>One series of a dataset: whose statistics, with whom, which flow, which goods.</summary>
/// <param name="Reporter">Whose statistics.</param>
/// <param name="Partner">The counterpart.</param>
/// <param name="Flow">The flow as the reporter records it.</param>
/// <param name="Product">The goods.</param>
public readonly record struct TradeSeriesKey(Economy Reporter, Economy Partner, TradeFlow Flow, Product Product);
