using System.Globalization;
using TradeAnalytics.Sources;
using TradeAnalytics.Sources.Imf;
using TradeAnalytics.Sources.NationalStatistics;

namespace TradeAnalytics.Tests.Core;

/// <summary>
/// Issue 39, "one value gate": every reader passes its values through <see cref="TradeValueGate"/> (finite, within ±1e9 $m,
/// negatives flagged with one note), no observation holds a value the gate refuses, and the one number writer never
/// writes one. Each reader is fed the same damage: a value beyond the gate, and a negative value.
/// </summary>
public class ValueGateTests
{
    private const string Beyond = "beyond ±1e9 $m (US$ 1 quadrillion)";

    [Theory]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NaN)]
    [InlineData(1.5e9)]
    [InlineData(-1e300)]
    public void No_observation_holds_a_value_the_gate_refuses(double musd)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new TradeObservation(Economies.Kazakhstan, Economies.Israel, TradeFlow.Exports, 2020, new UsdMillions(musd), false, "made.csv:7"));
        Assert.Contains("made.csv:7: ", error.Message, StringComparison.Ordinal);

        var held = new TradeObservation(Economies.Kazakhstan, Economies.Israel, TradeFlow.Exports, 2020, new UsdMillions(1), false, "made.csv:8");
        Assert.Throws<ArgumentOutOfRangeException>(() => held with { Value = new UsdMillions(musd) });
    }

    [Theory]
    [InlineData(325.593, "325.593")]
    [InlineData(-12.5, "-12.5")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(1e9, "1000000000")]
    public void The_number_writer_writes_what_the_readers_read_back(double musd, string text)
    {
        Assert.Equal(text, TradeValueGate.Write(new UsdMillions(musd)));
        Assert.Equal(musd, double.Parse(text, CultureInfo.InvariantCulture));
        Assert.Null(TradeValueGate.Refusal(double.Parse(text, CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData(double.PositiveInfinity)]
    [InlineData(1e17)]
    public void The_number_writer_never_writes_what_a_reader_refuses(double musd)
        => Assert.Throws<ArgumentOutOfRangeException>(() => TradeValueGate.Write(new UsdMillions(musd)));

    [Fact]
    public void A_sum_of_thousands_is_checked_as_it_goes_so_it_never_overflows()
    {
        // Twelve months of 7e27 thousand US$ each: decimal's range is 7.9e28, so the plain sum overflowed.
        Assert.Null(TradeValueGate.SumThousands(Enumerable.Repeat(7e27m, 12), out var why));
        Assert.Contains(Beyond, why, StringComparison.Ordinal);
        Assert.Equal(2_500m, TradeValueGate.SumThousands([1_000m, 1_500m], out var none));
        Assert.Null(none);
    }

    [Theory]
    [InlineData("70000000000000000000000000000")]   // 7e28 thousand, a month: two of them overflowed decimal in the year's sum
    [InlineData("100000000000000000000")]           // 1e20 thousand: once written as 1E+17 $m, which the tool then refused
    public void An_armstat_month_beyond_the_gate_is_rejected_and_its_year_left_out(string cell)
    {
        var header = "\"country\",\"year\",\"month\",\"export\",\"import_origin\",\"import_consignment\",\"date\"\n";
        var months = string.Concat(Enumerable.Range(1, 12).Select(m => $"\"Israel\",2020,{m},{(m <= 2 ? cell : "1")},2,3,\"2020-{m:00}-01\"\n"));
        var path = Path.Combine(Directory.CreateTempSubdirectory("armstat-gate-").FullName, "arm_trade_country.csv");
        File.WriteAllText(path, header + months);

        var import = ArmeniaMonthlyCsv.Import(path);

        Assert.DoesNotContain(import.Observations, o => o.Flow == TradeFlow.Exports);
        Assert.Contains(import.Report, l => l.Contains("arm_trade_country.csv:2", StringComparison.Ordinal) && l.Contains(Beyond, StringComparison.Ordinal));
        Assert.True(import.Reconciles);
        // Imports (2 thousand a month) are whole: 0.024 $m.
        Assert.Equal(0.024, import.Observations.Single(o => o.Flow == TradeFlow.Imports).Value.Value);
    }

    [Fact]
    public void Every_reader_flags_a_negative_value_with_the_one_note()
    {
        var folder = Directory.CreateTempSubdirectory("gate-negative-").FullName;
        var interchange = Path.Combine(folder, "negative.csv");
        File.WriteAllText(interchange, "reporter,partner,flow,year,value_musd,estimated,source\nKAZ,ISR,exports,2020,-1.5,false,a:1\n");
        Assert.Equal($"-1.5 is {TradeValueGate.NegativeNote}", InterchangeCsv.ReadFile(interchange).Warnings.Single().Message);

        var copy = Path.Combine(folder, "trade_data.json");
        File.WriteAllText(copy, "{\"nodes\": [], \"edges\": [{\"source\": \"Israel\", \"target\": \"Kazakhstan\", \"value\": -2.5}]}");
        var imported = TradeFileImporter.Import(copy);
        Assert.Equal(1, imported.Flagged);
        Assert.Contains(imported.Report, l => l.EndsWith($"-2.5 $m, {TradeValueGate.NegativeNote}", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("1e400")]
    [InlineData("1E+300")]
    [InlineData("2000000000")]
    public void The_2025_copy_rejects_an_edge_beyond_the_gate_naming_it(string value)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("gate-copy-").FullName, "trade_data.json");
        File.WriteAllText(path, "{\"nodes\": [], \"edges\": [{\"source\": \"Israel\", \"target\": \"Kazakhstan\", \"value\": " + value + "}]}");

        var import = TradeFileImporter.Import(path);

        Assert.Empty(import.Observations);
        Assert.Equal(1, import.Rejected);
        Assert.Contains(import.Report, l => l.StartsWith("rejected: trade_data.json:edges[0]", StringComparison.Ordinal) && l.Contains(value + ": ", StringComparison.Ordinal));
    }

    [Fact]
    public void Twelve_plausible_months_whose_sum_is_beyond_the_gate_are_refused_naming_them()
    {
        // Each month 9e8 $m passes; their year, 1.08e10 $m, does not, and is never written.
        var months = Enumerable.Range(1, 12).Select(m => new PeriodObservation(Economies.Kazakhstan, Economies.Israel, TradeFlow.Exports,
            new Period(2020, Frequency.Monthly, m), new UsdMillions(9e8), false, null, $"imts.csv:{m + 1}"));

        var error = Assert.Throws<FormatException>(() => AnnualAggregation.FromPeriods(months));

        Assert.Contains("imts.csv:2020-M01..2020-M12 (sum of 12)", error.Message, StringComparison.Ordinal);
        Assert.Contains(Beyond, error.Message, StringComparison.Ordinal);
    }
}
