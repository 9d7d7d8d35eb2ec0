using System.Globalization;
using System.Text.RegularExpressions;

namespace TradeAnalytics.Sources.Imf;

/// <summary>How often a series is observed.</summary>
public enum Frequency
{
    /// <summary>Once a year.</summary>
    Annual,

    /// <summary>Four times a year.</summary>
    Quarterly,

    /// <summary>Twelve times a year.</summary>
    Monthly,
}

/// <summary>A year, a quarter or a month, as IMF files write them (2024, 2024-Q1, 2024Q1, 2024-M02, 2024M2).</summary>
/// <param name="Year">The calendar year.</param>
/// <param name="Frequency">Annual, quarterly or monthly.</param>
/// <param name="Index">The quarter (1–4) or month (1–12); 0 for a year.</param>
public readonly partial record struct Period(int Year, Frequency Frequency, int Index) : IComparable<Period>
{
    /// <summary>How many periods of this frequency make a year.</summary>
    public int PerYear => Frequency switch { Frequency.Monthly => 12, Frequency.Quarterly => 4, _ => 1 };

    /// <summary>Parses a period.</summary>
    /// <param name="text">"2019", "2019-Q3" or "2019Q3", "2019-M07" or "2019M07" (Q and M in either case; surrounding spaces ignored).</param>
    /// <param name="period">The period, or the default value when the text is not one.</param>
    public static bool TryParse(string text, out Period period)
    {
        var m = Pattern().Match(text.Trim());
        period = default;
        if (!m.Success)
        {
            return false;
        }

        var year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (!m.Groups["kind"].Success)
        {
            period = new Period(year, Frequency.Annual, 0);
            return true;
        }

        var index = int.Parse(m.Groups["index"].Value, CultureInfo.InvariantCulture);
        var frequency = char.ToUpperInvariant(m.Groups["kind"].Value[0]) == 'Q' ? Frequency.Quarterly : Frequency.Monthly;
        if (index < 1 || index > (frequency == Frequency.Quarterly ? 4 : 12))
        {
            return false;
        }

        period = new Period(year, frequency, index);
        return true;
    }

    /// <inheritdoc />
    public int CompareTo(Period other) => (Year, Frequency, Index).CompareTo((other.Year, other.Frequency, other.Index));

    /// <summary>IMTS style: 2024, 2024-Q1, 2024-M02.</summary>
    public override string ToString() => Frequency switch
    {
        Frequency.Monthly => string.Create(CultureInfo.InvariantCulture, $"{Year}-M{Index:00}"),
        Frequency.Quarterly => string.Create(CultureInfo.InvariantCulture, $"{Year}-Q{Index}"),
        _ => Year.ToString(CultureInfo.InvariantCulture),
    };

    [GeneratedRegex(@"^(?<year>\d{4})(?:-?(?<kind>[QqMm])(?<index>\d{1,2}))?$")]
    private static partial Regex Pattern();
}
