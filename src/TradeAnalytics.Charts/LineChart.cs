using System.Globalization;
using ScottPlot;
using ScottPlot.TickGenerators;
using TradeAnalytics.Analytics;

namespace TradeAnalytics.Charts;

/// <summary>
/// One line per series (e.g. Israel's turnover with each Central Asian state), with a marker per year.
/// A line never bridges a missing year: each run of consecutive years is drawn on its own. Reported
/// values have filled markers; estimates and partial turnovers have hollow ones, explained in the
/// footnote. With <see cref="ChartOptions.LogScale"/> the value axis is logarithmic (decades labelled
/// in US$ million) so that series two orders of magnitude apart are all readable.
/// </summary>
public static class LineChart
{
    private static readonly Color[] Palette =
    [
        Color.FromHex("#1f4e79"), Color.FromHex("#c55a11"), Color.FromHex("#548235"), Color.FromHex("#7030a0"), Color.FromHex("#bf9000"),
        Color.FromHex("#2e75b6"), Color.FromHex("#a50021"), Color.FromHex("#00807f"),
    ];

    /// <summary>Draws the series with their legend names (default: each series' partner-side economy name).</summary>
    /// <param name="series">The series, one line each; a missing year breaks its line (never drawn as zero).</param>
    /// <param name="options">Title, source footnote, years, size in pixels, axis titles and log scale.</param>
    /// <param name="names">The legend names, one per series; null for each series' economy name.</param>
    /// <exception cref="ArgumentException">No series, or none has a value in the years asked for.</exception>
    /// <exception cref="ChartFontException">The bundled font cannot be loaded.</exception>
    public static TradeChart Create(IReadOnlyList<TradeSeries> series, ChartOptions options, IReadOnlyList<string>? names = null)
    {
        Preconditions.NotNull(series);
        Preconditions.NotNull(options);
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
        var lines = series.Select((s, i) => new Line(
            names?[i] ?? s.Context.Economy.Name,
            s.Slice(from, to).Select(v => new Point(v.Year, v.Value.Value, v.Estimated || v.Partial)).ToList())).ToList();
        var plot = Draw(lines, options, from, to, ChartText.MarkerNote(series.Select(s => s.Slice(from, to)).ToList()), "hollow marker: estimate (e) or partial (p)");
        return new TradeChart(plot, options, series);
    }

    /// <summary>
    /// Draws series coloured by group and drawn by kind: e.g. Israel's turnover with each state (a colour each) from each source
    /// (a solid line for one, a dashed line for another, markers alone for a third). The legend has an entry per group (its colour)
    /// and one per kind (its pattern), not one per line. A missing year breaks a line, as in every line chart.
    /// </summary>
    /// <param name="lines">The series, each with its group (the legend's name for its colour) and kind.</param>
    /// <param name="options">Title, source footnote, years, size in pixels, axis titles and log scale.</param>
    /// <param name="kinds">What each kind drawn stands for in the legend ("IMF DOTS 2022", "national statistics office" …).</param>
    /// <exception cref="ArgumentException">No series with values, or a kind drawn without a name.</exception>
    /// <exception cref="ChartFontException">The bundled font cannot be loaded.</exception>
    public static TradeChart Create(IReadOnlyList<StyledSeries> lines, ChartOptions options, IReadOnlyDictionary<LineKind, string> kinds)
    {
        Preconditions.NotNull(lines);
        Preconditions.NotNull(options);
        Preconditions.NotNull(kinds);
        if (lines.Count == 0 || lines.All(l => l.Series.IsEmpty))
        {
            throw new ArgumentException("A line chart needs at least one series with values.", nameof(lines));
        }

        if (lines.FirstOrDefault(l => !kinds.ContainsKey(l.Kind)) is { } unnamed)
        {
            throw new ArgumentException($"The kind {unnamed.Kind} has no name for the legend.", nameof(kinds));
        }

        var series = lines.Select(l => l.Series).ToList();
        var from = options.FromYear ?? series.Where(s => !s.IsEmpty).Min(s => s.FirstYear);
        var to = options.ToYear ?? series.Where(s => !s.IsEmpty).Max(s => s.LastYear);
        var groups = lines.Select(l => l.Group).Distinct().ToList();
        var drawn = lines.Select(l => new Line(
            l.Group,
            l.Series.Slice(from, to).Select(v => new Point(v.Year, v.Value.Value, v.Estimated || v.Partial)).ToList())
        {
            Colour = groups.IndexOf(l.Group),
            Kind = l.Kind,
        }).ToList();
        var legend = groups.Select((g, i) => new LegendItem { LabelText = g, LineColor = Palette[i % Palette.Length], LineWidth = 2.5f, MarkerShape = MarkerShape.FilledCircle, MarkerFillColor = Palette[i % Palette.Length], MarkerLineColor = Palette[i % Palette.Length], MarkerSize = 9 })
            .Concat(lines.Select(l => l.Kind).Distinct().Order().Select(k => new LegendItem
            {
                LabelText = kinds[k],
                LineColor = ChartLayout.Muted,
                LineWidth = k == LineKind.Markers ? 0 : 2.5f,
                LinePattern = k == LineKind.Dashed ? LinePattern.DenselyDashed : LinePattern.Solid,
                MarkerShape = k == LineKind.Markers ? MarkerShape.FilledDiamond : MarkerShape.None,
                MarkerFillColor = ChartLayout.Muted,
                MarkerLineColor = ChartLayout.Muted,
                MarkerSize = 11,
            }))
            .ToList();
        var plot = Draw(drawn, options, from, to, ChartText.MarkerNote(series.Select(s => s.Slice(from, to)).ToList()), "hollow marker: estimate (e) or partial (p)", legend);
        return new TradeChart(plot, options, series);
    }

