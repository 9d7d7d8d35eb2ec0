using System.Globalization;
using TradeAnalytics.Sources;
using TradeAnalytics.Sources.Imf;
using TradeAnalytics.Tests.Support;
using CliRunner = TradeAnalytics.Tests.Cli.Cli;

namespace TradeAnalytics.Tests.Inputs;

/// <summary>The six findings of the hardening issue, each as it was reproduced on main.</summary>
public class CutAndRepeatedInputTests
{
    private const string ImtsHeader = "DATAFLOW,COUNTRY,INDICATOR,COUNTERPART_COUNTRY,FREQUENCY,TIME_PERIOD,OBS_VALUE,SCALE,STATUS,SERIES_NAME\n";

    private static string Month(string indicator, int year, int month, string dollars)
        => $"IMF.STA:IMTS(1.0.0),NIC,{indicator},G001,M,{year}-M{month:00},{dollars},6,,\"Exports, FOB\"\n";

    private static string TempFile(string name, string text)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("finding-").FullName, name);
        File.WriteAllText(path, text);
        return path;
    }

    // 1. A truncated IMTS SDMX-CSV imported with exit 0 and "reconciles: yes".
    [RequiresImfFormatsFact]
    public void A_download_cut_off_a_third_of_the_way_mid_row_is_an_error_naming_file_and_line()
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.FormatsFolder, "imts-sdmx-csv-NIC-G001-monthly.csv"));
        var third = text.Length / 3;
        var cut = text[..(text.IndexOf(",M,", third, StringComparison.Ordinal) + 3)];   // mid-row, just after FREQUENCY
        var path = TempFile("imts-cut.csv", cut);
        var line = cut.Count(c => c == '\n') + 1;

        var (code, _, error) = CliRunner.Run("import", path, "--out", path + ".out.csv");

        Assert.Equal(1, code);
        Assert.Contains($"imts-cut.csv:{line}: has 6 of 41 fields — truncated?", error);
    }

    [Fact]
    public void A_quoted_field_left_open_at_the_end_of_the_file_is_an_error_naming_file_and_line()
    {
        var text = ImtsHeader + Month("XG_FOB_USD", 2019, 1, "5") + "IMF.STA:IMTS(1.0.0),NIC,XG_FOB_USD,G001,M,2019-M02,5,6,,\"Exports";

        var e = Assert.Throws<FormatException>(() => SdmxCsvReader.Read(new StringReader(text), "open.csv"));

        Assert.Equal("open.csv:3: a quoted field is left open (no closing quote before the end of the file) — truncated?", e.Message);
    }

    // 2. The same IMTS record twice gave "An item with the same key has already been added".
    [Fact]
    public void The_same_imts_record_twice_is_kept_once_and_reported_and_two_values_name_both_lines()
    {
        var twice = ImtsHeader + Month("XG_FOB_USD", 1990, 5, "1000000") + Month("XG_FOB_USD", 1990, 5, "1000000");
        var read = SdmxCsvReader.Read(new StringReader(twice), "twice.csv");

        Assert.Single(read.Observations);
        Assert.Equal("repeats twice.csv:2; kept once", read.Skipped.Single().Reason);
        Assert.True(read.Reconciles);

        var differ = ImtsHeader + Month("XG_FOB_USD", 1990, 5, "1000000") + Month("XG_FOB_USD", 1990, 5, "2000000");
        var e = Assert.Throws<FormatException>(() => SdmxCsvReader.Read(new StringReader(differ), "differ.csv"));
        Assert.Equal("differ.csv:3: NIC→WLD XG_FOB_USD 1990-M05 appears twice with different values: 1 $m (differ.csv:2) and 2 $m (differ.csv:3).", e.Message);
    }

    // 3. An identical duplicate row in a --data file was kept once but never reported.
    [Fact]
    public void A_repeated_row_in_a_data_file_is_reported_on_standard_error()
    {
        var path = TempFile("mine.csv", InterchangeCsv.Header + "\nKAZ,ISR,exports,2008,5,false,a\nKAZ,ISR,exports,2008,5,false,a\n");

        var (code, _, error) = CliRunner.Run("series", "KAZ", "ISR", "--flow", "exports", "--data", path);

        Assert.Equal(0, code);
        Assert.Contains("mine.csv:3: repeats the row for KAZ→ISR exports 2008; kept once", error);
        Assert.Equal(["mine.csv:3: repeats the row for KAZ→ISR exports 2008; kept once"], InterchangeCsv.ReadFile(path).Dataset.Notes);
    }

    // 4. Published negative values were rejected (covered on the whole folder by DotsFolderImporterTests).
    [Fact]
    public void A_negative_imts_value_is_kept_as_published_and_flagged()
    {
        var read = SdmxCsvReader.Read(new StringReader(ImtsHeader + Month("XG_FOB_USD", 1992, 1, "-250000")), "neg.csv");

        Assert.Equal(-0.25, read.Observations.Single().Value.Value, 12);
        Assert.Equal("neg.csv:2: XG_FOB_USD -250000 is negative, which a trade flow cannot be; kept as published", read.Warnings.Single());
    }

    // 5. Annual sums printed floating-point noise (8363.663252999999) into the interchange file.
    [RequiresImfFormatsFact]
    public void Annual_sums_are_written_at_the_precision_the_values_carry()
    {
        var path = Path.Combine(TestPaths.FormatsFolder, "imts-sdmx-csv-NIC-G001-monthly.csv");
        var output = Path.Combine(Directory.CreateTempSubdirectory("sums-").FullName, "nic.csv");

        var (code, text, error) = CliRunner.Run("import", path, "--out", output);

        Assert.True(code == 0, error + text);
        // The twelve MG_CIF_USD values of 2023 in the file, summed exactly in decimal (a Python script with
        // decimal.Decimal over the OBS_VALUE texts) and divided by 10^6: 8363.663253.
        Assert.Contains("NIC,WLD,imports,2023,8363.663253,false,", File.ReadAllText(output));
    }

    // 6. Rejections ended with exit 0 and no closing count.
    [Fact]
    public void Strict_turns_a_rejection_into_exit_1_and_every_import_ends_with_the_rejected_count()
    {
        var text = ImtsHeader + Month("XG_FOB_USD", 2019, 1, "5") + Month("XG_FOB_USD", 2019, 2, "");
        var path = TempFile("one-empty.csv", text);

        var (lenient, output, _) = CliRunner.Run("import", path, "--out", path + ".out.csv");
        var (strict, _, _) = CliRunner.Run("import", path, "--out", path + ".out.csv", "--strict");

        Assert.Equal(0, lenient);
        Assert.Equal(1, strict);
        // One record has no value; the other is one month of an incomplete year, left out of the annual data.
        Assert.Equal("0 values imported; 2 rejected; 0 flagged", output.TrimEnd().Split('\n')[^1]);
    }

    [RequiresDotsWorkbooksFact]
    public void Import_dots_ends_with_the_rejected_count_too()
    {
        var output = Path.Combine(Path.GetTempPath(), $"dots-{Guid.NewGuid():N}.csv");
        try
        {
            var (code, text, _) = CliRunner.Run("import-dots", TestPaths.DotsFolder, "--files", "DOTS_103.xlsx", "--out", output, "--strict");

            Assert.Equal(0, code);
            Assert.Matches(@"^\d+ values imported; 0 rejected; 0 flagged$", text.TrimEnd().Split('\n')[^1]);
        }
        finally
        {
            File.Delete(output);
        }
    }
}
