using System.Globalization;
using System.Text.RegularExpressions;
using PaperFigures;
using SkiaSharp;
using TradeAnalytics.Tests.Support;

namespace TradeAnalytics.Tests.Charts;

public class PaperFigureTests
{
    private static readonly Figures Paper = new(ShippedData.ImfDots2022, ReportingSide.Reporter, ShippedData.ComtradeHs27Israel);

    public static TheoryData<string> FigureNames => new() { "figure-1", "figure-2", "figure-3", "figure-4", "figure-5" };

    private static Figure Get(string name) => Paper.All().Single(f => f.Name == name);

    [Theory]
    [MemberData(nameof(FigureNames))]
    public void The_png_holds_exactly_the_pixels_ScottPlot_draws(string name)
    {
        // ToPng encodes without row filters, for speed and size; PNG is lossless either way, so the pixels must be those of
        // ScottPlot's own PNG (Skia's default filters) of the same plot.
        var figure = Get(name);

        using var ours = SKBitmap.Decode(figure.Chart.ToPng());
        using var scottPlots = SKBitmap.Decode(figure.Chart.Plot.GetImageBytes(figure.Chart.Options.Width, figure.Chart.Options.Height, ScottPlot.ImageFormat.Png));

        Assert.Equal((scottPlots.Width, scottPlots.Height), (ours.Width, ours.Height));
        var (expected, actual) = (scottPlots.Pixels, ours.Pixels);
        var differing = Enumerable.Range(0, expected.Length).Where(i => expected[i] != actual[i]).ToList();
        Assert.True(differing.Count == 0, $"{name}: {differing.Count} pixels differ from ScottPlot's PNG, the first at x {differing.FirstOrDefault() % ours.Width}, y {differing.FirstOrDefault() / ours.Width}");
    }

    [Theory]
    [MemberData(nameof(FigureNames))]
    public void The_png_decodes_at_the_requested_size_with_drawn_pixels_in_the_plot_area(string name)
    {
        var figure = Get(name);

        using var bitmap = SKBitmap.Decode(figure.Chart.ToPng());

        Assert.Equal((figure.Chart.Options.Width, figure.Chart.Options.Height), (bitmap.Width, bitmap.Height));
        // The inner part of the figure is plot area: bars or lines must have coloured it (grid lines are lighter).
        var coloured = 0;
        for (var x = bitmap.Width / 10; x < bitmap.Width * 9 / 10; x += 2)
        {
            for (var y = bitmap.Height / 5; y < bitmap.Height * 4 / 5; y += 2)
            {
                var p = bitmap.GetPixel(x, y);
                coloured += p.Red < 200 || p.Green < 200 || p.Blue < 200 ? 1 : 0;
            }
        }

        Assert.True(coloured > 100, $"only {coloured} drawn pixels in the plot area of {name}");
    }

    [Theory]
    [MemberData(nameof(FigureNames))]
    public void The_svg_holds_the_title_and_every_year_label(string name)
    {
        var figure = Get(name);

        var texts = SvgTexts(figure.Chart.ToSvg());

        Assert.Contains(figure.Chart.Options.Title, texts);
        var years = figure.Plotted.Select(p => p.Value.Year).Distinct();
        Assert.All(years, y => Assert.Contains(y.ToString(CultureInfo.InvariantCulture), texts));
        // Culture-formatted years ("2,008") must never appear; values may carry separators ("2,431"),
        // and a round year such as 2000 is also a legitimate value-axis tick ("2,000"), so it is not checked.
        Assert.DoesNotContain(texts, t => years.Where(y => y % 100 != 0).Any(y => t == (y / 1000).ToString(CultureInfo.InvariantCulture) + "," + (y % 1000).ToString("000", CultureInfo.InvariantCulture)));
    }

    [Theory]
    [MemberData(nameof(FigureNames))]
    public void The_csv_holds_exactly_the_datasets_turnover_for_the_plotted_years(string name)
    {
        var figure = Get(name);
        var rows = FigureWriter.Csv(figure).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')).ToList();
        var multi = name == "figure-3";

        Assert.Equal(figure.Plotted.Count, rows.Count);
        foreach (var row in rows)
        {
            var economy = multi ? Economies.Get(row[0]) : figure.Plotted[0].Economy;
            var fields = multi ? row[1..] : row;
            var year = int.Parse(fields[0], CultureInfo.InvariantCulture);
            var expected = ShippedData.ImfDots2022.Bilateral(economy, Economies.Israel).Turnover()[year]!;
            Assert.Equal(expected.Value.Value, double.Parse(fields[1], CultureInfo.InvariantCulture));
            Assert.Equal(expected.Estimated, bool.Parse(fields[2]));
            Assert.Equal(expected.Partial, bool.Parse(fields[3]));
            Assert.Equal(expected.Source, fields[4]);
        }
    }

    [Fact]
    public void Figure_2_plots_1999_to_2008_with_the_cited_2008_turnover()
    {
        // DOTS_103.xlsx!Exports!S39 = 2226.593035 + DOTS_103.xlsx!Imports!S39 = 204.897815.
        var figure = Get("figure-2");

        Assert.Equal(Enumerable.Range(1999, 10), figure.Plotted.Select(p => p.Value.Year));
        Assert.Equal(2226.593035 + 204.897815, figure.Plotted.Last().Value.Value.Value, 9);
        Assert.Contains("2,431", SvgTexts(figure.Chart.ToSvg()));
    }

    [Fact]
    public void Figure_1_marks_the_1999_IMF_estimate_and_explains_it()
    {
        // DOTS_210.xlsx!Exports!J37 = "0.36 e" and Imports!J39 = "17.93 e": 1999 is an estimate.
        var texts = SvgTexts(Get("figure-1").Chart.ToSvg());

        Assert.Contains("18.3 e", texts);
        Assert.Contains(texts, t => t.Contains("e = includes an IMF estimate"));
    }