    /// <summary>
    /// Draws shares in percent, one line per <see cref="ShareSeries"/> (e.g. oil's share of Kazakhstan's
    /// exports to Israel, and Kazakhstan's share of Israel's oil imports). A year whose share is
    /// undefined breaks the line (missing is not zero); a year whose part or whole is an estimate or
    /// partial has a hollow marker. Each series' caveat (two sources, mirror data) goes into the footnote.
    /// </summary>
    /// <param name="shares">The shares, one line each.</param>
    /// <param name="options">Title, footnote, years and size; the value axis title should say percent.</param>
    /// <param name="names">The legend names, one per series.</param>
    /// <exception cref="ArgumentException">No series, no defined share in the years asked for, or the names do not match the series.</exception>
    /// <exception cref="ChartFontException">The bundled font cannot be loaded.</exception>
    public static TradeChart Create(IReadOnlyList<ShareSeries> shares, ChartOptions options, IReadOnlyList<string> names)
    {
        Preconditions.NotNull(shares);
        Preconditions.NotNull(options);
        Preconditions.NotNull(names);
        if (shares.Count == 0 || shares.All(s => s.Defined.Count == 0))
        {
            throw new ArgumentException("A share chart needs at least one series with a defined share.", nameof(shares));
        }

        if (names.Count != shares.Count)
        {
            throw new ArgumentException($"{names.Count} names for {shares.Count} series.", nameof(names));
        }

        var from = options.FromYear ?? shares.Min(s => s.Defined.Count == 0 ? int.MaxValue : s.Defined[0].Year);
        var to = options.ToYear ?? shares.Max(s => s.Defined.Count == 0 ? int.MinValue : s.Defined[^1].Year);
        var lines = shares.Select((s, i) => new Line(
            names[i],
            s.Defined.Where(y => y.Year >= from && y.Year <= to)
                .Select(y => new Point(y.Year, y.Percent!.Value, y.Part!.Estimated || y.Part.Partial || y.Whole!.Estimated || y.Whole.Partial)).ToList())).ToList();
        var undefined = shares.SelectMany((s, i) => s.Years.Where(y => y.Fraction is null && y.Year >= from && y.Year <= to).Select(y => $"{names[i]} {ChartText.Year(y.Year)}")).ToList();
        var notes = shares.Select(s => s.Caveat).Where(c => c.Length > 0).Distinct()
            .Append(undefined.Count > 0 ? "No share (a value missing): " + string.Join(", ", undefined) + "." : null);
        var plot = Draw(lines, options, from, to, string.Join("\n", notes.Where(n => n is not null)), "hollow marker: an estimate or partial value in the share");
        return new TradeChart(plot, options, []) { Shares = shares };
    }

    private sealed record Point(int Year, double Value, bool Hollow);

    private sealed record Line(string Name, List<Point> Points)
    {
        /// <summary>The palette index; -1 for the line's own position.</summary>
        public int Colour { get; init; } = -1;

        public LineKind Kind { get; init; } = LineKind.Solid;
    }

