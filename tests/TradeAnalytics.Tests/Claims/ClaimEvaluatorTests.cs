using TradeAnalytics.Claims;

namespace TradeAnalytics.Tests.Claims;

public class ClaimEvaluatorTests
{
    private const string Header = ClaimsFile.Header + "\n";

    /// <summary>
    /// A hand-made dataset: Kazakhstan's report of its trade with Israel (exports, imports) and Israel's
    /// mirror report, plus Kazakhstan's World totals.
    /// </summary>
    private static readonly TradeDataset Small = new(
    [
        .. Flow("KAZ", "ISR", TradeFlow.Exports, (2000, 8), (2001, 16), (2002, 0), (2003, 4), (2005, 10)),
        .. Flow("KAZ", "ISR", TradeFlow.Imports, (2000, 2), (2001, 4), (2002, 0), (2003, 1), (2005, 10)),
        .. Flow("ISR", "KAZ", TradeFlow.Imports, (2000, 9), (2001, 13)),
        .. Flow("ISR", "KAZ", TradeFlow.Exports, (2000, 1), (2001, 2)),
        .. Flow("KAZ", "WLD", TradeFlow.Exports, (2000, 80), (2001, 160)),
        .. Flow("KAZ", "WLD", TradeFlow.Imports, (2000, 20), (2001, 40)),
    ]);

    private static IEnumerable<TradeObservation> Flow(string reporter, string partner, TradeFlow flow, params (int Year, double Value)[] values)
        => values.Select(v => new TradeObservation(Economies.Get(reporter), Economies.Get(partner), flow, v.Year, new UsdMillions(v.Value), false, $"test!{reporter}{partner}{flow}{v.Year}"));

    private static ClaimResult Check(string row, TradeDataset? data = null)
        => new ClaimEvaluator(data ?? Small).Evaluate(ClaimsFile.Read(new StringReader(Header + row + "\n"), "claims.csv").Single());

    [Fact]
    public void A_value_within_the_stated_precision_is_reproduced()
    {
        // turnover 2000 = 8 + 2 = 10
        var r = Check("v,s,q,value,KAZ,ISR,turnover,reporter,,2000,10.04,,musd,0.05,,");

        Assert.Equal(ClaimVerdict.Reproduced, r.Verdict);
        Assert.Equal("10.000 $m", r.Computed);
    }

    [Fact]
    public void A_value_in_the_right_order_but_outside_precision_is_approximate_and_one_far_off_is_not_reproduced()
    {
        // 2000 turnover = 10: 10.9 is 8.3 % off (within the ±10 % band), 12 is 16.7 % off.
        Assert.Equal(ClaimVerdict.Approximate, Check("v,s,q,value,KAZ,ISR,turnover,reporter,,2000,10.9,,musd,0.5,,").Verdict);
        Assert.Equal(ClaimVerdict.NotReproduced, Check("v,s,q,value,KAZ,ISR,turnover,reporter,,2000,12,,musd,0.5,,").Verdict);
    }

    [Fact]
    public void A_stated_band_of_a_growth_or_a_value_is_reproduced_inside_it_and_judged_from_its_nearer_edge_outside()
    {
        // turnover 2000 = 10, 2001 = 20 (+100 %), 2003 = 5 (-75 % on 2001). A band's low end is `stated`, its high end `stated_high`
        // ("grew 90-110 percent"); a decline's band may be written either way round.
        Assert.Equal(ClaimVerdict.Reproduced, Check("g,s,q,growth,KAZ,ISR,turnover,reporter,2000,2001,90,110,percent,0.5,,").Verdict);
        var above = Check("g,s,q,growth,KAZ,ISR,turnover,reporter,2000,2001,95,98,percent,0.5,,");
        Assert.Equal((ClaimVerdict.Approximate, "+2.0 pp above the band"), (above.Verdict, above.Distance));
        Assert.Equal(ClaimVerdict.NotReproduced, Check("g,s,q,growth,KAZ,ISR,turnover,reporter,2000,2001,70,80,percent,0.5,,").Verdict);
        Assert.Equal(ClaimVerdict.Reproduced, Check("g,s,q,growth,KAZ,ISR,turnover,reporter,2001,2003,-74,-76,percent,0.5,,").Verdict);
        var decline = Check("g,s,q,growth,KAZ,ISR,turnover,reporter,2001,2003,-70,-72,percent,0.5,,");
        Assert.Equal((ClaimVerdict.Approximate, "-3.0 pp below the band"), (decline.Verdict, decline.Distance));
        Assert.Equal(ClaimVerdict.Reproduced, Check("v,s,q,value,KAZ,ISR,turnover,reporter,,2000,9,11,musd,0.5,,").Verdict);
        var level = Check("v,s,q,value,KAZ,ISR,turnover,reporter,,2000,10.5,10.8,musd,0.05,,");
        Assert.Equal((ClaimVerdict.Approximate, "-4.8 % below the band"), (level.Verdict, level.Distance));
    }

