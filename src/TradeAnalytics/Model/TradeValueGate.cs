using System.Globalization;

namespace TradeAnalytics;

/// <summary>
/// The one gate every trade value passes, whichever reader read it and whichever writer writes it: a value is refused
/// when it is not finite or lies beyond ±<see cref="UsdMillions.MaxPlausible"/> $m, and flagged (kept as published) when
/// it is negative. Readers reject a refused value with its file and line or cell; <see cref="TradeObservation"/> refuses
/// to hold one; writers write values only through <see cref="Write(UsdMillions)"/>, so no file says what a reader refuses.
/// </summary>
public static class TradeValueGate
{
    /// <summary>The flag a negative value carries: kept as published, said in every reader's report.</summary>
    public const string NegativeNote = "negative, which a trade flow cannot be; kept as published";

    /// <summary>The largest number of thousand US$ a value can be (<see cref="UsdMillions.MaxPlausible"/> $m).</summary>
    private const decimal MaxThousands = (decimal)UsdMillions.MaxPlausible * 1000m;

    /// <summary>Why <paramref name="musd"/> (US$ millions) cannot be a trade value; null when it can.</summary>
    /// <param name="musd">An amount in US$ millions.</param>
    public static string? Refusal(double musd) => UsdMillions.Implausible(musd);

    /// <summary>Why <paramref name="thousands"/> (thousand US$, as national offices publish) cannot be a trade value; null when it can.</summary>
    /// <param name="thousands">An amount in thousand US$.</param>
    public static string? Refusal(decimal thousands)
        => Math.Abs(thousands) > MaxThousands
            ? $"{thousands.ToString(CultureInfo.InvariantCulture)} thousand US$ is beyond ±1e9 $m (US$ 1 quadrillion), which no trade value can be"
            : null;

    /// <summary>
    /// The sum of amounts in thousand US$, exact in decimal, or null with the reason when the sum is beyond the gate (checked
    /// as it goes, so twelve months near decimal's range never overflow).
    /// </summary>
    /// <param name="thousands">The amounts in thousand US$, each already through <see cref="Refusal(decimal)"/>.</param>
    /// <param name="refusal">Why the sum is no trade value; null when it is one.</param>
    public static decimal? SumThousands(IEnumerable<decimal> thousands, out string? refusal)
    {
        Preconditions.NotNull(thousands);
        var sum = 0m;
        foreach (var t in thousands)
        {
            if (Refusal(t) is { } one)
            {
                refusal = one;
                return null;
            }

            sum += t; // |sum| ≤ 2 × 1e15 before the check below: far inside decimal's range.
            if (Refusal(sum) is { } total)
            {
                refusal = "their sum: " + total;
                return null;
            }
        }

        refusal = null;
        return sum;
    }

    /// <summary>Whether <paramref name="musd"/> is kept but flagged (<see cref="NegativeNote"/>).</summary>
    /// <param name="musd">An amount in US$ millions the gate admits.</param>
    public static bool IsFlagged(double musd) => musd < 0;

    /// <summary>
    /// <paramref name="value"/> unchanged when the gate admits it; otherwise an <see cref="ArgumentOutOfRangeException"/>
    /// naming <paramref name="where"/> and the reason.
    /// </summary>
    /// <param name="value">The amount.</param>
    /// <param name="where">Where the value came from or goes to, for the message.</param>
    public static UsdMillions Admit(UsdMillions value, string? where)
        => Refusal(value.Value) is { } why
            ? throw new ArgumentOutOfRangeException(nameof(value), value.Value, $"{where}: {why}; no reader accepts it, so nothing holds or writes it")
            : value;

    /// <summary>
    /// The one number writer for trade values in files: the shortest text that reads back as the same double
    /// ("325.593", "0.0001", "-12.5"), never "Infinity" or "NaN"; a value the gate refuses is an
    /// <see cref="ArgumentOutOfRangeException"/>, never written.
    /// </summary>
    /// <param name="value">The amount.</param>
    public static string Write(UsdMillions value)
    {
        Admit(value, "a value to write");
        Span<char> buffer = stackalloc char[64];
        return TryWrite(value.Value, buffer, out var written) ? new string(buffer[..written]) : value.Value.ToString("R", CultureInfo.InvariantCulture);
    }

    /// <summary><see cref="Write(UsdMillions)"/> into a buffer, for writers of many values: false when the buffer is too small (64 characters always suffice).</summary>
    /// <param name="musd">The amount, US$ millions; a value the gate refuses is an <see cref="ArgumentOutOfRangeException"/>, never written.</param>
    /// <param name="destination">Where to write.</param>
    /// <param name="written">The characters written.</param>
    public static bool TryWrite(double musd, Span<char> destination, out int written)
    {
        if (Refusal(musd) is { } why)
        {
            throw new ArgumentOutOfRangeException(nameof(musd), musd, $"a value to write: {why}; no reader accepts it, so nothing holds or writes it");
        }

        return ShortestDecimal.TryFormat(musd, destination, out written);
    }
}
