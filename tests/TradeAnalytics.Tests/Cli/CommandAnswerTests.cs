using System.Globalization;
using System.Text.Json;
using TradeAnalytics.Analytics;
using TradeAnalytics.Tests.Support;

namespace TradeAnalytics.Tests.Cli;

/// <summary>Audit findings 2–6 (issue 27): each test failed on the code before the fix.</summary>
public class CommandAnswerTests
{
    private static (int Code, string Out, string Err) Run(params string[] args) => TradeAnalytics.Tests.Cli.Cli.Run(args);

    private static JsonElement Json(params string[] args)
    {
        var (code, output, error) = Run([.. args, "--format", "json"]);
        Assert.True(code == 0, error);
        return JsonDocument.Parse(output).RootElement;
    }

    [Fact]
    public void Every_year_of_a_span_gets_a_yoy_row_its_ends_as_its_middle()
    {
        // Kyrgyzstan–Saudi Arabia turnover, as Kyrgyzstan reports it: 1993 = 0.1 (DOTS_109.xlsx!Exports!D109), nothing in
        // 1994–1996, 1997 = 0.02 (H109). The rows 1994→95, 95→96 and 96→97 were absent before.
        var rows = Json("growth", "KGZ", "SAU", "--from", "1994", "--to", "2003").GetProperty("rows").EnumerateArray()
            .Where(r => r.GetProperty("measure").GetString() == "YoY").ToList();

        Assert.Equal(Enumerable.Range(1995, 9), rows.Select(r => r.GetProperty("to").GetInt32()));
        Assert.Equal("undefined: 1994 has no value", rows[0].GetProperty("note").GetString());
        Assert.Equal("undefined: 1996 has no value", rows[2].GetProperty("note").GetString());
        Assert.Equal(JsonValueKind.Null, rows[2].GetProperty("value").ValueKind);
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void A_start_outside_the_data_is_an_undefined_row_naming_the_years_held_with_exit_0()
    {
        // Mexico's exports to Montserrat start in 2004 (DOTS_127.xlsx!Exports!AU219 = 0.001); before, --from 2003 exited 1.
        var (code, output, error) = Run("growth", "MEX", "MSR", "--flow", "exports", "--from", "2003", "--to", "2005",
            "--data", TestPaths.Repo("data", "imf-dots-2022-all.parquet"), "--no-shipped-data");

        Assert.True(code == 0, error);
        Assert.Contains("undefined: 2003 is outside the data, which hold 2004–2020", output);
    }

    [Fact]
    public void The_api_gives_a_rate_for_every_year_asked_for()
    {
        var series = new TradeSeries(new SeriesContext(Economies.Kazakhstan, Economies.Israel, TradeMeasure.Turnover, ReportingSide.Reporter),
            [new YearlyValue(2000, new UsdMillions(10), false, false, "a"), new YearlyValue(2002, new UsdMillions(20), false, false, "b")]);

        var rates = series.YearOverYear(1998, 2004);

        Assert.Equal([1999, 2000, 2001, 2002, 2003, 2004], rates.Select(r => r.ToYear));
        Assert.Equal("1998 is outside the data, which hold 2000–2002", rates[0].Reason);
        Assert.Equal("2001 has no value", rates[2].Reason);
        Assert.Equal("2003 is outside the data, which hold 2000–2002", rates[4].Reason);
        Assert.All(rates, r => Assert.False(r.IsDefined));
    }

    [Fact]
    public void Growth_json_gives_the_trend_interval_and_r2_as_typed_fields_at_full_precision()
    {
        var document = Json("growth", "KAZ", "ISR", "--from", "2009", "--to", "2018");
        var trend = document.GetProperty("trend");

        // The same fit through the library's API (README: -19.4 % per year, 95 % CI -30.0 to -7.3, R² = 0.611, 10 years).
        var expected = TrendGrowth.LogLinear(ShippedData.ImfDots2022.Bilateral("KAZ", "ISR").Turnover(), 2009, 2018);
        Assert.Equal(expected.LowerPercent!.Value, trend.GetProperty("low").GetDouble());
        Assert.Equal(expected.UpperPercent!.Value, trend.GetProperty("high").GetDouble());
        Assert.Equal(expected.RSquared!.Value, trend.GetProperty("r2").GetDouble());
        Assert.Equal(-30.0, trend.GetProperty("low").GetDouble(), 1);
        Assert.Equal(0.611, trend.GetProperty("r2").GetDouble(), 3);
        Assert.NotEqual(Math.Round(trend.GetProperty("r2").GetDouble(), 3), trend.GetProperty("r2").GetDouble());
        Assert.Equal(Enumerable.Range(2009, 10), trend.GetProperty("years").EnumerateArray().Select(y => y.GetInt32()));
        Assert.Equal(0, trend.GetProperty("excluded_partial_years").GetArrayLength());
    }

    [Fact]
    public void Share_concentration_prints_the_herfindahl_index_as_the_api_counts_it()
    {
        var api = Concentration.Herfindahl(ShippedData.ImfDots2022, Economies.Kazakhstan, 2018);
        var row = Json("share", "KAZ", "--concentration", "--year", "2018").GetProperty("rows")[0];

        Assert.Equal(api.Index, row.GetProperty("hhi").GetDouble());
        Assert.Equal(api.CountriesCounted, row.GetProperty("partners_counted").GetInt32());
        Assert.True(api.CountriesCounted > 100 && api.Index is > 0 and < 1);
        var (code, _, error) = Run("share", "KAZ", "ISR", "--concentration", "--year", "2018");
        Assert.Equal(1, code);
        Assert.Contains("--concentration takes one ECONOMY alone", error);
    }

    [Fact]
    public void The_report_pair_page_has_a_concentration_line()
    {
        var html = new TradeAnalytics.Reports.HtmlReport("t").AddPair(ShippedData.ImfDots2022, Economies.Kazakhstan, Economies.Israel, 2017, 2018).ToHtml();

        var api = Concentration.Herfindahl(ShippedData.ImfDots2022, Economies.Kazakhstan, 2018);
        Assert.Contains("Partner concentration of Kazakhstan, 2018", html);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"HHI {api.Index:0.0000}"), html);
    }

    [Fact]
    public void Sums_of_published_values_are_exact_turnover_included()
    {
        // Uzbekistan–Israel 2001: exports 0.051389 (DOTS_210.xlsx!Exports!L37) + imports 11.783879 (DOTS_210.xlsx!Imports!L39), as the audit read them.
        Assert.Equal(11.835268, (new UsdMillions(0.051389) + new UsdMillions(11.783879)).Value);
        // Kazakhstan–Israel 1999: 5.6 (DOTS_103.xlsx!Exports!J39) + 15.1 (Imports!J39, stored in the workbook as 15.100000000000007 and shown as 15.1).
        Assert.Equal(20.7, ShippedData.ImfDots2022.Bilateral("KAZ", "ISR").Turnover()[1999]!.Value.Value);
        Assert.Equal(0.3, UsdMillions.Sum([new(0.1), new(0.2)]).Value);
        Assert.Equal(0.1, (new UsdMillions(0.3) - new UsdMillions(0.2)).Value);
        var figure1 = File.ReadAllLines(TestPaths.Repo("charts", "figure-1.csv"));
        Assert.Contains(figure1, l => l.StartsWith("2001,11.835268,", StringComparison.Ordinal));
        Assert.Contains(File.ReadAllLines(TestPaths.Repo("charts", "figure-2.csv")), l => l.StartsWith("1999,20.7,", StringComparison.Ordinal));
    }
}
