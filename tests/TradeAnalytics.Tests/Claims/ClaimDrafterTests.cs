using System.Globalization;
using System.Text;
using TradeAnalytics.Claims;
using TradeAnalytics.Tests.Support;
using Xunit.Abstractions;
using CliRunner = TradeAnalytics.Tests.Cli.Cli;

namespace TradeAnalytics.Tests.Claims;

public class ClaimDrafterTests(ITestOutputHelper log)
{
    [RequiresPaperFact]
    public void Drafting_from_the_papers_text_finds_at_least_90_percent_of_its_trade_claims_with_the_same_numbers_pairs_and_years()
    {
        var truth = ShippedData.Paper2020Claims().Where(c => c.Kind != ClaimKind.NotCheckable).ToList();
        var draft = ClaimDrafter.Draft(File.ReadAllText(TestPaths.PaperText, Encoding.UTF8), "paper").Claims
            .Where(d => d.Claim.Kind != ClaimKind.NotCheckable).Select(d => d.Claim).ToList();

        var found = truth.Where(t => draft.Any(d => Same(t, d))).ToList();
        var correct = draft.Where(d => truth.Any(t => Same(t, d))).ToList();
        var recall = (double)found.Count / truth.Count;
        var precision = (double)correct.Count / draft.Count;
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"recall {found.Count}/{truth.Count} = {recall:P1}; precision {correct.Count}/{draft.Count} = {precision:P1}"));
        log.WriteLine("missed: " + string.Join(", ", truth.Except(found).Select(t => t.Id)));
        log.WriteLine("extra: " + string.Join(" | ", draft.Except(correct).Select(d => d.Quote)));

        Assert.True(recall >= 0.9, $"recall {recall:P1}; missed {string.Join(", ", truth.Except(found).Select(t => t.Id))}");
        Assert.True(precision >= 0.9, $"precision {precision:P1}");   // the README states both
    }

    /// <summary>Same stated number(s), the same pair (either order), the same years.</summary>
    private static bool Same(Claim truth, Claim draft)
        => Nullable.Equals(truth.Stated, draft.Stated)
           && Nullable.Equals(truth.StatedHigh, draft.StatedHigh)
           && truth.Year == draft.Year
           && (truth.BaseYear == draft.BaseYear || truth.Kind == ClaimKind.Value)
           && new[] { truth.Economy?.Code, truth.Partner?.Code }.Order().SequenceEqual(new[] { draft.Economy?.Code, draft.Partner?.Code }.Order());

    [Fact]
    public void An_article_written_in_its_own_words_is_drafted_with_economies_by_name_adjective_and_capital()
    {
        const string text = """
            Trade between Azerbaijan and Israel rose 12.5% in 2023 compared with 2022, reaching US$1.9 billion.
            Baku supplied around 40 percent of Israel's oil imports over the past decade.
            Armenian exports to Israel were worth 3.2 million US dollars in 2021.
            Meanwhile, some 60 Israeli companies operate in Georgia.
            """;

        var draft = ClaimDrafter.Draft(text, "article").Claims;

        var growth = draft.Single(d => d.Claim.Kind == ClaimKind.Growth).Claim;
        Assert.Equal((12.5, 2022, 2023, "AZE", "ISR", TradeMeasure.Turnover), (growth.Stated!.Value, growth.BaseYear!.Value, growth.Year!.Value, growth.Economy!.Code, growth.Partner!.Code, growth.Measure!.Value));
        var level = draft.Single(d => d.Claim.Kind == ClaimKind.Value && d.Claim.Unit == ClaimUnit.BillionUsd).Claim;
        Assert.Equal((1.9, 2023), (level.Stated!.Value, level.Year!.Value));
        var oil = draft.Single(d => d.Claim.Kind == ClaimKind.ImportShare);
        Assert.Equal(("ISR", "AZE", "27", 40d), (oil.Claim.Economy!.Code, oil.Claim.Partner!.Code, oil.Claim.Product.HsCode, oil.Claim.Stated!.Value));
        Assert.Equal("25%", oil.Claim.Tolerance.ToString());                      // "around": a loose number
        var armenia = draft.Single(d => d.Claim.Unit == ClaimUnit.MillionUsd).Claim;
        Assert.Equal(("ARM", "ISR", TradeMeasure.Exports, 3.2, 2021), (armenia.Economy!.Code, armenia.Partner!.Code, armenia.Measure!.Value, armenia.Stated!.Value, armenia.Year!.Value));
        var companies = draft.Single(d => d.Claim.Unit == ClaimUnit.Count).Claim;
        Assert.Equal(ClaimKind.NotCheckable, companies.Kind);
        Assert.Contains("not trade statistics", companies.Note);
    }

    [Fact]
    public void What_the_text_does_not_say_is_left_empty_and_listed_never_guessed()
    {
        var d = ClaimDrafter.Draft("The volume of trade grew by 15 percent.", "a").Claims.Single();

        Assert.Null(d.Claim.Year);
        Assert.Null(d.Claim.Economy);
        Assert.Equal(DraftConfidence.Low, d.Confidence);
        Assert.Contains("year", d.Undetermined);
        Assert.Contains("pair", d.Undetermined);

        var csv = new StringWriter();
        ClaimsFile.WriteDraft(csv, new ClaimDraft([d], ""));
        // The draft reads back: the row the text left incomplete is not-checkable, saying what is missing, and the checker checks
        // the others (issue 40: one incomplete row no longer refuses the whole draft).
        var back = ClaimsFile.Read(new StringReader(csv.ToString()), "draft.csv").Single();
        Assert.Equal(ClaimKind.NotCheckable, back.Kind);
        Assert.StartsWith("incomplete draft row (growth): the text left the pair (economy and partner), the year, the base year undetermined", back.Note);

        // A file that is not a draft still refuses such a row, naming file, line and field.
        var plain = string.Join("\n", csv.ToString().Split('\n').Select(line => string.Join(',', line.Split(',').SkipLast(2))));
        var e = Assert.Throws<InterchangeFormatException>(() => ClaimsFile.Read(new StringReader(plain.Replace(",bound", ",bound", StringComparison.Ordinal)), "claims.csv"));
        Assert.Contains("claims.csv:2: economy: a checkable claim names an economy and a partner", e.Message);
    }

    [Fact]
    public void A_confirmed_draft_is_a_claims_file_the_checker_reads()
    {
        var draft = ClaimDrafter.Draft("In 2008, the trade turnover between Kazakhstan and Israel reached $2.43 billion.", "a");
        var csv = new StringWriter();
        ClaimsFile.WriteDraft(csv, draft);

        var claim = ClaimsFile.Read(new StringReader(csv.ToString()), "draft.csv").Single();
        var result = new ClaimEvaluator(ShippedData.ImfDots2022).Evaluate(claim);

        Assert.Equal(ClaimVerdict.Reproduced, result.Verdict);   // 2,431.491 $m: DOTS_103.xlsx!Exports!S39 + Imports!S39
        Assert.Equal("0.005", claim.Tolerance.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("Nothing to see here. No numbers at all.")]
    [InlineData("В 2018 году товарооборот между Казахстаном и Израилем вырос.")]
    [InlineData("贸易 2018 年 增长。")]
    [InlineData("\u0000\uFFFD\uD83D\uDE00 ((((( $$$ %%% 1e400 percent ;;;; :::")]
    public void A_text_without_a_trade_quantity_gives_an_empty_draft_that_says_so(string text)
    {
        var draft = ClaimDrafter.Draft(text, "x");

        Assert.Empty(draft.Claims);
        Assert.StartsWith("No trade quantity found", draft.Message);
    }

    [Fact]
    public void A_text_in_another_script_names_its_economies()
    {
        var mentions = EconomyNames.Find("Товарооборот между Казахстаном и Израилем; 哈萨克斯坦; Kazakh oil; Kyrgyz Republic's exports.");

        Assert.Equal(["KAZ", "ISR", "KAZ", "KAZ", "KGZ"], mentions.Select(m => m.Economy.Code));
    }

    [Fact]
    public void Drafting_any_utf8_text_never_fails()
    {
        var random = new Random(20261123);
        var pieces = new[] { "$", "%", " percent", " million", "2018", "1999", "Kazakhstan", "Israel's", "(", ")", ";", ":", ". ", "\n\n", "between", " and ", "to", "-fold", "1,000", "3.5", "oil", "exports", "—", "\u00A0", "\uFFFD", "Казахстан", "🙂", "\u0301", "\"", "“" };
        for (var i = 0; i < 500; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 60)).Select(_ => pieces[random.Next(pieces.Length)]));
            var draft = ClaimDrafter.Draft(text, "fuzz");
            var csv = new StringWriter();
            ClaimsFile.WriteDraft(csv, draft);
            Assert.NotNull(draft.Message);
        }
    }

    [Fact]
    public void The_cli_drafts_to_a_file_and_an_empty_text_is_not_an_error()
    {
        var folder = Directory.CreateTempSubdirectory("draft-").FullName;
        var article = Path.Combine(folder, "article.txt");
        File.WriteAllText(article, "Uzbekistan's exports to Israel fell by 20 percent in 2019 against 2018.", new UTF8Encoding(false));
        var empty = Path.Combine(folder, "empty.txt");
        File.WriteAllText(empty, "");

        var (code, output, _) = CliRunner.Run("check-claims", "--draft", article, "--out", Path.Combine(folder, "draft.csv"));
        var (emptyCode, emptyOut, _) = CliRunner.Run("check-claims", "--draft", empty, "--out", Path.Combine(folder, "none.csv"));

        Assert.Equal(0, code);
        Assert.Contains("1 claim(s) drafted", output);
        Assert.Contains("UZB,ISR,exports,reporter,2018,2019,-20,,percent", File.ReadAllText(Path.Combine(folder, "draft.csv")));
        Assert.Equal(0, emptyCode);
        Assert.Contains("No trade quantity found", emptyOut);
        Assert.Equal(ClaimsFile.DraftHeader + "\n", File.ReadAllText(Path.Combine(folder, "none.csv")));
    }
}

