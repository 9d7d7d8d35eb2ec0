using ScottPlot;
using ScottPlot.Panels;
using ScottPlot.Plottables;
using SkiaSharp;

namespace TradeAnalytics.Charts;

/// <summary>
/// Draws a plot as SVG with the Latin subset of the bundled font wherever that changes nothing but the time it takes.
/// </summary>
/// <remarks>
/// Skia's SVG canvas writes each text run as characters, and to turn the run's glyphs back into characters it walks the
/// font's whole character map, once per run: 5,918 characters for DejaVu Sans, about 0.15 ms a run, most of the time an
/// SVG took (a paper figure has about 40 runs). The Latin subset maps 436 characters with the same glyphs and metrics, so
/// text within it comes out byte for byte the same. The labels drawn in the bundled font (ScottPlot's
/// <see cref="LabelStyle.Font"/>) are switched to the subset's face for the drawing and back after it; then every text
/// those labels drew (the tick labels as generated) is checked, and if one has a character outside the subset the chart
/// is drawn again with the whole font — a dropped character is never the price. A plot holding anything this does not
/// know (a plottable or panel of another kind, e.g. added by a user through <see cref="TradeChart.Plot"/>) is drawn with
/// the whole font from the start. PNG drawing never uses the subset: it has no such cost.
/// </remarks>
internal static class LatinSvg
{
    /// <summary>The plot as SVG; <paramref name="latin"/> says whether the subset drew it.</summary>
    /// <param name="plot">The plot.</param>
    /// <param name="width">Its width in pixels.</param>
    /// <param name="height">Its height in pixels.</param>
    /// <param name="latin">Whether the subset drew it.</param>
    /// <param name="laidOut">True when the plot has just been drawn at this size, unchanged since (its layout is settled).</param>
    internal static string Draw(Plot plot, int width, int height, out bool latin, bool laidOut = false)
    {
        latin = false;
        var swaps = Swappable(plot);
        if (swaps is null || swaps.Count == 0)
        {
            return Svg(plot, width, height, laidOut);
        }

        string svg;
        foreach (var swap in swaps)
        {
            swap.Label.Font = swap.Latin;
        }

        try
        {
            svg = Svg(plot, width, height, laidOut);
        }
        finally
        {
            foreach (var swap in swaps)
            {
                swap.Label.Font = swap.Whole;
            }
        }

        if (swaps.All(s => s.Texts().All(BundledFonts.InLatinSubset)))
        {
            latin = true;
            return svg;
        }

        return Svg(plot, width, height);
    }

    /// <summary>
    /// The plot as an SVG document, as ScottPlot's <see cref="Plot.GetSvgXml"/> writes it. ScottPlot first draws the whole
    /// chart to pixels only to settle its layout (a 1000×600 chart: a 2.4 MB raster, cleared and drawn, per SVG); laying it
    /// out on a canvas that draws nothing settles the same state, and the document is byte for byte ScottPlot's (tests
    /// compare them). A plot just drawn at this size (<paramref name="laidOut"/>) is settled already and is not laid out again.
    /// </summary>
    internal static string Svg(Plot plot, int width, int height, bool laidOut = false)
    {
        if (!laidOut)
        {
            ChartLayout.LayOut(plot, width, height);
        }

        var clear = plot.RenderManager.ClearCanvasBeforeEachRender;
        plot.RenderManager.ClearCanvasBeforeEachRender = false;
        try
        {
            using var stream = new SKDynamicMemoryWStream();
            using (var canvas = SKSvgCanvas.Create(SKRect.Create(width, height), stream))
            {
                plot.Render(canvas, width, height);
            }

            using var data = stream.DetachAsData();
            return System.Text.Encoding.UTF8.GetString(data.AsSpan());
        }
        finally
        {
            plot.RenderManager.ClearCanvasBeforeEachRender = clear;
        }
    }

    /// <summary>A label drawn in the bundled font: its face, the subset's, and the texts it draws (read after drawing).</summary>
    private sealed record Swap(LabelStyle Label, SKTypeface Whole, SKTypeface Latin, Func<IEnumerable<string?>> Texts);

    /// <summary>Every label of the plot drawn in the bundled font, or null where the plot holds a part of an unknown kind.</summary>
    private static List<Swap>? Swappable(Plot plot)
    {
        var swaps = new List<Swap>();
        foreach (var panel in plot.Axes.GetPanels())
        {
            switch (panel)
            {
                case IAxis axis:
                    Add(swaps, axis.Label, () => [axis.Label.Text]);
                    Add(swaps, axis.TickLabelStyle, () => axis.TickGenerator.Ticks.Where(t => t.IsMajor).Select(t => t.Label));
                    break;
                case TitlePanel title:
                    Add(swaps, title.Label, () => [title.Label.Text]);
                    break;
                case FootnotePanel footnote:
                    Add(swaps, footnote.Label, () => [footnote.Label.Text]);
                    break;
                case LegendPanel:
                    // Draws plot.Legend, below.
                    break;
                default:
                    return null;
            }
        }

        foreach (var plottable in plot.GetPlottables())
        {
            switch (plottable)
            {
                case Scatter or Marker:
                    // No text of their own; their legend entries are the legend's.
                    break;
                case Text text:
                    Add(swaps, text.LabelStyle, () => [text.LabelText]);
                    break;
                case BarPlot bars:
                    Add(swaps, bars.ValueLabelStyle, () => bars.Bars.Select(b => b.Label));
                    break;
                default:
                    return null;
            }
        }

        // The legend's own entries keep their label styles from one drawing to the next; entries a plottable makes afresh
        // for each drawing are not switched (and so are drawn in the whole font).
        foreach (var item in plot.Legend.ManualItems)
        {
            Add(swaps, item.LabelStyle, () => [item.LabelText]);
        }

        return swaps;
    }

    private static void Add(List<Swap> swaps, LabelStyle label, Func<IEnumerable<string?>> texts)
    {
        var whole = label.Font;
        if (BundledFonts.LatinFor(whole) is { } latin)
        {
            swaps.Add(new Swap(label, whole!, latin, texts));
        }
    }
}
