using System.Globalization;
using System.Text.Json;
using TradeAnalytics.Analytics;
using TradeAnalytics.Tests.Support;

namespace TradeAnalytics.Tests.Docs;

/// <summary>Audit finding 7 (issue 27): what the READMEs say is what the code and the files show.</summary>
public class DocsMatchTheCodeTests
{
    [Fact]
    public void The_readme_states_the_verdict_counts_the_checker_prints()
    {
        var claims = File.ReadAllText(TestPaths.Repo("charts", "claims.md"));
        var counts = System.Text.RegularExpressions.Regex.Match(claims, @"\d+ claims: [^.]+\.").Value;

        Assert.StartsWith("20 claims: ", counts);
        Assert.Contains("The page's verdicts today: " + counts.TrimEnd('.'), TestPaths.Documentation().ReplaceLineEndings(" ").Replace("  ", " ", StringComparison.Ordinal));
    }

    [Fact]
    public void The_readme_names_negative_bases_among_what_makes_growth_undefined()
    {
        var readme = File.ReadAllText(TestPaths.Repo("README.md")).ReplaceLineEndings(" ");

        Assert.Contains("from a negative base", readme);   // the README's own first paragraphs
        var series = new TradeSeries(new SeriesContext(Economies.Kazakhstan, Economies.Israel, TradeMeasure.Balance, ReportingSide.Reporter),
            [new YearlyValue(2000, new UsdMillions(-10), false, false, "a"), new YearlyValue(2001, new UsdMillions(5), false, false, "b")]);
        Assert.Equal(GrowthStatus.NegativeBase, series.GrowthBetween(2000, 2001).Status);
    }

    [Fact]
    public void Every_country_code_outside_iso_is_a_documented_exception()
    {
        // Country rows of the economy table with no alpha-2 code (none was found for them in Debian's iso-codes 4.15.0).
        var table = File.ReadAllLines(TestPaths.Repo("src", "TradeAnalytics", "Model", "economies.csv")).Skip(1)
            .Select(l => System.Text.RegularExpressions.Regex.Split(l, ",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)"))
            .Where(f => f[1] == "country" && f[^1].Length == 0).Select(f => f[0]).ToHashSet();
        var readme = File.ReadAllText(TestPaths.Repo("data", "README.md"));
        var iso3166Part3 = System.Text.RegularExpressions.Regex.Match(readme, @"ISO 3166-3 code for dissolved ones \(([^)]+)\)").Groups[1].Value.Split(", ").ToHashSet();
        var exceptions = System.Text.RegularExpressions.Regex.Matches(readme, @"^\| ([A-Z]{3,4}) \|", System.Text.RegularExpressions.RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToHashSet();

        Assert.Equal(["BLX", "XKX", "XMYW", "YAR"], exceptions.Order());
        Assert.Empty(table.Except(iso3166Part3).Except(exceptions));
        Assert.Empty(exceptions.Except(table));
    }

    [Trait("Category", "Slow")]
    [RequiresDotsWorkbooksFact]
    public void The_data_readme_counts_the_repeated_australia_rows_the_importer_reports()
    {
        var report = TradeAnalytics.Sources.Imf.DotsFolderImporter.Import(TradeAnalytics.Sources.Imf.DotsFolderImporter.Workbooks(TestPaths.DotsFolder), _ => { });
        var withRepeat = report.RepeatedRows.Select(r => r.Sheet.Split('!')[0]).ToHashSet();
        var without = Enumerable.Range(1, 235).Select(n => $"DOTS_{n}.xlsx").Where(f => !withRepeat.Contains(f) && f != "DOTS_144.xlsx").ToList();

        // An independent zipfile walk of the sheets (issue 27) found the same five workbooks and 460 repeats in 230 workbooks.
        Assert.Equal(["DOTS_11.xlsx", "DOTS_51.xlsx", "DOTS_89.xlsx", "DOTS_165.xlsx", "DOTS_174.xlsx"], without);
        Assert.Equal(458, report.RepeatedRows.Count);
        var readme = File.ReadAllText(TestPaths.Repo("data", "README.md")).ReplaceLineEndings(" ");
        Assert.Contains("import reports 458", readme);
        Assert.Contains("230 workbooks hold 460 repeated rows", readme);
    }

    [Trait("Category", "Slow")]
    [TradeAnalytics.Tests.Reports.ChromiumFact]
    public void The_screenshot_script_draws_the_report_at_1200_by_1500()
    {
        var output = Path.Combine(Directory.CreateTempSubdirectory("shot-").FullName, "shot.png");
        var run = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("bash", [TestPaths.Repo("scripts", "report-screenshot.sh"), output]) { RedirectStandardError = true, RedirectStandardOutput = true })!;
        var error = run.StandardError.ReadToEnd();
        run.WaitForExit();

        Assert.True(run.ExitCode == 0, error);
        var png = File.ReadAllBytes(output);
        Assert.Equal(1200, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        Assert.Equal(1500, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
    }
}
