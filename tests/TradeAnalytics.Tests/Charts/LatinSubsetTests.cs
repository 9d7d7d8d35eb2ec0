using PaperFigures;
using SkiaSharp;
using TradeAnalytics.Charts;

namespace TradeAnalytics.Tests.Charts;

/// <summary>
/// Issue 13: SVGs are drawn with the Latin subset of the bundled font (scripts/subset-fonts.py) where every text is in it,
/// because Skia's SVG export walks the whole character map of the font for each text run, and without ScottPlot's raster
/// pass before each SVG. Both must change nothing but the time: same glyphs, same metrics, documents byte for byte those of
/// ScottPlot's own GetSvgXml with the whole font; text outside the subset is drawn with the whole font.
/// </summary>
public class LatinSubsetTests
{
    private static readonly TradeDataset Data = ShippedData.ImfDots2022;

    [Theory]
    [InlineData("DejaVuSans")]
    [InlineData("DejaVuSans-Bold")]
    public void The_subset_keeps_the_whole_fonts_glyphs_and_metrics_for_every_character_it_maps(string face)
    {
        using var whole = BundledFonts.Load($"TradeAnalytics.Charts.{face}.ttf");
        using var latin = BundledFonts.Load($"TradeAnalytics.Charts.{face}-Latin.ttf");
        using var wholeFont = new SKFont(whole, 12) { Subpixel = true };
        using var latinFont = new SKFont(latin, 12) { Subpixel = true };

        var mapped = Enumerable.Range(0, 0x10000).Where(c => c is < 0xD800 or > 0xDFFF && latin.GetGlyph(c) != 0).ToList();

        // fontTools 4.38 counts 436 characters in each subset's character map (scripts/subset-fonts.py prints it).
        Assert.Equal(436, mapped.Count);
        Assert.Equal(whole.FamilyName, latin.FamilyName);
        Assert.Equal(wholeFont.Metrics, latinFont.Metrics);
        foreach (var c in mapped)
        {
            var text = char.ConvertFromUtf32(c);
            var (wholeGlyph, latinGlyph) = (whole.GetGlyph(c), latin.GetGlyph(c));
            Assert.NotEqual(0, wholeGlyph);
            Assert.Equal(wholeFont.MeasureText(text), latinFont.MeasureText(text));
            using var wholePath = wholeFont.GetGlyphPath(wholeGlyph);
            using var latinPath = latinFont.GetGlyphPath(latinGlyph);
            Assert.Equal(wholePath.ToSvgPathData(), latinPath.ToSvgPathData());
        }
    }

    public static TheoryData<string> Charts => new()
    {
        "figure-1", "figure-2", "figure-3", "figure-4", "figure-5", "figure-6", "figure-7", "figure-8", "bars-upright-labels", "bars-labels-left-out", "bars-gaps", "lines-log",
    };

    [Trait("Category", "Slow")]
    [Theory]
    [MemberData(nameof(Charts))]
    public void A_chart_in_latin_script_is_drawn_with_the_subset_and_comes_out_byte_for_byte_as_ScottPlots_own_svg(string name)
    {
        var chart = Chart(name);

        var svg = chart.ToSvg(out var latin);

        Assert.True(latin, $"{name} was drawn with the whole font");
        Assert.Equal(chart.ToSvgByScottPlot(), svg);
    }

    [Fact]
    public void A_legend_name_outside_the_subset_is_drawn_with_the_whole_font_and_kept()
    {
        // Uzbek writes its name with a turned comma (U+02BB), outside Latin Extended-A and so outside the subset.
        var chart = LineChart.Create([Data.Bilateral("UZB", "ISR").Turnover()], new ChartOptions("Uzbekistan–Israel", "Source: IMF DOTS."), ["O\u02BBzbekiston"]);

        var svg = chart.ToSvg(out var latin);

        Assert.False(latin);
        Assert.Contains("O\u02BBzbekiston", PaperFigureTests.SvgTexts(svg));
        Assert.Equal(chart.ToSvgByScottPlot(), svg);
    }

    [Fact]
    public void A_title_changed_to_cyrillic_after_the_chart_was_built_is_drawn_with_the_whole_font()
    {
        var chart = BarChart.Create(Data.Bilateral("KAZ", "ISR").Turnover(), new ChartOptions("KAZ–ISR", "Source: IMF DOTS.") { FromYear = 2009, ToYear = 2018 });
        Assert.True(LatinDrawn(chart));

        chart.Plot.Title("Казахстан–Израиль");
        var svg = chart.ToSvg(out var latin);

        Assert.False(latin);
        Assert.Contains("Казахстан–Израиль", PaperFigureTests.SvgTexts(svg));
    }