public class SeveralTextsTests
{
    [Fact]
    public void Check_claims_takes_several_files_or_a_folder_and_writes_one_report_per_text_and_a_summary()
    {
        var folder = Directory.CreateTempSubdirectory("texts-").FullName;
        var texts = Directory.CreateDirectory(Path.Combine(folder, "texts")).FullName;
        File.Copy(TestPaths.Repo("data", "claims", "paper-2020.csv"), Path.Combine(texts, "paper.csv"));
        File.WriteAllText(Path.Combine(texts, "article.csv"), ClaimsFile.Header + "\nk,s,\"Kazakhstan–Israel trade reached $2.43 billion in 2008\",value,KAZ,ISR,turnover,reporter,,2008,2.43,,busd,0.005,,\n");
        var reports = Directory.CreateDirectory(Path.Combine(folder, "reports")).FullName;

        var (code, output, error) = CliRunner.Run("check-claims", texts, "--out-dir", reports);

        Assert.True(code == 0, error);
        Assert.Equal(["article.csv", "article.md", "paper.csv", "paper.md", "summary.md"], Directory.GetFiles(reports).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var summary = File.ReadAllText(Path.Combine(reports, "summary.md"));
        Assert.Contains("| [article](article.md) | 1 | 1 | 0 | 0 | 0 |", summary);
        Assert.Contains("| [paper](paper.md) | 20 |", summary);
        Assert.Contains("article  1  1  0  0  0", output);

        var (twoCode, twoOutput, _) = CliRunner.Run("check-claims", Path.Combine(texts, "article.csv"), Path.Combine(texts, "paper.csv"));
        Assert.Equal(0, twoCode);
        Assert.Contains("== article", twoOutput);
        Assert.Contains("== paper", twoOutput);
    }
}