    [Fact]
    public void Units_convert_billions_and_dollars()
    {
        Assert.Equal(ClaimVerdict.Reproduced, Check("v,s,q,value,KAZ,ISR,turnover,reporter,,2000,0.01,,busd,0.0005,,").Verdict);
        Assert.Equal("$8,000,000", Check("v,s,q,value,KAZ,ISR,exports,reporter,,2000,8000000,,usd,500,,").Computed);
    }

    [Fact]
    public void Growth_is_checked_in_percent_with_its_sign()
    {
        // turnover 2000 = 10, 2001 = 20: +100 %
        var r = Check("g,s,q,growth,KAZ,ISR,turnover,reporter,2000,2001,100,,percent,0.5,,");

        Assert.Equal(ClaimVerdict.Reproduced, r.Verdict);
        Assert.Equal("+100.0 %", r.Computed);
        Assert.Equal(ClaimVerdict.NotReproduced, Check("g,s,q,growth,KAZ,ISR,turnover,reporter,2000,2001,-100,,percent,0.5,,").Verdict);
    }

    [Fact]
    public void Growth_from_a_zero_base_is_not_checkable_and_says_why()
    {
        // turnover 2002 = 0 + 0
        var r = Check("g,s,q,growth,KAZ,ISR,turnover,reporter,2002,2003,50,,percent,0.5,,");

        Assert.Equal(ClaimVerdict.NotCheckable, r.Verdict);
        Assert.Contains("growth 2002–2003 is undefined: 2002 is zero, so growth from it has no rate", r.Note);
    }

    [Fact]
    public void Growth_over_a_gap_is_not_checkable_and_names_the_missing_year()
    {
        // 2004 has no value in either flow
        var r = Check("g,s,q,growth,KAZ,ISR,turnover,reporter,2004,2005,50,,percent,0.5,,");

        Assert.Equal(ClaimVerdict.NotCheckable, r.Verdict);
        Assert.Contains("2004 has no value", r.Note);
    }

    [Fact]
    public void Fold_change_uses_a_relative_tolerance()
    {
        // 2000 → 2001: 10 → 20 = 2×; "about 2.4-fold" at ±25 % covers 1.8–3.0
        Assert.Equal(ClaimVerdict.Reproduced, Check("f,s,q,fold,KAZ,ISR,turnover,reporter,2000,2001,2.4,,ratio,25%,,").Verdict);
        // 2× against "2.15-fold" at ±5 %: outside the precision, 7 % off, within the ±10 % band.
        Assert.Equal(ClaimVerdict.Approximate, Check("f,s,q,fold,KAZ,ISR,turnover,reporter,2000,2001,2.15,,ratio,5%,,").Verdict);
    }

    [Fact]
    public void A_range_checks_both_ends_and_lists_missing_years()
    {
        // 2000–2005 turnover: 10, 20, 0, 5, (2004 missing), 20
        var r = Check("r,s,q,range,KAZ,ISR,turnover,reporter,2000,2005,0,20,musd,0.5,,");

        Assert.Equal(ClaimVerdict.Reproduced, r.Verdict);
        Assert.Equal("0.000 $m to 20.000 $m", r.Computed);
        Assert.Contains("no value for 2004", r.Note);
    }

