using System.Globalization;
using TradeAnalytics.Analytics;
using TradeAnalytics.Catalogue;
using TradeAnalytics.Tests.Support;

namespace TradeAnalytics.Tests.Indicators;

/// <summary>
/// Issue 41: each indicator against values computed by hand (Python, outside the code under test) from cited cells: DOTS
/// workbook cells, lines of the shipped Comtrade files (which cite the archive's entries), the CPI's monthly lines.
/// </summary>
public class IndicatorTests
{
    private static readonly Economy Azerbaijan = Economies.Get("AZE");

    [Fact]
    public void Trade_intensity_of_kazakhstans_exports_to_israel_in_2012_is_computed_from_four_workbook_cells()
    {
        // DOTS_103.xlsx!Exports, FOB!W39 = 1535.743023 (KAZ → ISR), W9 = 92285.393567000006 (KAZ → World);
        // DOTS_221.xlsx!Exports, FOB!BC39 = 68531.742956000002 (World → ISR), BC9 = 18315141.938235 (World → World).
        // (1535.743023 / 92285.393567) / (68531.742956 / 18315141.938235) = 4.447378514928233.
        var data = ShippedData.Dots(Economies.Kazakhstan, Economies.Israel, Economies.World);

        var tii = TradeIndicators.Intensity(data, Economies.Kazakhstan, Economies.Israel, 2012);

        Assert.Equal(4.447378514928233, tii.Value!.Value, 12);
        Assert.Equal(["DOTS_103.xlsx!Exports!W39", "DOTS_103.xlsx!Exports!W9", "DOTS_221.xlsx!Exports!BC39", "DOTS_221.xlsx!Exports!BC9"], tii.Inputs.Select(i => i.Source));
    }

    [Fact]
    public void Trade_intensity_with_a_missing_input_is_undefined_naming_it_and_never_with_an_aggregate()
    {
        var data = ShippedData.Dots(Economies.Kazakhstan, Economies.Israel, Economies.World);

        var before = TradeIndicators.Intensity(data, Economies.Kazakhstan, Economies.Israel, 1960);
        var aggregate = TradeIndicators.Intensity(data, Economies.Kazakhstan, Economies.World, 2012);

        Assert.Null(before.Value);
        Assert.StartsWith("x_ij: KAZ's exports to ISR is missing (not zero)", before.Undefined, StringComparison.Ordinal);
        Assert.Null(aggregate.Value);
        Assert.Contains("never a partner", aggregate.Undefined, StringComparison.Ordinal);
    }

    [Fact]
    public void Revealed_comparative_advantage_of_kazakhstan_in_hs27_in_2012_mixes_two_publishers_and_says_so()
    {
        // x_ik = 64485.65042 (data/comtrade-hs27-world.csv, from processed_data_2012.csv:5950); x_wk = 3074304.0208660006, the sum of
        // the 167 reporters' HS 27 exports to the World in 2012 in that file; X_i = DOTS_103.xlsx!Exports!W9, X_w = DOTS_221.xlsx!Exports!BC9.
        // (64485.65042 / 92285.393567) / (3074304.020866 / 18315141.938235) = 4.1628771198832135.
        var rca = TradeIndicators.ComparativeAdvantage(ShippedData.ComtradeHs27World, ShippedData.Dots(Economies.Kazakhstan, Economies.World),
            Economies.Kazakhstan, Product.Hs("27"), 2012);

        Assert.Equal(4.1628771198832135, rca.Value!.Value, 9);
        Assert.Equal("processed_data_2012.csv:5950", rca.Inputs[0].Source);
        Assert.StartsWith("the sum of 167 reporters' exports to the World", rca.Inputs[2].Source, StringComparison.Ordinal);
        Assert.Contains(rca.Notes, n => n.Contains("two publishers in one ratio", StringComparison.Ordinal));
    }

