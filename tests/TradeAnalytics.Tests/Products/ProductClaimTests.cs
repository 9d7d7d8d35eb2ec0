using TradeAnalytics.Claims;
using CliRunner = TradeAnalytics.Tests.Cli.Cli;

namespace TradeAnalytics.Tests.Products;

public class ProductClaimTests
{
    /// <summary>Totals: Kazakhstan's exports to Israel, all goods (hand-made).</summary>
    private static readonly TradeDataset Totals = new(
    [
        ProductModelTests.Obs("KAZ", "ISR", TradeFlow.Exports, 2009, 100, "t9"),
        ProductModelTests.Obs("KAZ", "ISR", TradeFlow.Exports, 2010, 100, "t10"),
        ProductModelTests.Obs("KAZ", "ISR", TradeFlow.Exports, 2011, 100, "t11"),
    ], "Totals");

    /// <summary>Products: HS 27 exports 80, 90, (missing); Israel's HS 27 imports from the World and Kazakhstan's mirror (hand-made).</summary>
    private static readonly TradeDataset Products = new(
    [
        ProductModelTests.Obs("KAZ", "ISR", TradeFlow.Exports, 2009, 80, "p9", "27"),
        ProductModelTests.Obs("KAZ", "ISR", TradeFlow.Exports, 2010, 90, "p10", "27"),
        ProductModelTests.Obs("ISR", "WLD", TradeFlow.Imports, 2009, 400, "w9", "27"),
        ProductModelTests.Obs("ISR", "WLD", TradeFlow.Imports, 2010, 450, "w10", "27"),
    ], "Products");

    private static ClaimResult Check(string kind, string economy, string partner, string measure, double low, double high)
    {
        var row = $"c,s,q,{kind},{economy},{partner},{measure},reporter,2009,2011,{low.ToString(System.Globalization.CultureInfo.InvariantCulture)},{high.ToString(System.Globalization.CultureInfo.InvariantCulture)},percent,0.5,,,27";
        var claim = ClaimsFile.Read(new StringReader(ClaimsFile.ProductHeader + "\n" + row + "\n"), "claims.csv").Single();
        return new ClaimEvaluator(Totals, Products).Evaluate(claim);
    }

    // The yearly shares are 80 % and 90 % (2011 has no HS 27 value and is left out): mean 85 %.
    [Theory]
    [InlineData(85.5, 90, ClaimVerdict.Reproduced)]      // lower edge 85.5 - 0.5 = 85.0: inside
    [InlineData(85.6, 90, ClaimVerdict.Approximate)]     // 85.1 > 85: just outside
    [InlineData(70, 84.5, ClaimVerdict.Reproduced)]      // upper edge 84.5 + 0.5 = 85.0: inside
    [InlineData(70, 84.4, ClaimVerdict.Approximate)]     // 84.9 < 85: just outside
    [InlineData(89.9, 95, ClaimVerdict.Approximate)]     // 4.9 points below the band
    [InlineData(90.1, 95, ClaimVerdict.NotReproduced)]   // 5.1 points below the band
    [InlineData(200, 300, ClaimVerdict.NotReproduced)]
    public void A_product_share_band_is_judged_by_the_period_mean_widened_by_the_wordings_precision(double low, double high, ClaimVerdict expected)
    {
        var r = Check("product-share", "KAZ", "ISR", "exports", low, high);

        Assert.Equal(expected, r.Verdict);
        Assert.Equal("85.0 %", r.Computed);
        Assert.Contains("yearly shares (%): 2009 80.0, 2010 90.0, 2011 n/a (no value for the part); mean of 2 years 85.0 %", r.Note);
        Assert.Contains("A ratio of two sources: HS 27 from Products, all goods from Totals", r.Note);
    }

    [Fact]
    public void An_import_share_claim_counts_the_years_inside_its_band_and_says_it_used_mirror_data()
    {
        // Kazakhstan's exports 80 and 90 against Israel's World imports 400 and 450: 20 % and 20 %.
        var r = Check("import-share", "ISR", "KAZ", "imports", 15, 25);

        Assert.Equal(ClaimVerdict.Reproduced, r.Verdict);
        Assert.Contains("2009 20.0 (mirror), 2010 20.0 (mirror), 2011 n/a (no value for the part); mean of 2 years 20.0 %; 2 of 2 years within 15–25 %", r.Note);
        Assert.Contains("Mirror data in 2 of 3 years", r.Note);
    }

