using SkiaSharp;
using TradeAnalytics.Charts;

namespace TradeAnalytics.Tests.Charts;

public class ChartBuilderTests
{
    private static readonly TradeDataset Data = ShippedData.ImfDots2022;

    [Fact]
    public void Missing_years_are_left_as_gaps_labelled_na_not_drawn_as_zero()
    {
        // Turkmenistan's exports to Israel: DOTS_201.xlsx!Exports! T39 (2009) = 0.566038, U39..Z39 (2010–2015) empty.
        var series = Data.Bilateral("TKM", "ISR").Exports();
        var chart = BarChart.Create(series, new ChartOptions("Turkmenistan exports to Israel", "test") { FromYear = 2009, ToYear = 2017, ValueAxisTitle = "Exports, US$ million" });

        var texts = PaperFigureTests.SvgTexts(chart.ToSvg());

        Assert.Equal(6, texts.Count(t => t == "n/a"));
        Assert.Contains(texts, t => t.StartsWith("n/a = no value reported for 2010, 2011, 2012, 2013, 2014, 2015"));
        Assert.Contains("0.57", texts);
    }

    [Fact]
    public void A_partial_turnover_is_marked_and_explained()
    {
        // Kyrgyzstan 2018: imports 1.7 (DOTS_109.xlsx!Imports!AC38), exports empty (Exports!AC38).
        var chart = BarChart.Create(Data.Bilateral("KGZ", "ISR").Turnover(), new ChartOptions("KGZ", "test") { FromYear = 2014, ToYear = 2018 });

        var texts = PaperFigureTests.SvgTexts(chart.ToSvg());

        Assert.Contains("1.70 p", texts);
        Assert.Contains(texts, t => t.Contains("p = partial: only one of exports and imports was reported"));
    }

    [Fact]
    public void A_chart_saves_png_and_svg_by_extension_at_the_chosen_size()
    {
        var chart = BarChart.Create(Data.Bilateral("KAZ", "ISR").Turnover(), new ChartOptions("KAZ", "test") { FromYear = 2009, ToYear = 2018, Width = 640, Height = 400 });
        var folder = Directory.CreateTempSubdirectory("chart-").FullName;
        try
        {
            chart.Save(Path.Combine(folder, "a.png"));
            chart.Save(Path.Combine(folder, "a.svg"));

            using var bitmap = SKBitmap.Decode(Path.Combine(folder, "a.png"));
            Assert.Equal((640, 400), (bitmap.Width, bitmap.Height));
            Assert.Contains("<svg", File.ReadAllText(Path.Combine(folder, "a.svg")));
            Assert.Throws<ArgumentException>(() => chart.Save(Path.Combine(folder, "a.pdf")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_series_with_nothing_in_range_is_refused()
    {
        var e = Assert.Throws<ArgumentException>(() => BarChart.Create(Data.Bilateral("KAZ", "ISR").Turnover(), new ChartOptions("x", "y") { FromYear = 1960, ToYear = 1970 }));

        Assert.StartsWith("Kazakhstan–Israel turnover, as reported by Kazakhstan has no value in 1960–1970.", e.Message);
    }

    [Fact]
    public void The_bundled_font_is_registered_and_used()
    {
        BundledFonts.EnsureRegistered();

        Assert.Equal(BundledFonts.FamilyName, ScottPlot.Fonts.GetTypeface(BundledFonts.FamilyName, false, false).FamilyName);
        Assert.Contains("font-family=\"DejaVu Sans\"", BarChart.Create(Data.Bilateral("KAZ", "ISR").Turnover(), new ChartOptions("x", "y")).ToSvg());
    }

    [Fact]
    public void A_font_that_cannot_be_loaded_is_a_loud_error_not_a_chart_without_text()
    {
        var e = Assert.Throws<ChartFontException>(() => BundledFonts.Load("TradeAnalytics.Charts.Missing.ttf"));

        Assert.StartsWith("The font resource TradeAnalytics.Charts.Missing.ttf is missing from TradeAnalytics.Charts; charts would render without text.", e.Message);
    }
}