    [Fact]
    public void Grubel_lloyd_of_israels_chapter_trade_with_azerbaijan_in_2015_leaves_a_one_sided_gap_out()
    {
        // Computed in Python over data/comtrade-hs2-caucasus.csv (each line cites its archive entry): 92 chapters with both flows
        // known (a partner absent from a chapter the reporter reports with the World is 0), Σ(x + m) = 131.94 $m,
        // GL = 1 − Σ|x − m| / Σ(x + m) = 0.030271335455510195; chapter 93 has imports not reported: a gap, left out.
        // Chapter 85: x = 15.407 (Israel;2015;Export;85.csv:22), m = 0.213 (Israel;2015;Import;85.csv:17): 1 − 15.194 / 15.62.
        var gl = TradeIndicators.GrubelLloyd(ShippedData.ComtradeHs2Caucasus, Economies.Israel, Azerbaijan, 2015);

        Assert.Equal(0.030271335455510195, gl.Aggregate.Value!.Value, 12);
        Assert.Equal(92, gl.ByChapter.Count(c => c.Value is not null) + gl.ByChapter.Count(c => c.Undefined == "no trade either way in this chapter (0 / 0)"));
        Assert.Equal(1 - (15.194 / 15.62), gl.ByChapter.Single(c => c.Name == "Grubel–Lloyd, chapter 85").Value!.Value, 12);
        Assert.Contains("1 chapter(s) with one flow not reported, left out (gaps, not zeros): 93", gl.Aggregate.Notes);
    }

    [Fact]
    public void Export_similarity_complementarity_and_concentration_from_the_chapter_mixes_of_2015()
    {
        // Python over data/comtrade-hs2-caucasus.csv, shares of each economy's chapters with the World (WLD) summed over chapters:
        // FK(ISR, AZE exports) = 0.05278009577559148 (ISR 93 chapters, AZE 85); Michaely(AZE exports, ISR imports) = 0.18154769045992014;
        // UNCTAD concentration of ISR's exports over its 93 chapters = 0.2946954991029313.
        var chapters = ShippedData.ComtradeHs2Caucasus;

        var fk = TradeIndicators.ExportSimilarity(chapters, Economies.Israel, Azerbaijan, 2015);
        var c = TradeIndicators.Complementarity(chapters, Azerbaijan, Economies.Israel, 2015);
        var israel = fk.Inputs.Where(i => i.Name.StartsWith("ISR", StringComparison.Ordinal)).ToList();
        var h = TradeIndicators.NormalisedConcentration("ISR exports over chapters", israel);

        Assert.Equal(0.05278009577559148, fk.Value!.Value, 12);
        Assert.Equal(0.18154769045992014, c.Value!.Value, 12);
        Assert.Equal(93, israel.Count);
        Assert.Equal(0.2946954991029313, h.Value!.Value, 12);
    }

    [Theory]
    [InlineData(3, 1, 0.5)]     // 1 − |3 − 1| / 4
    [InlineData(2, 2, 1.0)]
    [InlineData(5, 0, 0.0)]
    public void Grubel_lloyd_of_one_chapter_by_hand(double x, double m, double expected)
    {
        var rows = new[]
        {
            new TradeObservation(Economies.Israel, Azerbaijan, TradeFlow.Exports, 2015, new UsdMillions(x), false, "x:1") { Product = Product.Hs("85") },
            new TradeObservation(Economies.Israel, Azerbaijan, TradeFlow.Imports, 2015, new UsdMillions(m), false, "m:1") { Product = Product.Hs("85") },
        };

        Assert.Equal(expected, TradeIndicators.GrubelLloyd(new TradeDataset(rows), Economies.Israel, Azerbaijan, 2015).Aggregate.Value!.Value, 12);
    }

