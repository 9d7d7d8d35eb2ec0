namespace TradeAnalytics.Analytics;

/// <summary>
/// Growth measures on a <see cref="TradeSeries"/>. None of them reads across a gap or treats a
/// missing year as zero: a figure that needs a missing value, or a zero or negative base, comes
/// back with <see cref="GrowthStatus"/> saying so and no number. All are computed eagerly.
/// </summary>
public static class Growth
{
    /// <summary>
    /// Year-over-year growth for every year after the first up to the last year of the series. A year
    /// whose previous year is missing gets <see cref="GrowthStatus.StartMissing"/> — a two-year jump is
    /// not a year-over-year rate — and a missing year itself gets <see cref="GrowthStatus.EndMissing"/>.
    /// An empty or one-year series gives an empty list.
    /// </summary>
    /// <param name="series">The series.</param>
    /// <param name="partialYears">Whether a partial year (a turnover with one flow) may be an end; each rate's <c>Caveat</c> says when one is.</param>
    public static IReadOnlyList<GrowthRate> YearOverYear(this TradeSeries series, PartialYears partialYears = PartialYears.Include)
    {
        Preconditions.NotNull(series);
        if (series.Count < 2)
        {
            return [];
        }

        return YearOverYear(series, series.FirstYear, series.LastYear, partialYears);
    }

    /// <summary>
    /// Year-over-year growth for every year from <paramref name="fromYear"/> + 1 to <paramref name="toYear"/>, by the
    /// rule of <see cref="YearOverYear(TradeSeries, PartialYears)"/>: each year asked for gets a rate, whatever the
    /// data hold. A year without a value — in a gap, or before or after the data — gives an undefined rate whose
    /// <see cref="GrowthRate.Reason"/> says so ("1994 is outside the data, which hold 1997–2020"); the ends of the
    /// span follow the same rule as its middle.
    /// </summary>
    /// <param name="series">The series.</param>
    /// <param name="fromYear">The first year of the span (the base of the first rate).</param>
    /// <param name="toYear">The last year of the span, not before <paramref name="fromYear"/>.</param>
    /// <param name="partialYears">Whether a partial year (a turnover with one flow) may be an end; each rate's <c>Caveat</c> says when one is.</param>
    /// <exception cref="ArgumentException"><paramref name="toYear"/> is before <paramref name="fromYear"/>.</exception>
    public static IReadOnlyList<GrowthRate> YearOverYear(this TradeSeries series, int fromYear, int toYear, PartialYears partialYears = PartialYears.Include)
    {
        Preconditions.NotNull(series);
        Preconditions.YearOrder(fromYear, toYear);
        return Enumerable.Range(fromYear + 1, toYear - fromYear)
            .Select(year => Compute(series, GrowthKind.YearOverYear, year - 1, year, partialYears))
            .ToList();
    }

    /// <summary>
    /// Year-over-year growth by the rule of <see cref="YearOverYear(TradeSeries, PartialYears)"/> for a series held in two
    /// spans, without a series or a result object per year: for bulk passes over millions of values (the import's
    /// <c>--yoy</c>). Rate <c>i</c> is the growth from year <c>years[0] + i</c> to the year after, for every year after
    /// the first up to the last; where it has no number, its percent is NaN and its status says why (in words:
    /// <see cref="Reason"/>).
    /// </summary>
    /// <param name="years">The years that have a value, in ascending order, none twice.</param>
    /// <param name="values">The value of each of <paramref name="years"/> (US$ million).</param>
    /// <param name="percents">Receives the rates, in percent (NaN where undefined); at least last year − first year long.</param>
    /// <param name="statuses">Receives each rate's status; as long as <paramref name="percents"/> needs to be.</param>
    /// <returns>The number of rates written: last year − first year (0 for fewer than two years).</returns>
    /// <exception cref="ArgumentException">The spans differ in length, the years are not ascending, or an output span is too short.</exception>
    public static int YearOverYear(ReadOnlySpan<int> years, ReadOnlySpan<double> values, Span<double> percents, Span<GrowthStatus> statuses)
    {
        // Checked with plain conditions: this runs once per series of a bulk pass, and a message is built only on failure.
        if (years.Length != values.Length)
        {
            throw new ArgumentException($"{years.Length} years but {values.Length} values.", nameof(values));
        }

        if (years.Length < 2)
        {
            return 0;
        }

        for (var i = 1; i < years.Length; i++)
        {
            if (years[i] <= years[i - 1])
            {
                throw new ArgumentException($"The years must ascend, none twice: {years[i - 1]} is followed by {years[i]}.", nameof(years));
            }
        }

        var count = years[^1] - years[0];
        if (percents.Length < count || statuses.Length < count)
        {
            throw new ArgumentException($"{count} rates need room in {nameof(percents)} ({percents.Length}) and {nameof(statuses)} ({statuses.Length}).", nameof(percents));
        }
        var next = 0;
        double? previous = null;
        for (var year = years[0]; year <= years[^1]; year++)
        {
            double? current = null;
            if (years[next] == year)
            {
                current = values[next];
                next++;
            }

            if (year > years[0])
            {
                var i = year - years[0] - 1;
                statuses[i] = Status(previous, current is not null);
                percents[i] = statuses[i] == GrowthStatus.Defined ? Change(previous!.Value, current!.Value) : double.NaN;
            }

            previous = current;
        }

        return count;
    }

