using TradeAnalytics.Tests.Support;

namespace TradeAnalytics.Tests.Outputs;

/// <summary>Issue 24, class 2: an output that is one of the command's inputs, or another of its outputs, is refused before anything is written.</summary>
public class OutputIsInputTests
{
    private static string Folder() => Directory.CreateTempSubdirectory("same-").FullName;

    [Fact]
    public void Import_refuses_to_write_over_the_workbook_it_reads()
    {
        // Before: import DOTS_103.xlsx --out DOTS_103.xlsx replaced the workbook with CSV, exit 0.
        var folder = Folder();
        var workbook = Path.Combine(folder, "DOTS_1.xlsx");
        var bytes = TinyXlsx.Dots("Kazakhstan, Rep. of", [2019], [("Israel", [10.0])], []);
        File.WriteAllBytes(workbook, bytes);

        var (code, _, error) = TradeAnalytics.Tests.Cli.Cli.Run("import", workbook, "--out", workbook);

        Assert.Equal(1, code);
        Assert.Contains("is also an input", error);
        Assert.Equal(bytes, File.ReadAllBytes(workbook));
    }

    [Fact]
    public void A_link_to_the_input_is_the_input()
    {
        var folder = Folder();
        var claims = Path.Combine(folder, "my.csv");
        File.Copy(TestPaths.Repo("data", "claims", "paper-2020.csv"), claims);
        var link = Path.Combine(folder, "link.html");
        File.CreateSymbolicLink(link, claims);
        var before = File.ReadAllBytes(claims);

        var (code, _, error) = TradeAnalytics.Tests.Cli.Cli.Run("report", "KAZ", "ISR", "--claims", claims, "--out", link);

        Assert.Equal(1, code);
        Assert.Contains("is also an input (--claims)", error);
        Assert.Equal(before, File.ReadAllBytes(claims));
    }

    [Fact]
    public void A_hard_link_to_the_input_is_the_input()
    {
        // Before: a hard link is another path to the same file, and only paths were compared.
        if (!OperatingSystem.IsLinux())
        {
            return;   // hard links are told apart by inode on Linux only
        }

        var folder = Folder();
        var claims = Path.Combine(folder, "my.csv");
        File.Copy(TestPaths.Repo("data", "claims", "paper-2020.csv"), claims);
        var link = Path.Combine(folder, "other-name.csv");
        using (var ln = System.Diagnostics.Process.Start("ln", [claims, link]))
        {
            ln.WaitForExit();
            Assert.Equal(0, ln.ExitCode);
        }

        var before = File.ReadAllBytes(claims);

        var (code, _, error) = TradeAnalytics.Tests.Cli.Cli.Run("check-claims", claims, "--markdown", link);

        Assert.Equal(1, code);
        Assert.Contains("is also an input", error);
        Assert.Equal(before, File.ReadAllBytes(claims));
    }

    [Fact]
    public void Import_dots_refuses_an_output_among_the_workbooks_it_reads()
    {
        var folder = Folder();
        File.WriteAllBytes(Path.Combine(folder, "DOTS_1.xlsx"), TinyXlsx.Dots("Kazakhstan, Rep. of", [2019], [("Israel", [10.0])], []));
        var bytes = TinyXlsx.Dots("Israel", [2019], [("Kazakhstan", [3.0])], []);
        File.WriteAllBytes(Path.Combine(folder, "DOTS_98.xlsx"), bytes);

        var (code, _, error) = TradeAnalytics.Tests.Cli.Cli.Run("import-dots", folder, "--out", Path.Combine(folder, "DOTS_98.xlsx"));

        Assert.Equal(1, code);
        Assert.Contains("lies inside the folder", error);
        Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(folder, "DOTS_98.xlsx")));
    }

    [Fact]
    public void A_draft_written_over_its_article_and_a_yoy_over_the_out_are_refused()
    {
        var folder = Folder();
        var article = Path.Combine(folder, "a.txt");
        File.WriteAllText(article, "Kazakhstan's exports to Israel grew by 50% between 1999 and 2008.");

        var (draftCode, _, draftError) = TradeAnalytics.Tests.Cli.Cli.Run("check-claims", "--draft", article, "--out", article);
        var (yoyCode, _, yoyError) = TradeAnalytics.Tests.Cli.Cli.Run("import-dots", folder, "--out", Path.Combine(folder, "x.csv"), "--yoy", Path.Combine(folder, "x.csv"));

        Assert.Equal(1, draftCode);
        Assert.Contains("is also an input (--draft)", draftError);
        Assert.Equal("Kazakhstan's exports to Israel grew by 50% between 1999 and 2008.", File.ReadAllText(article));
        Assert.Equal(1, yoyCode);
        Assert.Contains("--out and --yoy name the same file", yoyError);
    }
}
