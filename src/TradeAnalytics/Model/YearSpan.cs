using System.Globalization;

namespace TradeAnalytics;

/// <summary>The years from <paramref name="First"/> to <paramref name="Last"/>, both included: e.g. the years a series holds.</summary>
/// <param name="First">The first year.</param>
/// <param name="Last">The last year, not before <paramref name="First"/>.</param>
public readonly record struct YearSpan(int First, int Last)
{
    /// <summary>True when <paramref name="year"/> lies within the span.</summary>
    /// <param name="year">A year.</param>
    public bool Contains(int year) => year >= First && year <= Last;

    /// <summary>"1997–2020", or "2020" for a single year.</summary>
    public override string ToString()
        => First == Last ? First.ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{First}–{Last}");
}
