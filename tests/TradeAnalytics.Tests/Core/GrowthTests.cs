using TradeAnalytics.Analytics;
using TradeAnalytics.Tests.Support;

namespace TradeAnalytics.Tests.Core;

public class GrowthTests
{
    [Fact]
    public void Year_over_year_growth_is_the_change_on_the_previous_year()
    {
        var s = Series.Of((2000, 100), (2001, 150), (2002, 120));

        var yoy = s.YearOverYear();

        Assert.Equal([2001, 2002], yoy.Select(g => g.ToYear));
        Assert.Equal(50.0, yoy[0].Percent!.Value, 10);
        Assert.Equal(-20.0, yoy[1].Percent!.Value, 10);
    }

    [Fact]
    public void Year_over_year_growth_is_never_computed_across_a_gap()
    {
        var s = Series.Of((2000, 100), (2001, null), (2002, 200), (2003, 300));

        var yoy = s.YearOverYear();

        Assert.Equal([2001, 2002, 2003], yoy.Select(g => g.ToYear));
        Assert.Equal(GrowthStatus.EndMissing, yoy[0].Status);
        Assert.Equal(GrowthStatus.StartMissing, yoy[1].Status);
        Assert.Null(yoy[1].Percent);
        Assert.Equal("2001 has no value", yoy[1].Reason);
        Assert.Equal(50.0, yoy[2].Percent!.Value, 10);
    }

    [Fact]
    public void The_span_form_of_year_over_year_follows_the_same_rule_as_the_series_form()
    {
        // 2000 = 10, 2001 = 12, no 2002, 2003 = 5, 2004 = 0, 2005 = 3, 2006 = -2, 2007 = 4. By hand: 2001 (12 − 10) ÷ 10 =
        // +20 %, 2002 end missing, 2003 start missing, 2004 −100 %, 2005 zero base, 2006 (−2 − 3) ÷ 3 = −166.67 %,
        // 2007 negative base.
        int[] years = [2000, 2001, 2003, 2004, 2005, 2006, 2007];
        double[] values = [10, 12, 5, 0, 3, -2, 4];
        var percents = new double[7];
        var statuses = new GrowthStatus[7];

        var count = Growth.YearOverYear(years, values, percents, statuses);

        Assert.Equal(7, count);
        Assert.Equal(
            [GrowthStatus.Defined, GrowthStatus.EndMissing, GrowthStatus.StartMissing, GrowthStatus.Defined, GrowthStatus.ZeroBase, GrowthStatus.Defined, GrowthStatus.NegativeBase],
            statuses);
        Assert.Equal(20.0, percents[0], 10);
        Assert.Equal(-100.0, percents[3], 10);
        Assert.Equal(-500.0 / 3, percents[5], 10);
        Assert.All(new[] { 1, 2, 4, 6 }, i => Assert.True(double.IsNaN(percents[i])));
        Assert.Equal("2004 is zero, so growth from it has no rate", Growth.Reason(statuses[4], 2004, 2005));
        // The same rates, bit for bit, as the series form gives.
        var series = Series.Of((2000, 10), (2001, 12), (2002, null), (2003, 5), (2004, 0), (2005, 3), (2006, -2), (2007, 4)).YearOverYear();
        Assert.Equal(series.Select(r => r.Status), statuses);
        Assert.Equal(series.Select(r => r.Percent ?? double.NaN), percents);
        Assert.Equal(series.Select(r => r.Reason), statuses.Select((st, i) => Growth.Reason(st, 2000 + i, 2001 + i)));
    }

    [Fact]
    public void The_span_form_refuses_years_out_of_order_and_output_too_short()
    {
        var room = new double[5];
        var statuses = new GrowthStatus[5];

        Assert.Equal("years", Assert.Throws<ArgumentException>(() => Growth.YearOverYear([2001, 2000], [1.0, 2.0], room, statuses)).ParamName);
        Assert.Equal("years", Assert.Throws<ArgumentException>(() => Growth.YearOverYear([2000, 2000], [1.0, 2.0], room, statuses)).ParamName);
        Assert.Equal("values", Assert.Throws<ArgumentException>(() => Growth.YearOverYear([2000, 2001], [1.0], room, statuses)).ParamName);
        Assert.Equal("percents", Assert.Throws<ArgumentException>(() => Growth.YearOverYear([2000, 2010], [1.0, 2.0], room, statuses)).ParamName);
        Assert.Equal(0, Growth.YearOverYear([2000], [1.0], room, statuses));
    }

