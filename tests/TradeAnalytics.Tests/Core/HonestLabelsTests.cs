using TradeAnalytics.Analytics;
using TradeAnalytics.Charts;
using TradeAnalytics.Claims;
using TradeAnalytics.Tests.Charts;
using TradeAnalytics.Tests.Support;
using CliRunner = TradeAnalytics.Tests.Cli.Cli;

namespace TradeAnalytics.Tests.Core;

/// <summary>
/// Items 5 and 6 of the "what a stranger meets" issue: a growth figure says when an end is partial or
/// estimated (and partial years can be left out), and a user's own estimate flags are not called the IMF's.
/// </summary>
public class HonestLabelsTests
{
    /// <summary>
    /// A user's own file: Kazakhstan's trade with Israel, both flows 2014–2019, exports only in 2020, and an
    /// estimate flagged in 2019. Turnover 2014 = 100 + 50 = 150; 2019 = 120 + 80 = 200 (estimated); 2020 = 136 (partial).
    /// </summary>
    private const string OwnFile = """
        reporter,partner,flow,year,value_musd,estimated,source
        KAZ,ISR,exports,2014,100,false,mine.csv:2
        KAZ,ISR,imports,2014,50,false,mine.csv:3
        KAZ,ISR,exports,2019,120,true,mine.csv:4
        KAZ,ISR,imports,2019,80,false,mine.csv:5
        KAZ,ISR,exports,2020,136,false,mine.csv:6
        """;

    private static TradeDataset Own() => InterchangeCsv.Read(new StringReader(OwnFile), "mine.csv").Dataset;

    private static TradeSeries Turnover() => Own().Bilateral("KAZ", "ISR").Turnover();

    // 5. Growth over a partial end was presented as whole.
    [Fact]
    public void Growth_to_a_partial_year_says_so_and_can_leave_it_out()
    {
        var growth = Turnover().GrowthBetween(2019, 2020);

        // (136 − 200) ÷ 200 = −32 %: the artefact of the missing imports, now labelled.
        Assert.Equal(-32.0, growth.Percent!.Value, 9);
        Assert.False(growth.EndsAreWhole);
        Assert.Equal("2019 includes an estimate; 2020 is partial (only one of exports and imports reported)", growth.Caveat);
        Assert.EndsWith("= -32.0 % — 2019 includes an estimate; 2020 is partial (only one of exports and imports reported)", growth.ToString());

        var excluded = Turnover().Cagr(2014, 2020, PartialYears.Exclude);
        Assert.False(excluded.IsDefined);
        Assert.Equal(GrowthStatus.EndPartial, excluded.Status);
        Assert.Equal("2020 is partial (only one of exports and imports reported) and partial years were excluded", excluded.Reason);

        var fold = Turnover().FoldChangeBetween(2014, 2020);
        Assert.Equal(136.0 / 150.0, fold.Ratio!.Value, 12);
        Assert.Equal("2020 is partial (only one of exports and imports reported)", fold.Caveat);
        Assert.Equal(GrowthStatus.EndPartial, Turnover().FoldChangeBetween(2014, 2020, PartialYears.Exclude).Status);
        Assert.True(Turnover().GrowthBetween(2014, 2019, PartialYears.Exclude).IsDefined);
    }

    [Fact]
    public void The_growth_command_marks_the_fold_change_row_and_offers_to_exclude_partial_years()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("own-").FullName, "mine.csv");
        File.WriteAllText(file, OwnFile);

        var (code, output, error) = CliRunner.Run("growth", "KAZ", "ISR", "--data", file, "--no-shipped-data", "--from", "2014", "--to", "2020", "--format", "csv");
        Assert.True(code == 0, error);
        Assert.Contains("Fold change,2014,2020,0.91,ratio,2020 is partial (only one of exports and imports reported)", output);
        Assert.Contains("CAGR,2014,2020,-1.6,% per year,2020 is partial (only one of exports and imports reported)", output);

        var (excludedCode, excludedOutput, excludedError) = CliRunner.Run("growth", "KAZ", "ISR", "--data", file, "--no-shipped-data", "--from", "2014", "--to", "2020", "--format", "csv", "--exclude-partial");
        Assert.True(excludedCode == 0, excludedError);
        Assert.Contains("CAGR,2014,2020,,% per year,undefined: 2020 is partial (only one of exports and imports reported) and partial years were excluded", excludedOutput);
    }

    // 6. A user's own estimate flags were labelled "IMF estimate (derived from partner data)".
    [Fact]
    public void Labels_of_estimates_come_from_the_datas_own_source()
    {
        var own = Own();
        Assert.Equal("a value flagged as estimated in mine.csv", own.EstimateMeaning);
        Assert.Equal("an IMF estimate, derived from partner data", ShippedData.ImfDots2022.EstimateMeaning);

        var chart = BarChart.Create(own.Bilateral("KAZ", "ISR").Exports(), new ChartOptions("Exports", "Source: mine.csv."));
        var texts = string.Join(" ", PaperFigureTests.SvgTexts(chart.ToSvg()));
        Assert.DoesNotContain("IMF", texts);
        Assert.Contains("e = includes a value flagged as estimated in mine.csv", texts);

        var claims = ClaimsFile.Read(new StringReader(ClaimsFile.Header + "\nv,s,q,value,KAZ,ISR,exports,reporter,,2019,120,,musd,0.5,,\n"), "claims.csv");
        var note = new ClaimEvaluator(own).Evaluate(claims.Single()).Note;
        Assert.DoesNotContain("IMF", note);
        Assert.Contains("(includes a value flagged as estimated in mine.csv)", note);
    }

    [Fact]
    public void Dots_estimates_are_still_called_the_imfs()
    {
        // DOTS_103.xlsx!Imports!C39 (Kazakhstan's imports from Israel, 1992) is published as "2.97 e".
        var series = ShippedData.ImfDots2022.Bilateral("KAZ", "ISR").Imports();
        Assert.True(series[1992]!.Estimated);

        var chart = BarChart.Create(series, new ChartOptions("Imports", "Source: IMF DOTS.") { FromYear = 1992, ToYear = 1992 });
        Assert.Contains("e = includes an IMF estimate, derived from partner data", string.Join(" ", PaperFigureTests.SvgTexts(chart.ToSvg())));
    }
}
