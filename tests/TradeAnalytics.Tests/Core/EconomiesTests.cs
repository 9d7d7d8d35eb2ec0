namespace TradeAnalytics.Tests.Core;

public class EconomiesTests
{
    [Fact]
    public void Codes_resolve_case_insensitively_and_aggregates_are_not_countries()
    {
        Assert.Equal("Kazakhstan", Economies.Get("kaz").Name);
        Assert.Equal(EconomyKind.Aggregate, Economies.Get("WLD").Kind);
        Assert.False(Economies.World.IsCountry);
        Assert.Equal(EconomyKind.Residual, Economies.Resolve("Special Categories").Kind);
    }

    [Fact]
    public void An_unknown_code_suggests_the_closest_economies()
    {
        var e = Assert.Throws<UnknownEconomyException>(() => Economies.Get("KAX"));

        Assert.Contains(Economies.Kazakhstan, e.Suggestions);
        Assert.StartsWith("Unknown economy 'KAX'. Did you mean:", e.Message);
    }

    [Fact]
    public void Names_resolve_too()
    {
        Assert.Equal("KGZ", Economies.Resolve("Kyrgyz Rep.").Code);
        Assert.Equal("UZB", Economies.Resolve("uzbekistan").Code);
        Assert.Contains(Economies.Uzbekistan, Economies.Suggest("Uzbek"));
    }
}
