using System.Globalization;
using PaperFigures;
using TradeAnalytics.Analytics;
using TradeAnalytics.Reports;
using TradeAnalytics.Tests.Support;
using CliRunner = TradeAnalytics.Tests.Cli.Cli;

namespace TradeAnalytics.Tests.Charts;

/// <summary>Issue 25: figure 7 (every source to 2025, never merged), figure 8 (HS chapters) and the report's "what each source says".</summary>
public class SourcesFiguresTests
{
    private static readonly Lazy<IReadOnlyList<Figure>> All = new(() => Figures.Shipped().All());

    private static Figure Get(string name) => All.Value.Single(f => f.Name == name);

    private static string[][] CsvRows(Figure figure)
        => [.. StrictCsvReader.Read(FigureWriter.Csv(figure)).Skip(1)];

    [Fact]
    public void Figure_7_draws_each_state_from_each_source_with_its_own_values_and_no_merged_year()
    {
        var figure = Get("figure-7");
        var rows = CsvRows(figure);
        string[] Row(string economy, string dataset, int year) => rows.Single(r => r[0] == economy && r[1] == dataset && r[2] == year.ToString(CultureInfo.InvariantCulture));

        // Kazakhstan's office, 2023: exports 363,354.94748 (…_2023.xls!2023!D80) + imports 102,564.19531 (…!F80) thousand US$.
        Assert.Equal(363.35494748 + 102.56419531, double.Parse(Row("KAZ", "national", 2023)[3], CultureInfo.InvariantCulture), 6);
        // DOTS for Azerbaijan, 2020, as Azerbaijan reports it: DOTS_13.xlsx!Exports!AE38 = 437.5, Imports!AE39 = 28.7569.
        Assert.Equal(437.5 + 28.7569, double.Parse(Row("AZE", "dots", 2020)[3], CultureInfo.InvariantCulture), 6);
        // The 2025 copy: KAZ → ISR edges[4889] = 49.4 and ISR → KAZ edges[2499] = 54.8, flagged as the copy's values are.
        var copy = Row("KAZ", "imts2025", 2025);
        Assert.Equal(49.4 + 54.8, double.Parse(copy[3], CultureInfo.InvariantCulture), 6);
        Assert.Equal("true", copy[4]);
        Assert.Contains("edges[4889]", copy[6]);
        // Sources are drawn side by side: Kazakhstan 2018–2020 has a DOTS row and a national row, never one merged row.
        Assert.Equal(["dots", "national"], rows.Where(r => r[0] == "KAZ" && r[2] == "2019").Select(r => r[1]).Order());
        // A gap stays a gap: no source has Kazakhstan in 2024, so no row and no drawn point.
        Assert.DoesNotContain(rows, r => r[0] == "KAZ" && r[2] == "2024");
        Assert.Equal(8, rows.Select(r => r[0]).Distinct().Count());
        Assert.All(figure.Chart.Series, s => Assert.True(s.IsEmpty || (s.FirstYear >= 1992 && s.LastYear <= 2025)));
    }

    [Fact]
    public void Figure_8_shows_what_israel_sells_to_and_buys_from_azerbaijan_by_chapter_in_2021()
    {
        var figure = Get("figure-8");
        var rows = CsvRows(figure);

        // Israel;2021;Export;85.csv:19: Israel's exports to Azerbaijan of chapter 85 = 44,144,000 US$ (as the extract holds it).
        var machinery = rows.Single(r => r[1] == "ISR" && r[6] == "85");
        Assert.Equal(("2021", 44.144), (machinery[4], double.Parse(machinery[8], CultureInfo.InvariantCulture)));
        // Azerbaijan;2021;Export;27.csv:24: Azerbaijan's exports of fuels to Israel = 888,011,215 US$: the lower block is Azerbaijan's report.
        var oil = rows.Single(r => r[1] == "AZE" && r[6] == "27");
        Assert.Equal(888.011215, double.Parse(oil[8], CultureInfo.InvariantCulture), 6);
        Assert.Equal("Azerbaijan;2021;Export;27.csv:24", oil[10]);
        // Shares of each block add up to 100 %.
        foreach (var block in rows.GroupBy(r => r[0]))
        {
            Assert.Equal(100, block.Sum(r => double.Parse(r[9], CultureInfo.InvariantCulture)), 6);
        }

        Assert.Contains("leaves the oil out", figure.Chart.Options.Footnote);
    }

