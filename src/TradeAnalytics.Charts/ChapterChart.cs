using System.Globalization;
using ScottPlot;
using ScottPlot.TickGenerators;
using TradeAnalytics.Analytics;

namespace TradeAnalytics.Charts;

/// <summary>One block of a chapter chart: a heading and a pair's trade by HS chapter.</summary>
/// <param name="Heading">What the block shows, e.g. "What Israel sells to Azerbaijan (Israel's exports)".</param>
/// <param name="Mix">The pair's trade by chapter, as its reporter reports it.</param>
public sealed record ChapterPanel(string Heading, ProductMixResult Mix);

/// <summary>
/// Horizontal bars, one per HS chapter, of each block's largest chapters and one for the rest, the length being the chapter's
/// share of the block's total (percent) and the label its value and share. Blocks are stacked, each under its heading, in a
/// colour of its own. Chapters without a value are not bars (missing is not zero): the footnote counts the chapters with a value
/// and lists the gaps (a year without the chapter's file).
/// </summary>
public static class ChapterChart
{
    private static readonly Color[] Colours = [Color.FromHex("#2f5f8f"), Color.FromHex("#c55a11"), Color.FromHex("#548235")];

    /// <summary>The longest chapter name on the axis, in characters; longer names are cut at a word and end in "…".</summary>
    public const int NameLength = 44;

    /// <summary>Draws the blocks.</summary>
    /// <param name="panels">The blocks, top to bottom.</param>
    /// <param name="options">Title, source footnote and size; <see cref="ChartOptions.YearAxisTitle"/> titles the share axis.</param>
    /// <param name="top">How many chapters of each block get a bar of their own (the rest share one).</param>
    /// <exception cref="ArgumentException">No block, a block without any chapter value, or <paramref name="top"/> below 1.</exception>
    /// <exception cref="ChartFontException">The bundled font cannot be loaded.</exception>
    public static TradeChart Create(IReadOnlyList<ChapterPanel> panels, ChartOptions options, int top = 8)
    {
        Preconditions.NotNull(panels);
        Preconditions.NotNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        if (panels.Count == 0)
        {
            throw new ArgumentException("A chapter chart needs at least one block.", nameof(panels));
        }

        if (panels.FirstOrDefault(p => p.Mix.Total is not { Value: > 0 }) is { } empty)
        {
            throw new ArgumentException($"{empty.Heading}: no chapter has a positive value.", nameof(panels));
        }

        var plot = ChartLayout.NewPlot(options);
        plot.Grid.XAxisStyle.MajorLineStyle.Width = 1;
        plot.Grid.YAxisStyle.MajorLineStyle.Width = 0;
        var ticks = new NumericManual();
        var rows = panels.Sum(p => 1 + Math.Min(top, p.Mix.Chapters.Count) + (p.Mix.Chapters.Count > top ? 1 : 0));
        var y = (double)rows;
        var widest = 0d;
        var notes = new List<string?> { options.Footnote };
        for (var i = 0; i < panels.Count; i++)
        {
            var (heading, mix) = (panels[i].Heading, panels[i].Mix);
            var colour = Colours[i % Colours.Length];
            y -= 1;
            var title = plot.Add.Text(heading, 0, y);
            title.LabelFontName = BundledFonts.FamilyName;
            title.LabelFontSize = 14;
            title.LabelBold = true;
            title.LabelFontColor = colour;
            title.LabelAlignment = Alignment.MiddleLeft;

            var shown = mix.Chapters.Take(top).Select(c => (Label: Label(c), c.ShareOfPair, c.Value.Value)).ToList();
            var rest = mix.Chapters.Skip(top).ToList();
            if (rest.Count > 0)
            {
                shown.Add(($"{rest.Count} other chapters", rest.Sum(c => c.ShareOfPair), rest.Sum(c => c.Value.Value)));
            }

            foreach (var (label, share, value) in shown)
            {
                y -= 1;
                var bar = plot.Add.Bar(new Bar { Position = y, Value = share * 100, Size = 0.72, FillColor = colour, LineWidth = 0, Orientation = Orientation.Horizontal });
                ticks.AddMajor(y, label);
                var percent = share * 100 is > 0 and < 0.05 ? "<0.1" : (share * 100).ToString("0.0", CultureInfo.InvariantCulture);
                var text = plot.Add.Text(string.Create(CultureInfo.InvariantCulture, $"{value:#,0.0} $m · {percent} %"), share * 100, y);
                text.LabelFontName = BundledFonts.FamilyName;
                text.LabelFontSize = 12;
                text.LabelFontColor = ChartLayout.Ink;
                text.LabelAlignment = Alignment.MiddleLeft;
                text.LabelOffsetX = 5;
                widest = Math.Max(widest, share * 100);
            }

            notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"{heading}: {mix.Total!.Value.Value:#,0.0} $m in {mix.From}{(mix.To == mix.From ? "" : "–" + mix.To)}, the sum of {mix.Chapters.Count} chapters with a value (as reported by {mix.Economy.Name}); HHI {mix.Herfindahl * 10000:0} points; {mix.ChaptersFor90Percent} chapter(s) make 90 %.")
                + (mix.Gaps.Count > 0 ? $" Chapters without a file (gaps, not zeros): {string.Join(", ", mix.Gaps.Select(g => g.ToCode()))}." : ""));
        }

        plot.Axes.Left.TickGenerator = ticks;
        plot.Axes.Left.MajorTickStyle.Length = 0;
        var shareTicks = new NumericManual();
        for (var p = 0; p <= 100; p += 20)
        {
            shareTicks.AddMajor(p, p.ToString(CultureInfo.InvariantCulture));
        }

        plot.Axes.Bottom.TickGenerator = shareTicks;
        // Room to the right of the longest bar for its label (about 17 characters).
        plot.Axes.SetLimits(0, Math.Max(100, widest + 30), -0.6, rows - 0.4);
        ChartLayout.Footnote(plot, notes, options.Width);
        return new TradeChart(plot, options, []);
    }

    /// <summary>"85 Electrical machinery and equipment and parts…": the code and the name to its first semicolon, cut at a word.</summary>
    private static string Label(ChapterShare chapter)
    {
        var name = chapter.Name ?? "(no name in the chapter table)";
        var cut = name.Split(';')[0].Trim();
        if (cut.Length > NameLength)
        {
            var space = cut.LastIndexOf(' ', NameLength - 1);
            cut = cut[..(space > 10 ? space : NameLength - 1)].TrimEnd(',', ' ') + "…";
        }

        return $"{chapter.Chapter.ToCode()} {cut}";
    }
}
