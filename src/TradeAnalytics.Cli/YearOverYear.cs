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
    private readonly StreamWriter _writer;
    private readonly Task<(int Defined, int Undefined)> _work;

    internal YearOverYear(string path)
    {
        _writer = new StreamWriter(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, bufferSize: 0), new UTF8Encoding(false), bufferSize: 1 << 16);
        _writer.Write("reporter,partner,flow,year,yoy_percent,reason\n");
        _work = Task.Run(WriteAsync);
    }

    /// <summary>One reporter's observations, in order.</summary>
    internal void Add(IReadOnlyList<TradeObservation> reporter) => _queue.Writer.TryWrite(reporter);

    /// <summary>Waits for the last reporter and returns how many rates were defined and undefined.</summary>
    internal (int Defined, int Undefined) Finish()
    {
        _queue.Writer.TryComplete();
        var counts = _work.GetAwaiter().GetResult();
        _writer.Flush();
        return counts;
    }

    public void Dispose()
    {
        _queue.Writer.TryComplete();
        _writer.Dispose();
    }

    private async Task<(int Defined, int Undefined)> WriteAsync()
    {
        var defined = 0;
        var undefined = 0;
        var scratch = new char[32];
        await foreach (var batch in _queue.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            foreach (var (series, start, count) in Series(batch))
            {
                var first = series[start];
                var measure = first.Flow == TradeFlow.Exports ? TradeMeasure.Exports : TradeMeasure.Imports;
                var values = new YearlyValue[count];
                for (var i = 0; i < count; i++)
                {
                    var o = series[start + i];
                    values[i] = new YearlyValue(o.Year, o.Value, o.Estimated, Partial: false, o.Source);
                }

                var trade = new TradeSeries(new SeriesContext(first.Reporter, first.Partner, measure, ReportingSide.Reporter) { Product = first.Product }, values);
                var prefix = $"{first.Reporter.Code},{first.Partner.Code},{InterchangeCsv.FlowName(first.Flow)},";
                foreach (var rate in trade.YearOverYear())
                {
                    _writer.Write(prefix);
                    WriteFormatted(rate.ToYear, null, scratch);
                    _writer.Write(',');
                    if (rate.IsDefined)
                    {
                        WriteFormatted(rate.Percent!.Value, "R", scratch);
                        _writer.Write(",\n");
                        defined++;
                    }
                    else
                    {
                        _writer.Write(',');
                        _writer.Write(rate.Reason);
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
