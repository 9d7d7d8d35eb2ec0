using System.Globalization;
using System.Text;
using System.Threading.Channels;
using TradeAnalytics.Analytics;

namespace TradeAnalytics.Cli;

/// <summary>
/// Year-over-year growth of every series of an import (reporter, partner, flow), with the library's gap-aware
/// rule, written as <c>reporter,partner,flow,year,yoy_percent,reason</c> on a background task that takes one
/// reporter's observations at a time.
/// </summary>
internal sealed class YearOverYear : IDisposable
{
    private readonly Channel<IReadOnlyList<TradeObservation>> _queue = Channel.CreateUnbounded<IReadOnlyList<TradeObservation>>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
    private readonly PendingFile _file;
    private bool _completed;
    private bool _finished;
    private readonly StreamWriter _writer;
    private readonly Task<(int Defined, int Undefined)> _work;

    internal YearOverYear(string path)
    {
        _file = SafeFile.Open(path);
        _writer = new StreamWriter(_file.Stream, new UTF8Encoding(false), bufferSize: 1 << 16, leaveOpen: true);
        _writer.Write("reporter,partner,flow,year,yoy_percent,reason\n");
        _work = Task.Run(WriteAsync);
    }

    /// <summary>One reporter's observations, in order.</summary>
    internal void Add(IReadOnlyList<TradeObservation> reporter) => _queue.Writer.TryWrite(reporter);

    /// <summary>Waits for the last reporter, moves the file into place whole, and returns how many rates were defined and undefined.</summary>
    internal (int Defined, int Undefined) Finish()
    {
        var counts = Complete();
        Commit();
        return counts;
    }

    /// <summary>
    /// Waits for the last reporter and flushes the file to disk, without moving it into place yet (<see cref="Commit"/>): it can
    /// run while the import's own file is flushed and moved. Returns how many rates were defined and undefined.
    /// </summary>
    internal (int Defined, int Undefined) Complete()
    {
        _queue.Writer.TryComplete();
        var counts = _work.GetAwaiter().GetResult();
        _completed = true;
        _writer.Dispose();   // flushes; the file's stream stays open for the commit
        _file.FlushToDisk();
        return counts;
    }

    /// <summary>Moves the file, completed (<see cref="Complete"/>), into place.</summary>
    internal void Commit()
    {
        _file.Commit();
        _finished = true;
    }

    /// <summary>Without <see cref="Commit"/> (the import failed): the file is not written and an earlier one stays as it was.</summary>
    public void Dispose()
    {
        _queue.Writer.TryComplete();
        try
        {
            _work.Wait();
        }
        catch (AggregateException)
        {
            // The import's own error is the one to report.
        }

        if (!_finished)
        {
            // A writer left open on its stream flushes again at every Dispose: only once, and never after the commit closed the stream.
            if (!_completed)
            {
                _writer.Dispose();
            }

            _file.Dispose();
        }
    }

    private async Task<(int Defined, int Undefined)> WriteAsync()
    {
        var defined = 0;
        var undefined = 0;
        var scratch = new char[32];
        // One series at a time through the library's span form of the rule: no series, value or rate objects per year.
        var years = new int[64];
        var values = new double[64];
        var percents = new double[64];
        var statuses = new GrowthStatus[64];
        var reasons = new Dictionary<(GrowthStatus, int), string>();
        await foreach (var batch in _queue.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            foreach (var (series, start, count) in Series(batch))
            {
                if (years.Length < count)
                {
                    Array.Resize(ref years, count);
                    Array.Resize(ref values, count);
                }

                var ascending = true;
                for (var i = 0; i < count; i++)
                {
                    var o = series[start + i];
                    years[i] = o.Year;
                    values[i] = o.Value.Value;
                    ascending &= i == 0 || years[i] > years[i - 1];
                }

                if (!ascending)
                {
                    Array.Sort(years, values, 0, count);
                }

                var span = count < 2 ? 0 : years[count - 1] - years[0];
                if (percents.Length < span)
                {
                    Array.Resize(ref percents, span);
                    Array.Resize(ref statuses, span);
                }

                var rates = Growth.YearOverYear(years.AsSpan(0, count), values.AsSpan(0, count), percents, statuses);
                var first = series[start];
                var prefix = $"{first.Reporter.Code},{first.Partner.Code},{InterchangeCsv.FlowName(first.Flow)},";
                for (var i = 0; i < rates; i++)
                {
                    var year = years[0] + i + 1;
                    _writer.Write(prefix);
                    WriteFormatted(year, null, scratch);
                    _writer.Write(',');
                    if (statuses[i] == GrowthStatus.Defined)
                    {
                        WriteFormatted(percents[i], "R", scratch);
                        _writer.Write(",\n");
                        defined++;
                    }
                    else
                    {
                        if (!reasons.TryGetValue((statuses[i], year), out var reason))
                        {
                            reasons.Add((statuses[i], year), reason = Growth.Reason(statuses[i], year - 1, year));
                        }

                        _writer.Write(',');
                        CsvText.Field(_writer, reason);
                        _writer.Write('\n');
                        undefined++;
                    }
                }
            }
        }

        return (defined, undefined);
    }

    /// <summary>
    /// Writes <paramref name="value"/> formatted invariantly into <paramref name="scratch"/> (no string per rate), or as a
    /// string only where it does not fit. The interchange CSV writer has the same private helper (TradeAnalytics core).
    /// </summary>
    private void WriteFormatted<T>(T value, string? format, char[] scratch)
        where T : ISpanFormattable
    {
        if (value.TryFormat(scratch, out var length, format, CultureInfo.InvariantCulture))
        {
            _writer.Write(scratch, 0, length);
        }
        else
        {
            _writer.Write(value.ToString(format, CultureInfo.InvariantCulture));
        }
    }

    /// <summary>
    /// The batch's series (reporter, partner, flow, product), each as a run of rows. The import hands every series
    /// over in one run, so runs are taken as they come, without copying; should a series' key come back after
    /// another, the batch is grouped instead.
    /// </summary>
    private static IEnumerable<(IReadOnlyList<TradeObservation> Rows, int Start, int Count)> Series(IReadOnlyList<TradeObservation> batch)
    {
        var runs = new List<(IReadOnlyList<TradeObservation>, int, int)>();
        var seen = new HashSet<(Economy, Economy, TradeFlow, Product)>();
        var start = 0;
        for (var i = 1; i <= batch.Count; i++)
        {
            if (i < batch.Count && SameSeries(batch[i], batch[start]))
            {
                continue;
            }

            if (!seen.Add(Key(batch[start])))
            {
                return batch.GroupBy(Key).Select(g => g.ToList()).Select(g => ((IReadOnlyList<TradeObservation>)g, 0, g.Count));
            }

            runs.Add((batch, start, i - start));
            start = i;
        }

        return runs;

        static (Economy, Economy, TradeFlow, Product) Key(TradeObservation o) => (o.Reporter, o.Partner, o.Flow, o.Product);
        static bool SameSeries(TradeObservation a, TradeObservation b)
            => a.Flow == b.Flow && a.Partner.Equals(b.Partner) && a.Reporter.Equals(b.Reporter) && a.Product == b.Product;
    }
}
