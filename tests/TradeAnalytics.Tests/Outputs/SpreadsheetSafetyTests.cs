using TradeAnalytics.Claims;
using CliRunner = TradeAnalytics.Tests.Cli.Cli;

namespace TradeAnalytics.Tests.Outputs;

public class SpreadsheetSafetyTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")", "'=HYPERLINK(\"http://x\",\"y\")")]
    [InlineData("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("\r=1", "'\r=1")]
    [InlineData("-32.5", "-32.5")]
    [InlineData("+4.6", "+4.6")]
    [InlineData("1e3", "1e3")]
    [InlineData("DOTS_103.xlsx!Exports!S39", "DOTS_103.xlsx!Exports!S39")]
    [InlineData("", "")]
    public void A_text_field_a_spreadsheet_would_run_is_written_as_text_and_numbers_are_unchanged(string field, string written)
        => Assert.Equal(written, SpreadsheetText.Safe(field));

    [Fact]
    public void A_quote_from_an_article_that_looks_like_a_formula_stays_text_in_claims_csv()
    {
        var claim = ClaimsFile.Read(new StringReader(ClaimsFile.Header + "\nx,s,\"=HYPERLINK(\"\"http://evil\"\",\"\"click\"\")\",not-checkable,,,,,,,,,count,,,not trade\n"), "c.csv").Single();

        var csv = ClaimReport.ToCsv(new ClaimEvaluator(ShippedData.ImfDots2022).Evaluate([claim]));

        Assert.Contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"click\"\")\"", csv);
    }

    [Fact]
    public void A_source_that_looks_like_a_formula_stays_text_in_the_clis_csv_and_numbers_keep_their_sign()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("formula-").FullName, "mine.csv");
        File.WriteAllText(path, InterchangeCsv.Header + "\nKAZ,ISR,exports,2008,5,false,=1+1\nKAZ,ISR,exports,2009,1,false,@a\n");

        var (code, output, _) = CliRunner.Run("growth", "KAZ", "ISR", "--flow", "exports", "--data", path, "--format", "csv");
        var (_, series, _) = CliRunner.Run("series", "KAZ", "ISR", "--flow", "exports", "--data", path, "--format", "csv");

        Assert.Equal(0, code);
        Assert.Contains("YoY,2008,2009,-80.0,%,", output);
        Assert.Contains("2008,5.000,false,false,false,'=1+1", series);
        Assert.Contains("2009,1.000,false,false,false,'@a", series);
    }
}