    [Fact]
    public void Without_product_data_a_product_claim_is_not_checkable_and_says_why()
    {
        var claim = ClaimsFile.Read(new StringReader(ClaimsFile.ProductHeader + "\nc,s,q,product-share,KAZ,ISR,exports,reporter,2009,2010,80,90,percent,0.5,,,27\n"), "c.csv").Single();
        var r = new ClaimEvaluator(Totals).Evaluate(claim);

        Assert.Equal(ClaimVerdict.NotCheckable, r.Verdict);
        Assert.Contains("no product data were given to the checker", r.Note);
    }

    [Fact]
    public void A_product_claim_without_a_product_is_an_error_naming_the_line()
    {
        var e = Assert.Throws<InterchangeFormatException>(() => ClaimsFile.Read(new StringReader(ClaimsFile.ProductHeader + "\nc,s,q,product-share,KAZ,ISR,exports,reporter,2009,2010,80,90,percent,0.5,,,\n"), "c.csv"));

        Assert.Contains("c.csv:2: product: a product-share claim names a product (an HS code such as 27)", e.Message);
    }

    [Fact]
    public void The_papers_oil_claims_get_computed_verdicts_from_the_shipped_extracts()
    {
        var results = new ClaimEvaluator(ShippedData.ImfDots2022, ShippedData.ComtradeHs27Israel).Evaluate(ShippedData.Paper2020Claims());
        var oilShare = results.Single(r => r.Claim.Id == "kaz-oil-share");
        var importShare = results.Single(r => r.Claim.Id == "isr-oil-import-share");

        // 2008: HS 27 2,211.123481 $m (processed_data_2008.csv:14085) of all goods 2,226.593035 $m (DOTS_103.xlsx!Exports!S39).
        Assert.Contains($"HS 27's share of Kazakhstan exports to Israel", oilShare.Note);
        Assert.NotEqual(ClaimVerdict.NotCheckable, oilShare.Verdict);
        Assert.NotEqual(ClaimVerdict.NotCheckable, importShare.Verdict);
        Assert.Contains("(mirror)", importShare.Note);
        var share2008 = TradeAnalytics.Analytics.ProductShares.OfImportsFrom(ShippedData.ComtradeHs27Israel, Economies.Israel, Economies.Kazakhstan, Product.Hs("27"), 2008, 2008).Years[0];
        // 2,211.123481 (processed_data_2008.csv:14085) / 12,842.427 (processed_data_2008.csv:5299).
        Assert.Equal(2211.123481 / 12842.427, share2008.Fraction!.Value, 12);
    }

    [Fact]
    public void The_cli_gives_both_oil_shares_with_the_mirror_caveat()
    {
        var (code, output, _) = CliRunner.Run("share", "ISR", "KAZ", "--product", "27", "--flow", "imports", "--year", "2008", "--format", "csv");

        Assert.Equal(0, code);
        // 2,211.123481 / 12,842.427 = 17.217 % (processed_data_2008.csv lines 14085 and 5299).
        Assert.Contains("Kazakhstan's share of Israel's imports of HS 27 from the World,2008,2211.123,12842.427,17.217,", output);
        Assert.Contains("undefined: no value for the part", output);
    }

    [Theory]
    [InlineData("27x", "'27x' is not an HS code")]
    [InlineData("2709", "holds no HS 2709; products available: HS 01, HS 02")]
    public void A_bad_or_absent_product_is_a_clear_error(string product, string message)
    {
        var (code, _, error) = CliRunner.Run("series", "KAZ", "ISR", "--product", product);

        Assert.Equal(1, code);
        Assert.Contains(message, error);
    }

    [Fact]
    public void Series_of_a_product_shows_the_cited_row()
    {
        var (code, output, _) = CliRunner.Run("series", "KAZ", "ISR", "--product", "27", "--flow", "exports", "--from", "2008", "--to", "2008", "--format", "csv");

        Assert.Equal(0, code);
        Assert.Contains("2008,2211.123,false,false,false,processed_data_2008.csv:14085", output);
    }
}
