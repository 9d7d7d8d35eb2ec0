using ScottPlot;

namespace TradeAnalytics.Charts;

/// <summary>
/// A bar per year of one series, with its value above it. Years without a value are left empty and
/// marked "n/a" at the baseline, never drawn as zero. Estimates are hatched and marked " e";
/// partial turnovers (one flow missing) are drawn light and marked " p"; the footnote explains both.
/// </summary>
public static class BarChart
{
    /// <summary>Draws <paramref name="series"/> over the options' years (default: its whole span).</summary>
    /// <param name="series">The yearly values to draw, US$ million; missing years stay empty and are marked "n/a".</param>
    /// <param name="options">Title, source footnote, years, size in pixels and axis titles.</param>
    /// <exception cref="ArgumentException">The series has no value in the years asked for.</exception>
    /// <exception cref="ChartFontException">The bundled font cannot be loaded.</exception>
    public static TradeChart Create(TradeSeries series, ChartOptions options)
    {
        Preconditions.NotNull(series);
        Preconditions.NotNull(options);
        if (series.IsEmpty)
        {
            throw new ArgumentException($"{series.Context.Describe()} has no values to draw.", nameof(series));
        }

        var from = options.FromYear ?? series.FirstYear;
        var to = options.ToYear ?? series.LastYear;
        var shown = series.Slice(from, to);
        if (shown.IsEmpty)
        {
            throw new ArgumentException($"{series.Context.Describe()} has no value in {from}–{to}.", nameof(series));
        }

        var plot = ChartLayout.NewPlot(options);
        var bars = shown.Select(v => new Bar
        {
            Position = v.Year,
            Value = v.Value.Value,
            Size = 0.7,
            FillColor = v.Partial ? ChartLayout.Light : ChartLayout.Reported,
            FillHatch = v.Estimated ? new ScottPlot.Hatches.Striped() : null,
            FillHatchColor = Colors.White.WithAlpha(0.55),
            LineColor = ChartLayout.Reported,
            LineWidth = 1,
        }).ToList();
        var barPlot = plot.Add.Bars(bars);
        barPlot.ValueLabelStyle.FontSize = 12;
        barPlot.ValueLabelStyle.ForeColor = ChartLayout.Ink;
        barPlot.ValueLabelStyle.FontName = BundledFonts.FamilyName;

        var max = shown.Max(v => v.Value.Value);
        foreach (var year in shown.MissingYears(from, to))
        {
            var gap = plot.Add.Text("n/a", year, max * 0.02);
            gap.LabelFontSize = 11;
            gap.LabelFontColor = ChartLayout.Muted;
            gap.LabelAlignment = Alignment.LowerCenter;
            gap.LabelFontName = BundledFonts.FamilyName;
        }

        ChartLayout.YearTicks(plot, from, to, options.Width);
        // Headroom above the tallest bar so its value label is not clipped.
        plot.Axes.SetLimitsY(0, max * 1.15);
        var labelsLeftOut = ValueLabels(plot, barPlot, shown, options, max);

        var missing = shown.MissingYears(from, to);
        ChartLayout.Footnote(plot,
        [
            options.Footnote,
            ChartText.MarkerNote([shown]),
            missing.Count > 0 ? "n/a = no value reported for " + string.Join(", ", missing.Select(ChartText.Year)) + " (missing, not zero)." : null,
            labelsLeftOut ? "Bars too narrow at this width for value labels: the values are in trade-analytics series (or a wider chart)." : null,
        ], options.Width);
        return new TradeChart(plot, options, [series]);
    }

    /// <summary>Pixels per character of a value label: DejaVu Sans digits advance 0.636 em (7.63 px at 12 px).</summary>
    private const double CharWidth = 7.7;

    private const float LabelSize = 12;

    /// <summary>
    /// Puts each bar's value above it where the labels fit side by side; where the widest label is wider than a
    /// bar's pitch, the labels stand upright (one column each, with headroom for the longest); where even an
    /// upright label is wider than the pitch, they are left out and the footnote says so. Labels never collide.
    /// Returns true when the labels were left out.
    /// </summary>
    private static bool ValueLabels(Plot plot, ScottPlot.Plottables.BarPlot barPlot, TradeSeries shown, ChartOptions options, double max)
    {
        var labels = shown.Select(v => (v.Year, v.Value.Value, Text: ChartText.Value(v.Value.Value) + ChartText.Markers(v))).ToList();
        // A layout pass at the chart's size gives the data area and the axis span, hence a bar's pitch in pixels.
        ChartLayout.LayOut(plot, options.Width, options.Height);

        var area = plot.LastRender.DataRect;
        var xSpan = plot.Axes.GetLimits().XRange.Span;
        var pitch = area.Width / xSpan;
        var widest = labels.Max(l => l.Text.Length) * CharWidth;
        if (widest + 4 <= pitch)
        {
            for (var i = 0; i < labels.Count; i++)
            {
                barPlot.Bars[i].Label = labels[i].Text;
            }

            return false;
        }

        if (LabelSize * 1.25 > pitch)
        {
            return true;
        }

        // Upright labels: the axis reaches high enough that each bar's label fits above it.
        var height = area.Height;
        var top = max * 1.05;
        foreach (var l in labels)
        {
            var room = 1 - (l.Text.Length * CharWidth + 16) / height;
            top = Math.Max(top, room > 0.2 ? l.Value / room : l.Value * 5);
        }

        plot.Axes.SetLimitsY(0, top);
        foreach (var l in labels)
        {
            var text = plot.Add.Text(l.Text, l.Year, l.Value);
            text.LabelFontSize = LabelSize;
            text.LabelFontColor = ChartLayout.Ink;
            text.LabelFontName = BundledFonts.FamilyName;
            text.LabelRotation = -90;
            text.LabelAlignment = Alignment.MiddleLeft;
            text.LabelOffsetY = -5;
        }

        return false;
    }
}
