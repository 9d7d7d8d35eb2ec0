using System.Globalization;

namespace TradeAnalytics.Analytics;

/// <summary>One source's series of a pair, named for the user (e.g. "dots", "national").</summary>
/// <param name="Name">The source's short name.</param>
/// <param name="Series">Its values of the pair and measure; years it lacks are missing, never zero.</param>
public sealed record NamedSeries(string Name, TradeSeries Series);

/// <summary>What each source says of one year.</summary>
/// <param name="Year">The year.</param>
/// <param name="Values">Each source's value, in the order the sources were given; <see langword="null"/> where the source has no value (a gap, not a zero).</param>
/// <param name="Spread">The largest value less the smallest, US$ millions, where two sources or more have the year; otherwise <see langword="null"/>.</param>
/// <param name="SpreadPercent">The spread as a percentage of the smallest value; <see langword="null"/> where undefined (fewer than two values, or the smallest is not positive).</param>
/// <param name="Notes">Why a value looks partial, or is estimated, per source ("imts2025: 49.4 is below a third of national's 363.4 (2023)").</param>
public sealed record SourceYear(int Year, IReadOnlyList<YearlyValue?> Values, double? Spread, double? SpreadPercent, IReadOnlyList<string> Notes)
{
    /// <summary>The names of the sources whose value this year looks partial.</summary>
    public IReadOnlyList<string> LooksPartial { get; init; } = [];
}

/// <summary>
/// A pair's values from several sources side by side, never merged: per year each source's value (or its gap), the spread
/// between them, and the values that look partial. A value looks partial when it is below <see cref="SourceComparison.PartialRatio"/>
/// of the largest value another source gives for the same year or — for a value flagged estimated or preliminary only, where no
/// other source has that year — for either of the two years before it (so the 2025 copy's Kazakhstan → Israel 49.4 is set
/// against Kazakhstan's own 363.4 of 2023; a final value is never judged against another year), or when the series itself marks
/// it partial (a turnover of which one flow was reported). Where the partner's mirror report is given and agrees with the low
/// value (it too is below a third of the high one), the high value is the one apart: the low one is not called partial, and the
/// note says so. The spread is taken over the whole values only: a partial value is left out of it, and the note says so.
/// </summary>
public sealed class SourceComparison
{
    /// <summary>Below this fraction of another source's value, a value looks partial: one third.</summary>
    public const double PartialRatio = 1.0 / 3.0;

    private SourceComparison(IReadOnlyList<NamedSeries> sources, IReadOnlyList<SourceYear> years)
    {
        Sources = sources;
        Years = years;
    }

    /// <summary>The sources, in the order given.</summary>
    public IReadOnlyList<NamedSeries> Sources { get; }

    /// <summary>Every year from the first any source has to the last, ascending; a year no source has is there with every value missing.</summary>
    public IReadOnlyList<SourceYear> Years { get; }

    /// <summary>The years two sources or more share (a spread is taken only over the whole values among them).</summary>
    public IEnumerable<SourceYear> Shared => Years.Where(y => y.Values.Count(v => v is not null) >= 2);

    /// <summary>Sets the sources' series side by side.</summary>
    /// <param name="sources">The sources, each with its series of the same pair and measure.</param>
    /// <exception cref="ArgumentException">No source, two with the same name, or series of different pairs, measures, sides or goods (what an estimate means may differ).</exception>
    public static SourceComparison Compare(IReadOnlyList<NamedSeries> sources) => Compare(sources, null);