    [Fact]
    public void The_committed_figures_7_and_8_are_what_the_main_job_draws()
    {
        foreach (var name in new[] { "figure-7", "figure-8" })
        {
            var figure = Get(name);
            Assert.True(File.ReadAllText(TestPaths.Repo("charts", name + ".csv")) == FigureWriter.Csv(figure), $"charts/{name}.csv is stale: run the README's main command.");
            Assert.True(File.ReadAllText(TestPaths.Repo("charts", name + ".svg")) == figure.Chart.DrawSvg().Document, $"charts/{name}.svg is stale: run the README's main command.");
        }
    }

    [Fact]
    public void The_report_sets_the_sources_side_by_side_for_the_years_they_share()
    {
        var report = new HtmlReport("t").AddPair(ShippedData.ImfDots2022, Economies.Kazakhstan, Economies.Israel, 2015, 2020);
        report.AddSources(SourceComparison.Compare([.. PaperReport.ShippedSources.Select(s => new NamedSeries(s.Name, s.Data.Bilateral(Economies.Kazakhstan, Economies.Israel).Turnover()))]));

        var html = report.ToHtml();

        Assert.Contains("What each source says", html);
        // 2019: DOTS_103.xlsx Exports!AD39 + Imports!AD39 = 513.947 $m; Kazakhstan's office 514,188.49385 thousand US$ (…_2019.xls!12_2019 row 77).
        Assert.Matches("<tr><th>2019</th><td title=\"DOTS_103.xlsx!Exports!AD39 \\+ DOTS_103.xlsx!Imports!AD39\">513.947</td><td title=\"[^\"]+\">514.188</td>", html);
        Assert.Contains("<strong>imts2025</strong>: 2025; alone in 2025", html);
        Assert.Throws<ArgumentException>(() => new HtmlReport("t").AddSources(SourceComparison.Compare([new NamedSeries("dots", ShippedData.ImfDots2022.Bilateral("KAZ", "ISR").Turnover())])));
    }

    [Fact]
    public void The_report_command_shows_what_each_source_says()
    {
        var output = Path.Combine(Directory.CreateTempSubdirectory("report-sources-").FullName, "r.html");

        var (code, _, error) = CliRunner.Run("report", "AZE", "ISR", "--out", output);

        Assert.True(code == 0, error);
        var html = File.ReadAllText(output);
        Assert.Contains("What each source says", html);
        // Azerbaijan's own DOTS table (DOTS_13.xlsx!Exports!AE38 = 437.5) answers a command about Azerbaijan.
        Assert.Contains("title=\"DOTS_13.xlsx!Exports!AE38\">437.500</a>", html);
    }

    [Trait("Category", "Slow")]
    [RequiresDotsWorkbooksFact]
    public void The_caucasus_dots_extract_is_what_import_makes_of_the_workbooks()
    {
        var output = Path.Combine(Directory.CreateTempSubdirectory("dots-caucasus-").FullName, "imf-dots-2022-caucasus.csv");

        var (code, _, error) = CliRunner.Run("import", TestPaths.DotsFolder, "--reporters", "ARM,AZE,GEO", "--partners", "ISR,WLD", "--out", output);

        Assert.True(code == 0, error);
        Assert.Equal(File.ReadAllBytes(TestPaths.Repo("data", "imf-dots-2022-caucasus.csv")), File.ReadAllBytes(output));
        Assert.Equal(329, ShippedData.ImfDots2022Caucasus.Observations.Count);
    }
}