    [Fact]
    public void Growth_from_a_zero_base_is_undefined_and_says_so()
    {
        var s = Series.Of((2000, 0), (2001, 5));

        var g = s.GrowthBetween(2000, 2001);

        Assert.False(g.IsDefined);
        Assert.Equal(GrowthStatus.ZeroBase, g.Status);
        Assert.Null(g.Percent);
        Assert.Contains("undefined (2000 is zero", g.ToString());
    }

    [Fact]
    public void Growth_from_a_negative_base_is_undefined()
    {
        var s = new TradeSeries(Series.Context with { Measure = TradeMeasure.Balance },
            [new YearlyValue(2000, new UsdMillions(-10), false, false, "a"), new YearlyValue(2001, new UsdMillions(10), false, false, "b")]);

        Assert.Equal(GrowthStatus.NegativeBase, s.GrowthBetween(2000, 2001).Status);
        Assert.Equal(GrowthStatus.NegativeBase, s.FoldChangeBetween(2000, 2001).Status);
    }

    [Fact]
    public void Growth_between_two_years_ignores_missing_years_in_between()
    {
        var s = Series.Of((2000, 100), (2001, null), (2003, 121));

        Assert.Equal(21.0, s.GrowthBetween(2000, 2003).Percent!.Value, 10);
        Assert.Equal(GrowthStatus.EndMissing, s.GrowthBetween(2000, 2001).Status);
    }

    [Fact]
    public void Cagr_is_the_constant_annual_rate_that_links_the_ends()
    {
        // 100 → 121 over two years is exactly 10 % a year.
        var s = Series.Of((2000, 100), (2002, 121));

        Assert.Equal(10.0, s.Cagr(2000, 2002).Percent!.Value, 10);
    }

    [Fact]
    public void Cagr_to_a_zero_end_is_undefined()
    {
        var s = Series.Of((2000, 100), (2002, 0));

        Assert.Equal(GrowthStatus.NonPositiveEnd, s.Cagr(2000, 2002).Status);
        Assert.Equal(-100.0, s.GrowthBetween(2000, 2002).Percent!.Value, 10);
    }

    [Fact]
    public void Growth_over_an_empty_range_is_an_argument_error_that_states_the_rule()
    {
        var s = Series.Of((2000, 100));

        var e = Assert.Throws<ArgumentException>(() => s.GrowthBetween(2000, 2000));
        Assert.StartsWith("The end year 2000 must be after the start year 2000.", e.Message);
        Assert.Empty(s.YearOverYear());
    }

    [Fact]
    public void Index_is_100_at_the_base_and_keeps_gaps()
    {
        var s = Series.Of((2000, 50), (2001, null), (2002, 75));

        var index = s.Index(2000);

        Assert.Equal([2000, 2002], index.Select(p => p.Year));
        Assert.Equal(100.0, index[0].Value, 10);
        Assert.Equal(150.0, index[1].Value, 10);
        Assert.Throws<ArgumentException>(() => s.Index(2001));
    }

    [Fact]
    public void Fold_change_is_end_over_start()
    {
        var s = Series.Of((1999, 20), (2008, 2000));

        var fold = s.FoldChangeBetween(1999, 2008);

        Assert.Equal(100.0, fold.Ratio!.Value, 10);
        Assert.Equal(GrowthStatus.StartMissing, s.FoldChangeBetween(1998, 2008).Status);
    }
}

public class ConcentrationTests
{
    [Fact]
    public void Herfindahl_is_the_sum_of_squared_country_shares_and_ignores_aggregates_and_residuals()
    {
        // Partners: DEU 50, FRA 30, ITA 20 → shares 0.5, 0.3, 0.2 → HHI 0.25 + 0.09 + 0.04 = 0.38.
        // WLD 110 (an aggregate) and XNS 10 (a residual category) must not count as partners.
        var kaz = Economies.Kazakhstan;
        TradeObservation X(string partner, double value) => new(kaz, Economies.Get(partner), TradeFlow.Exports, 2018, new UsdMillions(value), false, "test");
        var data = new TradeDataset([X("DEU", 50), X("FRA", 30), X("ITA", 20), X("WLD", 110), X("XNS", 10)]);

        var hhi = TradeAnalytics.Analytics.Concentration.Herfindahl(data, kaz, 2018, TradeMeasure.Exports);

        Assert.Equal(0.38, hhi.Index, 12);
        Assert.Equal(3800, hhi.Points, 9);
        Assert.Equal(3, hhi.CountriesCounted);
        Assert.Equal(100.0 / 110.0, hhi.Coverage!.Value, 12);
    }
}