    /// <summary>Sets the sources' series side by side, with the partner's mirror report of the same flow as a reference for which value stands apart.</summary>
    /// <param name="sources">The sources, each with its series of the same pair and measure.</param>
    /// <param name="mirror">The partner's own report of the same trade (its imports for these exports), named ("ISR's report, dots"); null for none.</param>
    /// <exception cref="ArgumentException">No source, two with the same name, or series of different pairs, measures, sides or goods.</exception>
    public static SourceComparison Compare(IReadOnlyList<NamedSeries> sources, NamedSeries? mirror)
    {
        Preconditions.NotNull(sources);
        if (sources.Count == 0)
        {
            throw new ArgumentException("Give at least one source.", nameof(sources));
        }

        if (sources.Select(s => s.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count() != sources.Count)
        {
            throw new ArgumentException("Each source must have its own name.", nameof(sources));
        }

        var context = sources[0].Series.Context;
        if (sources.Any(s => (s.Series.Context with { EstimateMeaning = context.EstimateMeaning }) != context))
        {
            throw new ArgumentException($"Every series must be of {context.Describe()}.", nameof(sources));
        }

        var years = new List<SourceYear>();
        var all = sources.SelectMany(s => s.Series.Years).ToList();
        foreach (var year in all.Count == 0 ? [] : Enumerable.Range(all.Min(), all.Max() - all.Min() + 1))
        {
            var values = sources.Select(s => s.Series[year]).ToList();
            // A partial value (one flow of a turnover) is not the same quantity as a whole one: no spread between them.
            var present = values.Where(v => v is { Partial: false }).Select(v => v!.Value.Value).ToList();
            double? spread = present.Count >= 2 ? present.Max() - present.Min() : null;
            double? percent = spread is not null && present.Min() > 0 ? spread / present.Min() * 100 : null;
            var notes = new List<string>();
            var partial = new List<string>();
            for (var i = 0; i < sources.Count; i++)
            {
                if (values[i] is not { } value)
                {
                    continue;
                }

                var name = sources[i].Name;
                if (value.Partial)
                {
                    partial.Add(name);
                    notes.Add($"{name}: partial (one flow not reported)");
                }
                else if (Reference(sources, i, year, value.Estimated) is { } reference && value.Value.Value < reference.Value * PartialRatio)
                {
                    if (reference.Year == year && mirror?.Series[year] is { Partial: false } m && m.Value.Value < reference.Value * PartialRatio)
                    {
                        notes.Add(string.Create(CultureInfo.InvariantCulture,
                            $"{reference.Source} stands apart: its {reference.Value:0.0} is over three times {name}'s {value.Value.Value:0.0}, and {mirror.Name} gives {m.Value.Value:0.0}"));
                    }
                    else
                    {
                        partial.Add(name);
                        notes.Add(string.Create(CultureInfo.InvariantCulture,
                            $"{name}: looks partial, {value.Value.Value:0.0} is below a third of {reference.Source}'s {reference.Value:0.0}{(reference.Year == year ? "" : $" ({reference.Year})")}"));
                    }
                }

                if (value.Estimated)
                {
                    notes.Add($"{name}: estimated or preliminary");
                }
            }

            if (present.Count >= 2 && values.Any(v => v is { Partial: true }))
            {
                notes.Add("spread over the whole values only (a partial one is another quantity)");
            }

            years.Add(new SourceYear(year, values, spread, percent, notes.Distinct().ToList()) { LooksPartial = partial });
        }

        return new SourceComparison(sources, years);
    }

    /// <summary>The largest value another source gives for the year or, for a preliminary value where none has it, for either of the two years before.</summary>
    private static (string Source, double Value, int Year)? Reference(IReadOnlyList<NamedSeries> sources, int self, int year, bool preliminary)
    {
        foreach (var candidates in preliminary ? new[] { new[] { year }, [year - 1, year - 2] } : [[year]])
        {
            var found = sources.Where((_, j) => j != self)
                .SelectMany(s => candidates.Select(y => (s.Name, Value: s.Series[y], Year: y)))
                .Where(c => c.Value is { Partial: false })
                .Select(c => (c.Name, c.Value!.Value.Value, c.Year))
                .ToList();
            if (found.Count > 0)
            {
                return found.MaxBy(c => c.Item2);
            }
        }

        return null;
    }
}
