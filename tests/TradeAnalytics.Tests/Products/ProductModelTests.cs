using TradeAnalytics.Analytics;

namespace TradeAnalytics.Tests.Products;

public class ProductModelTests
{
    [Fact]
    public void An_hs_code_keeps_its_leading_zeros_and_is_compared_at_the_level_asked_for()
    {
        var coffee = Product.Hs("0901");
        var chapter = Product.Hs("27");
        var crude = Product.Hs("2709");

        Assert.Equal("0901", coffee.HsCode);
        Assert.Equal("HS 0901", coffee.ToString());
        Assert.True(chapter.Includes(crude));
        Assert.True(chapter.Includes(Product.Hs("270900")));
        Assert.False(crude.Includes(chapter));
        Assert.False(chapter.Includes(Product.Hs("2801")));
        Assert.True(Product.AllGoods.Includes(crude));
        Assert.False(crude.Includes(Product.AllGoods));
        Assert.True(default(Product).IsAllGoods);
    }

    [Theory]
    [InlineData("")]
    [InlineData("TOTAL")]
    [InlineData("all")]
    public void Empty_total_and_all_mean_all_goods(string text)
    {
        Assert.True(Product.TryParse(text, out var product));
        Assert.True(product.IsAllGoods);
    }

    [Theory]
    [InlineData("2")]
    [InlineData("270")]
    [InlineData("27a")]
    [InlineData("12345678")]
    public void A_code_that_is_not_2_4_or_6_digits_is_refused(string text)
    {
        Assert.False(Product.TryParse(text, out _));
        Assert.Throws<ArgumentException>(() => Product.Hs(text));
    }

    [Fact]
    public void A_file_of_totals_reads_unchanged_and_a_file_with_products_holds_both_side_by_side()
    {
        var old = InterchangeCsv.Read(new StringReader("reporter,partner,flow,year,value_musd,estimated,source\nKAZ,ISR,exports,2008,2226.593035,false,a\n"), "old.csv");
        Assert.True(old.Dataset.Observations.Single().Product.IsAllGoods);

        var text = InterchangeCsv.ProductHeader + "\n"
            + "KAZ,ISR,exports,2008,2226.593035,false,a,,\n"
            + "KAZ,ISR,exports,2008,2211.123481,false,b,27,H2\n"
            + "KAZ,ISR,exports,2008,2000,false,c,2709,H2\n"
            + "KAZ,ISR,re-exports,2008,1.5,false,d,27,H2\n";
        var both = InterchangeCsv.Read(new StringReader(text), "both.csv").Dataset;

        Assert.Equal([Product.AllGoods, Product.Hs("27"), Product.Hs("2709")], both.Products);
        var trade = both.Bilateral(Economies.Kazakhstan, Economies.Israel, Product.Hs("27"));
        // Re-exports are a flow of their own: HS 27 exports are 2211.123481, not 2212.623481.
        Assert.Equal(2211.123481, trade.Exports()[2008]!.Value.Value);
        Assert.Equal("H2", both.Observations[1].Classification);
        Assert.Equal(2226.593035, both.Bilateral("KAZ", "ISR").Exports()[2008]!.Value.Value);
        Assert.Equal("Kazakhstan exports to Israel of HS 27, as reported by Kazakhstan", trade.Exports().Context.Describe());

        var written = new StringWriter();
        InterchangeCsv.Write(written, both.Observations);
        Assert.Equal(text, written.ToString());
    }

    [Fact]
    public void A_bad_product_code_in_the_interchange_file_names_the_line_and_field()
    {
        var text = InterchangeCsv.ProductHeader + "\nKAZ,ISR,exports,2008,1,false,a,27,H2\nKAZ,ISR,exports,2008,1,false,a,270,H2\n";
        var e = Assert.Throws<InterchangeFormatException>(() => InterchangeCsv.Read(new StringReader(text), "p.csv"));

        Assert.Contains("p.csv:3: product: '270' is not a product", e.Message);
    }

