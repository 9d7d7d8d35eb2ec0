using PaperFigures;
using TradeAnalytics.Claims;
using TradeAnalytics.Tests.Support;

namespace TradeAnalytics.Tests.Claims;

public class PaperClaimsTests
{
    private static readonly IReadOnlyList<ClaimResult> Results = new ClaimEvaluator(ShippedData.ImfDots2022, ShippedData.ComtradeHs27Israel).Evaluate(ShippedData.Paper2020Claims());

    private static ClaimResult Result(string id) => Results.Single(r => r.Claim.Id == id);

    [Fact]
    public void The_2_43_billion_of_2008_is_reproduced_by_DOTS_2022()
    {
        // "In 2008, the trade turnover between the two countries reached $2.43 billion":
        // DOTS_103.xlsx S39: exports 2226.593035 + imports 204.897815 = 2431.49085 $m = 2.431 bn.
        var r = Result("kaz-2008-value");

        Assert.Equal(ClaimVerdict.Reproduced, r.Verdict);
        Assert.Equal("2.431 bn $", r.Computed);
        Assert.Contains("DOTS_103.xlsx!Exports!S39 + DOTS_103.xlsx!Imports!S39", r.Note);
    }

    [Fact]
    public void The_38_7_percent_growth_of_2018_is_not_reproduced_on_the_Kazakh_side()
    {
        // "In 2018, the volume of bilateral trade increased by 38.7 percent against 2017":
        // DOTS_103.xlsx AB39 (2017) 130.671373 + 47.705425, AC39 (2018) 397.861937 + 63.029568.
        const double t2017 = 130.671373 + 47.705425;
        const double t2018 = 397.861937 + 63.029568;
        var expected = (t2018 - t2017) / t2017 * 100;

        var r = Result("kaz-2018-growth");

        Assert.Equal(ClaimVerdict.NotReproduced, r.Verdict);
        Assert.Equal(expected.ToString("+0.0", System.Globalization.CultureInfo.InvariantCulture) + " %", r.Computed);
        Assert.Contains("Israel's statistics (mirror)", r.Note);
    }

    [Fact]
    public void The_50_percent_drop_of_2009_is_reproduced()
    {
        // DOTS_103.xlsx T39 (2009): 1121.494973 + 97.651308 against S39 (2008) 2226.593035 + 204.897815: −49.86 %.
        Assert.Equal(ClaimVerdict.Reproduced, Result("kaz-2009-drop").Verdict);
    }

    [Fact]
    public void Every_trade_number_of_the_paper_has_a_computed_verdict_and_an_explanation()
    {
        Assert.Equal(20, Results.Count);
        Assert.All(Results, r => Assert.False(string.IsNullOrWhiteSpace(r.Note), r.Claim.Id));
        Assert.All(Results.Where(r => r.Verdict != ClaimVerdict.NotCheckable), r => Assert.NotEmpty(r.Computed));
        Assert.Contains(Results, r => r.Verdict == ClaimVerdict.Reproduced);
        Assert.Contains(Results, r => r.Verdict == ClaimVerdict.NotReproduced);
    }

    [Fact]
    public void The_shipped_claims_file_is_the_one_in_data()
    {
        Assert.Equal(ClaimsFile.ReadFile(TestPaths.Repo("data", "claims", "paper-2020.csv")), ShippedData.Paper2020Claims());
    }

    [Fact]
    public void The_committed_claim_report_is_what_the_runner_writes_now()
    {
        var folder = Directory.CreateTempSubdirectory("claims-").FullName;
        try
        {
            ClaimReportWriter.Write(ClaimReportWriter.Check(ShippedData.ImfDots2022, ShippedData.ComtradeHs27Israel), folder);

            foreach (var file in new[] { "claims.md", "claims.csv" })
            {
                Assert.True(File.ReadAllText(TestPaths.Repo("charts", file)) == File.ReadAllText(Path.Combine(folder, file)),
                    $"charts/{file} is stale: run the README's main command and commit charts/.");
            }

            Assert.StartsWith("id,quote,stated,computed,verdict,distance,note,verdict_source,verdict_dots,verdict_national,verdict_imts2025\n", File.ReadAllText(Path.Combine(folder, "claims.csv")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
