using CliRunner = TradeAnalytics.Tests.Cli.Cli;

namespace TradeAnalytics.Tests.National;

/// <summary>Issue 25: the shipped national extracts answer on a clean machine, side by side with DOTS, never merged.</summary>
public class NationalSourceTests
{
    [Fact]
    public void Growth_of_kazakhstan_israel_2021_to_2023_answers_from_the_shipped_national_figures()
    {
        var (code, output, error) = CliRunner.Run("growth", "KAZ", "ISR", "--from", "2021", "--to", "2023", "--source", "national", "--format", "csv");

        Assert.True(code == 0, error);
        // Turnover (column B) of Israel's rows: 264,427.93417 (…_2021.xls!12_2021!B80), 883,417.4895 (…_2022.xls!2022!B82),
        // 465,919.14279 (…_2023.xls!2023!B80) thousand US$: 2021→2022 +234.086 %, 2022→2023 −47.259 %, 2021→2023 +76.199 %, shown to one decimal.
        Assert.Contains("YoY,2021,2022,234.1,%", output);
        Assert.Contains("YoY,2022,2023,-47.3,%", output);
        Assert.Contains("Growth,2021,2023,76.2,%", output);
    }

    [Fact]
    public void Sources_layer_in_the_order_given_and_each_value_keeps_its_own()
    {
        var (code, output, error) = CliRunner.Run("series", "KAZ", "ISR", "--source", "national", "--source", "dots", "--format", "csv");

        Assert.True(code == 0, error);
        // 2019 from both: the national figure wins (…_2019.xls!12_2019 row 77: 514,188.49385 thousand); 2017 from DOTS only.
        Assert.Contains("2019,514.188,false,false,false,Основные показатели внешней торговли_2019.xls!12_2019!D77 + Основные показатели внешней торговли_2019.xls!12_2019!F77", output);
        Assert.Contains("2017,178.377,false,false,false,DOTS_103.xlsx!Exports!AB39 + DOTS_103.xlsx!Imports!AB39", output);

        var (dotsFirst, dotsOutput, _) = CliRunner.Run("series", "KAZ", "ISR", "--source", "dots", "--source", "national", "--format", "csv");
        Assert.Equal(0, dotsFirst);
        Assert.Contains("2019,", dotsOutput);
        Assert.Contains("DOTS_103.xlsx!Exports!AD39", dotsOutput);
        Assert.Contains("2023,465.919,", dotsOutput);   // beyond DOTS, the national value
    }

    [Fact]
    public void An_unknown_source_is_refused_with_the_choices()
    {
        var (code, _, error) = CliRunner.Run("growth", "KAZ", "ISR", "--source", "gossip");

        Assert.Equal(1, code);
        Assert.Contains("--source gossip: use dots, national, imts2025, imf or imf+dots", error);
    }

    [Fact]
    public void The_embedded_national_dataset_is_the_four_committed_extracts()
    {
        var files = new[] { "national-kaz.csv", "national-uzb.csv", "national-kgz.csv", "national-arm.csv" };
        var rows = files.Sum(f => InterchangeCsv.ReadFile(Support.TestPaths.Repo("data", f)).RowsAccepted);

        Assert.Equal(rows, TradeDataset.NationalStatistics.Observations.Count);
        Assert.Equal(["ARM", "KAZ", "KGZ", "UZB"], TradeDataset.NationalStatistics.Observations.Select(o => o.Reporter.Code).Distinct().Order());
        // The shipped Kyrgyz 2023 imports carry the office's "preliminary" footnote as a flag.
        Assert.True(TradeDataset.NationalStatistics.Observations.Single(o => o.Reporter.Code == "KGZ" && o.Partner.Code == "ISR" && o.Flow == TradeFlow.Imports && o.Year == 2023).Estimated);
    }
}
