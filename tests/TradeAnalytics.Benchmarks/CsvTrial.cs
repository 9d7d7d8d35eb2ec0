using System.Diagnostics;
using System.Globalization;
using TradeAnalytics.Data;

namespace TradeAnalytics.Benchmarks;

/// <summary>
/// Issue 26, goal 4: the core's CSV record reader (<see cref="CsvRecords"/>: Sep splits, the core checks quotes and unescapes)
/// against the hand-written reader it replaced (<see cref="HandWrittenCsvRecords"/>), reading the same files field by field
/// (every field's characters touched, nothing parsed beyond the CSV), and what each does with the malformed rows the fuzz
/// and hostile suites hold against the reader. Prints medians.
/// </summary>
internal static class CsvTrial
{
    internal static int Run(int runs)
    {
        var folder = Directory.CreateTempSubdirectory("csv-trial-").FullName;
        try
        {
            var small = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../data/imf-dots-2022.csv"));
            var large = Path.Combine(folder, "all.csv");
            InterchangeCsv.WriteFile(large, ImfDots2022All.Dataset.Observations);
            foreach (var file in new[] { small, large })
            {
                var hand = new List<double>();
                var core = new List<double>();
                for (var run = 0; run < runs; run++)
                {
                    hand.Add(Time(() => HandWritten(file)));
                    core.Add(Time(() => Core(file)));
                }

                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{Path.GetFileName(file)} ({new FileInfo(file).Length / 1024 / 1024.0:0.0} MiB, {HandWritten(file):N0} chars of fields): hand-written median {Median(hand):0.0} ms, core over Sep median {Median(core):0.0} ms ({Median(core) / Median(hand):0.00}×)"));
            }

            foreach (var (name, text) in Malformed)
            {
                Console.WriteLine($"{name}: hand-written → {Outcome(() => HandWrittenText(text))}; core over Sep → {Outcome(() => CoreText(text))}");
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        return 0;
    }

    private static readonly (string Name, string Text)[] Malformed =
    [
        ("a quote inside an unquoted field", "a,b\nx\"y,1\n"),
        ("text after a closing quote", "a,b\n\"x\"y,1\n"),
        ("a quote left open at the end", "a,b\n\"x,1\n"),
        ("a row with a field too many", "a,b\n1,2,3\n"),
    ];

    private static double Time(Func<long> read)
    {
        var clock = Stopwatch.StartNew();
        read();
        return clock.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> xs) => xs.Order().ElementAt(xs.Count / 2);

    private static long HandWritten(string path)
    {
        using var reader = new StreamReader(path);
        return Count(new HandWrittenCsvRecords(reader, Path.GetFileName(path)));
    }

    private static long HandWrittenText(string text) => Count(new HandWrittenCsvRecords(new StringReader(text), "trial.csv"));

    private static long Count(HandWrittenCsvRecords csv)
    {
        long chars = 0;
        while (csv.Read())
        {
            for (var i = 0; i < csv.Count; i++)
            {
                chars += csv[i].Length;
            }
        }

        return chars;
    }

    private static long Core(string path)
    {
        using var reader = new StreamReader(path);
        return Count(new CsvRecords(reader, Path.GetFileName(path)));
    }

    private static long CoreText(string text) => Count(new CsvRecords(new StringReader(text), "trial.csv"));

    private static long Count(CsvRecords csv)
    {
        long chars = 0;
        while (csv.Read())
        {
            for (var i = 0; i < csv.Count; i++)
            {
                chars += csv[i].Length;
            }
        }

        return chars;
    }

    private static string Outcome(Func<long> read)
    {
        try
        {
            return $"read, no error ({read()} chars)";
        }
        catch (Exception e)
        {
            return $"{e.GetType().Name}: {e.Message.Split('\n')[0]}";
        }
    }
}
