using System.Globalization;
using TradeAnalytics.Claims;
using CliRunner = TradeAnalytics.Tests.Cli.Cli;

namespace TradeAnalytics.Tests.Products;

/// <summary>Issue 25: product-share claims for any chapter, and the drafter's goods words with their chapters.</summary>
public class GoodsClaimsTests
{
    [Theory]
    [InlineData("oil accounted for 80 percent of exports", "27")]
    [InlineData("diamonds made up 40 percent of exports", "71")]
    [InlineData("machinery accounted for 7 percent of exports", "84")]
    [InlineData("electrical machinery accounted for 37 percent of exports", "85")]
    [InlineData("medical instruments made up 5 percent of imports", "90")]
    [InlineData("arms made up 60 percent of exports", "93")]
    [InlineData("weapons made up 60 percent of exports", "93")]
    public void Each_goods_word_stands_for_its_chapter(string clause, string chapter)
    {
        var word = ClaimDrafter.GoodsIn(clause);

        Assert.NotNull(word);
        Assert.Equal(Product.Hs(chapter), word.Chapter);
        // Each mapping cites the chapter's name as data/hs-chapters.csv holds it (from a Comtrade file line).
        Assert.Contains($"HS chapter {chapter}", word.Citation);
        Assert.Contains("data/hs-chapters.csv", word.Citation);
        var row = File.ReadLines(Support.TestPaths.Repo("data", "hs-chapters.csv")).Single(l => l.StartsWith(chapter + ",", StringComparison.Ordinal));
        Assert.Contains(row[(row.LastIndexOf(',') + 1)..], word.Citation);
    }

    [Fact]
    public void A_clause_without_goods_words_is_about_all_goods()
    {
        Assert.Null(ClaimDrafter.GoodsIn("trade turnover grew by 50 percent"));
    }

    [Fact]
    public void A_drafted_diamonds_claim_is_checked_against_the_chapter_data_on_a_clean_machine()
    {
        var folder = Directory.CreateTempSubdirectory("goods-claims-").FullName;
        var article = Path.Combine(folder, "article.txt");
        var draft = Path.Combine(folder, "draft.csv");
        File.WriteAllText(article, "Diamonds made up 40 percent of Armenia's exports to Israel in 2019.\n");

        var (drafted, _, draftError) = CliRunner.Run("check-claims", "--draft", article, "--out", draft);
        Assert.True(drafted == 0, draftError);
        var row = Support.StrictCsvReader.Read(File.ReadAllText(draft))[1];
        Assert.Equal(("product-share", "ARM", "ISR", "2019", "2019", "71"), (row[3], row[4], row[5], row[8], row[9], row[16]));

        var (code, output, error) = CliRunner.Run("check-claims", draft, "--format", "csv");

        Assert.True(code == 0, error);
        // HS 71: Armenia;2019;Export;71.csv:16 = 5,310,453 US$; all goods: DOTS_9.xlsx!Exports!AD38 = 7.260516 $m → 73.142 %.
        var computed = (5.310453 / 7.260516 * 100).ToString("0.000", CultureInfo.InvariantCulture);
        Assert.Contains($"{computed} %,not-reproduced", output);
    }
}