    [Fact]
    public void A_plot_with_a_part_of_another_kind_is_drawn_with_the_whole_font()
    {
        var chart = BarChart.Create(Data.Bilateral("KAZ", "ISR").Turnover(), new ChartOptions("KAZ–ISR", "Source: IMF DOTS.") { FromYear = 2009, ToYear = 2018 });
        chart.Plot.Add.Annotation("Тенге");

        var svg = chart.ToSvg(out var latin);

        Assert.False(latin);
        Assert.Contains("Тенге", PaperFigureTests.SvgTexts(svg));
    }

    [Fact]
    public void Drawing_an_svg_puts_the_whole_font_back_on_every_label()
    {
        var chart = Chart("figure-3");
        var before = chart.ToPng();

        Assert.True(LatinDrawn(chart));

        Assert.Equal(before, chart.ToPng());
        var labels = new[] { chart.Plot.Axes.Title.Label, chart.Plot.Axes.Bottom.TickLabelStyle, chart.Plot.Axes.Left.Label }
            .Concat(chart.Plot.Legend.ManualItems.Select(i => i.LabelStyle));
        Assert.All(labels, l => Assert.NotNull(BundledFonts.LatinFor(l.Font)));
    }

    [Trait("Category", "Slow")]
    [Fact]
    public async Task One_chart_drawn_from_several_threads_at_once_gives_the_same_files_as_drawn_alone()
    {
        // Drawing an SVG switches the labels' faces to the subset for its duration, and with a name outside the subset it then
        // draws again with the whole font: a PNG drawn meanwhile must never catch the switched faces (it would lose the ʻ).
        var chart = LineChart.Create([Data.Bilateral("UZB", "ISR").Turnover()], new ChartOptions("Uzbekistan–Israel", "Source: IMF DOTS."), ["O\u02BBzbekiston"]);
        var (png, svg) = (chart.ToPng(), chart.ToSvg());

        // One thread draws SVGs while another draws PNGs of the same chart, both starting together, 20 times each.
        using var start = new Barrier(2);
        var svgs = Task.Run(() => { start.SignalAndWait(); return Enumerable.Range(0, 20).Select(_ => chart.ToSvg()).ToList(); });
        var pngs = Task.Run(() => { start.SignalAndWait(); return Enumerable.Range(0, 20).Select(_ => chart.ToPng()).ToList(); });

        Assert.All(await svgs, s => Assert.Equal(svg, s));
        Assert.All(await pngs, p => Assert.Equal(png, p));
    }

    private static bool LatinDrawn(TradeChart chart)
    {
        chart.ToSvg(out var latin);
        return latin;
    }

    private static TradeChart Chart(string name)
    {
        var kazIsr = Data.Bilateral("KAZ", "ISR").Turnover();
        return name switch
        {
            // 29 bars in 520 pixels: the value labels stand upright; in 300 they are left out (BarChart.ValueLabels).
            "bars-upright-labels" => BarChart.Create(kazIsr, new ChartOptions("KAZ–ISR", "Source: IMF DOTS.") { FromYear = 1992, ToYear = 2020, Width = 520 }),
            "bars-labels-left-out" => BarChart.Create(kazIsr, new ChartOptions("KAZ–ISR", "Source: IMF DOTS.") { FromYear = 1992, ToYear = 2020, Width = 300 }),
            // Turkmenistan's exports to Israel 2010–2015 are empty (DOTS_201.xlsx!Exports!U39..Z39): "n/a" texts.
            "bars-gaps" => BarChart.Create(Data.Bilateral("TKM", "ISR").Exports(), new ChartOptions("TKM → ISR", "Source: IMF DOTS.") { FromYear = 2009, ToYear = 2017 }),
            "lines-log" => LineChart.Create(
                [kazIsr, Data.Bilateral("UZB", "ISR").Turnover(), Data.Bilateral("TKM", "ISR").Turnover()],
                new ChartOptions("Turnover with Israel", "Source: IMF DOTS.") { LogScale = true, FromYear = 1995, ToYear = 2020 }),
            _ => Figures.Shipped().All().Single(f => f.Name == name).Chart,
        };
    }
}