    [Fact]
    public void A_products_share_of_a_flow_says_when_it_is_built_from_two_sources()
    {
        var totals = new TradeDataset([Obs("KAZ", "ISR", TradeFlow.Exports, 2008, 200, "dots")], "Totals");
        var products = new TradeDataset([Obs("KAZ", "ISR", TradeFlow.Exports, 2008, 150, "ct", "27"), Obs("KAZ", "ISR", TradeFlow.Exports, 2009, 10, "ct", "27")], "Products");

        var share = ProductShares.OfFlow(products, totals, Economies.Kazakhstan, Economies.Israel, Product.Hs("27"), TradeMeasure.Exports, ReportingSide.Reporter, 2008, 2009);

        Assert.Equal(75, share.Years[0].Percent!.Value, 10);
        Assert.Equal(ShareStatus.WholeMissing, share.Years[1].Status);
        Assert.Equal("no value for the whole", share.Years[1].Reason);
        Assert.Equal(75, share.MeanPercent!.Value, 10);   // the undefined year is left out, not counted as 0
        Assert.StartsWith("A ratio of two sources: HS 27 from Products, all goods from Totals", share.Caveat);
        Assert.Equal("", ProductShares.OfFlow(products, products, Economies.Kazakhstan, Economies.Israel, Product.Hs("27"), TradeMeasure.Exports, ReportingSide.Reporter, 2009, 2009).Caveat);
    }

    [Fact]
    public void A_partners_share_of_product_imports_uses_the_importers_report_where_it_has_one_and_the_mirror_where_it_hides_the_partner()
    {
        var data = new TradeDataset(
        [
            Obs("ISR", "WLD", TradeFlow.Imports, 2008, 1000, "w8", "27"),
            Obs("ISR", "WLD", TradeFlow.Imports, 2009, 1000, "w9", "27"),
            Obs("ISR", "X899", TradeFlow.Imports, 2009, 800, "nes9", "27"),
            Obs("ISR", "KAZ", TradeFlow.Imports, 2008, 120, "own8", "27"),
            Obs("KAZ", "ISR", TradeFlow.Exports, 2008, 100, "mirror8", "27"),
            Obs("KAZ", "ISR", TradeFlow.Exports, 2009, 150, "mirror9", "27"),
        ]);

        var share = ProductShares.OfImportsFrom(data, Economies.Israel, Economies.Kazakhstan, Product.Hs("27"), 2008, 2010);

        Assert.Equal((12d, false, "own8"), (share.Years[0].Percent!.Value, share.Years[0].Mirror, share.Years[0].Part!.Source));
        Assert.Equal((15d, true, "mirror9"), (share.Years[1].Percent!.Value, share.Years[1].Mirror, share.Years[1].Part!.Source));
        Assert.Equal(ShareStatus.PartMissing, share.Years[2].Status);
        Assert.Equal([2008, 2009], share.YearsWithin(10, 20).Select(y => y.Year));
        Assert.Empty(share.YearsWithin(13, 14));
        Assert.Contains("Mirror data in 1 of 3 years", share.Caveat);
        Assert.Contains("(FOB) against Israel's report of its imports from the World (CIF)", share.Caveat);
        Assert.Contains("Israel books 80 % of its HS 27 imports to unspecified partners", share.Caveat);
    }

    [Fact]
    public void A_product_share_of_all_goods_or_of_a_balance_is_a_programming_error()
    {
        var d = ShippedData.ImfDots2022;
        Assert.Throws<ArgumentException>(() => ProductShares.OfFlow(d, d, Economies.Kazakhstan, Economies.Israel, Product.AllGoods, TradeMeasure.Exports, ReportingSide.Reporter, 2008, 2008));
        Assert.Throws<ArgumentException>(() => ProductShares.OfFlow(d, d, Economies.Kazakhstan, Economies.Israel, Product.Hs("27"), TradeMeasure.Balance, ReportingSide.Reporter, 2008, 2008));
        Assert.Throws<ArgumentException>(() => ProductShares.OfImportsFrom(d, Economies.Israel, Economies.World, Product.Hs("27"), 2008, 2008));
    }

    internal static TradeObservation Obs(string reporter, string partner, TradeFlow flow, int year, double value, string source, string? product = null)
        => new(Economies.Get(reporter), Economies.Get(partner), flow, year, new UsdMillions(value), false, source)
        {
            Product = product is null ? Product.AllGoods : Product.Hs(product),
        };
}
