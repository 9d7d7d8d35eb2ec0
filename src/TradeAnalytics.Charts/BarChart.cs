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
    /// <exception cref="ArgumentException">The series has no value in the years asked for.</exception>
    /// <exception cref="ChartFontException">The bundled font cannot be loaded.</exception>
    public static TradeChart Create(TradeSeries series, ChartOptions options)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(options);
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
            Label = ChartText.Value(v.Value.Value) + ChartText.Markers(v),
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

        ChartLayout.YearTicks(plot, from, to);
        // Headroom above the tallest bar so its value label is not clipped.
        plot.Axes.SetLimitsY(0, max * 1.15);

        var missing = shown.MissingYears(from, to);
        ChartLayout.Footnote(plot,
        [
            options.Footnote,
            ChartText.MarkerNote([shown]),
            missing.Count > 0 ? "n/a = no value reported for " + string.Join(", ", missing.Select(ChartText.Year)) + " (missing, not zero)." : null,
        ], options.Width);
        return new TradeChart(plot, options, [series]);
    }
}
