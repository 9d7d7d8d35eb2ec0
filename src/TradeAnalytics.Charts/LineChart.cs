using System.Globalization;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace TradeAnalytics.Charts;

/// <summary>
/// One line per series (e.g. Israel's turnover with each Central Asian state), with a marker per year.
/// A line never bridges a missing year: each run of consecutive years is drawn on its own. Reported
/// values have filled markers; IMF estimates and partial turnovers have hollow ones, explained in the
/// footnote. With <see cref="ChartOptions.LogScale"/> the value axis is logarithmic (decades labelled
/// in US$ million) so that series two orders of magnitude apart are all readable.
/// </summary>
public static class LineChart
{
    private static readonly Color[] Palette =
    [
        Color.FromHex("#1f4e79"), Color.FromHex("#c55a11"), Color.FromHex("#548235"), Color.FromHex("#7030a0"), Color.FromHex("#bf9000"),
        Color.FromHex("#2e75b6"), Color.FromHex("#a50021"),
    ];

    /// <summary>Draws the series with their legend names (default: each series' partner-side economy name).</summary>
    /// <exception cref="ArgumentException">No series, or none has a value in the years asked for.</exception>
    /// <exception cref="ChartFontException">The bundled font cannot be loaded.</exception>
    public static TradeChart Create(IReadOnlyList<TradeSeries> series, ChartOptions options, IReadOnlyList<string>? names = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(options);
        if (series.Count == 0 || series.All(s => s.IsEmpty))
        {
            throw new ArgumentException("A line chart needs at least one series with values.", nameof(series));
        }

        if (names is not null && names.Count != series.Count)
        {
            throw new ArgumentException($"{names.Count} names for {series.Count} series.", nameof(names));
        }

        var from = options.FromYear ?? series.Where(s => !s.IsEmpty).Min(s => s.FirstYear);
        var to = options.ToYear ?? series.Where(s => !s.IsEmpty).Max(s => s.LastYear);
        var plot = ChartLayout.NewPlot(options);
        var notDrawable = new List<string>();
        var allShown = new List<YearlyValue>();
        var legend = new List<LegendItem>();
        double min = double.MaxValue, max = double.MinValue;

        for (var i = 0; i < series.Count; i++)
        {
            var color = Palette[i % Palette.Length];
            var name = names?[i] ?? series[i].Context.Economy.Name;
            var shown = series[i].Slice(from, to).ToList();
            var drawable = shown.Where(v => !options.LogScale || v.Value.Value > 0).ToList();
            notDrawable.AddRange(shown.Except(drawable).Select(v => $"{name} {ChartText.Year(v.Year)}"));
            allShown.AddRange(drawable);

            foreach (var run in ConsecutiveRuns(drawable))
            {
                var line = plot.Add.Scatter(run.Select(v => (double)v.Year).ToArray(), run.Select(v => Y(v.Value.Value, options)).ToArray(), color);
                line.LineWidth = 2.5f;
                line.MarkerSize = 0;
            }

            foreach (var v in drawable)
            {
                var flagged = v.Estimated || v.Partial;
                var marker = plot.Add.Marker(v.Year, Y(v.Value.Value, options), flagged ? MarkerShape.OpenCircle : MarkerShape.FilledCircle, 9, color);
                marker.MarkerStyle.LineWidth = 2;
                if (flagged)
                {
                    // Hollow markers are filled white so the line does not show through them.
                    marker.MarkerStyle.FillColor = Colors.White;
                    marker.MarkerStyle.Shape = MarkerShape.FilledCircle;
                    marker.MarkerStyle.OutlineColor = color;
                    marker.MarkerStyle.OutlineWidth = 2;
                }
            }

            legend.Add(new LegendItem { LabelText = name, LineColor = color, LineWidth = 2.5f, MarkerShape = MarkerShape.FilledCircle, MarkerFillColor = color, MarkerLineColor = color, MarkerSize = 9 });
            if (drawable.Count > 0)
            {
                min = Math.Min(min, drawable.Min(v => v.Value.Value));
                max = Math.Max(max, drawable.Max(v => v.Value.Value));
            }
        }

        if (allShown.Any(v => v.Estimated || v.Partial))
        {
            legend.Add(new LegendItem { LabelText = "hollow marker: estimate (e) or partial (p)", MarkerShape = MarkerShape.OpenCircle, MarkerLineColor = ChartLayout.Muted, MarkerSize = 9, MarkerLineWidth = 2, LineWidth = 0 });
        }

        // Beside the plot, not over it: any corner of the data area may hold a line.
        plot.Legend.ManualItems.AddRange(legend);
        plot.ShowLegend(Edge.Right);
        plot.Legend.FontName = BundledFonts.FamilyName;
        plot.Legend.FontSize = 12;
        ChartLayout.YearTicks(plot, from, to);
        if (options.LogScale)
        {
            LogTicks(plot, min, max);
        }
        else
        {
            plot.Axes.SetLimitsY(0, max * 1.15);
        }

        ChartLayout.Footnote(plot,
        [
            options.Footnote,
            ChartText.MarkerNote(allShown),
            "A line is broken where a year has no value (missing, not zero).",
            notDrawable.Count > 0 ? "Zero values cannot be drawn on a log scale: " + string.Join(", ", notDrawable) + "." : null,
        ]);
        return new TradeChart(plot, options, series);
    }

    private static double Y(double value, ChartOptions options) => options.LogScale ? Math.Log10(value) : value;

    private static IEnumerable<List<YearlyValue>> ConsecutiveRuns(IReadOnlyList<YearlyValue> values)
    {
        var run = new List<YearlyValue>();
        foreach (var v in values)
        {
            if (run.Count > 0 && v.Year != run[^1].Year + 1)
            {
                yield return run;
                run = new List<YearlyValue>();
            }

            run.Add(v);
        }

        if (run.Count > 0)
        {
            yield return run;
        }
    }

    private static void LogTicks(Plot plot, double min, double max)
    {
        var low = Math.Floor(Math.Log10(min));
        var high = Math.Ceiling(Math.Log10(max));
        var ticks = new NumericManual();
        for (var exponent = (int)low; exponent <= (int)high; exponent++)
        {
            var value = Math.Pow(10, exponent);
            ticks.AddMajor(exponent, value.ToString(value >= 1 ? "#,0" : "0.###", CultureInfo.InvariantCulture));
            foreach (var k in new[] { 2, 5 })
            {
                if (exponent < (int)high)
                {
                    ticks.AddMinor(exponent + Math.Log10(k));
                }
            }
        }

        plot.Axes.Left.TickGenerator = ticks;
        plot.Axes.SetLimitsY(low, high + 0.15);
    }
}
