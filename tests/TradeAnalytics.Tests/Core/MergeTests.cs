using TradeAnalytics.Tests.Support;
using CliRunner = TradeAnalytics.Tests.Cli.Cli;

namespace TradeAnalytics.Tests.Core;

/// <summary>
/// Item 13 of the "what a stranger meets" issue: a user's file and the shipped data combine. Identical values
/// coincide (no more "Two values for …" on an identical copy), different ones are reported, and --data repeats.
/// </summary>
public class MergeTests
{
    /// <summary>
    /// A user's file: 2008 copied from the shipped extract (data/imf-dots-2022.csv:14213, DOTS_103.xlsx!Exports!S39 =
    /// 2226.593035), 2009 revised (the extract has 1121.494973 at line 14214, DOTS_103.xlsx!Exports!T39), and 2021,
    /// a year the 2022 edition does not have (its last KAZ→ISR export is 2020, line 14225).
    /// </summary>
    private const string OwnFile = """
        reporter,partner,flow,year,value_musd,estimated,source
        KAZ,ISR,exports,2008,2226.593035,false,copy.csv:2
        KAZ,ISR,exports,2009,1200,false,copy.csv:3
        KAZ,ISR,exports,2021,1500,false,copy.csv:4
        """;

    private static TradeDataset Own() => InterchangeCsv.Read(new StringReader(OwnFile), "copy.csv").Dataset;

    [Fact]
    public void Identical_values_coincide_and_different_ones_are_reported()
    {
        var own = Own();
        Assert.Throws<ArgumentException>(() => new TradeDataset(own.Observations.Concat(ShippedData.ImfDots2022.Observations)));

        var merge = TradeDataset.Merge([own, ShippedData.ImfDots2022]);

        Assert.Equal(1, merge.Coinciding);
        var conflict = Assert.Single(merge.Conflicts);
        Assert.Equal("copy.csv:3", conflict.Kept.Source);
        Assert.Equal("DOTS_103.xlsx!Exports!T39", conflict.Other.Source);
        Assert.Equal(1121.494973, conflict.Other.Value.Value);
        Assert.Equal("KAZ→ISR Exports 2009: 1,200.000 $m (copy.csv:3) kept; 1,121.495 $m (DOTS_103.xlsx!Exports!T39) differs", conflict.ToString());

        var exports = merge.Dataset.Bilateral("KAZ", "ISR").Exports();
        Assert.Equal("copy.csv:2", exports[2008]!.Source);
        Assert.Equal(1200, exports[2009]!.Value.Value);
        Assert.Equal(1500, exports[2021]!.Value.Value);
        Assert.Equal("DOTS_103.xlsx!Exports!AE39", exports[2020]!.Source);
        Assert.Equal(ShippedData.ImfDots2022.Observations.Count + 1, merge.Dataset.Observations.Count);
        Assert.Contains(merge.Dataset.Notes, n => n.Contains("(1 the same as an earlier dataset's, kept once; 1 different, the earlier kept)", StringComparison.Ordinal));
        Assert.Contains(conflict.ToString(), merge.Dataset.Notes);
    }

