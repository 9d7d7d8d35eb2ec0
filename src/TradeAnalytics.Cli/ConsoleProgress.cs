using TradeAnalytics.Sources.Imf;

namespace TradeAnalytics.Cli;

/// <summary>Shows import progress on standard error: one updating line on a terminal, a line every 10 % otherwise.</summary>
internal sealed class ConsoleProgress(TextWriter error, int total) : IProgress<DotsImportProgress>
{
    private readonly bool _interactive = !Console.IsErrorRedirected;
    private int _lastDecile = -1;

    public void Report(DotsImportProgress value)
    {
        var line = $"[{value.WorkbooksDone}/{value.WorkbooksTotal}] {value.CurrentFile}  {value.ObservationsSoFar:N0} observations";
        if (_interactive)
        {
            error.Write("\r" + line.PadRight(72));
            return;
        }

        var decile = value.WorkbooksDone * 10 / Math.Max(1, total);
        if (decile != _lastDecile || value.WorkbooksDone == total)
        {
            _lastDecile = decile;
            error.WriteLine(line);
        }
    }

    public void Done()
    {
        if (_interactive)
        {
            error.WriteLine();
        }
    }
}

/// <summary>Progress reported on the thread that reports it, at once (Progress&lt;T&gt; posts to a thread pool and may print after the result).</summary>
internal sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