    [Fact]
    public void Marginal_intra_industry_trade_by_hand()
    {
        // Chapter 85: X 10 → 14 (ΔX = 4), M 5 → 8 (ΔM = 3); chapter 84: X 2 → 1 (ΔX = −1), M 1 → 3 (ΔM = 2).
        // A = 1 − (|4 − 3| + |−1 − 2|) / ((4 + 3) + (1 + 2)) = 1 − 4 / 10 = 0.6.
        TradeObservation O(string chapter, TradeFlow flow, int year, double v) => new(Economies.Israel, Azerbaijan, flow, year, new UsdMillions(v), false, "t") { Product = Product.Hs(chapter) };
        var data = new TradeDataset([
            O("85", TradeFlow.Exports, 2010, 10), O("85", TradeFlow.Exports, 2015, 14), O("85", TradeFlow.Imports, 2010, 5), O("85", TradeFlow.Imports, 2015, 8),
            O("84", TradeFlow.Exports, 2010, 2), O("84", TradeFlow.Exports, 2015, 1), O("84", TradeFlow.Imports, 2010, 1), O("84", TradeFlow.Imports, 2015, 3),
        ]);

        Assert.Equal(0.6, TradeIndicators.MarginalIntraIndustry(data, Economies.Israel, Azerbaijan, 2010, 2015).Value!.Value, 12);
    }

    [Fact]
    public void Normalised_concentration_is_0_when_even_1_when_one_part_dominates_and_undefined_below_two_parts()
    {
        IndicatorInput P(double? v) => new("p", v, "t");

        Assert.Equal(0, TradeIndicators.NormalisedConcentration("even", [P(5), P(5), P(5), P(5)]).Value!.Value, 12);
        // Shares 0.75 and 0.25: √(0.625) = 0.790569…, √(1/2) = 0.707107…: (0.790569 − 0.707107) / (1 − 0.707107) = 0.284959…
        Assert.Equal((Math.Sqrt(0.625) - Math.Sqrt(0.5)) / (1 - Math.Sqrt(0.5)), TradeIndicators.NormalisedConcentration("two", [P(3), P(1), P(null)]).Value!.Value, 12);
        Assert.Null(TradeIndicators.NormalisedConcentration("one", [P(3), P(null)]).Value);
        Assert.Equal("1 part(s) missing, left out (not zero)", TradeIndicators.NormalisedConcentration("two", [P(3), P(1), P(null)]).Notes.Single());
    }

    [Fact]
    public void The_cpi_in_2020_dollars_deflates_2012_and_leaves_a_year_outside_its_span_undefined()
    {
        // SOURCE.md of ../shared/data/deflators: 2020 = 258.811; 2012 = mean of CPIAUCNS.csv lines 386–397 = 229.594.
        // DOTS_103.xlsx!Exports!W39 = 1535.743023 → 1535.743023 × 258.811 / 229.594 = 1731.1741052712746.
        var cpi = ShippedData.UsCpiU;

        var real = cpi.Real(new UsdMillions(1535.743023), 2012, 2020, "DOTS_103.xlsx!Exports!W39");
        var before = cpi.Real(new UsdMillions(100), 1975, 2020, "x");
        var after = cpi.Real(new UsdMillions(100), 2025, 2020, "x");

        Assert.Equal(1731.1741052712746, real.Value!.Value.Value, 9);
        Assert.StartsWith("DOTS_103.xlsx!Exports!W39 × 258.811/229.594 (us-cpi-u-annual.csv:42", real.Source, StringComparison.Ordinal);
        Assert.Null(before.Value);
        Assert.Contains("has no 1975 (it covers 1980–2024)", before.Undefined, StringComparison.Ordinal);
        Assert.Contains("has no 2025", after.Undefined, StringComparison.Ordinal);
        Assert.Equal(new[] { 218.056, 258.811, 292.655, 304.702, 313.689 }, new[] { 2010, 2020, 2022, 2023, 2024 }.Select(y => cpi[y]!.Value));
    }

