using System.Diagnostics;
using TradeAnalytics;
using TradeAnalytics.Charts;
using TradeAnalytics.Claims;
using TradeAnalytics.Reports;
using TradeAnalytics.Catalogue;

namespace PaperFigures;

/// <summary>The main job: the figures (PNG, SVG, CSV), the claim report (claims.md, claims.csv) and the one-page report (report.html).</summary>
public static class Runner
{
    /// <summary>
    /// Runs the main job as the command line asks (<see cref="RunnerOptions.Usage"/>); returns the exit code: 0 done, 1 a file or
    /// folder that could not be written (said on <paramref name="stderr"/>), 2 a bad command line.
    /// </summary>
    /// <param name="args">The command line.</param>
    /// <param name="stdout">Where each file written is told.</param>
    /// <param name="stderr">Where a bad command line is told, with the usage, and a file that could not be written.</param>
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        RunnerOptions options;
        try
        {
            options = RunnerOptions.Parse(args);
        }
        catch (ArgumentException e)
        {
            stderr.WriteLine($"error: {e.Message}");
            stderr.WriteLine(RunnerOptions.Usage);
            return 1;   // a usage error, as the tool's (docs/promises.md, exit codes): 2 means an import that does not reconcile
        }

        if (options.Help)
        {
            stdout.WriteLine(RunnerOptions.Usage);
            return 0;
        }

        try
        {
            return Write(options, stdout);
        }
        catch (Exception e) when (Failures(e) is { Count: > 0 } failures)
        {
            // A folder that cannot be made or written in, a full disk: said as sentences (each names its file; what was there is
            // left as it was), not as a stack trace.
            foreach (var failure in failures)
            {
                stderr.WriteLine($"error: {VisibleText.Of(failure)}");
            }

            return 1;
        }
    }

    /// <summary>The messages of a failure to write, each once; empty when <paramref name="e"/> is not (or holds more than) such failures.</summary>
    private static List<string> Failures(Exception e)
    {
        var all = e is AggregateException many ? many.Flatten().InnerExceptions : [e];
        return all.All(x => x is IOException or UnauthorizedAccessException) ? [.. all.Select(x => x.Message).Distinct()] : [];
    }

    private static int Write(RunnerOptions options, TextWriter stdout)
    {
        var outDir = options.Out ?? RepositoryCharts();
        var side = options.Side;
        Directory.CreateDirectory(outDir);
        var clock = Stopwatch.StartNew();

        // Loading the font and the dataset are independent start-up costs: overlap them.
        var fonts = Task.Run(BundledFonts.EnsureRegistered);
        var data = ShippedData.ImfDots2022;
        var products = ShippedData.ComtradeHs27Israel;
        fonts.GetAwaiter().GetResult();

        var drawn = new List<Task<ChartSvg>>();
        void Draw(IReadOnlyList<Figure> figures) => drawn.AddRange(figures.Select(figure => Task.Run(() => FigureWriter.Write(figure, outDir))));

        if (options.Figures is { } numbers)
        {
            // Only the figures asked for, drawn on every core; figures 7 and 8 read their sources only when asked for.
            var figures = (numbers.Any(n => n >= 7) ? Figures.Shipped(side) : new Figures(data, side, products)).Numbered(numbers);
            Draw(figures);
            Task.WaitAll(drawn);
            Tell(stdout, figures, outDir);
            stdout.WriteLine("claims and report.html not written: they cover every figure (run without --figures)");
            stdout.WriteLine($"done in {clock.ElapsedMilliseconds} ms");
            return 0;
        }

        // Each figure is drawn and written on every core while the claims are checked and the other sources load; the files are the
        // same whatever the order. Figures 1–6 need only the paper's extract and HS 27, so they are drawing while figures 7 and 8 wait
        // for their sources. A figure's PNG and SVG are drawn in one task, the SVG on the layout the PNG has settled (one layout pass
        // fewer per figure: CPU 381 -> 361 ms, medians of 6 alternating perf stat means). The report takes each figure still drawing
        // and waits for it only when the page is written, so its pair charts draw beside the figures.
        try
        {
            var paper = new Figures(data, side, products).All();
            Draw(paper);
            // Every claim against every shipped source of totals, side by side; the headline is the best verdict and names its source.
            var across = ClaimReportWriter.Check(data, products);
            var results = across.Select(r => r.Headline).ToList();
            ClaimReportWriter.Write(across, outDir);
            var beyond = Figures.Shipped(side).BeyondThePaper();
            Draw(beyond);
            IReadOnlyList<Figure> all = [.. paper, .. beyond];
            Tell(stdout, all, outDir);

            stdout.WriteLine($"claims: {string.Join(", ", results.GroupBy(r => r.VerdictText).Select(g => $"{g.Count()} {g.Key}"))} -> {Path.Combine(outDir, "claims.md")}");

            // One page for readers: the claims, the figures, and each Central Asian state's trade with Israel.
            var report = PaperReport.Build(data, across, all, drawn, PaperReport.ShippedSources);
            Task.WaitAll(drawn);
            report.Save(Path.Combine(outDir, "report.html"));
            stdout.WriteLine($"report: {report.FigureCount} figures, {Economies.CentralAsia.Count} pairs -> {Path.Combine(outDir, "report.html")}");
        }
        catch (Exception)
        {
            // The figures still drawing are written whole (or not at all) before the error is told and the process ends: none is cut
            // off as a temporary file beside its target.
            Task.WhenAll(drawn).ContinueWith(static _ => { }, TaskScheduler.Default).Wait();
            throw;
        }

        stdout.WriteLine($"done in {clock.ElapsedMilliseconds} ms");
        return 0;
    }

    private static void Tell(TextWriter stdout, IEnumerable<Figure> figures, string outDir)
    {
        foreach (var figure in figures)
        {
            stdout.WriteLine($"{figure.Name}: {figure.Chart.Options.Title} ({figure.Plotted.Count} values) -> {outDir}");
        }
    }

    /// <summary>The repository's charts/ folder when run from inside the clone, else ./charts.</summary>
    private static string RepositoryCharts()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TradeAnalytics.sln")))
            {
                return Path.Combine(dir.FullName, "charts");
            }
        }

        return Path.Combine(Environment.CurrentDirectory, "charts");
    }
}
