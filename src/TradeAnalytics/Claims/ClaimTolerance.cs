using System.Globalization;

namespace TradeAnalytics.Claims;

/// <summary>
/// How far a computed number may be from a claim's stated one and still reproduce it: an amount in the claim's unit
/// ("0.05" for a number written with one decimal) or a percentage of the stated number ("25%" for "around"), or none (a
/// one-sided bound with no further limit). Checked where it is made: a tolerance that parses is one the checker can use.
/// </summary>
public readonly record struct ClaimTolerance
{
    private readonly string? _text;

    private ClaimTolerance(double amount, bool isPercent, string text) => (Amount, IsPercent, _text) = (amount, isPercent, text);

    /// <summary>No tolerance (the default value).</summary>
    public static ClaimTolerance None => default;

    /// <summary>The amount: in the claim's unit, or percent of the stated number when <see cref="IsPercent"/>.</summary>
    public double Amount { get; }

    /// <summary>Whether <see cref="Amount"/> is a percentage of the stated number.</summary>
    public bool IsPercent { get; }

    /// <summary>True for <see cref="None"/>.</summary>
    public bool IsNone => _text is null;

    /// <summary>A tolerance of <paramref name="amount"/> in the claim's unit.</summary>
    /// <param name="amount">A finite amount, zero or more.</param>
    /// <exception cref="ArgumentOutOfRangeException">The amount is negative or not finite.</exception>
    public static ClaimTolerance Absolute(double amount)
        => new(Checked(amount), false, amount.ToString("0.##########", CultureInfo.InvariantCulture));

    /// <summary>A tolerance of <paramref name="percent"/> percent of the stated number.</summary>
    /// <param name="percent">A finite percentage, zero or more (25 for 25 %).</param>
    /// <exception cref="ArgumentOutOfRangeException">The percentage is negative or not finite.</exception>
    public static ClaimTolerance Percent(double percent)
        => new(Checked(percent), true, percent.ToString("0.##########", CultureInfo.InvariantCulture) + "%");

    /// <summary>Reads a tolerance as a claims file writes it: a number ("0.005"), a percentage ("25%"), or nothing (none).</summary>
    /// <param name="text">The text; surrounding spaces are ignored.</param>
    /// <param name="tolerance">The tolerance read; <see cref="None"/> when the text is not one.</param>
    /// <returns>False when the text is neither empty, a number of zero or more, nor such a number followed by %.</returns>
    public static bool TryParse(string? text, out ClaimTolerance tolerance)
    {
        tolerance = None;
        var trimmed = (text ?? "").Trim();
        if (trimmed.Length == 0)
        {
            return true;
        }

        var percent = trimmed.EndsWith('%');
        if (!double.TryParse(percent ? trimmed[..^1] : trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var amount)
            || !double.IsFinite(amount) || amount < 0)
        {
            return false;
        }

        tolerance = new(amount, percent, trimmed);
        return true;
    }

    /// <summary>Reads a tolerance (see <see cref="TryParse"/>).</summary>
    /// <param name="text">The text.</param>
    /// <exception cref="FormatException">The text is not a tolerance; the message quotes it.</exception>
    public static ClaimTolerance Parse(string? text)
        => TryParse(text, out var tolerance) ? tolerance : throw new FormatException($"'{text}' is not a tolerance; expected a number of zero or more, or a percentage such as 25%.");

    /// <summary>The tolerance as an amount around <paramref name="reference"/>, in the claim's unit.</summary>
    /// <param name="reference">The stated number (or the edge of a range) the tolerance is around.</param>
    /// <exception cref="InvalidOperationException">The tolerance is <see cref="None"/>.</exception>
    public double Around(double reference)
        => IsNone ? throw new InvalidOperationException("The claim has no tolerance.")
            : IsPercent ? Math.Abs(reference) * Amount / 100d : Amount;

    /// <summary>As a claims file writes it ("25%", "0.005"); empty for none.</summary>
    public override string ToString() => _text ?? "";

    private static double Checked(double amount)
        => double.IsFinite(amount) && amount >= 0 ? amount : throw new ArgumentOutOfRangeException(nameof(amount), amount, "A tolerance is a finite amount of zero or more.");
}