    [Fact]
    public void Data_adds_to_the_shipped_data_repeats_and_can_leave_the_shipped_data_out()
    {
        var folder = Directory.CreateTempSubdirectory("merge-").FullName;
        var first = Path.Combine(folder, "copy.csv");
        File.WriteAllText(first, OwnFile);
        var second = Path.Combine(folder, "more.csv");
        File.WriteAllText(second, "reporter,partner,flow,year,value_musd,estimated,source\nKAZ,ISR,exports,2022,1600,false,more.csv:2\n");

        var (code, output, error) = CliRunner.Run("series", "KAZ", "ISR", "--flow", "exports", "--data", first, "--data", second, "--from", "2007", "--to", "2022", "--format", "csv");

        Assert.True(code == 0, error);
        Assert.Contains("2007,1059.035,false,false,false,DOTS_103.xlsx!Exports!R39", output);
        Assert.Contains("2008,2226.593,false,false,false,copy.csv:2", output);
        Assert.Contains("2009,1200.000,false,false,false,copy.csv:3", output);
        Assert.Contains("2022,1600.000,false,false,false,more.csv:2", output);
        Assert.Contains("KAZ→ISR Exports 2009: 1,200.000 $m (copy.csv:3) kept; 1,121.495 $m (DOTS_103.xlsx!Exports!T39) differs", error);

        var (aloneCode, alone, aloneError) = CliRunner.Run("series", "KAZ", "ISR", "--flow", "exports", "--data", first, "--no-shipped-data", "--format", "csv");
        Assert.True(aloneCode == 0, aloneError);
        Assert.DoesNotContain("DOTS_103", alone);

        var (noneCode, _, noneError) = CliRunner.Run("series", "KAZ", "ISR", "--no-shipped-data");
        Assert.Equal(1, noneCode);
        Assert.Contains("--no-shipped-data leaves no data: give one or more --data FILE.", noneError);
    }

    [RequiresDotsWorkbooksFact]
    public void A_workbook_merges_with_the_shipped_data_as_the_readme_shows()
    {
        // The README's example: Georgia's workbook (not in the shipped extract) with the shipped Israel extract.
        var georgia = TradeAnalytics.Sources.Imf.DotsWorkbookReader.Read(TestPaths.Dots("DOTS_76.xlsx"));
        var merge = TradeDataset.Merge([georgia.ToDataset(), ShippedData.ImfDots2022]);
        var trade = merge.Dataset.Bilateral("GEO", "ISR");

        Assert.Equal(0, merge.Coinciding);
        Assert.Empty(merge.Conflicts);
        // DOTS_76.xlsx!Exports!AC39 = 9.298432 and Imports!AC39 = 20.722437 (Georgia's report, 2018).
        Assert.Equal(9.298432 + 20.722437, trade.Turnover()[2018]!.Value.Value, 9);
        // Israel's mirror from the shipped extract: DOTS_98.xlsx!Exports!BI94 = 17.9, Imports!BI102 = 9.4.
        Assert.Equal(17.9 + 9.4, trade.Turnover(ReportingSide.Partner)[2018]!.Value.Value, 9);
        Assert.Equal(TradeDataset.ImfDotsEstimate, merge.Dataset.EstimateMeaning);

        // The README's printed lines: 6,322 values of Georgia (the import of DOTS_76.xlsx, measured) + 41,292 shipped
        // (data/imf-dots-2022.csv has 41,292 rows below its header); 9.298432 + 20.722437 = 30.020869.
        Assert.Equal("DOTS_76.xlsx + IMF DOTS (2022 edition): 47,614 values; 0 copies coincided; 0 conflict(s) (the first input's value kept)", merge.ToString());
        Assert.Equal("2018: 30.021 $m (DOTS_76.xlsx!Exports!AC39 + DOTS_76.xlsx!Imports!AC39)", trade.Turnover()[2018]!.ToString());
        Assert.Equal("2018: 27.300 $m (DOTS_98.xlsx!Imports!BI102 + DOTS_98.xlsx!Exports!BI94)", trade.Turnover(ReportingSide.Partner)[2018]!.ToString());

        // Israel's own workbook again: every one of its 13,453 values is already in the shipped extract (one row each
        // in data/imf-dots-2022.csv beginning "ISR,") — the copies coincide, nothing conflicts, nothing throws.
        var israel = TradeAnalytics.Sources.Imf.DotsWorkbookReader.Read(TestPaths.Dots("DOTS_98.xlsx")).ToDataset();
        var again = TradeDataset.Merge([israel, ShippedData.ImfDots2022]);
        Assert.Equal(13453, again.Coinciding);
        Assert.Empty(again.Conflicts);
        Assert.Equal(ShippedData.ImfDots2022.Observations.Count, again.Dataset.Observations.Count);
    }
}
