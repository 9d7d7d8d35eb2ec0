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
        Assert.Contains("--source gossip: use dots, national, imts2025, comtrade-hs27, comtrade-hs2, imf, comtrade or imf+dots", error);
    }

    [Fact]
    public void The_embedded_national_dataset_is_the_four_committed_extracts()
    {
        var files = new[] { "national-kaz.csv", "national-uzb.csv", "national-kgz.csv", "national-arm.csv" };
        var rows = files.Sum(f => InterchangeCsv.ReadFile(Support.TestPaths.Repo("data", f)).RowsAccepted);

        Assert.Equal(rows, ShippedData.NationalStatistics.Observations.Count);
        Assert.Equal(["ARM", "KAZ", "KGZ", "UZB"], ShippedData.NationalStatistics.Observations.Select(o => o.Reporter.Code).Distinct().Order());
        // The shipped Kyrgyz 2023 imports carry the office's "preliminary" footnote as a flag.
        Assert.True(ShippedData.NationalStatistics.Observations.Single(o => o.Reporter.Code == "KGZ" && o.Partner.Code == "ISR" && o.Flow == TradeFlow.Imports && o.Year == 2023).Estimated);
    }

    [Fact]
    public void The_offices_figures_among_a_few_economies_are_their_rows_and_give_the_same_pairs()
    {
        Economy[] states = [.. Economies.CentralAsia, Economies.Get("ARM"), Economies.Get("AZE"), Economies.Get("GEO")];
        var among = ShippedData.NationalStatisticsAmong([.. states, Economies.Israel]);

        // Rows of data/national-*.csv whose reporter and partner are both among ISR and the eight states (133 of them with Israel):
        // cat data/national-*.csv | awk -F, '$1 ~ /^(ISR|KAZ|UZB|KGZ|TJK|TKM|ARM|AZE|GEO)$/ && $2 ~ /^(ISR|KAZ|UZB|KGZ|TJK|TKM|ARM|AZE|GEO)$/' | wc -l
        Assert.Equal(1_057, among.Observations.Count);
        Assert.Equal(133, among.Observations.Count(o => o.Partner.Code == "ISR"));
        var kazakhstan = Assert.Single(among.Observations, o => o is { Reporter.Code: "KAZ", Partner.Code: "ISR", Flow: TradeFlow.Exports, Year: 2023 });
        Assert.Equal((363.35494748, "Основные показатели внешней торговли по странам_2023.xls!2023!D80"), (kazakhstan.Value.Value, kazakhstan.Source));   // national-kaz.csv line 1646
        Assert.Equal(ShippedData.NationalStatistics.Name, among.Name);
        foreach (var state in states)
        {
            var whole = ShippedData.NationalStatistics.Bilateral(state, Economies.Israel).Turnover();
            var part = among.Bilateral(state, Economies.Israel).Turnover();
            Assert.Equal(whole.Select(v => (v.Year, v.Value, v.Source, v.Estimated, v.Partial)), part.Select(v => (v.Year, v.Value, v.Source, v.Estimated, v.Partial)));
        }

        Assert.Throws<ArgumentException>(() => ShippedData.NationalStatisticsAmong());
    }
}
