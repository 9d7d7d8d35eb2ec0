using System.Diagnostics;
using System.Text.RegularExpressions;
using PaperFigures;
using TradeAnalytics.Claims;
using TradeAnalytics.Reports;
using TradeAnalytics.Tests.Support;

namespace TradeAnalytics.Tests.Reports;

public class HtmlReportTests
{
    private const string HostileQuote = "<script>document.title='pwned'</script><img src=x onerror=alert(1)> & \"quoted\"";

    private static readonly Lazy<string> Paper = new(() =>
    {
        var data = ShippedData.ImfDots2022;
        var figures = Figures.Shipped().All();
        var results = ClaimReportWriter.Check(data, ShippedData.ComtradeHs27Israel);
        return PaperReport.Build(data, results, figures, figures.Select(f => Task.FromResult(f.Chart.DrawSvg())).ToList(), PaperReport.ShippedSources).ToHtml();
    });

    private static string Hostile()
    {
        var claim = ClaimsFile.Read(new StringReader(ClaimsFile.Header + "\nx,s,\"" + HostileQuote.Replace("\"", "\"\"", StringComparison.Ordinal) + "\",value,KAZ,ISR,turnover,reporter,,2008,2.43,,busd,0.005,,\n"), "c.csv");
        return new HtmlReport("Hostile <b>title</b>")
            .AddClaims("An article", new ClaimEvaluator(ShippedData.ImfDots2022).Evaluate(claim))
            .AddPair(ShippedData.ImfDots2022, Economies.Kazakhstan, Economies.Israel, 2007, 2009)
            .ToHtml();
    }

    [Fact]
    public void The_paper_report_holds_every_figure_the_claims_table_and_the_five_pairs_and_fetches_nothing()
    {
        var html = Paper.Value;

        foreach (var n in Enumerable.Range(1, 8))
        {
            Assert.Contains($"<figure id=\"figure-{n}\">", html);
        }

        Assert.Equal(13, Regex.Matches(html, "<svg ").Count);   // eight figures and a turnover chart per pair
        Assert.Contains("<table class=\"claims\">", html);
        Assert.Equal(20, Regex.Matches(html, "<tr id=\"article-1-").Count);   // the 20 rows of data/claims/paper-2020.csv
        foreach (var state in Economies.CentralAsia)
        {
            Assert.Contains($"<section id=\"pair-{state.Code}-ISR\">", html);
        }

        Assert.DoesNotContain("<script", html);
        Assert.DoesNotMatch("(src|href)=\"(https?:)?//", html);
        Assert.DoesNotContain("@import", html);
        Assert.DoesNotContain("<?xml", html);
    }

    [Fact]
    public void Every_value_links_to_its_source_and_a_gap_stays_a_gap()
    {
        var html = Paper.Value;

        // DOTS_103.xlsx!Exports!S39: Kazakhstan's exports to Israel, 2008, 2,226.593035 $m.
        Assert.Matches("<tr id=\"pair-KAZ-ISR-2008\">.*<a href=\"#pair-KAZ-ISR-src-\\d+\" title=\"DOTS_103.xlsx!Exports!S39\">2,226.593</a>", html);
        // Turkmenistan reports no exports to Israel in 2018 (DOTS_201.xlsx): the cell is a gap, and the turnover is partial.
        var tkm2018 = Regex.Match(html, "<tr id=\"pair-TKM-ISR-2018\">(.*?)</tr>").Groups[1].Value;
        Assert.Contains("<td class=\"gap\" title=\"missing (not zero)\">—</td>", tkm2018);
        Assert.Contains("<span class=\"mark\">p</span>", tkm2018);
    }