    /// <summary>Why a growth figure from <paramref name="fromYear"/> to <paramref name="toYear"/> with <paramref name="status"/> has no number, in words ("2019 has no value"); empty when it has one.</summary>
    /// <param name="status">The figure's status.</param>
    /// <param name="fromYear">Its start year.</param>
    /// <param name="toYear">Its end year.</param>
    public static string Reason(GrowthStatus status, int fromYear, int toYear) => GrowthRate.Explain(status, fromYear, toYear);

    /// <summary>
    /// Total growth from <paramref name="fromYear"/> to <paramref name="toYear"/> in percent:
    /// (end − start) ÷ start × 100. Years in between may be missing; only the two ends matter.
    /// </summary>
    /// <param name="series">The series.</param>
    /// <param name="fromYear">The start year.</param>
    /// <param name="toYear">The end year, after <paramref name="fromYear"/>.</param>
    /// <param name="partialYears">Whether a partial end (a turnover with one flow) is used (the result's <c>Caveat</c> then says so) or makes the figure undefined.</param>
    /// <exception cref="ArgumentException"><paramref name="toYear"/> is not after <paramref name="fromYear"/>.</exception>
    public static GrowthRate GrowthBetween(this TradeSeries series, int fromYear, int toYear, PartialYears partialYears = PartialYears.Include)
    {
        Preconditions.NotNull(series);
        Preconditions.Check(toYear > fromYear, $"The end year {toYear} must be after the start year {fromYear}.", nameof(toYear));
        return Compute(series, GrowthKind.Between, fromYear, toYear, partialYears);
    }

    /// <summary>
    /// Compound annual growth rate from <paramref name="fromYear"/> to <paramref name="toYear"/> in
    /// percent per year: ((end ÷ start)^(1 ÷ years) − 1) × 100. Undefined for a missing end, a zero or
    /// negative start, or a zero or negative end.
    /// </summary>
    /// <param name="series">The series.</param>
    /// <param name="fromYear">The start year.</param>
    /// <param name="toYear">The end year, after <paramref name="fromYear"/>.</param>
    /// <param name="partialYears">Whether a partial end (a turnover with one flow) is used (the result's <c>Caveat</c> then says so) or makes the figure undefined.</param>
    /// <exception cref="ArgumentException"><paramref name="toYear"/> is not after <paramref name="fromYear"/>.</exception>
    public static GrowthRate Cagr(this TradeSeries series, int fromYear, int toYear, PartialYears partialYears = PartialYears.Include)
    {
        Preconditions.NotNull(series);
        Preconditions.Check(toYear > fromYear, $"The end year {toYear} must be after the start year {fromYear}.", nameof(toYear));
        return Compute(series, GrowthKind.Cagr, fromYear, toYear, partialYears);
    }