    [RequiresOraclesFact]
    public void The_shipped_cpi_is_the_mean_of_each_years_twelve_months_rounded_as_bls_publishes()
    {
        // Computed here from ../shared/data/deflators/CPIAUCNS.csv, not by the library: decimal mean, rounded half up to 0.001.
        var months = File.ReadLines(TestPaths.CpiMonthly).Skip(1).Select(l => l.Split(','))
            .GroupBy(f => int.Parse(f[0][..4], CultureInfo.InvariantCulture))
            .Where(g => g.Count() == 12)
            .ToDictionary(g => g.Key, g => Math.Round(g.Sum(f => decimal.Parse(f[1], CultureInfo.InvariantCulture)) / 12, 3, MidpointRounding.AwayFromZero));

        var shipped = ShippedData.UsCpiU.Years;

        Assert.Equal(months.Keys.Order(), shipped.Select(y => y.Year));
        Assert.All(shipped, y => Assert.Equal((double)months[y.Year], y.Value));
        Assert.Equal(45, shipped.Count);
    }
}

/// <summary>Issue 41: the <c>indicators</c> command on the shipped data, as a clean machine runs it.</summary>
public class IndicatorsCommandTests
{
    [Fact]
    public void Indicators_of_kazakhstan_and_israel_in_2012_answer_from_the_shipped_data_with_sources_and_reasons()
    {
        var (code, output, error) = TradeAnalytics.Tests.Cli.Cli.Run("indicators", "KAZ", "ISR", "--year", "2012", "--format", "csv");

        Assert.True(code == 0, error);
        var rows = StrictCsvReader.Read(output);
        Assert.Equal(["indicator", "value", "formula", "inputs", "note"], rows[0]);
        var byName = rows.Skip(1).ToDictionary(r => r[0]);
        // Four workbook cells (IndicatorTests): 4.447378514928233; HS 27 RCA: 4.1628771198832135.
        Assert.Equal("4.4474", byName["trade intensity, KAZ exports to ISR"][1]);
        Assert.Contains("[DOTS_221.xlsx!Exports!BC39]", byName["trade intensity, KAZ exports to ISR"][3], StringComparison.Ordinal);
        Assert.Equal("4.1629", byName["revealed comparative advantage of KAZ in HS 27"][1]);
        Assert.Contains("two publishers in one ratio", byName["revealed comparative advantage of KAZ in HS 27"][4], StringComparison.Ordinal);
        // The chapter data keep Israel's partners ISR, AZE, GEO, ARM, Central Asia (M143) and the World: Kazakhstan is not one of them.
        Assert.Equal("", byName["intra-industry trade (Grubel–Lloyd), ISR's report with KAZ"][1]);
        Assert.Contains("every chapter is a gap", byName["intra-industry trade (Grubel–Lloyd), ISR's report with KAZ"][4], StringComparison.Ordinal);
        Assert.StartsWith("undefined: it needs both economies' chapter trade with the World", byName["export similarity (Finger–Kreinin)"][4], StringComparison.Ordinal);
        Assert.StartsWith("undefined: it needs every reporter's exports by product", byName["economic complexity (ECI, PCI)"][4], StringComparison.Ordinal);
    }

    [Fact]
    public void Indicators_in_json_are_typed_numbers_and_nulls()
    {
        var (code, output, error) = TradeAnalytics.Tests.Cli.Cli.Run("indicators", "AZE", "ISR", "--year", "2015", "--format", "json");

        Assert.True(code == 0, error);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        var rows = json.RootElement.ValueKind == System.Text.Json.JsonValueKind.Array ? json.RootElement : json.RootElement.GetProperty("rows");
        var gl = rows.EnumerateArray().Single(r => r.GetProperty("indicator").GetString() == "intra-industry trade (Grubel–Lloyd), ISR's report with AZE");
        // Python over data/comtrade-hs2-caucasus.csv (IndicatorTests): 0.030271335455510195.
        Assert.Equal(0.030271335455510195, gl.GetProperty("value").GetDouble(), 12);
        // UNCTAD concentration of Israel's 93 chapters (Python, IndicatorTests): 0.2946954991029313.
        var chapters = rows.EnumerateArray().Single(r => r.GetProperty("indicator").GetString() == "concentration of ISR's exports over HS chapters (UNCTAD)");
        Assert.Equal(0.2946954991029313, chapters.GetProperty("value").GetDouble(), 12);
        var eci = rows.EnumerateArray().Single(r => r.GetProperty("indicator").GetString() == "economic complexity (ECI, PCI)");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, eci.GetProperty("value").ValueKind);
    }
}