    [Fact]
    public void A_quote_holding_markup_or_script_shows_as_text()
    {
        var html = Hostile();

        Assert.Contains("&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quoted&quot;", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<img", html);
        Assert.Contains("<title>Hostile &lt;b&gt;title&lt;/b&gt;</title>", html);
    }

    [Fact]
    public void Regenerating_gives_the_same_bytes_and_the_committed_report_is_current()
    {
        var data = ShippedData.ImfDots2022;
        var figures = Figures.Shipped().All();
        var results = ClaimReportWriter.Check(data, ShippedData.ComtradeHs27Israel);

        Assert.Equal(Paper.Value, PaperReport.Build(data, results, figures, figures.Select(f => Task.FromResult(f.Chart.DrawSvg())).ToList(), PaperReport.ShippedSources).ToHtml());
        Assert.True(File.ReadAllText(TestPaths.Repo("charts", "report.html")) == Paper.Value, "charts/report.html is stale: run the README's main command and commit charts/.");
    }

    [Fact]
    public void Figure_ids_are_prefixed_so_two_figures_clip_paths_never_collide()
    {
        var ids = Regex.Matches(Paper.Value, " id=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Contains("figure-3-clip1", ids);
    }

    [Fact]
    public void A_claim_links_to_the_figure_and_the_years_it_rests_on()
    {
        var row = Regex.Match(Paper.Value, "<tr id=\"article-1-kaz-2008-value\">(.*?)</tr>").Groups[1].Value;

        Assert.Contains("<a href=\"#figure-2\">Fig. 2</a>", row);
        Assert.Contains("<a href=\"#pair-KAZ-ISR-2008\">2008</a>", row);
        Assert.Contains("<span class=\"verdict reproduced\">✔ reproduced</span>", row);
    }

    [Fact]
    public async Task A_figure_still_drawing_is_waited_for_by_the_page_and_comes_out_as_one_added_drawn()
    {
        var chart = new Figures(ShippedData.ImfDots2022).All()[1].Chart;
        var drawn = new HtmlReport("t").AddFigure("figure-2", chart.DrawSvg(), [(Economies.Kazakhstan, 2008)]).ToHtml();
        var drawing = new TaskCompletionSource<TradeAnalytics.Charts.ChartSvg>();

        var report = new HtmlReport("t").AddFigure("figure-2", chart, drawing.Task, [(Economies.Kazakhstan, 2008)]);
        var page = Task.Run(report.ToHtml);
        Assert.NotSame(page, await Task.WhenAny(page, Task.Delay(200)));   // the page waits for the drawing
        drawing.SetResult(chart.DrawSvg());

        Assert.Equal(drawn, await page);
    }

    [Fact]
    public void A_figure_whose_drawing_failed_makes_the_page_throw_that_error()
    {
        var chart = new Figures(ShippedData.ImfDots2022).All()[0].Chart;
        var report = new HtmlReport("t").AddFigure("figure-1", chart, Task.FromException<TradeAnalytics.Charts.ChartSvg>(new TradeAnalytics.Charts.ChartFontException("no font")), []);

        var e = Assert.Throws<TradeAnalytics.Charts.ChartFontException>(report.ToHtml);

        Assert.Equal("no font", e.Message);
    }

    [Fact]
    public void A_pair_without_data_is_an_error_saying_so()
    {
        var e = Assert.Throws<ArgumentException>(() => new HtmlReport("x").AddPair(ShippedData.ImfDots2022, Economies.Get("TUV"), Economies.Get("NRU")));

        Assert.Contains("holds no value for Tuvalu–Nauru", e.Message);
    }

    [Trait("Category", "Slow")]
    [ChromiumFact]
    public void Headless_chromium_renders_the_paper_report_with_every_figure_and_the_claims_table_and_no_console_error()
    {
        var folder = Directory.CreateTempSubdirectory("report-").FullName;
        var page = Path.Combine(folder, "report.html");
        File.WriteAllText(page, Paper.Value);

        var (dom, log) = Chromium.Run(folder, "--dump-dom", new Uri(page).AbsoluteUri);
        var (_, _) = Chromium.Run(folder, "--screenshot=" + Path.Combine(folder, "report.png"), new Uri(page).AbsoluteUri);

        Assert.Equal(13, Regex.Matches(dom, "<svg ").Count);
        Assert.Contains("<table class=\"claims\">", dom);
        Assert.Equal(20, Regex.Matches(dom, "<tr id=\"article-1-").Count);
        Assert.DoesNotMatch("CONSOLE|Uncaught|ERR_FILE_NOT_FOUND", log);
        Assert.True(new FileInfo(Path.Combine(folder, "report.png")).Length > 20_000, "a screenshot with content");
    }

    [Trait("Category", "Slow")]
    [ChromiumFact]
    public void In_a_browser_a_quote_holding_a_script_shows_as_text_and_never_runs()
    {
        var folder = Directory.CreateTempSubdirectory("hostile-").FullName;
        var page = Path.Combine(folder, "hostile.html");
        File.WriteAllText(page, Hostile());

        var (dom, _) = Chromium.Run(folder, "--dump-dom", new Uri(page).AbsoluteUri);

        Assert.Contains("<title>Hostile &lt;b&gt;title&lt;/b&gt;</title>", dom);   // the script did not set the title
        Assert.Contains("&lt;script&gt;document.title='pwned'&lt;/script&gt;", dom);
        Assert.DoesNotContain("<img", dom);
    }
}

/// <summary>Debian's chromium, headless, as the machine notes describe it: no sandbox (root), no background networking.</summary>
internal static class Chromium
{
    internal static readonly string? Path = new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists);

    internal static (string Out, string Err) Run(string profileParent, params string[] args)
    {
        var start = new ProcessStartInfo(Path!) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--enable-logging=stderr", "--v=0", "--window-size=1280,2000", "--user-data-dir=" + System.IO.Path.Combine(profileParent, "profile-" + Guid.NewGuid().ToString("N")) })
        {
            start.ArgumentList.Add(a);
        }

        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("chromium did not finish within 90 s");
        }

        return (output.Result, error.Result);
    }
}

/// <summary>A fact that needs Debian's chromium; skipped, saying why, where it is not installed (.ci/run installs it).</summary>
internal sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.Path is null)
        {
            Skip = "Needs a headless browser: Debian's chromium (apt-get install chromium), which .ci/run installs; not found at /usr/bin/chromium.";
        }
    }
}
