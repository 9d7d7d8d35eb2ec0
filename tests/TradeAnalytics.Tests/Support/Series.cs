namespace TradeAnalytics.Tests.Support;

/// <summary>Hand-made series for analytics tests.</summary>
internal static class Series
{
    internal static readonly SeriesContext Context = new(Economies.Kazakhstan, Economies.Israel, TradeMeasure.Turnover, ReportingSide.Reporter);

    /// <summary>A series from (year, value) pairs; null values are left out (missing).</summary>
    internal static TradeSeries Of(params (int Year, double? Value)[] values)
        => new(Context, values.Where(v => v.Value is not null).Select(v => new YearlyValue(v.Year, new UsdMillions(v.Value!.Value), false, false, $"test!{v.Year}")));
}
