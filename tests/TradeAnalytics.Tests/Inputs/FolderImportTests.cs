using TradeAnalytics.Tests.Support;

namespace TradeAnalytics.Tests.Inputs;

/// <summary>Issue 24, class 3 (and the FIFO of class 8): every file of a folder is read or listed as not read, with the reason; --strict fails on any data file not read.</summary>
public class FolderImportTests
{
    [RequiresComtradeFact]
    public void An_empty_and_a_damaged_comtrade_file_are_listed_and_strict_fails()
    {
        // Before: an empty processed_data_2008.csv and a damaged header in ..._2009.csv gave exit 0 with --strict,
        // "files read: 28", "reconciles: yes", and no 2008 or 2009.
        var folder = Directory.CreateTempSubdirectory("comtrade-").FullName;
        foreach (var year in new[] { 2007, 2008, 2009 })
        {
            File.Copy(Path.Combine(TestPaths.ComtradeFolder, $"processed_data_{year}.csv"), Path.Combine(folder, $"processed_data_{year}.csv"));
        }

        File.WriteAllText(Path.Combine(folder, "processed_data_2008.csv"), "");
        var lines = File.ReadAllLines(Path.Combine(folder, "processed_data_2009.csv"));
        lines[0] = "Classification,Year,Period,DAMAGED" + lines[0][30..];
        File.WriteAllLines(Path.Combine(folder, "processed_data_2009.csv"), lines);
        File.WriteAllText(Path.Combine(folder, "README.md"), "notes");
        var output = folder + "-out.csv";

        var (strict, text, _) = TradeAnalytics.Tests.Cli.Cli.Run("import", folder, "--out", output, "--strict");
        var (lenient, _, _) = TradeAnalytics.Tests.Cli.Cli.Run("import", folder, "--out", output);

        Assert.Equal(2, strict);   // does not reconcile: data files were not read
        Assert.Equal(2, lenient);
        Assert.Contains("files read:                   1", text);
        Assert.Contains("files not read:               3 (2 .csv file(s) that should hold data)", text);
        Assert.Contains("not read: processed_data_2008.csv: empty (0 bytes), or not a regular file", text);
        Assert.Contains("not read: processed_data_2009.csv: its first line is not the Comtrade bulk CSV header (starts \"Classification,Year,Period,DAMAGED", text);
        Assert.Contains("not read: README.md: not a .csv file (listed only)", text);
        Assert.Contains("reconciles:                   NO (a data file was not read)", text);
    }

    [Fact]
    public async Task A_fifo_named_like_a_workbook_is_never_opened()
    {
        // Before: a FIFO named DOTS_2.xlsx in the folder hung the import forever.
        var folder = Directory.CreateTempSubdirectory("fifo-").FullName;
        File.WriteAllBytes(Path.Combine(folder, "DOTS_1.xlsx"), TinyXlsx.Dots("Kazakhstan, Rep. of", [2019], [("Israel", [10.0])], []));
        System.Diagnostics.Process.Start("mkfifo", [Path.Combine(folder, "DOTS_2.xlsx")])!.WaitForExit();

        var run = Task.Run(() => TradeAnalytics.Tests.Cli.Cli.Run("import-dots", folder, "--out", folder + "-out.csv"));

        var (code, _, error) = await run.WaitAsync(TimeSpan.FromSeconds(60));   // throws TimeoutException if the import hangs on the FIFO
        Assert.Equal(1, code);
        Assert.Contains("DOTS_2.xlsx: empty (0 bytes), or not a regular file (a pipe or device); nothing was read", error);
    }
}