/// <summary>Issue 41, real terms: <c>--real BASE</c> on series and growth, deflated by the shipped CPI-U.</summary>
public class RealTermsCommandTests
{
    [Fact]
    public void Series_in_2020_dollars_names_the_deflator_and_leaves_years_before_1980_undeflated()
    {
        // DOTS_103.xlsx!Exports, FOB!W39 = 1535.743023 (2012) × 258.811 / 229.594 = 1731.1741 (CPI-U annual averages, data/us-cpi-u-annual.csv).
        var (code, output, error) = TradeAnalytics.Tests.Cli.Cli.Run("series", "KAZ", "ISR", "--flow", "exports", "--from", "2012", "--to", "2012", "--real", "2020", "--format", "csv");
        var (oldCode, old, _) = TradeAnalytics.Tests.Cli.Cli.Run("series", "ISR", "USA", "--flow", "exports", "--from", "1979", "--to", "1980", "--real", "2020");

        Assert.True(code == 0, error);
        var row = StrictCsvReader.Read(output)[1];
        Assert.Equal("1731.174", row[1]);
        Assert.StartsWith("DOTS_103.xlsx!Exports!W39 × 258.811/229.594", row[5], StringComparison.Ordinal);
        Assert.Equal(0, oldCode);
        Assert.Contains("constant 2020 US$ (deflated by US CPI-U", old, StringComparison.Ordinal);
        Assert.Contains("not deflated: US CPI-U, annual average (BLS, CPIAUCNS via FRED) has no 1979 (it covers 1980–2024)", old, StringComparison.Ordinal);
    }

    [Fact]
    public void Real_growth_is_the_growth_of_deflated_values_and_a_base_outside_the_cpi_is_refused()
    {
        // DOTS_103.xlsx!Exports, FOB!V39 = 1418.512913 (2011), W39 = 1535.743023 (2012); CPI-U 2011 = 224.939, 2012 = 229.594:
        // nominal YoY 8.26 %, real ((1535.743023 / 229.594) / (1418.512913 / 224.939) − 1) × 100 = 6.069 %.
        var (code, output, error) = TradeAnalytics.Tests.Cli.Cli.Run("growth", "KAZ", "ISR", "--flow", "exports", "--from", "2011", "--to", "2012", "--real", "2020", "--format", "json");
        var (badCode, _, badError) = TradeAnalytics.Tests.Cli.Cli.Run("growth", "KAZ", "ISR", "--real", "1975");

        Assert.True(code == 0, error);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        var yoy = json.RootElement.GetProperty("rows").EnumerateArray().First(r => r.GetProperty("measure").GetString() == "YoY");
        Assert.Equal(6.0692463326857515, yoy.GetProperty("value").GetDouble(), 9);
        Assert.Contains("constant 2020 US$", json.RootElement.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, badCode);
        Assert.Contains("--real 1975: US CPI-U, annual average (BLS, CPIAUCNS via FRED) covers 1980–2024", badError, StringComparison.Ordinal);
    }
}

/// <summary>Issue 41: the HTML report's pair page has an indicators section.</summary>
public class ReportIndicatorsTests
{
    [Trait("Category", "Slow")]
    [Fact]
    public void The_pair_page_shows_the_indicators_of_its_last_year_with_their_sources()
    {
        // DOTS_13.xlsx!Exports, FOB!AE38 = 437.5 (AZE → ISR, 2020), AE9 = 13740.8175 (AZE → World);
        // DOTS_221.xlsx!Exports, FOB!BK39 = 68267.468181 (World → ISR), BK9 = 17411750.887517 (World → World): 8.120712480603942.
        var path = Path.Combine(Directory.CreateTempSubdirectory("report-indicators-").FullName, "aze-isr.html");

        var (code, _, error) = TradeAnalytics.Tests.Cli.Cli.Run("report", "AZE", "ISR", "--out", path);

        Assert.True(code == 0, error);
        var html = File.ReadAllText(path);
        Assert.Contains("<h3 id=\"pair-AZE-ISR-indicators\">Indicators, 2020</h3>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><th>trade intensity, AZE exports to ISR</th><td>8.1207</td>", html, StringComparison.Ordinal);
        Assert.Contains("(DOTS_221.xlsx!Exports!BK39)", html, StringComparison.Ordinal);
    }
}

