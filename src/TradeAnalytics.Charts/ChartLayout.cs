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

    /// <summary>One tick per year, labelled by hand so that no culture can write "2,008".</summary>
    internal static void YearTicks(Plot plot, int from, int to)
    {
        var ticks = new NumericManual();
        for (var year = from; year <= to; year++)
        {
            ticks.AddMajor(year, ChartText.Year(year));
        }

        plot.Axes.Bottom.TickGenerator = ticks;
        plot.Axes.SetLimitsX(from - 0.6, to + 0.6);
    }

    /// <summary>The footnote panel under the year axis: source and marker explanations, left-aligned lines.</summary>
    internal static void Footnote(Plot plot, IEnumerable<string?> lines)
    {
        var text = string.Join("\n", lines.Where(l => !string.IsNullOrWhiteSpace(l)));
        var panel = new FootnotePanel();
        panel.Label.Text = text;
        panel.Label.ForeColor = Muted;
        panel.Label.FontName = BundledFonts.FamilyName;
        plot.Axes.AddPanel(panel);
    }
}
