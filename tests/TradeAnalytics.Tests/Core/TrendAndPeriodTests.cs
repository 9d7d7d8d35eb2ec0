using TradeAnalytics.Analytics;
using TradeAnalytics.Tests.Support;

namespace TradeAnalytics.Tests.Core;

public class TrendAndPeriodTests
{
    [Fact]
    public void Log_linear_trend_of_an_exact_exponential_recovers_its_rate_with_r_squared_one()
    {
        var s = Series.Of((2000, 100), (2001, 110), (2002, 121), (2003, 133.1));

        var trend = TrendGrowth.LogLinear(s, 2000, 2003);

        Assert.Equal(10.0, trend.AnnualPercent!.Value, 9);
        Assert.Equal(1.0, trend.RSquared!.Value, 9);
    }

    [Fact]
    public void Log_linear_trend_matches_a_hand_computed_three_point_fit()
    {
        // ln values 0, 1, 1 at x = 0, 1, 2: slope 1/2, intercept 1/6, SSres = 1/6, SStot = 2/3,
        // R² = 1 − (1/6)/(2/3) = 0.75; SE(slope) = sqrt((1/6)/1/2) = 0.2886751; t(0.975, 1 df) = 12.7062047.
        var s = Series.Of((2000, 1), (2001, Math.E), (2002, Math.E));

        var trend = TrendGrowth.LogLinear(s, 2000, 2002);

        Assert.Equal((Math.Exp(0.5) - 1) * 100, trend.AnnualPercent!.Value, 9);
        Assert.Equal(0.75, trend.RSquared!.Value, 9);
        Assert.Equal((Math.Exp(0.5 - 12.7062047 * 0.2886751) - 1) * 100, trend.LowerPercent!.Value, 3);
        Assert.Equal((Math.Exp(0.5 + 12.7062047 * 0.2886751) - 1) * 100, trend.UpperPercent!.Value, 0);
    }

    [Fact]
    public void Log_linear_trend_leaves_missing_years_out_and_lists_them()
    {
        var s = Series.Of((2000, 100), (2001, null), (2002, 121), (2003, 133.1));

        var trend = TrendGrowth.LogLinear(s, 2000, 2003);

        Assert.Equal([2001], trend.MissingYears);
        Assert.Equal(10.0, trend.AnnualPercent!.Value, 9);
    }

    [Fact]
    public void A_trend_the_data_cannot_give_is_a_result_with_its_reason_and_only_a_callers_mistake_throws()
    {
        var zero = TrendGrowth.LogLinear(Series.Of((2000, 1), (2001, 0), (2002, 3)), 2000, 2002);
        var twoYears = TrendGrowth.LogLinear(Series.Of((2000, 1), (2001, null), (2002, 3)), 2000, 2002);

        Assert.False(zero.IsDefined);
        Assert.Null(zero.AnnualPercent);
        Assert.Contains("a log-linear trend needs positive values", zero.Reason);
        Assert.False(twoYears.IsDefined);
        Assert.Equal("it has 2 year(s) with a value in 2000–2002; a trend with an interval needs at least 3", twoYears.Reason);
        Assert.EndsWith("trend growth 2000–2002 = undefined (it has 2 year(s) with a value in 2000–2002; a trend with an interval needs at least 3)", twoYears.ToString());

        // Reversed years are the caller's mistake: an exception naming the real parameter.
        var reversed = Assert.Throws<ArgumentException>(() => Series.Of((2000, 1), (2001, 2)).GrowthBetween(2001, 2000));
        Assert.Equal("toYear", reversed.ParamName);
    }

    [Fact]
    public void Period_statistics_give_min_max_mean_and_range_of_the_years_present()
    {
        var s = Series.Of((2009, 30), (2010, null), (2011, 50), (2012, 10));

        var stats = PeriodStatistics.Over(s, 2009, 2012);

        Assert.Equal(10, stats.Minimum.Value.Value);
        Assert.Equal(2012, stats.Minimum.Year);
        Assert.Equal(50, stats.Maximum.Value.Value);
        Assert.Equal(30, stats.Mean.Value, 10);
        Assert.Equal(40, stats.Range.Value, 10);
        Assert.Equal([2010], stats.MissingYears);
    }

    [Fact]
    public void Period_statistics_of_an_empty_period_throw()
    {
        var e = Assert.Throws<InvalidOperationException>(() => PeriodStatistics.Over(Series.Of((2000, 1)), 2005, 2006));
        Assert.EndsWith("has no value in 2005–2006.", e.Message);
    }
}
