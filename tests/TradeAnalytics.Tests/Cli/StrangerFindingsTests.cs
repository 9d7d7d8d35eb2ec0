using TradeAnalytics.Tests.Support;

namespace TradeAnalytics.Tests.Cli;

/// <summary>Items of the "what a stranger meets" issue fixed so far, each as reproduced on main before the fix.</summary>
public class StrangerFindingsTests
{
    // 7. share --side partner was ignored.
    [Fact]
    public void Share_with_side_partner_takes_the_part_from_the_partners_report()
    {
        var (code, output, error) = Cli.Run("share", "KAZ", "ISR", "--year", "2018", "--side", "partner", "--format", "csv");

        Assert.True(code == 0, error);
        // Israel's mirror of its trade with Kazakhstan, 2018: 46.900 $m (DOTS_98.xlsx!Imports!BI105 + Exports!BI97, see the README).
        Assert.Contains("KAZ,ISR,2018,46.900,", output);
        Assert.Contains("part as Israel reports it, total as Kazakhstan reports it", output);
    }

    // 8. share with a year outside the data exited 0 printing PartMissing.
    [Fact]
    public void Share_of_a_year_without_data_is_a_clear_error_with_exit_1()
    {
        var (code, output, error) = Cli.Run("share", "KAZ", "ISR", "--year", "1960");

        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Contains("error: no share of Israel in Kazakhstan's total turnover in 1960: the data hold no value for KAZ–ISR in 1960 as Kazakhstan reports it.", error);
        Assert.DoesNotContain("PartMissing", error);
    }

    // 9. import-dots of an empty folder reported zeros, "reconciles: yes", exit 0.
    [Fact]
    public void Importing_a_folder_with_no_input_is_an_error()
    {
        var empty = Directory.CreateTempSubdirectory("empty-").FullName;

        var (dotsCode, _, dotsError) = Cli.Run("import-dots", empty, "--out", Path.Combine(empty, "x.csv"));
        var (importCode, _, importError) = Cli.Run("import", empty, "--out", Path.Combine(empty, "y.csv"));

        Assert.Equal(1, dotsCode);
        Assert.Contains("no DOTS workbook (DOTS_*.xlsx) in", dotsError);
        Assert.Equal(1, importCode);
        Assert.Contains("no file this library reads in the folder", importError);
        Assert.False(File.Exists(Path.Combine(empty, "x.csv")));
    }

    // 12. "series KZA ISR" suggested DZA, KNA, TZA but not KAZ.
    [Fact]
    public void A_transposed_code_suggests_the_economy_meant()
    {
        Assert.Equal("KAZ", Economies.Suggest("KZA")[0].Code);

        var (code, _, error) = Cli.Run("series", "KZA", "ISR");
        Assert.Equal(1, code);
        Assert.Contains("KAZ", error);
    }
}
