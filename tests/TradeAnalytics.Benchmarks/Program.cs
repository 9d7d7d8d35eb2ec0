// Stopwatch harness for the whole-folder DOTS import (see README.md beside this file).
// Usage: dotnet run -c Release --project tests/TradeAnalytics.Benchmarks -- [FOLDER] [--runs N] [--csv OUT]
//        dotnet run -c Release --project tests/TradeAnalytics.Benchmarks -- --data-package [--runs N]
//        dotnet run -c Release --project tests/TradeAnalytics.Benchmarks -- --scale [--runs N]
//        dotnet run -c Release --project tests/TradeAnalytics.Benchmarks -- --csv-trial [--runs N]
//        dotnet run -c Release --project tests/TradeAnalytics.Benchmarks -- --news [ARTICLES CORPUS]   (the drafter on the news corpus)
//        dotnet run -c Release --project tests/TradeAnalytics.Benchmarks -- --xlsx openxml|miniexcel OUT.xlsx   (the spreadsheet writers, for farm-bench)
using System.Diagnostics;
using TradeAnalytics;
using TradeAnalytics.Benchmarks;
using TradeAnalytics.Sources.Imf;

var folder = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal))
    ?? Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../../shared/data/imf-dots-2022"));
var runs = args.SkipWhile(a => a != "--runs").Skip(1).Select(int.Parse).FirstOrDefault(5);
var csvOut = args.SkipWhile(a => a != "--csv").Skip(1).FirstOrDefault();
if (args.Contains("--news"))
{
    // The claim drafter on real news (English and Russian): recall, precision and verdict agreement against hand-written claims.
    // Other folders (articles not seen while developing, say): --news ARTICLES CORPUS.
    var folders = args.SkipWhile(a => a != "--news").Skip(1).TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
    var articles = folders.Count == 2 ? folders[0] : Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../../shared/articles"));
    var corpus = folders.Count == 2 ? folders[1] : Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../TradeAnalytics.Tests/Claims/News"));
    if (!Directory.Exists(articles))
    {
        Console.Error.WriteLine($"The articles are not at {articles} (../shared/articles beside the repository).");
        return 1;
    }

    var score = NewsCorpus.Run(articles, corpus);
    foreach (var note in score.Notes)
    {
        Console.WriteLine("  " + note);
    }

    Console.WriteLine(score);
    return 0;
}

if (args.Contains("--xlsx"))
{
    // The two served spreadsheet writers on the same table, one process each, for farm-bench side by side: every value
    // of IMF DOTS 2022 between the paper's six reporters and all partners (the interchange columns, typed).
    var writer = args.SkipWhile(a => a != "--xlsx").Skip(1).First();
    var target = args.SkipWhile(a => a != "--xlsx").Skip(2).First();
    var rows = TradeAnalytics.Catalogue.ShippedData.ImfDots2022.Observations;
    XlsxTrial.Write(writer, rows, target);
    Console.WriteLine($"{writer}: {rows.Count:N0} rows -> {target} ({new FileInfo(target).Length:N0} bytes)");
    return 0;
}

if (args.Contains("--csv-trial"))
{
    return CsvTrial.Run(runs);
}

if (args.Contains("--scale") || args.Contains("--measure"))
{
    return Scale.Run(args, runs);
}

if (args.Contains("--data-package"))
{
    // The all-reporters data package: the whole load, one pair's reporters, and a pair lookup on the loaded data.
    var loads = new List<double>();
    var pairs = new List<double>();
    var lookups = new List<double>();
    for (var run = 1; run <= runs; run++)
    {
        GC.Collect();
        var clock = Stopwatch.StartNew();
        var all = TradeAnalytics.Data.ImfDots2022All.Load();
        loads.Add(clock.Elapsed.TotalMilliseconds);
        clock.Restart();
        var two = TradeAnalytics.Data.ImfDots2022All.Of("KAZ", "ISR");
        pairs.Add(clock.Elapsed.TotalMilliseconds);
        var deu = Economies.Get("DEU");
        var chn = Economies.Get("CHN");
        _ = all.Bilateral(deu, chn).Turnover();
        clock.Restart();
        const int lookupsPerRun = 1000;
        for (var i = 0; i < lookupsPerRun; i++)
        {
            _ = all.Bilateral(deu, chn).Turnover()[2020];
        }

        lookups.Add(clock.Elapsed.TotalMilliseconds * 1000 / lookupsPerRun);
        Console.WriteLine($"run {run}: load all {loads[^1]:0} ms ({all.Observations.Count:N0} values), Of(KAZ, ISR) {pairs[^1]:0.0} ms ({two.Observations.Count:N0}), DEU–CHN turnover 2020 {lookups[^1]:0.0} µs");
    }

    static double Median(List<double> xs) => xs.Order().ElementAt(xs.Count / 2);
    Console.WriteLine($"median: load all {Median(loads):0} ms; Of(KAZ, ISR) {Median(pairs):0.0} ms; a pair's turnover series on the loaded data {Median(lookups):0.0} µs; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MiB");
    return 0;
}

if (!Directory.Exists(folder))
{
    Console.Error.WriteLine($"No DOTS folder at {folder}; pass it as the first argument.");
    return 1;
}

var files = DotsFolderImporter.Workbooks(folder);
if (args.Contains("--sequential-read"))
{
    // One thread, reader only: the cost of DotsWorkbookReader itself, without the folder pipeline or a sink.
    for (var run = 1; run <= runs; run++)
    {
        var clock = Stopwatch.StartNew();
        long cells = 0;
        foreach (var file in files)
        {
            cells += DotsWorkbookReader.Read(file).CellsRead;
        }

        Console.WriteLine($"sequential read {run}: {clock.Elapsed.TotalSeconds:0.00} s, {cells:N0} cells");
    }

    return 0;
}

Console.WriteLine($"{files.Count} workbooks in {folder}; {runs} runs; {(csvOut is null ? "observations counted, not kept" : "written to " + csvOut)}");
var times = new List<double>();
DotsImportReport? report = null;
for (var run = 1; run <= runs; run++)
{
    GC.Collect();
    var clock = Stopwatch.StartNew();
    long count = 0;
    report = csvOut is null
        ? DotsFolderImporter.Import(files, _ => count++)
        : DotsFolderImporter.ImportToCsv(files, csvOut);
    clock.Stop();
    times.Add(clock.Elapsed.TotalSeconds);
    Console.WriteLine($"run {run}: {clock.Elapsed.TotalSeconds:0.00} s, {report.ObservationsAccepted:N0} observations, reconciles: {report.Reconciles}");
}

times.Sort();
Console.WriteLine($"median {times[times.Count / 2]:0.00} s (min {times[0]:0.00}, max {times[^1]:0.00}); peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MiB");
return report!.Reconciles ? 0 : 2;
