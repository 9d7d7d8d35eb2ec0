using System.Globalization;

namespace TradeAnalytics.Analytics;

/// <summary>One year of a price index: its annual value and where it came from.</summary>
/// <param name="Year">The year.</param>
/// <param name="Value">The index (e.g. CPI-U, 1982–84 = 100).</param>
/// <param name="Source">The lines or cells it was computed from.</param>
public sealed record PriceIndexYear(int Year, double Value, string Source);

/// <summary>A value in constant dollars, or why it has none.</summary>
/// <param name="Year">The year of the current-dollar value.</param>
/// <param name="Value">The value in US$ millions of the base year; null when undefined.</param>
/// <param name="Source">The current-dollar value's source, the deflator and its two years' sources.</param>
/// <param name="Undefined">Why there is no value (a year outside the deflator's span); null when there is one.</param>
public sealed record RealValue(int Year, UsdMillions? Value, string Source, string? Undefined);

/// <summary>
/// A price index by year, to state current-dollar trade values in constant dollars of a base year:
/// real = nominal × P(base) / P(year). A year the index does not cover has no real value (undefined, with the reason),
/// never a value deflated by 1. Every real figure names the deflator and base year (<see cref="Describe"/>).
/// </summary>
public sealed class PriceIndex
{
    private readonly SortedDictionary<int, PriceIndexYear> _years;

    /// <summary>Creates the index.</summary>
    /// <param name="name">What it is, as it is cited ("US CPI-U (BLS, CPIAUCNS via FRED), annual average").</param>
    /// <param name="years">Its years; each once, each positive and finite.</param>
    /// <exception cref="ArgumentException">A year twice, or a value that is not a positive number.</exception>
    public PriceIndex(string name, IEnumerable<PriceIndexYear> years)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Preconditions.NotNull(years);
        Name = name;
        _years = [];
        foreach (var y in years)
        {
            if (!(y.Value > 0) || !double.IsFinite(y.Value))
            {
                throw new ArgumentException($"{y.Source}: {y.Value} is not a price index (a positive number).", nameof(years));
            }

            if (!_years.TryAdd(y.Year, y))
            {
                throw new ArgumentException($"{y.Year} is given twice: {_years[y.Year].Source} and {y.Source}.", nameof(years));
            }
        }
    }

    /// <summary>The index's name, as cited.</summary>
    public string Name { get; }

    /// <summary>The years covered, in order.</summary>
    public IReadOnlyList<PriceIndexYear> Years => [.. _years.Values];

    /// <summary>The index of <paramref name="year"/>, or null outside its span.</summary>
    /// <param name="year">The year.</param>
    public PriceIndexYear? this[int year] => _years.GetValueOrDefault(year);

    /// <summary>"constant 2020 US$ (deflated by US CPI-U …)": what every real figure says it is.</summary>
    /// <param name="baseYear">The base year.</param>
    public string Describe(int baseYear) => string.Create(CultureInfo.InvariantCulture, $"constant {baseYear} US$ (deflated by {Name}, {baseYear} = base)");

    /// <summary><paramref name="value"/> of <paramref name="year"/> in US$ of <paramref name="baseYear"/>.</summary>
    /// <param name="value">The current-dollar value.</param>
    /// <param name="year">Its year.</param>
    /// <param name="baseYear">The base year.</param>
    /// <param name="source">The value's source.</param>
    public RealValue Real(UsdMillions value, int year, int baseYear, string source)
    {
        if (this[baseYear] is not { } b)
        {
            return new RealValue(year, null, source, $"{Name} has no {baseYear} (it covers {Span()}): no base year");
        }

        if (this[year] is not { } y)
        {
            return new RealValue(year, null, source, $"{Name} has no {year} (it covers {Span()}): not deflated, never by 1");
        }

        return new RealValue(year, new UsdMillions(value.Value * b.Value / y.Value),
            string.Create(CultureInfo.InvariantCulture, $"{source} × {b.Value}/{y.Value} ({b.Source}; {y.Source})"), null);
    }

    /// <summary>
    /// <paramref name="series"/> in constant dollars of <paramref name="baseYear"/>: each year deflated, sources extended
    /// with the deflator's; years the index does not cover are left out and listed with the reason.
    /// </summary>
    /// <param name="series">A current-dollar series.</param>
    /// <param name="baseYear">The base year.</param>
    /// <param name="undefined">The years left out, and why.</param>
    /// <exception cref="ArgumentException">The index does not cover the base year.</exception>
    public TradeSeries Real(TradeSeries series, int baseYear, out IReadOnlyList<RealValue> undefined)
    {
        Preconditions.NotNull(series);
        if (this[baseYear] is null)
        {
            throw new ArgumentException($"{Name} has no {baseYear} (it covers {Span()}): choose a base year it covers.", nameof(baseYear));
        }

        var kept = new List<YearlyValue>();
        var left = new List<RealValue>();
        foreach (var v in series)
        {
            var real = Real(v.Value, v.Year, baseYear, v.Source);
            if (real.Value is { } r)
            {
                kept.Add(v with { Value = r, Source = real.Source });
            }
            else
            {
                left.Add(real);
            }
        }

        undefined = left;
        return new TradeSeries(series.Context, kept);
    }

    private string Span() => _years.Count == 0 ? "no year" : $"{_years.Keys.First()}–{_years.Keys.Last()}";
}
