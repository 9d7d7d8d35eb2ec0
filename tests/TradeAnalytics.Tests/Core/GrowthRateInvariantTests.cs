using TradeAnalytics.Analytics;

namespace TradeAnalytics.Tests.Core;

/// <summary>Issue 43: a growth rate cannot be made in an impossible state — defined without a percent, or undefined with one.</summary>
public class GrowthRateInvariantTests
{
    private static readonly SeriesContext Context = new(Economies.Get("KAZ"), Economies.Get("ISR"), TradeMeasure.Turnover, ReportingSide.Reporter);

    [Fact]
    public void A_defined_rate_needs_a_finite_percent()
    {
        Assert.Equal(12.5, new GrowthRate(Context, GrowthKind.Between, 2019, 2020, null, null, GrowthStatus.Defined, 12.5).Percent);
        var none = Assert.Throws<ArgumentException>(() => new GrowthRate(Context, GrowthKind.Between, 2019, 2020, null, null, GrowthStatus.Defined, null));
        Assert.Contains("needs a finite percent; got none", none.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new GrowthRate(Context, GrowthKind.Between, 2019, 2020, null, null, GrowthStatus.Defined, double.NaN));
    }

    [Fact]
    public void An_undefined_rate_has_no_percent()
    {
        Assert.Null(new GrowthRate(Context, GrowthKind.Between, 2019, 2020, null, null, GrowthStatus.ZeroBase, null).Percent);
        var e = Assert.Throws<ArgumentException>(() => new GrowthRate(Context, GrowthKind.Between, 2019, 2020, null, null, GrowthStatus.StartMissing, 3));
        Assert.Contains("StartMissing has no percent", e.Message, StringComparison.Ordinal);
    }
}
