using TradeAnalytics.Claims;

namespace TradeAnalytics.Tests.Claims;

/// <summary>A tolerance is typed and checked where it is made: a claim never holds one the checker cannot use.</summary>
public class ClaimToleranceTests
{
    [Theory]
    [InlineData("25%", true, 25d, 200d, 50d)]          // a quarter of 200
    [InlineData(" 10% ", true, 10d, -30d, 3d)]         // of the size of a negative growth
    [InlineData("0.005", false, 0.005, 1000d, 0.005)]  // an amount ignores the reference
    [InlineData("500", false, 500d, 1d, 500d)]
    public void A_tolerance_is_read_and_measured_around_its_reference(string text, bool percent, double amount, double reference, double around)
    {
        var tolerance = ClaimTolerance.Parse(text);
        Assert.Equal((percent, amount, false), (tolerance.IsPercent, tolerance.Amount, tolerance.IsNone));
        Assert.Equal(around, tolerance.Around(reference), 12);
        Assert.Equal(text.Trim(), tolerance.ToString());    // written back as read
    }

    [Theory]
    [InlineData("about")]
    [InlineData("-5%")]
    [InlineData("NaN")]
    [InlineData("1e400")]
    [InlineData("%")]
    public void A_text_that_is_no_tolerance_is_refused_where_it_is_read(string text)
    {
        Assert.False(ClaimTolerance.TryParse(text, out var none));
        Assert.True(none.IsNone);
        Assert.Contains($"'{text}' is not a tolerance", Assert.Throws<FormatException>(() => ClaimTolerance.Parse(text)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void None_is_empty_and_has_no_width()
    {
        Assert.True(ClaimTolerance.TryParse("", out var none));
        Assert.Equal(ClaimTolerance.None, none);
        Assert.Equal("", none.ToString());
        Assert.Throws<InvalidOperationException>(() => none.Around(5));
    }

    [Fact]
    public void Made_in_code_a_tolerance_is_checked_and_written_as_a_claims_file_writes_it()
    {
        Assert.Equal("25%", ClaimTolerance.Percent(25).ToString());
        Assert.Equal("0.05", ClaimTolerance.Absolute(0.05).ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => ClaimTolerance.Absolute(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => ClaimTolerance.Percent(double.PositiveInfinity));
    }

    [Fact]
    public void A_claim_refuses_a_stated_number_that_is_not_finite()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new Claim
        {
            Id = "c1",
            Quote = "q",
            Kind = ClaimKind.Value,
            Economy = Economies.Kazakhstan,
            Partner = Economies.Israel,
            Measure = TradeMeasure.Turnover,
            Side = ReportingSide.Reporter,
            Year = 2008,
            Stated = double.NaN,
            Unit = ClaimUnit.MillionUsd,
            Tolerance = ClaimTolerance.Percent(5),
        });
        Assert.Equal("Stated", error.ParamName);
    }

    [Fact]
    public void A_claim_refuses_an_empty_id()
    {
        var error = Assert.Throws<ArgumentException>(() => new Claim { Id = " ", Quote = "q", Kind = ClaimKind.NotCheckable, Unit = ClaimUnit.Count, Note = "why" });
        Assert.Equal("Id", error.ParamName);
    }
}
