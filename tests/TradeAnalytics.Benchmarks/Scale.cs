using System.Diagnostics;
using System.Globalization;
using TradeAnalytics.Data;
using TradeAnalytics.Parquet;

namespace TradeAnalytics.Benchmarks;

/// <summary>
/// Issue 26's in-memory measures, each in a process of its own so that its peak memory is its own: the whole data
/// package loaded (<see cref="ImfDots2022All.Load"/>), and a synthetic 25.8 M-value dataset (every DOTS value repeated
/// for ten made-up products, HS 01–10) loaded from its columnar file with one pair's series answered. Each child
/// loads <c>--runs</c> times (the first includes JIT compilation), prints every run, and its median and peak working set.
/// </summary>
internal static class Scale
{
    internal static int Run(string[] args, int runs)
    {
        var measure = args.SkipWhile(a => a != "--measure").Skip(1).FirstOrDefault();
        return measure switch
        {
            null => Parent(runs),
            "whole-load" => Child(runs, () => ImfDots2022All.Load(), d => d.Bilateral("DEU", "CHN").Turnover()[2020]!.Value.Value),
            "synthetic-write" => WriteSynthetic(args[^1]),
            "synthetic" => Child(runs, () => ColumnarParquet.ReadFile(args[^1]), d => d.Bilateral(Economies.Get("DEU"), Economies.Get("CHN"), Product.Hs("07")).Turnover()[2020]!.Value.Value),
            _ => throw new ArgumentException($"--measure {measure}: whole-load, synthetic-write FILE or synthetic FILE"),
        };
    }

    /// <summary>
    /// The time is the median of <paramref name="runs"/> loads in one process; the peak, the median peak of three processes
    /// that load once (what a program that loads the data needs: in a process that loads again and again, the garbage of
    /// the loads before adds to it until the collector returns it).
    /// </summary>
    private static int Parent(int runs)
    {
        var whole = Spawn($"--measure whole-load --runs {runs}");
        var wholePeak = Median(Enumerable.Range(0, 3).Select(_ => Spawn("--measure whole-load --runs 1").PeakMiB));
        var file = Path.Combine(Path.GetTempPath(), $"synthetic-25m-{Environment.ProcessId}.columns.parquet");
        try
        {
            Spawn($"--measure synthetic-write {file}");
            var synthetic = Spawn($"--measure synthetic --runs {Math.Max(3, runs / 2)} {file}");
            var syntheticPeak = Spawn($"--measure synthetic --runs 1 {file}").PeakMiB;
            Console.WriteLine($"data package: whole load median {whole.Median:0.000} s, peak {wholePeak} MiB");
            Console.WriteLine($"synthetic 25M: load median {synthetic.Median:0.000} s, peak {syntheticPeak} MiB");
        }
        finally
        {
            File.Delete(file);
        }

        return 0;
    }

    private static long Median(IEnumerable<long> values) => values.Order().ElementAt(values.Count() / 2);

    private static (double Median, long PeakMiB) Spawn(string arguments)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!, arguments) { RedirectStandardOutput = true };
        using var child = Process.Start(start)!;
        (double, long) result = default;
        while (child.StandardOutput.ReadLine() is { } line)
        {
            Console.WriteLine("  " + line);
            if (line.StartsWith("result ", StringComparison.Ordinal))
            {
                var parts = line.Split(' ');
                result = (double.Parse(parts[1], CultureInfo.InvariantCulture), long.Parse(parts[2], CultureInfo.InvariantCulture));
            }
        }

        child.WaitForExit();
        if (child.ExitCode != 0)
        {
            throw new InvalidOperationException($"The measure '{arguments}' failed (exit {child.ExitCode}).");
        }

        return result;
    }

    private static int Child(int runs, Func<TradeDataset> load, Func<TradeDataset, double> answer)
    {
        var times = new List<double>();
        for (var run = 1; run <= runs; run++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var clock = Stopwatch.StartNew();
            var dataset = load();
            var loaded = clock.Elapsed.TotalSeconds;
            var value = answer(dataset);
            var answered = clock.Elapsed.TotalSeconds;
            times.Add(loaded);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {run}: load {loaded:0.000} s ({dataset.Observations.Count:N0} values), then a pair's series {(answered - loaded) * 1000:0.0} ms ({value:0.###} $m)"));
        }

        times.Sort();
        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"result {times[times.Count / 2]:0.000} {peak}"));
        return 0;
    }

    private static int WriteSynthetic(string path)
    {
        var clock = Stopwatch.StartNew();
        var dots = ImfDots2022All.Load();
        var products = Enumerable.Range(1, 10).Select(p => Product.Hs(p.ToString("00", CultureInfo.InvariantCulture))).ToList();
        var synthetic = new TradeDataset(products.SelectMany(p => dots.Observations.Select(o => o with { Product = p })), "synthetic: IMF DOTS 2022 values repeated for HS 01–10 (made-up products)");
        ColumnarParquet.WriteFile(path, synthetic);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {synthetic.Observations.Count:N0} values to {path} ({new FileInfo(path).Length / 1024 / 1024} MiB) in {clock.Elapsed.TotalSeconds:0} s"));
        return 0;
    }
}
