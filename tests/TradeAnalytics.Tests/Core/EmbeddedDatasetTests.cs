using TradeAnalytics.Analytics;

namespace TradeAnalytics.Tests.Core;

/// <summary>
/// The shipped dataset against cells read from the IMF DOTS 2022 workbooks (values as stored in the
/// cells; the cell is named beside each number).
/// </summary>
public class EmbeddedDatasetTests
{
    private static readonly TradeDataset Data = ShippedData.ImfDots2022;

    // DOTS_103.xlsx!Exports!S39 = 2226.593035, DOTS_103.xlsx!Imports!S39 = 204.897815 (Kazakhstan ↔ Israel, 2008)
    private const double KazExports2008 = 2226.593035;
    private const double KazImports2008 = 204.897815;

    // DOTS_103.xlsx!Exports!J39 = 5.6, DOTS_103.xlsx!Imports!J39 = 15.100000000000007 (1999)
    private const double KazExports1999 = 5.6;
    private const double KazImports1999 = 15.100000000000007;

    [Fact]
    public void Kazakhstan_exports_to_Israel_in_2008_are_the_cited_cell_and_not_estimated()
    {
        var x = Data.Bilateral("KAZ", "ISR").Exports()[2008]!;

        Assert.Equal(KazExports2008, x.Value.Value);
        Assert.False(x.Estimated);
        Assert.Equal("DOTS_103.xlsx!Exports!S39", x.Source);
    }

    [Fact]
    public void Kazakhstan_Israel_turnover_2008_is_2431_491_million_the_papers_2_43_billion()
    {
        var t = Data.Bilateral("KAZ", "ISR").Turnover()[2008]!;

        Assert.Equal(KazExports2008 + KazImports2008, t.Value.Value, 9);
        Assert.Equal(2431.491, t.Value.Value, 3);
        Assert.False(t.Partial);
        Assert.Equal("DOTS_103.xlsx!Exports!S39 + DOTS_103.xlsx!Imports!S39", t.Source);
    }

    [Fact]
    public void Kazakhstan_Israel_fold_change_1999_to_2008_is_117_46()
    {
        var fold = Data.Bilateral("KAZ", "ISR").Turnover().FoldChangeBetween(1999, 2008);

        Assert.Equal((KazExports2008 + KazImports2008) / (KazExports1999 + KazImports1999), fold.Ratio!.Value, 9);
        Assert.Equal(117.46, fold.Ratio!.Value, 2);
    }

    [Fact]
    public void Kazakhstan_Israel_growth_2017_to_2018_uses_the_four_cited_cells()
    {
        // DOTS_103.xlsx AB39 (2017): exports 130.671373, imports 47.705425; AC39 (2018): 397.861937, 63.029568.
        const double t2017 = 130.671373 + 47.705425;
        const double t2018 = 397.861937 + 63.029568;

        var g = Data.Bilateral("KAZ", "ISR").Turnover().GrowthBetween(2017, 2018);

        Assert.Equal((t2018 - t2017) / t2017 * 100, g.Percent!.Value, 6);
    }

    [Fact]
    public void Uzbekistan_1999_exports_to_Israel_are_0_36_and_flagged_as_an_IMF_estimate()
    {
        // DOTS_210.xlsx!Exports!J37 = "0.36 e"
        var x = Data.Bilateral("UZB", "ISR").Exports()[1999]!;

        Assert.Equal(0.36, x.Value.Value);
        Assert.True(x.Estimated);
        Assert.True(Data.Bilateral("UZB", "ISR").Turnover()[1999]!.Estimated);
    }

    [Fact]
    public void Turkmenistan_2018_exports_to_Israel_are_missing_not_zero_and_turnover_is_the_partial_1_166()
    {
        // DOTS_201.xlsx!Exports!AC39 is empty; DOTS_201.xlsx!Imports!AC39 = 1.166 (the paper's "$1.17 million").
        var trade = Data.Bilateral("TKM", "ISR");

        Assert.Null(trade.Exports()[2018]);
        var t = trade.Turnover()[2018]!;
        Assert.Equal(1.166, t.Value.Value);
        Assert.True(t.Partial);
        Assert.Null(trade.Balance()[2018]);
    }

    [Fact]
    public void Israels_mirror_side_swaps_the_flows()
    {
        // DOTS_98.xlsx!Imports!BI105 = 4.1 (Israel's imports from Kazakhstan, 2018);
        // DOTS_98.xlsx!Exports!BI97 = 42.8 (Israel's exports to Kazakhstan, 2018).
        var trade = Data.Bilateral("KAZ", "ISR");

        Assert.Equal(4.1, trade.Exports(ReportingSide.Partner)[2018]!.Value.Value);
        Assert.Equal(42.8, trade.Imports(ReportingSide.Partner)[2018]!.Value.Value);
        Assert.Equal("Kazakhstan–Israel turnover, as reported by Israel", trade.Turnover(ReportingSide.Partner).Context.Describe());
    }

    [Fact]
    public void Mirror_discrepancy_compares_reported_exports_with_the_partners_imports()
    {
        // DOTS_103.xlsx!Exports!S39 = 2226.593035 against DOTS_98.xlsx!Imports!AY105 = 3.4 (2008).
        var gap = Data.Bilateral("KAZ", "ISR").MirrorDiscrepancies().Single(d => d.Year == 2008);

        Assert.Equal(KazExports2008, gap.ExportsFob.Value);
        Assert.Equal(3.4, gap.PartnerImportsCif.Value);
        Assert.Equal(3.4 - KazExports2008, gap.Difference.Value, 9);
    }

