using ScottPlot;
using ScottPlot.TickGenerators;

namespace TradeAnalytics.Charts;

/// <summary>What every chart shares: font, title, axis titles, invariant year ticks, the footnote.</summary>
internal static class ChartLayout
{
    internal static readonly Color Reported = Color.FromHex("#2f5f8f");
    internal static readonly Color Light = Color.FromHex("#9cbbd9");
    internal static readonly Color Ink = Color.FromHex("#222222");
    internal static readonly Color Muted = Color.FromHex("#666666");

    internal static Plot NewPlot(ChartOptions options)
    {
        BundledFonts.EnsureRegistered();
        var plot = new Plot();
        plot.Font.Set(BundledFonts.FamilyName);
        plot.Title(options.Title, size: 18);
        plot.Axes.Title.Label.Bold = true;
        plot.Axes.Title.FullFigureCenter = true;
        plot.YLabel(options.ValueAxisTitle, size: 14);
        plot.XLabel(options.YearAxisTitle, size: 14);
        plot.Grid.XAxisStyle.MajorLineStyle.Width = 0;
        return plot;
    }

    /// <summary>
    /// Lays <paramref name="plot"/> out at a size, as drawing it would (ticks, data area, <see cref="Plot.LastRender"/>), on a
    /// canvas that draws nothing: measuring text needs no pixels.
    /// </summary>
    internal static void LayOut(Plot plot, int width, int height)
    {
        using var canvas = new SkiaSharp.SKNoDrawCanvas(width, height);
        plot.Render(canvas, width, height);
    }

    /// <summary>One tick per year, labelled by hand so that no culture can write "2,008"; labels thinned where they would touch.</summary>
    internal static void YearTicks(Plot plot, int from, int to, int width)
    {
        // A year label is four digits of the 12-pixel font (about 31 px): label every year where that fits the
        // pitch with room to spare, else every 2nd, 5th, 10th … year (multiples of the step), so labels never touch.
        var pitch = (width - 110d) / (to - from + 1.2);
        var step = new[] { 1, 2, 5, 10, 20, 50 }.FirstOrDefault(s => s * pitch >= 38, 100);
        var ticks = new NumericManual();
        for (var year = from; year <= to; year++)
        {
            if (year % step == 0 || step == 1)
            {
                ticks.AddMajor(year, ChartText.Year(year));
            }
            else
            {
                ticks.AddMinor(year);
            }
        }

        plot.Axes.Bottom.TickGenerator = ticks;
        plot.Axes.SetLimitsX(from - 0.6, to + 0.6);
    }

    /// <summary>
    /// The footnote panel under the year axis: source and marker explanations, left-aligned lines, each
    /// wrapped at a word so that it fits the figure's <paramref name="width"/> (about 7 pixels a character
    /// of the 12-pixel DejaVu Sans).
    /// </summary>
    internal static void Footnote(Plot plot, IEnumerable<string?> lines, int width)
    {
        var perLine = Math.Max(40, (int)((width - 24) / 7.0));
        var text = string.Join("\n", lines.Where(l => !string.IsNullOrWhiteSpace(l)).SelectMany(l => l!.Split('\n')).SelectMany(l => Wrap(l, perLine)));
        var panel = new FootnotePanel();
        panel.Label.Text = text;
        panel.Label.ForeColor = Muted;
        panel.Label.FontName = BundledFonts.FamilyName;
        plot.Axes.AddPanel(panel);
    }

    private static IEnumerable<string> Wrap(string line, int perLine)
    {
        var rest = line;
        while (rest.Length > perLine)
        {
            var cut = rest.LastIndexOf(' ', perLine);
            if (cut <= 0)
            {
                cut = perLine;
            }

            yield return rest[..cut];
            rest = rest[cut..].TrimStart();
        }

        yield return rest;
    }
}
