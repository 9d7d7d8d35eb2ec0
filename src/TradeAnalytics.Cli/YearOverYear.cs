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
        _writer = new StreamWriter(path, append: false, new UTF8Encoding(false), bufferSize: 1 << 16);
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
        await foreach (var batch in _queue.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            foreach (var series in batch.GroupBy(o => (o.Reporter, o.Partner, o.Flow, o.Product)))
            {
                var (reporter, partner, flow, product) = series.Key;
                var measure = flow == TradeFlow.Exports ? TradeMeasure.Exports : TradeMeasure.Imports;
                var values = series.Select(o => new YearlyValue(o.Year, o.Value, o.Estimated, Partial: false, o.Source));
                var trade = new TradeSeries(new SeriesContext(reporter, partner, measure, ReportingSide.Reporter) { Product = product }, values);
                var prefix = $"{reporter.Code},{partner.Code},{InterchangeCsv.FlowName(flow)},";
                foreach (var rate in trade.YearOverYear())
                {
                    _writer.Write(prefix);
                    _writer.Write(rate.ToYear.ToString(CultureInfo.InvariantCulture));
                    _writer.Write(',');
                    if (rate.IsDefined)
                    {
                        _writer.Write(rate.Percent!.Value.ToString("R", CultureInfo.InvariantCulture));
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
}
