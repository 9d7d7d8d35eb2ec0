using System.Globalization;
using TradeAnalytics.Data;

namespace TradeAnalytics.Tests.Core;

// The expected text is always the runtime's own round-trip format ("R"), never the code under test.
public class ShortestDecimalTests
{
    private static string Expected(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Written(double value)
    {
        Span<char> buffer = stackalloc char[32];
        Assert.True(ShortestDecimal.TryFormat(value, buffer, out var written));
        return buffer[..written].ToString();
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void Every_value_of_the_data_package_is_written_as_the_round_trip_format_writes_it()
    {
        var values = ImfDots2022All.Dataset.Observations.Select(o => o.Value.Value).Distinct().ToList();

        var differing = values.Where(v => Written(v) != Expected(v)).Take(5).Select(v => $"{Expected(v)} written {Written(v)}").ToList();

        // 2,581,017 values, 1,563,034 of them distinct: the distinct value_musd fields of the whole-folder import's CSV
        // (import-dots ../shared/data/imf-dots-2022 --out all.csv; awk -F, 'NR>1 {print $5}' all.csv | sort -u | wc -l).
        Assert.Equal(1_563_034, values.Count);
        Assert.Empty(differing);
    }

    [Theory]
    [InlineData(0.4)]
    [InlineData(-2.6)]
    [InlineData(0.016)]
    [InlineData(1234.56)]
    [InlineData(100)]
    [InlineData(0.0001)]
    [InlineData(0.00012345)]
    [InlineData(0.00009999)]                  // below 1e-4: the runtime's formatter
    [InlineData(0.00001)]                     // "1E-05"
    [InlineData(638.1169999999997)]           // 16 digits (a DOTS value): the runtime's formatter
    [InlineData(0.30000000000000004)]         // 0.1 + 0.2
    [InlineData(123456789012345)]             // 15 digits, whole
    [InlineData(12345678901234.5)]            // 15 digits with a decimal
    [InlineData(999999999999999)]
    [InlineData(1e15)]                        // "1E+15"
    [InlineData(1234567890.123456789)]
    [InlineData(0.123456789)]                 // nine decimals, the last scale tried
    [InlineData(0.1234567891)]                // ten decimals: the runtime's formatter
    [InlineData(0.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    [InlineData(double.Epsilon)]
    [InlineData(double.MaxValue)]
    [InlineData(-1e9)]
    [InlineData(4.35)]                        // not exactly 4.35 in binary; still written 4.35
    [InlineData(2.5)]                         // a half: rounding to even at scale 0 must not end the search
    [InlineData(0.5)]
    public void An_edge_value_is_written_as_the_round_trip_format_writes_it(double value)
        => Assert.Equal(Expected(value), Written(value));

    [Fact]
    public void Negative_zero_keeps_its_sign_as_the_round_trip_format_does()
        => Assert.Equal(("-0", "-0"), (Expected(-0.0), Written(-0.0)));

    [Fact]
    public void Random_decimals_and_random_doubles_are_written_as_the_round_trip_format_writes_them()
    {
        var random = new Random(2026_12_05);
        var differing = new List<string>();
        for (var i = 0; i < 200_000 && differing.Count < 5; i++)
        {
            // A decimal of 1-17 digits with 0-12 decimals, as a publisher might write it, and a double of any bits.
            var digits = random.NextInt64(1, 100_000_000_000_000_000L).ToString(CultureInfo.InvariantCulture);
            var decimals = random.Next(0, 13);
            var text = decimals >= digits.Length ? "0." + new string('0', decimals - digits.Length) + digits : digits.Insert(digits.Length - decimals, decimals == 0 ? "" : ".");
            var fromText = double.Parse((random.Next(2) == 0 ? "-" : "") + text, CultureInfo.InvariantCulture);
            var anyBits = BitConverter.Int64BitsToDouble(random.NextInt64());
            foreach (var value in new[] { fromText, anyBits })
            {
                if (Written(value) != Expected(value))
                {
                    differing.Add($"{Expected(value)} written {Written(value)}");
                }
            }
        }

        Assert.Empty(differing);
    }

    [Fact]
    public void A_destination_too_short_is_refused_not_overrun()
    {
        Span<char> buffer = stackalloc char[4];

        Assert.False(ShortestDecimal.TryFormat(1234.5, buffer, out _));
        Assert.True(ShortestDecimal.TryFormat(-2.6, buffer, out var written));
        Assert.Equal("-2.6", buffer[..written].ToString());
    }
}
