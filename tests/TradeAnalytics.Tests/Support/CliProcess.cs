using System.Diagnostics;

namespace TradeAnalytics.Tests.Support;

/// <summary>The built command-line tool run as its own process: for signals and resource limits, which an in-process run cannot take.</summary>
internal static class CliProcess
{
    internal static string Tool => Path.Combine(AppContext.BaseDirectory, "trade-analytics");

    internal static Process Start(string shellPrefix, params string[] args)
    {
        var command = string.Join(' ', new[] { shellPrefix, "exec", Quote(Tool) }.Concat(args.Select(Quote)).Where(p => p.Length > 0));
        var info = new ProcessStartInfo("bash", ["-c", command]) { RedirectStandardError = true, RedirectStandardOutput = true };
        return Process.Start(info)!;
    }

    internal static (int Code, string Out, string Err) Run(string shellPrefix, params string[] args)
    {
        using var process = Start(shellPrefix, args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("trade-analytics " + string.Join(' ', args) + " did not end in 120 s");
        }

        return (process.ExitCode, output.Result, error.Result);
    }

    internal static void Signal(Process process, string signal)
        => Process.Start("kill", ["-" + signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExit();

    private static string Quote(string text) => text.Length == 0 ? "" : "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