/// <summary>Issue 41, real terms in compare and chart.</summary>
public class RealTermsCompareAndChartTests
{
    [Fact]
    public void Compare_deflates_every_source_alike_and_refuses_real_for_two_files()
    {
        // CPI-U 2020 = 258.811 (data/us-cpi-u-annual.csv:42), 2018 = 251.107 (line 40): each source's 2018 value × 258.811 / 251.107.
        var (_, nominal, _) = TradeAnalytics.Tests.Cli.Cli.Run("compare", "KAZ", "ISR", "--from", "2018", "--to", "2018", "--format", "csv");
        var (code, real, error) = TradeAnalytics.Tests.Cli.Cli.Run("compare", "KAZ", "ISR", "--from", "2018", "--to", "2018", "--format", "csv", "--real", "2020");
        var (fileCode, _, fileError) = TradeAnalytics.Tests.Cli.Cli.Run("compare", "embedded", "embedded", "--real", "2020");

        Assert.True(code == 0, error);
        var n = StrictCsvReader.Read(nominal)[1];
        var r = StrictCsvReader.Read(real)[1];
        foreach (var column in new[] { 1, 2 })
        {
            Assert.Equal(double.Parse(n[column], CultureInfo.InvariantCulture) * 258.811 / 251.107, double.Parse(r[column], CultureInfo.InvariantCulture), 2);
        }

        Assert.Equal(1, fileCode);
        Assert.Contains("--real goes with two economies", fileError, StringComparison.Ordinal);
    }

    [Fact]
    public void A_real_chart_says_its_prices_and_a_by_source_chart_refuses_real()
    {
        var folder = Directory.CreateTempSubdirectory("real-chart-").FullName;
        var svg = Path.Combine(folder, "kaz-isr.svg");

        var (code, _, error) = TradeAnalytics.Tests.Cli.Cli.Run("chart", "KAZ", "ISR", "--real", "2020", "--out", svg);
        var (bySourceCode, _, bySourceError) = TradeAnalytics.Tests.Cli.Cli.Run("chart", "KAZ", "ISR", "--by-source", "--real", "2020", "--out", Path.Combine(folder, "b.svg"));

        Assert.True(code == 0, error);
        var text = File.ReadAllText(svg);
        Assert.Contains("constant 2020 prices, US CPI-U", text, StringComparison.Ordinal);
        Assert.Equal(1, bySourceCode);
        Assert.Contains("--real goes with the bar chart", bySourceError, StringComparison.Ordinal);
    }
}

/// <summary>The chapter data's reporters as the catalogue lists them are the file's.</summary>
public class ChapterReportersTests
{
    [Fact]
    public void The_listed_chapter_reporters_are_the_files_and_a_pairs_rows_are_its_own()
    {
        Assert.Equal(ShippedData.ComtradeHs2Caucasus.Reporters.Select(r => r.Code), ShippedData.ComtradeHs2CaucasusReporters);
        var pair = ShippedData.ComtradeHs2CaucasusBetween(Economies.Israel, Economies.Get("AZE"));
        var expected = ShippedData.ComtradeHs2Caucasus.Observations.Where(o => o.Reporter.Code is "ISR" or "AZE" && o.Partner.Code is "ISR" or "AZE" or "WLD").Select(o => o.Source).ToHashSet();
        Assert.Equal(expected, pair.Observations.Select(o => o.Source).ToHashSet());
    }
}
