using System.Globalization;

namespace TradeAnalytics.Analytics;

/// <summary>
/// Minimum, maximum, mean and range of a series over a period, from the years that have a value
/// ("ranged between $27 and $47 million over 2009–2018").
/// </summary>
/// <param name="Context">The series.</param>
/// <param name="FromYear">The first year of the period.</param>
/// <param name="ToYear">The last year of the period.</param>
/// <param name="Minimum">The smallest value and its year.</param>
/// <param name="Maximum">The largest value and its year.</param>
/// <param name="Mean">The mean of the values present, US$ millions.</param>
/// <param name="Count">How many years had a value.</param>
/// <param name="MissingYears">The years of the period without a value (not counted).</param>
public sealed record PeriodStatistics(
    SeriesContext Context,
    int FromYear,
    int ToYear,
    YearlyValue Minimum,
    YearlyValue Maximum,
    UsdMillions Mean,
    int Count,
    IReadOnlyList<int> MissingYears)
{
    /// <summary>Maximum − minimum, US$ millions.</summary>
    public UsdMillions Range => Maximum.Value - Minimum.Value;

    /// <summary>Computes the statistics of <paramref name="series"/> over <paramref name="fromYear"/>–<paramref name="toYear"/>.</summary>
    /// <param name="series">The series.</param>
    /// <param name="fromYear">The first year of the period.</param>
    /// <param name="toYear">The last year of the period (inclusive).</param>
    /// <exception cref="ArgumentException"><paramref name="toYear"/> is before <paramref name="fromYear"/>.</exception>
    /// <exception cref="InvalidOperationException">No year of the period has a value.</exception>
    public static PeriodStatistics Over(TradeSeries series, int fromYear, int toYear)
    {
        Preconditions.NotNull(series);
        Preconditions.YearOrder(fromYear, toYear);
        var values = series.Slice(fromYear, toYear).ToList();
        if (values.Count == 0)
        {
            throw new InvalidOperationException($"{series.Context.Describe()} has no value in {fromYear}–{toYear}.");
        }

        var min = values.MinBy(v => v.Value.Value)!;
        var max = values.MaxBy(v => v.Value.Value)!;
        var mean = new UsdMillions(values.Average(v => v.Value.Value));
        return new PeriodStatistics(series.Context, fromYear, toYear, min, max, mean, values.Count, series.MissingYears(fromYear, toYear));
    }

    /// <summary>A sentence with minimum, maximum and mean.</summary>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture,
            $"{Context.Describe()}, {FromYear}–{ToYear}: min {Minimum.Value} ({Minimum.Year}), max {Maximum.Value} ({Maximum.Year}), mean {Mean}, {Count} years");
}
