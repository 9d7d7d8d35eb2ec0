// Stopwatch harness for the whole-folder DOTS import (see README.md beside this file).
// Usage: dotnet run -c Release --project tests/TradeAnalytics.Benchmarks -- [FOLDER] [--runs N] [--csv OUT]
using System.Diagnostics;
using TradeAnalytics;
using TradeAnalytics.Sources.Imf;

var folder = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal))
    ?? Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../../shared/data/imf-dots-2022"));
var runs = args.SkipWhile(a => a != "--runs").Skip(1).Select(int.Parse).FirstOrDefault(5);
var csvOut = args.SkipWhile(a => a != "--csv").Skip(1).FirstOrDefault();
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
