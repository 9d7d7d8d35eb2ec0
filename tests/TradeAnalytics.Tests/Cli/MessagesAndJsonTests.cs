using TradeAnalytics.Analytics;
using TradeAnalytics.Tests.Support;

namespace TradeAnalytics.Tests.Cli;

/// <summary>Items of the "what a stranger meets" issue fixed so far, each as reproduced on main before the fix.</summary>
public class CommandErrorsTests
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
        Assert.Contains("error: no share of Israel in Kazakhstan's total turnover in 1960: the data hold no value for KAZ–ISR in 1960 as Kazakhstan reports it (IMF DOTS (2022 edition)", error);
        Assert.DoesNotContain("PartMissing", error);
    }

    // 9. import-dots of an empty folder reported zeros, "reconciles: yes", exit 0.
    [Fact]
    public void Importing_a_folder_with_no_input_is_an_error()
    {
        var empty = Directory.CreateTempSubdirectory("empty-").FullName;

        var (dotsCode, _, dotsError) = Cli.Run("import-dots", empty, "--out", Path.Combine(empty, "x.csv"));
        var (importCode, _, importError) = Cli.Run("import", empty, "--out", empty + "-y.csv");

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

public class MessagesTests
{
    // 11. Internal names leaked into messages.
    [Theory]
    [InlineData(new[] { "series", "KAZ", "ISR", "--from", "abc" }, "error: --from: 'abc' is not a year (four digits, e.g. 2018).")]
    [InlineData(new[] { "share", "KAZ", "ISR", "--year", "20x8" }, "error: --year: '20x8' is not a year (four digits, e.g. 2018).")]
    [InlineData(new[] { "chart", "KAZ", "ISR", "--out", "/nonexistent-folder/x.png" }, "error: --out /nonexistent-folder/x.png: the folder /nonexistent-folder does not exist.")]
    [InlineData(new[] { "share", "--group", "KAZ,WLD", "--with", "ISR", "--year", "2018" }, "error: Every member of a group must be a country: World (WLD) is not.")]
    public void Every_message_is_a_sentence_for_a_person_and_standard_output_stays_empty(string[] args, string expected)
    {
        var (code, output, error) = Cli.Run(args);

        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Contains(expected, error);
        Assert.DoesNotContain("System.", error);
        Assert.DoesNotContain("(Parameter", error);
        Assert.DoesNotContain("Could not find a part of the path", error);
    }

    [Fact]
    public void An_undefined_fold_change_says_why_in_words()
    {
        var series = new TradeSeries(new SeriesContext(Economies.Kazakhstan, Economies.Israel, TradeMeasure.Turnover, ReportingSide.Reporter),
            [new YearlyValue(2000, new UsdMillions(10), false, false, "a")]);

        var fold = series.FoldChangeBetween(2000, 2001);

        // 2001 lies after the series' only year: the reason says so and names the years the data hold (issue 27, item 2).
        Assert.Equal("2001 is outside the data, which hold 2000", fold.Reason);
        Assert.EndsWith("fold change 2000–2001 = undefined (2001 is outside the data, which hold 2000)", fold.ToString());
        Assert.DoesNotContain("EndMissing", fold.ToString());
    }
}

public class PrintingTests
{
    // 15. Result types printed System.Collections.Generic.List`1[…]; a share's number took m.Share.Part!.Value.Value.
    [Fact]
    public void Every_public_result_type_prints_a_readable_line_and_a_share_has_a_plain_number()
    {
        var data = ShippedData.ImfDots2022;
        var share = Shares.OfTotal(data, Economies.Kazakhstan, Economies.Israel, 2008);
        var group = Shares.WithinGroup(data, Economies.CentralAsia, Economies.Israel, 2018);
        var read = InterchangeCsv.Read(new StringReader(InterchangeCsv.Header + "\nKAZ,ISR,exports,2008,1,false,a\n"), "r.csv");

        foreach (var text in new[] { share.ToString(), group.ToString(), group.Members[0].ToString(), read.ToString() })
        {
            Assert.DoesNotContain("System.", text);
            Assert.DoesNotContain("`1", text);
        }

        // DOTS_103.xlsx S39: Kazakhstan–Israel turnover 2008 = 2,226.593035 + 204.897815.
        Assert.Equal(2226.593035 + 204.897815, share.PartValue!.Value, 9);
        Assert.StartsWith("Kazakhstan (KAZ): ", group.Members[0].ToString());
        Assert.Equal("r.csv: 1 rows read = 1 accepted + 0 repeated (kept once); 0 warning(s)", read.ToString());
    }
}

public class JsonOutputTests
{
    // 10. --format json wrote every value as a string, rounded growth to one decimal, gave no context, and wrote to stdout on errors.
    [Fact]
    public void Json_has_typed_values_at_full_precision_with_the_series_description_and_nothing_on_error()
    {
        var (code, output, _) = Cli.Run("growth", "KAZ", "ISR", "--from", "2008", "--to", "2009", "--format", "json");

        Assert.Equal(0, code);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        Assert.Equal("Kazakhstan–Israel turnover, as reported by Kazakhstan, 2008–2009", json.RootElement.GetProperty("description").GetString());
        var yoy = json.RootElement.GetProperty("rows")[0];
        Assert.Equal(2008, yoy.GetProperty("from").GetInt32());
        // DOTS_103.xlsx T39 (2009): 1121.494973 + 97.651308 against S39 (2008): 2226.593035 + 204.897815, to full precision.
        var expected = ((1121.494973 + 97.651308) / (2226.593035 + 204.897815) - 1) * 100;
        Assert.Equal(expected, yoy.GetProperty("value").GetDouble(), 6);

        var (_, series, _) = Cli.Run("series", "KAZ", "ISR", "--from", "1992", "--to", "1992", "--format", "json");
        using var s = System.Text.Json.JsonDocument.Parse(series);
        Assert.True(s.RootElement.GetProperty("rows")[0].GetProperty("estimated").GetBoolean());
        Assert.Equal(System.Text.Json.JsonValueKind.Number, s.RootElement.GetProperty("rows")[0].GetProperty("year").ValueKind);

        var (errorCode, errorOutput, error) = Cli.Run("series", "KAX", "ISR", "--format", "json");
        Assert.Equal(1, errorCode);
        Assert.Equal("", errorOutput);
        Assert.Contains("Did you mean: Kazakhstan (KAZ)?", error);
    }
}
