using System.Collections;

namespace TradeAnalytics;

/// <summary>
/// A yearly series in current US$ millions, keyed by year. A year that is absent is missing data
/// (not zero): <see cref="this[int]"/> returns null for it, and every analysis treats it as a gap.
/// Enumeration yields the years that have a value, in ascending order.
/// </summary>
public sealed class TradeSeries : IReadOnlyCollection<YearlyValue>
{
    private readonly SortedList<int, YearlyValue> _values;

    /// <summary>Creates a series from its values; years must be distinct.</summary>
    /// <param name="context">What the series measures: economy, partner, measure and whose report.</param>
    /// <param name="values">One value per year, in any order; a year without a value is left out, not given as zero.</param>
    /// <exception cref="ArgumentException">Two values share a year.</exception>
    public TradeSeries(SeriesContext context, IEnumerable<YearlyValue> values)
    {
        Context = Preconditions.NotNull(context);
        // Sized up front: an import builds hundreds of thousands of series, and growing two arrays per series showed in its profile.
        _values = new SortedList<int, YearlyValue>(Preconditions.NotNull(values).TryGetNonEnumeratedCount(out var count) ? count : 0);
        foreach (var value in values)
        {
            if (!_values.TryAdd(value.Year, value))
            {
                throw new ArgumentException($"The series {context.Describe()} has two values for {value.Year}.", nameof(values));
            }
        }
    }

    /// <summary>What the series measures.</summary>
    public SeriesContext Context { get; }

    /// <summary>How many years have a value.</summary>
    public int Count => _values.Count;

    /// <summary>True when no year has a value.</summary>
    public bool IsEmpty => _values.Count == 0;

    /// <summary>The years that have a value, ascending.</summary>
    public IReadOnlyList<int> Years => _values.Keys.ToList();

    /// <summary>The first year with a value.</summary>
    /// <exception cref="InvalidOperationException">The series is empty.</exception>
    public int FirstYear => IsEmpty ? throw Empty() : _values.Keys[0];

    /// <summary>The last year with a value.</summary>
    /// <exception cref="InvalidOperationException">The series is empty.</exception>
    public int LastYear => IsEmpty ? throw Empty() : _values.Keys[^1];

    /// <summary>The value of <paramref name="year"/>, or null where it is missing.</summary>
    public YearlyValue? this[int year] => _values.TryGetValue(year, out var v) ? v : null;

    /// <summary>Gets the value of <paramref name="year"/> if present.</summary>
    /// <param name="year">The calendar year.</param>
    /// <param name="value">The year's value, or null where it is missing.</param>
    public bool TryGet(int year, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out YearlyValue? value)
        => _values.TryGetValue(year, out value);

    /// <summary>The values from <paramref name="from"/> to <paramref name="to"/> inclusive (gaps stay gaps).</summary>
    /// <param name="from">The first year kept.</param>
    /// <param name="to">The last year kept (inclusive).</param>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public TradeSeries Slice(int from, int to)
    {
        Preconditions.YearOrder(from, to);
        return new TradeSeries(Context, _values.Values.Where(v => v.Year >= from && v.Year <= to));
    }

    /// <summary>The years from <paramref name="from"/> to <paramref name="to"/> inclusive that have no value.</summary>
    /// <param name="from">The first year looked at.</param>
    /// <param name="to">The last year looked at (inclusive).</param>
    public IReadOnlyList<int> MissingYears(int from, int to)
    {
        Preconditions.YearOrder(from, to);
        return Enumerable.Range(from, to - from + 1).Where(y => !_values.ContainsKey(y)).ToList();
    }

    /// <inheritdoc />
    public IEnumerator<YearlyValue> GetEnumerator() => _values.Values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The description and the span, e.g. "Kazakhstan–Israel turnover, as reported by Kazakhstan, 1994–2020 (27 values)".</summary>
    public override string ToString()
        => IsEmpty ? $"{Context.Describe()} (no values)" : $"{Context.Describe()}, {FirstYear}–{LastYear} ({Count} values)";

    private InvalidOperationException Empty() => new($"The series {Context.Describe()} has no values.");
}
