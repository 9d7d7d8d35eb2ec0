using System.Globalization;

namespace TradeAnalytics.Charts;

/// <summary>Number and year formatting for charts: always invariant, never culture-dependent.</summary>
internal static class ChartText
{
    /// <summary>A year as digits only: 2008, never "2,008".</summary>
    internal static string Year(int year) => year.ToString("0", CultureInfo.InvariantCulture);

    /// <summary>
    /// A value label in US$ millions with precision suited to its size: 2,431 / 47.6 / 1.17 / 0.018; a value
    /// below 0.001 keeps two significant digits (0.00028, never "0.000" for a value that is not zero).
    /// </summary>
    internal static string Value(double value)
    {
        var magnitude = Math.Abs(value);
        var format = magnitude >= 100 ? "#,0" : magnitude >= 10 ? "0.0" : magnitude >= 0.1 ? "0.00" : "0.000";
        if (magnitude > 0 && magnitude < 0.001)
        {
            // Decimals enough for two significant digits: 0.00028 has its first digit at the 4th decimal.
            var decimals = Math.Min(15, 1 - (int)Math.Floor(Math.Log10(magnitude)));
            format = "0.000" + new string('#', decimals - 3);
        }

        return value.ToString(format, CultureInfo.InvariantCulture);
    }

    /// <summary>The marker appended to a value label: " e" for an estimate, " p" for a partial turnover.</summary>
    internal static string Markers(YearlyValue v) => (v.Estimated ? " e" : "") + (v.Partial ? " p" : "");

    /// <summary>The legend sentence explaining the markers of the values shown, or null where none is used.</summary>
    internal static string? MarkerNote(IReadOnlyList<TradeSeries> series)
    {
        var list = series.SelectMany(s => s).ToList();
        var parts = new List<string>();
        var meanings = series.Where(s => s.Any(v => v.Estimated)).Select(s => s.Context.EstimateMeaning).Distinct().ToList();
        if (meanings.Count > 0)
        {
            // What an estimate is comes from the data's own source: the IMF's for DOTS, the file's for a user's data.
            parts.Add("e = includes " + string.Join(" or ", meanings));
        }

        if (list.Any(v => v.Partial))
        {
            parts.Add("p = partial: only one of exports and imports was reported");
        }

        return parts.Count == 0 ? null : string.Join("; ", parts) + ".";
    }
}