    [Fact]
    public void Figure_5_says_it_is_drawn_from_IMF_DOTS_not_the_papers_Uzbek_source()
    {
        var texts = SvgTexts(Get("figure-5").Chart.ToSvg());

        Assert.Contains(texts, t => t.Contains("as reported by Uzbekistan") );
        Assert.Contains(texts, t => t.Contains("State Committee of the Republic of Uzbekistan for Statistics) is not available"));
    }

    [Fact]
    public void Svg_clip_path_ids_are_renumbered_so_that_two_renderings_are_identical()
    {
        var a = new Figures(ShippedData.ImfDots2022).Figure1UzbekistanIsrael1999To2008().Chart.ToSvg();
        var b = new Figures(ShippedData.ImfDots2022).Figure1UzbekistanIsrael1999To2008().Chart.ToSvg();

        Assert.Equal(a, b);
        Assert.Contains("<clipPath id=\"clip1\">", a);
        Assert.Contains("clip-path=\"url(#clip1)\"", a);
    }

    [Fact]
    public void Two_runs_produce_byte_identical_pngs()
    {
        var first = new Figures(ShippedData.ImfDots2022).All().Select(f => f.Chart.ToPng()).ToList();
        var second = new Figures(ShippedData.ImfDots2022).All().Select(f => f.Chart.ToPng()).ToList();

        Assert.Equal(first, second);
    }

    [Fact]
    public void Charts_drawn_at_once_on_shared_pixel_blocks_are_those_drawn_one_by_one()
    {
        // Pixel memory is shared by every chart and thread (PixelBlocks): a block that held a larger chart's pixels, or that
        // another thread just gave back, must not leave a trace in the next chart (each surface is cleared first).
        var figures = new Figures(ShippedData.ImfDots2022, ReportingSide.Reporter, ShippedData.ComtradeHs27Israel).All();
        Assert.Contains(figures, f => f.Chart.Options.Width * f.Chart.Options.Height > 1000 * 600);   // figure 6, 1200×680
        var alone = figures.Select(f => f.Chart.ToPng()).ToList();

        var together = new byte[figures.Count * 3][];
        Parallel.For(0, together.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => together[i] = figures[figures.Count - 1 - (i % figures.Count)].Chart.ToPng());

        for (var i = 0; i < together.Length; i++)
        {
            Assert.Equal(alone[figures.Count - 1 - (i % figures.Count)], together[i]);
        }
    }

    [Fact]
    public void The_svg_drawn_on_the_pngs_layout_is_the_svg_drawn_alone()
    {
        // SavePngAndDrawSvg skips the layout pass of the SVG, the PNG having just settled it: both files must be those drawn apart,
        // on charts fresh each time (a chart drawn before is settled already, which would hide a missing layout).
        var folder = Directory.CreateTempSubdirectory("png-svg-").FullName;
        var fresh = () => new Figures(ShippedData.ImfDots2022, ReportingSide.Reporter, ShippedData.ComtradeHs27Israel).All();
        var apart = fresh().Select(f => (Png: f.Chart.ToPng(), Svg: f.Chart.DrawSvg().Document)).ToList();
        var alone = fresh().Select(f => f.Chart.ToSvg()).ToList();

        var together = fresh().Select((f, i) => (Svg: f.Chart.SavePngAndDrawSvg(Path.Combine(folder, $"{i}.png")), Png: File.ReadAllBytes(Path.Combine(folder, $"{i}.png")))).ToList();

        Assert.Equal(6, together.Count);
        for (var i = 0; i < together.Count; i++)
        {
            Assert.Equal(apart[i].Png, together[i].Png);
            Assert.Equal(alone[i], together[i].Svg.Document);
            Assert.Equal(apart[i].Svg, together[i].Svg.Document);
        }
    }

    [Fact]
    public void A_pixel_block_is_reserved_for_the_largest_chart_and_reused()
    {
        var small = TradeAnalytics.Charts.PixelBlocks.Rent(1000 * 600 * 4);
        Assert.True(small.Size >= TradeAnalytics.Charts.PixelBlocks.Reserve);
        TradeAnalytics.Charts.PixelBlocks.Return(small);

        var huge = TradeAnalytics.Charts.PixelBlocks.Rent(TradeAnalytics.Charts.PixelBlocks.Reserve + 1);
        Assert.True(huge.Size >= (nuint)TradeAnalytics.Charts.PixelBlocks.Reserve + 1);
        TradeAnalytics.Charts.PixelBlocks.Return(huge);
        Assert.Throws<ArgumentOutOfRangeException>(() => TradeAnalytics.Charts.PixelBlocks.Rent(0));
    }

    [Fact]
    public void The_committed_charts_are_what_the_runner_writes_now()
    {
        var folder = Directory.CreateTempSubdirectory("figures-").FullName;
        try
        {
            foreach (var figure in Paper.All())
            {
                FigureWriter.Write(figure, folder);
                foreach (var extension in new[] { ".png", ".svg", ".csv" })
                {
                    var committed = TestPaths.Repo("charts", figure.Name + extension);
                    Assert.True(File.ReadAllBytes(committed).SequenceEqual(File.ReadAllBytes(Path.Combine(folder, figure.Name + extension))),
                        $"charts/{figure.Name}{extension} is stale: run the README's main command and commit charts/.");
                }
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The text content of every SVG text element, trimmed; the footnote's lines separately.</summary>
    internal static List<string> SvgTexts(string svg)
        => Regex.Matches(svg, "<text[^>]*>(.*?)</text>", RegexOptions.Singleline)
            .Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value).Trim())
            .ToList();
}
