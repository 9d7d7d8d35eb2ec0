using System.Globalization;
using TradeAnalytics.Claims;

namespace TradeAnalytics.Tests.Claims;

/// <summary>
/// Each kind's "approximate" band, each edge on both sides. Hand-made data (no file): Kazakhstan's
/// exports to Israel 100 (2000), 109 (2001), 111 (2002); imports 20, 20, 20; exports to the World 1,000 in 2000.
/// Turnover: 120, 129, 131.
/// </summary>
public class VerdictBandTests
{
    private static readonly TradeDataset Data = new(
    [
        .. Flow("KAZ", "ISR", TradeFlow.Exports, (2000, 100), (2001, 109), (2002, 111)),
        .. Flow("KAZ", "ISR", TradeFlow.Imports, (2000, 20), (2001, 20), (2002, 20)),
        .. Flow("KAZ", "WLD", TradeFlow.Exports, (2000, 1000)),
    ]);

    private static IEnumerable<TradeObservation> Flow(string reporter, string partner, TradeFlow flow, params (int Year, double Value)[] values)
        => values.Select(v => new TradeObservation(Economies.Get(reporter), Economies.Get(partner), flow, v.Year, new UsdMillions(v.Value), false, $"t{v.Year}"));

    private static ClaimResult Check(string kind, string measure, string baseYear, string year, double stated, string high, string unit, string tolerance, VerdictBands? bands = null)
    {
        var row = string.Create(CultureInfo.InvariantCulture, $"c,s,q,{kind},KAZ,ISR,{measure},reporter,{baseYear},{year},{stated},{high},{unit},{tolerance},,");
        var claim = ClaimsFile.Read(new StringReader(ClaimsFile.Header + "\n" + row + "\n"), "c.csv").Single();
        return new ClaimEvaluator(Data, null, bands ?? VerdictBands.Default).Evaluate(claim);
    }

    // value: exports 2000 = 100; |100 − s| / s against 10 %.
    [Theory]
    [InlineData(110.9, ClaimVerdict.Approximate, "-9.8 %")]     // 9.83 %
    [InlineData(111.2, ClaimVerdict.NotReproduced, "-10.1 %")]  // 10.07 %
    [InlineData(91, ClaimVerdict.Approximate, "+9.9 %")]        // 9.89 %
    [InlineData(90.8, ClaimVerdict.NotReproduced, "+10.1 %")]   // 10.13 %
    [InlineData(100.04, ClaimVerdict.Reproduced, "0.0 %")]
    public void A_level_is_approximate_within_10_percent_of_the_stated_number(double stated, ClaimVerdict verdict, string distance)
    {
        var r = Check("value", "exports", "", "2000", stated, "", "musd", "0.05");

        Assert.Equal((verdict, distance), (r.Verdict, r.Distance));
    }

    // mean of exports 2000–2002 = 320 / 3 = 106.667.
    [Theory]
    [InlineData(118.5, ClaimVerdict.Approximate)]    // 9.99 %
    [InlineData(118.6, ClaimVerdict.NotReproduced)]  // 10.06 %
    public void A_mean_is_judged_as_a_level(double stated, ClaimVerdict verdict)
        => Assert.Equal(verdict, Check("mean", "exports", "2000", "2002", stated, "", "musd", "0.05").Verdict);

    // range of exports 2000–2002: 100 to 111; each end judged as a level, the worse end decides.
    [Theory]
    [InlineData(100, 123.3, ClaimVerdict.Approximate)]      // high 9.98 % off
    [InlineData(100, 123.4, ClaimVerdict.NotReproduced)]    // high 10.05 % off
    [InlineData(90.95, 111, ClaimVerdict.Approximate)]      // low 9.95 % off
    [InlineData(90.85, 111, ClaimVerdict.NotReproduced)]    // low 10.07 % off
    public void A_range_judges_each_end_as_a_level(double low, double high, ClaimVerdict verdict)
        => Assert.Equal(verdict, Check("range", "exports", "2000", "2002", low, high.ToString(CultureInfo.InvariantCulture), "musd", "0.05").Verdict);

    // fold: exports 2002 / 2000 = 1.11.
    [Theory]
    [InlineData(1.233, ClaimVerdict.Approximate)]    // 9.98 %
    [InlineData(1.234, ClaimVerdict.NotReproduced)]  // 10.05 %
    public void A_fold_change_is_judged_as_a_ratio(double stated, ClaimVerdict verdict)
        => Assert.Equal(verdict, Check("fold", "exports", "2000", "2002", stated, "", "ratio", "0.005").Verdict);

    // same level: 2001 / 2000 = 1.09 (within 10 % of 1: tolerance 5 %, band 10 %); 2002 / 2000 = 1.11.
    [Theory]
    [InlineData("2001", ClaimVerdict.Approximate, "+9.0 %")]
    [InlineData("2002", ClaimVerdict.NotReproduced, "+11.0 %")]
    public void The_level_of_another_year_is_judged_as_a_ratio_to_1(string year, ClaimVerdict verdict, string distance)
    {
        var r = Check("same-level", "exports", "2000", year, 0, "", "ratio", "5%");

        Assert.Equal((verdict, distance), (r.Verdict, r.Distance));
    }

    // growth: exports 2000 → 2001 = +9.0 %; points against 5.
    [Theory]
    [InlineData(4.1, ClaimVerdict.Approximate, "+4.9 pp")]
    [InlineData(3.9, ClaimVerdict.NotReproduced, "+5.1 pp")]
    [InlineData(13.9, ClaimVerdict.Approximate, "-4.9 pp")]
    [InlineData(14.1, ClaimVerdict.NotReproduced, "-5.1 pp")]
    public void A_growth_rate_is_approximate_within_5_percentage_points(double stated, ClaimVerdict verdict, string distance)
    {
        var r = Check("growth", "exports", "2000", "2001", stated, "", "percent", "0.05");

        Assert.Equal((verdict, distance), (r.Verdict, r.Distance));
    }

    // share of total: Israel's share of Kazakhstan's exports 2000 = 100 / 1,000 = 10 %.
    [Theory]
    [InlineData(14.9, ClaimVerdict.Approximate)]
    [InlineData(15.1, ClaimVerdict.NotReproduced)]
    [InlineData(5.1, ClaimVerdict.Approximate)]
    [InlineData(4.9, ClaimVerdict.NotReproduced)]
    public void A_share_is_approximate_within_5_percentage_points(double stated, ClaimVerdict verdict)
        => Assert.Equal(verdict, Check("share-of-total", "exports", "2000", "2000", stated, "", "percent", "0.05").Verdict);

    [Fact]
    public void The_bands_are_a_parameter()
    {
        // exports 2000 = 100 against 120: 16.7 % off.
        Assert.Equal(ClaimVerdict.NotReproduced, Check("value", "exports", "", "2000", 120, "", "musd", "0.5").Verdict);
        Assert.Equal(ClaimVerdict.Approximate, Check("value", "exports", "", "2000", 120, "", "musd", "0.5", new VerdictBands(LevelPercent: 20)).Verdict);
        Assert.Contains("within ±20 %", Check("value", "exports", "", "2000", 120, "", "musd", "0.5", new VerdictBands(LevelPercent: 20)).Note);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ClaimEvaluator(Data, null, new VerdictBands(RatePoints: -1)));
    }
}
