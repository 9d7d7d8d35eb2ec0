using System.Globalization;
using System.Text.RegularExpressions;
using PaperFigures;
using TradeAnalytics.Charts;

namespace TradeAnalytics.Tests.Charts;

/// <summary>
/// Item 17 of the "what a stranger meets" issue: tiny values were labelled "0.000 p" and labels overlapped
/// (chart KAZ TUV). Labels show the value, and no two texts of a chart overlap.
/// </summary>
public partial class ChartLabelTests
{
    [Theory]
    [InlineData(0.000048, "0.000048")]   // KAZ imports from Tuvalu 2013, DOTS_103.xlsx!Imports!X83 = 4.8E-05
    [InlineData(0.000458, "0.00046")]    // 2017, DOTS_103.xlsx!Imports!AB83 = 0.000458: two significant digits
    [InlineData(0.027504, "0.028")]     // 2001, DOTS_103.xlsx!Imports!L83 = 0.027504: three decimals as before
    [InlineData(2431.491, "2,431")]     // KAZ–ISR turnover 2008, DOTS_103.xlsx!Exports!S39 + Imports!S39
    [InlineData(0.0, "0.000")]
    public void A_value_label_shows_a_tiny_value_instead_of_zero(double value, string expected)
        => Assert.Equal(expected, ChartText.Value(value));

    [Fact]
    public void Kazakhstan_tuvalu_labels_show_the_values_and_do_not_collide()
    {
        var chart = BarChart.Create(ShippedData.ImfDots2022.Bilateral("KAZ", "TUV").Turnover(), new ChartOptions("KAZ–TUV", "Source: IMF DOTS."));
        var svg = chart.ToSvg();
        var texts = PaperFigureTests.SvgTexts(svg);

        // 2013 and 2014 are Kazakhstan's imports alone (partial): 4.8E-05 and 3.6E-05 (DOTS_103.xlsx!Imports!X83, Y83).
        Assert.Contains("0.000048 p", texts);
        Assert.Contains("0.000036 p", texts);
        Assert.DoesNotContain("0.000 p", texts);
        AssertNoTextsOverlap(svg);
    }

    [Fact]
    public void A_long_span_thins_its_year_labels_and_keeps_every_value_label_apart()
    {
        var chart = BarChart.Create(ShippedData.ImfDots2022.Bilateral("KAZ", "ISR").Turnover(),
            new ChartOptions("KAZ–ISR", "Source: IMF DOTS.") { FromYear = 1992, ToYear = 2020 });
        var svg = chart.ToSvg();
        var texts = PaperFigureTests.SvgTexts(svg);

        // Turnover 2008 = 2,226.593035 + 204.897815 (data/imf-dots-2022.csv:14213 and :17747).
        Assert.Contains("2,431", texts);
        Assert.Contains("2008", texts);
        Assert.DoesNotContain("2009", texts);
        AssertNoTextsOverlap(svg);
    }

    [Fact]
    public void No_text_overlaps_another_in_the_paper_figures()
    {
        var paper = new Figures(ShippedData.ImfDots2022, ReportingSide.Reporter, ShippedData.ComtradeHs27Israel);
        foreach (var figure in paper.All())
        {
            AssertNoTextsOverlap(figure.Chart.ToSvg(), figure.Name);
        }
    }

    /// <summary>
    /// Every text's box from the SVG ScottPlot writes: its transform (a translation, or a quarter turn for upright
    /// text), its glyph positions and font size. Two boxes that intersect are two labels drawn over each other.
    /// </summary>
    private static void AssertNoTextsOverlap(string svg, string name = "chart")
    {
        var boxes = new List<(string Text, double Left, double Top, double Right, double Bottom)>();
        foreach (Match m in TextElement().Matches(svg))
        {
            var size = double.Parse(m.Groups["size"].Value, CultureInfo.InvariantCulture);
            var xs = m.Groups["x"].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToList();
            var y = double.Parse(m.Groups["y"].Value.Split(',')[0], CultureInfo.InvariantCulture);
            var text = System.Net.WebUtility.HtmlDecode(m.Groups["text"].Value).Trim();
            if (xs.Count == 0 || text.Length == 0)
            {
                continue;
            }

            // In the text's own frame: from the first glyph to the end of the last, from the ascent to the descent.
            double l = xs[0], r = xs[^1] + size * 0.6, t = y - size * 0.75, b = y + size * 0.2;
            var numbers = m.Groups["transform"].Value.Split([' ', ',', '(', ')'], StringSplitOptions.RemoveEmptyEntries).Skip(1)
                .Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToList();
            if (m.Groups["transform"].Value.StartsWith("translate", StringComparison.Ordinal))
            {
                boxes.Add((text, numbers[0] + l, numbers[1] + t, numbers[0] + r, numbers[1] + b));
            }
            else
            {
                // matrix(a b c d e f): x' = a x + c y + e, y' = b x + d y + f.
                var corners = new[] { (l, t), (r, t), (l, b), (r, b) }
                    .Select(p => (X: numbers[0] * p.Item1 + numbers[2] * p.Item2 + numbers[4], Y: numbers[1] * p.Item1 + numbers[3] * p.Item2 + numbers[5])).ToList();
                boxes.Add((text, corners.Min(c => c.X), corners.Min(c => c.Y), corners.Max(c => c.X), corners.Max(c => c.Y)));
            }
        }

        Assert.True(boxes.Count > 5, $"{name}: only {boxes.Count} texts found in the SVG");
        for (var i = 0; i < boxes.Count; i++)
        {
            for (var j = i + 1; j < boxes.Count; j++)
            {
                var (a, c) = (boxes[i], boxes[j]);
                var overlap = Math.Min(a.Right, c.Right) - Math.Max(a.Left, c.Left) > 0.5 && Math.Min(a.Bottom, c.Bottom) - Math.Max(a.Top, c.Top) > 0.5;
                Assert.False(overlap, $"{name}: '{a.Text}' and '{c.Text}' overlap ({a.Left:0},{a.Top:0})–({a.Right:0},{a.Bottom:0}) and ({c.Left:0},{c.Top:0})–({c.Right:0},{c.Bottom:0})");
            }
        }
    }

    [GeneratedRegex("<text[^>]*?transform=\"(?<transform>[^\"]+)\"[^>]*?font-size=\"(?<size>[0-9.]+)\"[^>]*?x=\"(?<x>[^\"]*)\"[^>]*?y=\"(?<y>[^\"]*)\"[^>]*>(?<text>.*?)</text>", RegexOptions.Singleline)]
    private static partial Regex TextElement();
}
