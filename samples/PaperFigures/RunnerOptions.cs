using System.Globalization;
using TradeAnalytics;

namespace PaperFigures;

/// <summary>What the main job was asked to do: where to write, whose report to draw, and which figures.</summary>
/// <param name="Out">The folder to write into; null for the repository's charts/ (or ./charts outside a clone).</param>
/// <param name="Side">Whose report the paper's figures draw (<c>--mirror</c>: Israel's).</param>
/// <param name="Figures">The figures to draw (<c>--figures 1-5</c>), in order; null for all of them, the claims and the report.</param>
public sealed record RunnerOptions(string? Out, ReportingSide Side, IReadOnlyList<int>? Figures)
{
    /// <summary>The figures the main job draws, numbered 1 to this.</summary>
    public const int FigureCount = 8;

    /// <summary>How to call the main job.</summary>
    public const string Usage =
        "usage: PaperFigures [--out DIR] [--mirror] [--figures LIST]\n"
        + "  --out DIR        write into DIR (default: the repository's charts/, else ./charts)\n"
        + "  --mirror         draw the paper's figures from Israel's reports (mirror statistics)\n"
        + "  --figures LIST   draw only these figures, e.g. 1-5 or 2,7 (1 to 8); the claims and report.html, which cover every\n"
        + "                   figure, are then not written\n"
        + "  --help           print this";

    /// <summary>True when <c>--help</c> was asked for.</summary>
    public bool Help { get; init; }

    /// <summary>Reads the command line.</summary>
    /// <exception cref="ArgumentException">An unknown option, a missing value, or a figure list that is not numbers 1 to 8 (the message says which).</exception>
    public static RunnerOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? output = null;
        var side = ReportingSide.Reporter;
        IReadOnlyList<int>? figures = null;
        var help = false;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--out":
                    output = Value(args, ref i);
                    break;
                case "--mirror":
                    side = ReportingSide.Partner;
                    break;
                case "--figures":
                    figures = FigureList(Value(args, ref i));
                    break;
                case "--help" or "-h":
                    help = true;
                    break;
                default:
                    throw new ArgumentException($"unknown option '{VisibleText.Of(args[i])}'");
            }
        }

        return new RunnerOptions(output, side, figures) { Help = help };
    }

    private static string Value(IReadOnlyList<string> args, ref int i)
    {
        var option = args[i];
        if (i + 1 >= args.Count || args[i + 1].Length == 0)
        {
            throw new ArgumentException($"{option} needs a value");
        }

        return args[++i];
    }

    /// <summary>"1-5", "2,7", "1-3,8": numbers and ranges of figures, each 1 to 8, in order and each once.</summary>
    private static List<int> FigureList(string text)
    {
        var numbers = new SortedSet<int>();
        foreach (var part in text.Split(','))
        {
            var range = part.Split('-');
            if (range.Length > 2 || !range.All(IsFigure))
            {
                throw new ArgumentException($"--figures: '{VisibleText.Of(part)}' is not a figure number or range of them (1 to {FigureCount}, e.g. 1-5 or 2,7)");
            }

            var (first, last) = (Number(range[0]), Number(range[^1]));
            if (first > last)
            {
                throw new ArgumentException($"--figures: the range '{part}' runs backwards; write {last}-{first}");
            }

            for (var n = first; n <= last; n++)
            {
                numbers.Add(n);
            }
        }

        return [.. numbers];
    }

    private static bool IsFigure(string text)
        => text.Length == 1 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= FigureCount;

    private static int Number(string text) => int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
}