    private static Plot Draw(List<Line> lines, ChartOptions options, int from, int to, string? markerNote, string hollowLegend, List<LegendItem>? groupLegend = null)
    {
        var plot = ChartLayout.NewPlot(options);
        var notDrawable = new List<string>();
        var legend = new List<LegendItem>();
        var anyHollow = false;
        double min = double.MaxValue, max = double.MinValue;

        for (var i = 0; i < lines.Count; i++)
        {
            var color = Palette[(lines[i].Colour < 0 ? i : lines[i].Colour) % Palette.Length];
            var name = lines[i].Name;
            var kind = lines[i].Kind;
            var drawable = lines[i].Points.Where(v => !options.LogScale || v.Value > 0).ToList();
            notDrawable.AddRange(lines[i].Points.Except(drawable).Select(v => $"{name} {ChartText.Year(v.Year)}"));

            foreach (var run in kind == LineKind.Solid ? ConsecutiveRuns(drawable) : [])
            {
                var line = plot.Add.Scatter(run.Select(v => (double)v.Year).ToArray(), run.Select(v => Y(v.Value, options)).ToArray(), color);
                line.LineWidth = 2.5f;
                line.MarkerSize = 0;
            }

            // Dashes drawn as short lines of their own: Skia's SVG canvas cannot write a dash pattern (it would come out solid).
            foreach (var run in kind == LineKind.Dashed ? ConsecutiveRuns(drawable) : [])
            {
                for (var k = 1; k < run.Count; k++)
                {
                    var (x0, y0, x1, y1) = ((double)run[k - 1].Year, Y(run[k - 1].Value, options), (double)run[k].Year, Y(run[k].Value, options));
                    foreach (var (a, b) in new[] { (0.14, 0.32), (0.41, 0.59), (0.68, 0.86) })
                    {
                        var dash = plot.Add.Scatter(new[] { x0 + (x1 - x0) * a, x0 + (x1 - x0) * b }, new[] { y0 + (y1 - y0) * a, y0 + (y1 - y0) * b }, color);
                        dash.LineWidth = 2.5f;
                        dash.MarkerSize = 0;
                    }
                }
            }

            foreach (var v in drawable)
            {
                anyHollow |= v.Hollow;
                var shape = kind == LineKind.Markers ? MarkerShape.FilledDiamond : MarkerShape.FilledCircle;
                var marker = plot.Add.Marker(v.Year, Y(v.Value, options), v.Hollow ? MarkerShape.OpenCircle : shape, kind == LineKind.Markers ? 12 : 9, color);
                marker.MarkerStyle.LineWidth = 2;
                if (v.Hollow)
                {
                    // Hollow markers are filled white so the line does not show through them.
                    marker.MarkerStyle.FillColor = Colors.White;
                    marker.MarkerStyle.Shape = shape;
                    marker.MarkerStyle.OutlineColor = color;
                    marker.MarkerStyle.OutlineWidth = 2;
                }
            }

            if (groupLegend is null)
            {
                legend.Add(new LegendItem { LabelText = name, LineColor = color, LineWidth = 2.5f, MarkerShape = MarkerShape.FilledCircle, MarkerFillColor = color, MarkerLineColor = color, MarkerSize = 9 });
            }
            if (drawable.Count > 0)
            {
                min = Math.Min(min, drawable.Min(v => v.Value));
                max = Math.Max(max, drawable.Max(v => v.Value));
            }
        }

        legend.AddRange(groupLegend ?? []);
        if (anyHollow)
        {
            legend.Add(new LegendItem { LabelText = hollowLegend, MarkerShape = MarkerShape.OpenCircle, MarkerLineColor = ChartLayout.Muted, MarkerSize = 9, MarkerLineWidth = 2, LineWidth = 0 });
        }

        // Beside the plot, not over it: any corner of the data area may hold a line.
        plot.Legend.ManualItems.AddRange(legend);
        plot.ShowLegend(Edge.Right);
        plot.Legend.FontName = BundledFonts.FamilyName;
        plot.Legend.FontSize = 12;
        ChartLayout.YearTicks(plot, from, to, options.Width);
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
            markerNote,
            "A line is broken where a year has no value (missing, not zero).",
            notDrawable.Count > 0 ? "Zero values cannot be drawn on a log scale: " + string.Join(", ", notDrawable) + "." : null,
        ], options.Width);
        return plot;
    }

    private static double Y(double value, ChartOptions options) => options.LogScale ? Math.Log10(value) : value;

    private static IEnumerable<List<Point>> ConsecutiveRuns(IReadOnlyList<Point> values)
    {
        var run = new List<Point>();
        foreach (var v in values)
        {
            if (run.Count > 0 && v.Year != run[^1].Year + 1)
            {
                yield return run;
                run = new List<Point>();
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

/// <summary>How a series is drawn in a chart of several kinds of line.</summary>
public enum LineKind
{
    /// <summary>A solid line through filled circles.</summary>
    Solid,

    /// <summary>A dashed line through filled circles.</summary>
    Dashed,

    /// <summary>Diamonds alone, no line (a source of one or a few years).</summary>
    Markers,
}

/// <summary>A series with the group whose colour it takes and the kind of line it is drawn with.</summary>
/// <param name="Series">The values; a missing year breaks the line.</param>
/// <param name="Group">The legend's name for the series' colour (e.g. the partner state).</param>
/// <param name="Kind">How it is drawn (e.g. by source).</param>
public sealed record StyledSeries(TradeSeries Series, string Group, LineKind Kind);