    [Fact]
    public void Israels_share_of_Kazakhstans_total_turnover_in_2008()
    {
        // World row: DOTS_103.xlsx!Exports!S9 = 71199.934644, DOTS_103.xlsx!Imports!S9 = 37926.790819.
        var share = Shares.OfTotal(Data, Economies.Kazakhstan, Economies.Israel, 2008);

        Assert.Equal((KazExports2008 + KazImports2008) / (71199.934644 + 37926.790819), share.Fraction!.Value, 9);
        Assert.Throws<ArgumentException>(() => Shares.OfTotal(Data, Economies.Kazakhstan, Economies.World, 2008));
    }

    [Fact]
    public void Shares_of_total_trade_over_a_span_of_years_are_each_years_share()
    {
        var span = Shares.OfTotal(Data, Economies.Kazakhstan, Economies.Israel, 1990, 2020);

        Assert.Equal(31, span.Count);
        // 2008 is span[18]: the same World row as above (DOTS_103.xlsx!Exports!S9, Imports!S9).
        Assert.Equal((KazExports2008 + KazImports2008) / (71199.934644 + 37926.790819), span[18].Fraction!.Value, 9);
        // No KAZ row before 1992 (data/imf-dots-2022.csv: the first KAZ,WLD row, line 13483, is 1992): undefined, not zero.
        Assert.Equal(ShareStatus.PartMissing, span[0].Status);
        for (var year = 1990; year <= 2020; year++)
        {
            Assert.Equal(Shares.OfTotal(Data, Economies.Kazakhstan, Economies.Israel, year), span[year - 1990]);
        }

        Assert.Throws<ArgumentException>(() => Shares.OfTotal(Data, Economies.Kazakhstan, Economies.Israel, 2009, 2008));
        Assert.Throws<ArgumentException>(() => Shares.OfTotal(Data, Economies.Kazakhstan, Economies.World, 2000, 2008));
    }

    [Fact]
    public void Kazakhstans_share_of_Israels_turnover_with_the_five_in_2018()
    {
        // Row 39/38 of each workbook, column AC (2018):
        // KAZ 397.861937 + 63.029568; UZB (DOTS_210 Exports AC37, Imports AC39) 2.738054 + 32.591543;
        // TKM imports 1.166 (exports empty); TJK (DOTS_192 Exports AC39, Imports AC38) 0.01812 + 0.546437;
        // KGZ imports 1.7 (DOTS_109 Imports AC38; exports empty).
        const double kaz = 397.861937 + 63.029568;
        const double total = kaz + 2.738054 + 32.591543 + 1.166 + 0.01812 + 0.546437 + 1.7;

        var shares = Shares.WithinGroup(Data, Economies.CentralAsia, Economies.Israel, 2018);

        Assert.Equal(total, shares.Total!.Value.Value, 9);
        Assert.Equal(kaz / total, shares.Members[0].Share.Fraction!.Value, 9);
        Assert.Empty(shares.MissingMembers);
    }

    [Fact]
    public void A_group_with_a_member_missing_has_no_total_and_no_shares()
    {
        // Tajikistan reports no exports to Israel in 2011 (DOTS_192.xlsx!Exports!V39 is empty).
        var shares = Shares.WithinGroup(Data, Economies.CentralAsia, Economies.Israel, 2011, TradeMeasure.Exports);

        Assert.Null(shares.Total);
        Assert.Contains(Economies.Tajikistan, shares.MissingMembers);
        Assert.All(shares.Members, m => Assert.Null(m.Share.Fraction));
    }

    [Fact]
    public void Uzbekistan_Israel_turnover_2009_2018_ranges_from_22_7_in_2016_to_47_6_in_2014()
    {
        // DOTS_210.xlsx 2016 (AA): exports 0.556103 (AA37) + imports 22.180352 (AA39);
        // 2014 (Y): exports 0.089055 (Y37) + imports 47.525133 (Y39).
        var stats = PeriodStatistics.Over(Data.Bilateral("UZB", "ISR").Turnover(), 2009, 2018);

        Assert.Equal(2016, stats.Minimum.Year);
        Assert.Equal(0.556103 + 22.180352, stats.Minimum.Value.Value, 9);
        Assert.Equal(2014, stats.Maximum.Year);
        Assert.Equal(0.089055 + 47.525133, stats.Maximum.Value.Value, 9);
    }

    [Fact]
    public void Herfindahl_counts_countries_only()
    {
        var hhi = Concentration.Herfindahl(Data, Economies.Kazakhstan, 2018);

        Assert.InRange(hhi.Index, 1.0 / hhi.CountriesCounted, 1.0);
        Assert.InRange(hhi.Coverage!.Value, 0.9, 1.0001);
        Assert.True(hhi.CountriesCounted > 100);
    }

    [Fact]
    public void The_dataset_holds_the_six_reporters_of_the_paper()
    {
        Assert.Equal(["ISR", "KAZ", "KGZ", "TJK", "TKM", "UZB"], Data.Reporters.Select(r => r.Code));
    }
}
