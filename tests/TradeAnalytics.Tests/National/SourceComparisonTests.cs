using TradeAnalytics.Analytics;
using CliRunner = TradeAnalytics.Tests.Cli.Cli;

namespace TradeAnalytics.Tests.National;

/// <summary>Issue 25: a pair's values from each source side by side, never merged, with the partial-looking ones flagged.</summary>
public class SourceComparisonTests
{
    private static readonly SeriesContext Context = new(Economies.Get("KAZ"), Economies.Get("ISR"), TradeMeasure.Exports, ReportingSide.Reporter);

    private static NamedSeries Named(string name, params (int Year, double Value, bool Partial)[] values)
        => new(name, new TradeSeries(Context, values.Select(v => new YearlyValue(v.Year, new UsdMillions(v.Value), false, v.Partial, $"{name} {v.Year}"))));

    [Fact]
    public void Each_year_holds_every_sources_value_or_its_gap_and_the_spread_of_those_present()
    {
        var comparison = SourceComparison.Compare([Named("a", (2018, 100, false), (2019, 120, false)), Named("b", (2019, 90, false), (2021, 80, false))]);

        Assert.Equal([2018, 2019, 2020, 2021], comparison.Years.Select(y => y.Year));
        var y2019 = comparison.Years[1];
        Assert.Equal([120.0, 90.0], y2019.Values.Select(v => v!.Value.Value));
        Assert.Equal(30.0, y2019.Spread!.Value, 9);
        Assert.Equal(100.0 / 3, y2019.SpreadPercent!.Value, 9);   // 30 of the smaller 90
        Assert.Null(comparison.Years[0].Spread);                    // one source only: no spread
        Assert.All(comparison.Years[2].Values, Assert.Null);        // 2020: nobody's, a gap in every column
        Assert.Equal(["a", "b"], comparison.Sources.Select(s => s.Name));
        Assert.Single(comparison.Shared);
    }

    [Fact]
    public void A_value_below_a_third_of_another_sources_same_or_recent_year_looks_partial()
    {
        var copy = new NamedSeries("copy", new TradeSeries(Context, [
            new YearlyValue(2023, new UsdMillions(120.0), false, false, "copy 2023"),
            new YearlyValue(2025, new UsdMillions(49.4), true, false, "copy 2025, preliminary"),
            new YearlyValue(2026, new UsdMillions(200), false, true, "copy 2026")]));
        var comparison = SourceComparison.Compare([Named("national", (2022, 817.0, false), (2023, 363.4, false)), copy]);

        // 2023: 120 is below 363.4 / 3 = 121.1; 2025: nobody else has it, and the value is preliminary: 2023 (two years before) is the reference.
        Assert.Equal(["copy"], comparison.Years.Single(y => y.Year == 2023).LooksPartial);
        var y2025 = comparison.Years.Single(y => y.Year == 2025);
        Assert.Equal(["copy"], y2025.LooksPartial);
        Assert.Contains("49.4 is below a third of national's 363.4 (2023)", y2025.Notes[0]);

        // A final value is never judged against another year (the audit: Kyrgyzstan–Israel 2000 called partial against 1998).
        var final = SourceComparison.Compare([Named("national", (2023, 363.4, false)), Named("other", (2025, 49.4, false))]);
        Assert.Empty(final.Years.Single(y => y.Year == 2025).LooksPartial);
        // The series' own partial mark (one flow of a turnover) is said as such.
        Assert.Contains("partial (one flow not reported)", comparison.Years.Single(y => y.Year == 2026).Notes.Single());
        // The larger value is never the partial one.
        Assert.DoesNotContain("national", comparison.Years.Single(y => y.Year == 2023).LooksPartial);
    }

    [Fact]
    public void Series_of_different_pairs_are_refused()
    {
        var other = new NamedSeries("b", new TradeSeries(Context with { Measure = TradeMeasure.Imports }, []));

        Assert.Throws<ArgumentException>(() => SourceComparison.Compare([Named("a", (2020, 1, false)), other]));
        Assert.Throws<ArgumentException>(() => SourceComparison.Compare([Named("a", (2020, 1, false)), Named("A", (2020, 1, false))]));
    }

    [Fact]
    public void Compare_kazakhstan_israel_sets_dots_national_and_the_2025_copy_side_by_side_and_flags_the_copy()
    {
        var (code, output, error) = CliRunner.Run("compare", "KAZ", "ISR", "--flow", "exports", "--from", "2018", "--format", "csv");

        Assert.True(code == 0, error);
        Assert.StartsWith("year,dots_musd,national_musd,imts2025_musd,spread_musd,spread_pct,note", output);
        // 2018: DOTS_103.xlsx!Exports!AC39 = 397.862 (US$ m); Kazakhstan's own …_2019.xls!12_2018!D78 = 397,850.4 thousand US$.
        Assert.Contains("2018,397.862,397.850,,0.012,0.0,", output);
        // 2023: …_2023.xls!2023!D80 = 363,354.94748 thousand US$; no DOTS (ends 2020), no copy.
        Assert.Contains("2023,,363.355,,,,", output);
        // 2024: no source has it — a row of gaps, never zeros.
        Assert.Contains("2024,,,,,,", output);
        // 2025: the copy's edges[4889] = 49.4, below a third of 363.4 (2023): flagged.
        Assert.Contains("2025,,,49.400,,,\"imts2025: looks partial, 49.4 is below a third of national's 363.4 (2023); imts2025: estimated or preliminary\"", output);
    }

    [Fact]
    public void Two_files_are_still_compared_value_by_value()
    {
        var (code, output, error) = CliRunner.Run("compare", "embedded", Support.TestPaths.Repo("data", "imf-dots-2022.csv"), "--format", "csv");

        Assert.True(code == 0, error);
        Assert.StartsWith("reporter,partner,flow,year,a_musd,b_musd,difference_musd", output);
    }
}
