using TradeAnalytics.Claims;
using TradeAnalytics.Tests.Support;

namespace TradeAnalytics.Tests.Outputs;

/// <summary>
/// Audit finding 1 (issue 27): every kind of CSV the project writes reads back with a strict RFC 4180 reader
/// (<see cref="StrictCsvReader"/>, written for the tests), every row with the header's field count.
/// </summary>
public class ValidCsvTests
{
    [Trait("Category", "Slow")]
    [Fact]
    public void Import_dots_yoy_quotes_a_reason_that_holds_a_comma()
    {
        // A zero base: "1988 is zero, so growth from it has no rate" holds a comma (the audit's AFG→GRC row, DOTS_1.xlsx!Exports!AE20).
        var folder = Directory.CreateTempSubdirectory("yoy-csv-").FullName;
        File.WriteAllBytes(Path.Combine(folder, "DOTS_1.xlsx"), TinyXlsx.Dots("Afghanistan, Islamic Rep. of", [1988, 1989], [("Greece", [0.0, 1.5])], []));
        var (code, _, error) = TradeAnalytics.Tests.Cli.Cli.Run("import-dots", folder, "--out", Path.Combine(folder, "all.csv"), "--yoy", Path.Combine(folder, "yoy.csv"));

        Assert.True(code == 0, error);
        var rows = StrictCsvReader.Read(File.ReadAllText(Path.Combine(folder, "yoy.csv")));
        Assert.Equal(["reporter", "partner", "flow", "year", "yoy_percent", "reason"], rows[0]);
        Assert.Contains(rows, r => r is ["AFG", "GRC", "exports", "1989", "", "1988 is zero, so growth from it has no rate"]);
        StrictCsvReader.Read(File.ReadAllText(Path.Combine(folder, "all.csv")));
    }

    [Fact]
    public void The_interchange_csv_quotes_sources_with_commas_and_quotes()
    {
        var o = new TradeObservation(Economies.Kazakhstan, Economies.Israel, TradeFlow.Exports, 2008, new UsdMillions(1.5), false, "a \"cell\", then another");
        using var writer = new StringWriter();
        InterchangeCsv.Write(writer, [o]);

        var rows = StrictCsvReader.Read(writer.ToString());
        Assert.Equal("a \"cell\", then another", rows[1][^1]);
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void A_claim_report_and_a_draft_with_commas_quotes_and_line_breaks_read_strictly()
    {
        var claim = new Claim
        {
            Id = "c1",
            Section = "s",
            Quote = "Trade \"grew\", they said,\nby 50%",
            Kind = ClaimKind.Growth,
            Economy = Economies.Kazakhstan,
            Partner = Economies.Israel,
            Measure = TradeMeasure.Turnover,
            Side = ReportingSide.Reporter,
            BaseYear = 1999,
            Year = 2008,
            Stated = 50,
            Unit = ClaimUnit.Percent,
            Tolerance = ClaimTolerance.Absolute(5),
        };
        var result = new ClaimEvaluator(ShippedData.ImfDots2022).Evaluate([claim]);

        var report = StrictCsvReader.Read(ClaimReport.ToCsv(result));
        Assert.Equal("Trade \"grew\", they said,\nby 50%", report[1][1]);

        using var draft = new StringWriter();
        ClaimsFile.WriteDraft(draft, ClaimDrafter.Draft("Kazakhstan's exports to Israel grew by 50%, \"sharply\", between 1999 and 2008."));
        Assert.True(StrictCsvReader.Read(draft.ToString()).Count >= 2);
    }

    [Fact]
    public void Every_committed_figure_and_claims_csv_reads_strictly()
    {
        var files = Directory.GetFiles(TestPaths.Repo("charts"), "*.csv");

        Assert.Contains(files, f => Path.GetFileName(f) == "claims.csv");
        Assert.Contains(files, f => Path.GetFileName(f) == "figure-6.csv");
        Assert.All(files, f => Assert.True(StrictCsvReader.Read(File.ReadAllText(f)).Count > 1, f));
    }

    [Trait("Category", "Slow")]
    [Theory]
    [InlineData("series", "KAZ", "ISR", "--from", "1999", "--to", "2008")]
    [InlineData("growth", "KAZ", "ISR", "--from", "1999", "--to", "2008")]
    [InlineData("growth", "KGZ", "SAU", "--from", "1994", "--to", "2003")]
    [InlineData("share", "KAZ", "ISR", "--year", "2018")]
    [InlineData("share", "--group", "KAZ,UZB,TKM,TJK,KGZ", "--with", "ISR", "--year", "2018")]
    [InlineData("compare", "embedded", "embedded")]
    [InlineData("sql", "select reporter, partner, source as \"a,b\", '=1+1' as \"=HYPERLINK(1)\" from trade where reporter = 'KAZ' and partner = 'ISR' limit 5")]
    public void Every_command_format_csv_reads_strictly(params string[] args)
    {
        var (code, output, error) = TradeAnalytics.Tests.Cli.Cli.Run([.. args, "--format", "csv"]);

        Assert.True(code == 0, error);
        var rows = StrictCsvReader.Read(output);
        Assert.True(rows.Count > 1, output);
        Assert.All(rows.SelectMany(r => r), field => Assert.False(field.Length > 0 && field[0] is '=' or '@', field));
    }

    [Fact]
    public void Check_claims_format_csv_reads_strictly()
    {
        var (code, output, error) = TradeAnalytics.Tests.Cli.Cli.Run("check-claims", TestPaths.Repo("data", "claims", "paper-2020.csv"), "--format", "csv");

        Assert.True(code is 0 or 2, error);
        Assert.Equal(21, StrictCsvReader.Read(output).Count);
    }
}
