using System.Globalization;
using System.Runtime.CompilerServices;

namespace TradeAnalytics;

/// <summary>
/// A double as the runtime's round-trip format writes it ("R": the fewest digits that read back to the same double),
/// without the general algorithm where the double is a short decimal: a value in US$ millions as a publisher gives it
/// (0.4, 1234.56). Those are nine values in ten of an import, whose formatting was a tenth of its time.
/// </summary>
/// <remarks>
/// For a value of magnitude 1e-4 to 1e15, the first scale k (0–9) at which the nearest integer m of value × 10^k, below 10^15,
/// divided by 10^k gives the value back, is written as m with k decimals. That text reads back to the value: m and 10^k are
/// exact doubles and IEEE division rounds m / 10^k correctly, as reading the text does. It is the shortest such text: a text
/// with fewer decimals would have read back at a smaller k, and with m below 10^15 decimals 10^-k apart are farther apart than
/// the values that round to one double, so no other text of as many digits reads back to it. Anything else — more than 15
/// digits, very large or small, zero, not finite — goes to the runtime's formatter. Tests compare the two on every DOTS value.
/// </remarks>
internal static class ShortestDecimal
{
    private static readonly double[] Powers = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9];

    /// <summary>Writes <paramref name="value"/> as <c>value.ToString("R", CultureInfo.InvariantCulture)</c> would, into <paramref name="destination"/>.</summary>
    /// <returns>False where <paramref name="destination"/> is too short.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool TryFormat(double value, Span<char> destination, out int written)
    {
        var magnitude = Math.Abs(value);
        if (magnitude is >= 1e-4 and < 1e15)
        {
            for (var k = 0; k < Powers.Length; k++)
            {
                var scaled = magnitude * Powers[k];
                if (scaled >= 1e15)
                {
                    break;
                }

                var m = Math.Round(scaled);
                if (m / Powers[k] == magnitude)
                {
                    return TryWrite(value < 0, (long)m, k, destination, out written);
                }
            }
        }

        return value.TryFormat(destination, out written, "R", CultureInfo.InvariantCulture);
    }

    /// <summary>Writes m × 10^-k: "-" where negative, the integer digits (at least "0"), then "." and k digits.</summary>
    private static bool TryWrite(bool negative, long m, int k, Span<char> destination, out int written)
    {
        Span<char> digits = stackalloc char[20];
        var count = 0;
        do
        {
            digits[count++] = (char)('0' + (int)(m % 10));
            m /= 10;
        }
        while (m != 0 || count <= k);   // at least one digit before the point: 0.05 is "005" reversed, whole part "0"

        var length = (negative ? 1 : 0) + count + (k > 0 ? 1 : 0);
        written = 0;
        if (length > destination.Length)
        {
            return false;
        }

        var at = 0;
        if (negative)
        {
            destination[at++] = '-';
        }

        for (var i = count - 1; i >= 0; i--)
        {
            if (i == k - 1)
            {
                destination[at++] = '.';
            }

            destination[at++] = digits[i];
        }

        written = at;
        return true;
    }
}