    [Fact]
    public void A_mean_over_a_period_leaves_gaps_out_rather_than_counting_them_as_zero()
    {
        // 2003–2005: 5 and 20 (2004 missing) → mean 12.5, not 25/3
        var r = Check("m,s,q,mean,KAZ,ISR,turnover,reporter,2003,2005,12.5,,musd,0.05,,");

        Assert.Equal(ClaimVerdict.Reproduced, r.Verdict);
        Assert.Contains("over 2 years", r.Note);
    }

    [Fact]
    public void Share_of_total_is_the_mean_yearly_percentage_of_the_world_total()
    {
        // 2000: 10 / 100 = 10 %; 2001: 20 / 200 = 10 %
        var r = Check("s,s,q,share-of-total,KAZ,ISR,turnover,reporter,2000,2001,10,,percent,0.5,,");

        Assert.Equal(ClaimVerdict.Reproduced, r.Verdict);
        Assert.Equal("10.0 %", r.Computed);
    }

    [Fact]
    public void Same_level_compares_the_ratio_of_two_years_with_one()
    {
        // 2005 = 20 and 2001 = 20: the same level; 2003 = 5 is a quarter of it
        Assert.Equal(ClaimVerdict.Reproduced, Check("l,s,q,same-level,KAZ,ISR,turnover,reporter,2001,2005,,,ratio,10%,,").Verdict);
        Assert.Equal(ClaimVerdict.NotReproduced, Check("l,s,q,same-level,KAZ,ISR,turnover,reporter,2001,2003,,,ratio,10%,,").Verdict);
    }

    [Fact]
    public void A_not_checkable_claim_keeps_its_reason()
    {
        var r = Check("n,s,q,not-checkable,KAZ,ISR,exports,reporter,,,80,90,percent,,,no product breakdown");

        Assert.Equal(ClaimVerdict.NotCheckable, r.Verdict);
        Assert.Equal("No product breakdown.", r.Note);
    }

    [Fact]
    public void A_claim_not_reproduced_reports_the_alternative_definition_that_matches()
    {
        // Kazakhstan's report: 2001 turnover 20; Israel's mirror: exports of KAZ = ISR imports 13 + imports = ISR exports 2 → 15.
        var r = Check("v,s,q,value,KAZ,ISR,turnover,reporter,,2001,15,,musd,0.5,,");

        Assert.Equal(ClaimVerdict.NotReproduced, r.Verdict);   // 20 against 15: 33 % off
        Assert.Equal(["Israel's statistics (mirror)"], r.MatchingAlternatives);
        Assert.Contains("Tried: Israel's statistics (mirror) 15.000 $m; exports only 16.000 $m; imports only 4.000 $m; years 2000 10.000 $m; years 2002 0.000 $m.", r.Note);
    }

    [Fact]
    public void Bad_claim_rows_name_the_file_line_and_field()
    {
        var e = Assert.Throws<InterchangeFormatException>(() => ClaimsFile.Read(new StringReader(Header +
            "a,s,q,guess,KAZ,ISR,turnover,reporter,,2000,1,,musd,0.5,,\n" +
            "b,s,q,value,KAZ,ISR,turnover,reporter,,2000,,,musd,0.5,,\n" +
            "c,s,q,value,KAZ,ISR,turnover,reporter,,2000,1,,musd,about,,\n" +
            "d,s,q,value,KAZ,ISR,turnover,reporter,,2000,1e400,,musd,0.5,,\n" +
            "e,s,q,range,KAZ,ISR,turnover,reporter,1999,2000,1,NaN,musd,0.5,,\n"), "mine.csv"));

        Assert.Equal(
            [
                "mine.csv:2: kind: 'guess' is not a kind; expected value, growth, fold, range, mean, share-of-total, same-level, product-share, import-share or not-checkable",
                "mine.csv:3: stated: a checkable claim states a number",
                "mine.csv:4: tolerance: 'about' is not a tolerance; expected a number or a percentage such as 25% (empty only for a bound)",
                "mine.csv:5: stated: '1e400' is not a finite number",
                "mine.csv:5: stated: a checkable claim states a number",
                "mine.csv:6: stated_high: 'NaN' is not a finite number",
                "mine.csv:6: stated_high: a range claim states its upper end",
            ],
            e.Errors.Select(x => x.ToString()));
    }
}