    /// <summary>End ÷ start. Undefined for a missing end, or a zero or negative start.</summary>
    /// <param name="series">The series.</param>
    /// <param name="fromYear">The start year.</param>
    /// <param name="toYear">The end year, not before <paramref name="fromYear"/>.</param>
    /// <param name="partialYears">Whether a partial end (a turnover with one flow) is used (the result's <c>Caveat</c> then says so) or makes the ratio undefined.</param>
    /// <exception cref="ArgumentException"><paramref name="toYear"/> is before <paramref name="fromYear"/>.</exception>
    public static FoldChange FoldChangeBetween(this TradeSeries series, int fromYear, int toYear, PartialYears partialYears = PartialYears.Include)
    {
        Preconditions.NotNull(series);
        Preconditions.YearOrder(fromYear, toYear);
        var from = series[fromYear];
        var to = series[toYear];
        var status = Status(from, to, partialYears);
        return new FoldChange(series.Context, fromYear, toYear, from, to, status, status == GrowthStatus.Defined ? to!.Value / from!.Value : null) { DataYears = DataYears(series) };
    }

    /// <summary>
    /// The series as an index with <paramref name="baseYear"/> = 100 (value ÷ base × 100). Missing
    /// years stay missing (absent from the result).
    /// </summary>
    /// <param name="series">The series.</param>
    /// <param name="baseYear">The year that is 100; it must have a positive value.</param>
    /// <exception cref="ArgumentException">The base year is missing, zero or negative.</exception>
    public static IReadOnlyList<IndexPoint> Index(this TradeSeries series, int baseYear)
    {
        Preconditions.NotNull(series);
        var b = series[baseYear] ?? throw new ArgumentException($"The base year {baseYear} has no value in {series.Context.Describe()}.", nameof(baseYear));
        Preconditions.Check(b.Value.Value > 0, $"The base year {baseYear} is {b.Value}; an index needs a positive base.", nameof(baseYear));
        return series.Select(v => new IndexPoint(v.Year, v.Value / b.Value * 100d)).ToList();
    }

    private static GrowthRate Compute(TradeSeries series, GrowthKind kind, int fromYear, int toYear, PartialYears partialYears)
    {
        var from = series[fromYear];
        var to = series[toYear];
        var status = Status(from, to, partialYears);
        if (status == GrowthStatus.Defined && kind == GrowthKind.Cagr && to!.Value.Value <= 0)
        {
            status = GrowthStatus.NonPositiveEnd;
        }

        double? percent = status != GrowthStatus.Defined
            ? null
            : kind == GrowthKind.Cagr
                ? (Math.Pow(to!.Value / from!.Value, 1d / (toYear - fromYear)) - 1d) * 100d
                : Change(from!.Value.Value, to!.Value.Value);
        return new GrowthRate(series.Context, kind, fromYear, toYear, from, to, status, percent) { DataYears = DataYears(series) };
    }

    private static YearSpan? DataYears(TradeSeries series) => series.IsEmpty ? null : new YearSpan(series.FirstYear, series.LastYear);

    /// <summary>Whether growth between two ends is defined: an excluded partial end first, then missing ends and the base.</summary>
    private static GrowthStatus Status(YearlyValue? from, YearlyValue? to, PartialYears partialYears)
        => partialYears == PartialYears.Exclude && from is { Partial: true } ? GrowthStatus.StartPartial
            : partialYears == PartialYears.Exclude && to is { Partial: true } ? GrowthStatus.EndPartial
            : Status(from?.Value.Value, to is not null);

    /// <summary>The rule every growth figure shares: a missing start, a missing end, then a zero or negative base.</summary>
    private static GrowthStatus Status(double? from, bool hasTo)
        => from is null ? GrowthStatus.StartMissing
            : !hasTo ? GrowthStatus.EndMissing
            : from == 0 ? GrowthStatus.ZeroBase
            : from < 0 ? GrowthStatus.NegativeBase
            : GrowthStatus.Defined;

    /// <summary>The change from <paramref name="from"/> to <paramref name="to"/> in percent of <paramref name="from"/>.</summary>
    private static double Change(double from, double to) => (to - from) / from * 100d;
}

/// <summary>One year of an index series (base year = 100).</summary>
/// <param name="Year">The year.</param>
/// <param name="Value">The index value, a plain number (base year = 100).</param>
public sealed record IndexPoint(int Year, double Value);
