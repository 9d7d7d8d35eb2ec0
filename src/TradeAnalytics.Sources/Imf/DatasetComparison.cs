namespace TradeAnalytics.Sources.Imf;

/// <summary>One value present in both datasets.</summary>
/// <param name="Reporter">The reporter.</param>
/// <param name="Partner">The partner.</param>
/// <param name="Flow">The flow.</param>
/// <param name="Year">The year.</param>
/// <param name="A">The value in the first dataset, US$ millions.</param>
/// <param name="B">The value in the second dataset, US$ millions.</param>
public sealed record ComparedValue(Economy Reporter, Economy Partner, TradeFlow Flow, int Year, UsdMillions A, UsdMillions B)
{
    /// <summary>B − A, US$ millions.</summary>
    public UsdMillions Difference => B - A;
}

/// <summary>
/// Two editions of the same statistics (or a report and its mirror, or two formats) side by side: every
/// reporter, partner, flow and year present in both, largest difference first.
/// </summary>
/// <param name="Values">The values present in both, by absolute difference, largest first.</param>
/// <param name="Tolerance">The tolerance for "equal", US$ millions.</param>
/// <param name="OnlyInA">Values only in the first dataset.</param>
/// <param name="OnlyInB">Values only in the second.</param>
public sealed record DatasetComparison(IReadOnlyList<ComparedValue> Values, double Tolerance, int OnlyInA, int OnlyInB)
{
    /// <summary>Values equal within <see cref="Tolerance"/>.</summary>
    public int Equal => Values.Count(v => Math.Abs(v.Difference.Value) <= Tolerance);

    /// <summary>Values that differ by more than <see cref="Tolerance"/>: revised between the editions.</summary>
    public int Revised => Values.Count - Equal;

    /// <summary>The largest difference, or null when nothing overlaps.</summary>
    public ComparedValue? Largest => Values.FirstOrDefault();

    /// <summary>Compares <paramref name="a"/> with <paramref name="b"/>.</summary>
    /// <param name="a">The first dataset (e.g. the older edition).</param>
    /// <param name="b">The second dataset.</param>
    /// <param name="tolerance">The largest difference counted as equal, US$ millions (the default, 0.0001, is US$ 100).</param>
    /// <exception cref="ArgumentOutOfRangeException">The tolerance is negative.</exception>
    public static DatasetComparison Compare(TradeDataset a, TradeDataset b, double tolerance = 0.0001)
    {
        Preconditions.NotNull(a);
        Preconditions.NotNull(b);
        ArgumentOutOfRangeException.ThrowIfNegative(tolerance);
        var right = b.Observations.ToDictionary(o => o.Key);
        var both = new List<ComparedValue>();
        var onlyA = 0;
        foreach (var o in a.Observations)
        {
            if (right.Remove(o.Key, out var other))
            {
                both.Add(new ComparedValue(o.Reporter, o.Partner, o.Flow, o.Year, o.Value, other.Value));
            }
            else
            {
                onlyA++;
            }
        }

        var ordered = both.OrderByDescending(v => Math.Abs(v.Difference.Value)).ThenBy(v => v.Reporter.Code, StringComparer.Ordinal)
            .ThenBy(v => v.Partner.Code, StringComparer.Ordinal).ThenBy(v => v.Flow).ThenBy(v => v.Year).ToList();
        return new DatasetComparison(ordered, tolerance, onlyA, right.Count);
    }
}
