using System.Globalization;

namespace TradeAnalytics.Sources.Imf;

/// <summary>A year left out of the annual data because not all its months or quarters were present.</summary>
/// <param name="Reporter">The reporter.</param>
/// <param name="Partner">The partner.</param>
/// <param name="Flow">The flow.</param>
/// <param name="Year">The year.</param>
/// <param name="Present">How many periods were present.</param>
/// <param name="Frequency">Monthly or quarterly.</param>
public sealed record IncompleteYear(Economy Reporter, Economy Partner, TradeFlow Flow, int Year, int Present, Frequency Frequency)
{
    /// <summary>"NIC→WLD exports 2026: 4 of 12 months".</summary>
    public override string ToString()
        => $"{Reporter.Code}→{Partner.Code} {InterchangeCsv.FlowName(Flow)} {Year}: {Present} of {(Frequency == Frequency.Monthly ? "12 months" : "4 quarters")}";
}

/// <summary>The annual observations made from periodic ones, and what was left out.</summary>
/// <param name="Annual">One observation per reporter, partner, flow and complete year.</param>
/// <param name="Incomplete">Years left out for missing months or quarters.</param>
/// <param name="PeriodsUsed">Periodic observations that went into an annual value.</param>
/// <param name="PeriodsLeftOut">Periodic observations of incomplete years, or superseded by an annual value of the same file.</param>
public sealed record AnnualAggregation(IReadOnlyList<TradeObservation> Annual, IReadOnlyList<IncompleteYear> Incomplete, int PeriodsUsed, int PeriodsLeftOut)
{
    /// <summary>
    /// Makes annual observations: a value given for the year is taken as it is; otherwise the 12 months,
    /// or else the 4 quarters, of a year are summed — only when all are present. An incomplete year is left
    /// out and listed, never summed into a short year. A year is estimated if any part is.
    /// </summary>
    /// <param name="observations">A file's observations, annual, quarterly or monthly, in any order (e.g. <see cref="ImfReadResult.Observations"/>).</param>
    /// <exception cref="FormatException">The same period of a series appears twice with different values (both sources named).</exception>
    public static AnnualAggregation FromPeriods(IEnumerable<PeriodObservation> observations)
    {
        var annual = new List<TradeObservation>();
        var incomplete = new List<IncompleteYear>();
        int used = 0, leftOut = 0;
        var groups = observations.GroupBy(o => (o.Reporter, o.Partner, o.Flow, o.Period.Year))
            .OrderBy(g => g.Key.Reporter.Code, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Partner.Code, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Flow)
            .ThenBy(g => g.Key.Year);
        foreach (var group in groups)
        {
            var byPeriod = new SortedDictionary<Period, PeriodObservation>();
            foreach (var o in group)
            {
                if (byPeriod.TryGetValue(o.Period, out var earlier))
                {
                    if (earlier.Value != o.Value)
                    {
                        throw new FormatException($"{o.Period} of {group.Key.Reporter.Code}→{group.Key.Partner.Code} {group.Key.Flow} appears twice with different values: {earlier.Source} and {o.Source}.");
                    }

                    leftOut++;
                    continue;
                }

                byPeriod.Add(o.Period, o);
            }

            var year = byPeriod.Values.FirstOrDefault(o => o.Period.Frequency == Frequency.Annual);
            if (year is not null)
            {
                annual.Add(new TradeObservation(year.Reporter, year.Partner, year.Flow, year.Period.Year, year.Value, year.Estimated, year.Source));
                used++;
                leftOut += byPeriod.Count - 1;
                continue;
            }

            var parts = byPeriod.Values.Where(o => o.Period.Frequency == Frequency.Monthly).ToList();
            if (parts.Count == 0)
            {
                parts = byPeriod.Values.Where(o => o.Period.Frequency == Frequency.Quarterly).ToList();
            }

            var frequency = parts[0].Period.Frequency;
            leftOut += byPeriod.Count - parts.Count;
            if (parts.Count != parts[0].Period.PerYear)
            {
                incomplete.Add(new IncompleteYear(group.Key.Reporter, group.Key.Partner, group.Key.Flow, group.Key.Year, parts.Count, frequency));
                leftOut += parts.Count;
                continue;
            }

            // Summed exactly, in decimal, from each value's shortest form: a sum of doubles would print
            // floating-point noise (8363.663252999999) into the interchange file.
            var sum = new UsdMillions((double)parts.Sum(o => decimal.Parse(o.Value.Value.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture)));
            var source = string.Create(CultureInfo.InvariantCulture, $"{SourceFile(parts[0].Source)}:{parts[0].Period}..{parts[^1].Period} (sum of {parts.Count})");
            if (TradeValueGate.Refusal(sum.Value) is { } refused)
            {
                // Each part passed the value gate; their sum must too, or the file is damaged, never a year read.
                throw new FormatException($"{source}: the sum {refused}.");
            }

            annual.Add(new TradeObservation(group.Key.Reporter, group.Key.Partner, group.Key.Flow, group.Key.Year, sum, parts.Any(p => p.Estimated), source));
            used += parts.Count;
        }

        return new AnnualAggregation(annual, incomplete, used, leftOut);
    }

    private static string SourceFile(string source)
    {
        var colon = source.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? source : source[..colon];
    }
}
