using System.Globalization;
using MathNet.Numerics;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Statistics;

namespace TradeAnalytics.Analytics;

/// <summary>
/// Log-linear trend growth: the least-squares line through ln(value) against year, fitted by
/// MathNet.Numerics, read as a constant annual growth rate exp(slope) − 1.
/// </summary>
/// <param name="Context">The series it was fitted to.</param>
/// <param name="FromYear">The first year of the period.</param>
/// <param name="ToYear">The last year of the period.</param>
/// <param name="YearsUsed">The years with a value that entered the fit.</param>
/// <param name="MissingYears">The years of the period without a value (left out of the fit, not read as zero).</param>
/// <param name="AnnualPercent">The trend growth rate in percent per year; null when the trend is undefined (see <see cref="Reason"/>).</param>
/// <param name="LowerPercent">Lower end of the 95 % confidence interval of the rate (Student's t on the slope); null when undefined.</param>
/// <param name="UpperPercent">Upper end of the 95 % confidence interval of the rate; null when undefined.</param>
/// <param name="RSquared">Coefficient of determination of the fit on the log scale (1 − SSres/SStot); null when undefined.</param>
public sealed record TrendGrowth(
    SeriesContext Context,
    int FromYear,
    int ToYear,
    IReadOnlyList<int> YearsUsed,
    IReadOnlyList<int> MissingYears,
    double? AnnualPercent,
    double? LowerPercent,
    double? UpperPercent,
    double? RSquared)
{
    /// <summary>True when the data allow a trend (three or more positive values).</summary>
    public bool IsDefined => AnnualPercent is not null;

    /// <summary>Why the trend is undefined, in words ("it has 2 years with a value; a trend needs 3"); empty when defined.</summary>
    public string Reason { get; init; } = "";

    /// <summary>The partial years (a turnover with one flow) left out of the fit because they were excluded (<see cref="PartialYears.Exclude"/>).</summary>
    public IReadOnlyList<int> ExcludedPartialYears { get; init; } = [];

    /// <summary>
    /// What a reader must know about the years in the fit, in words; empty when none is partial or estimated:
    /// "partial in the fit: 2020 (one flow reported); estimated in the fit: 1995".
    /// </summary>
    public string Caveat { get; init; } = "";

    /// <summary>
    /// Fits the trend over <paramref name="fromYear"/>–<paramref name="toYear"/> using the years that
    /// have a value; missing years are left out and listed in <see cref="MissingYears"/>.
    /// </summary>
    /// <remarks>
    /// A trend the data cannot give — fewer than three years with a value (a confidence interval needs one
    /// degree of freedom), or a zero or negative value (its logarithm does not exist) — is a result that is
    /// not <see cref="IsDefined"/>, with the <see cref="Reason"/>; only a caller's mistake throws.
    /// </remarks>
    /// <param name="series">The series.</param>
    /// <param name="fromYear">The first year of the period.</param>
    /// <param name="toYear">The last year of the period.</param>
    /// <param name="partialYears">Whether partial years (a turnover with one flow) enter the fit (the <see cref="Caveat"/> then names them) or are left out (<see cref="ExcludedPartialYears"/>).</param>
    /// <exception cref="ArgumentException"><paramref name="toYear"/> is before <paramref name="fromYear"/>.</exception>
    public static TrendGrowth LogLinear(TradeSeries series, int fromYear, int toYear, PartialYears partialYears = PartialYears.Include)
    {
        Preconditions.NotNull(series);
        Preconditions.YearOrder(fromYear, toYear);
        var inPeriod = series.Slice(fromYear, toYear).ToList();
        var excluded = partialYears == PartialYears.Exclude ? inPeriod.Where(p => p.Partial).Select(p => p.Year).ToList() : [];
        var points = inPeriod.Where(p => !excluded.Contains(p.Year)).ToList();
        var caveat = string.Join("; ", new[]
        {
            points.Any(p => p.Partial) ? "partial in the fit: " + string.Join(", ", points.Where(p => p.Partial).Select(p => p.Year)) + " (one of exports and imports reported)" : null,
            points.Any(p => p.Estimated) ? "estimated in the fit: " + string.Join(", ", points.Where(p => p.Estimated).Select(p => p.Year)) : null,
            excluded.Count > 0 ? "partial years left out: " + string.Join(", ", excluded) : null,
        }.Where(c => c is not null));
        TrendGrowth Undefined(string reason)
            => new(series.Context, fromYear, toYear, points.Select(p => p.Year).ToList(), series.MissingYears(fromYear, toYear), null, null, null, null)
            {
                Reason = reason,
                ExcludedPartialYears = excluded,
                Caveat = caveat,
            };
        if (points.Count < 3)
        {
            return Undefined($"it has {points.Count} year(s) with a value in {fromYear}–{toYear}; a trend with an interval needs at least 3");
        }

        var nonPositive = points.FirstOrDefault(p => p.Value.Value <= 0);
        if (nonPositive is not null)
        {
            return Undefined($"{nonPositive.Year} is {nonPositive.Value}, and a log-linear trend needs positive values");
        }

        var x = points.Select(p => (double)p.Year).ToArray();
        var y = points.Select(p => Math.Log(p.Value.Value)).ToArray();
        var (intercept, slope) = Fit.Line(x, y);
        var predicted = x.Select(xi => intercept + slope * xi).ToArray();
        var rSquared = GoodnessOfFit.CoefficientOfDetermination(predicted, y);

        // Standard error of the slope from the residuals; the fit itself is MathNet's.
        var degreesOfFreedom = points.Count - 2;
        var residualSumOfSquares = y.Zip(predicted, (o, p) => (o - p) * (o - p)).Sum();
        var meanX = x.Mean();
        var sxx = x.Sum(xi => (xi - meanX) * (xi - meanX));
        var standardError = Math.Sqrt(residualSumOfSquares / degreesOfFreedom / sxx);
        var t = StudentT.InvCDF(0, 1, degreesOfFreedom, 0.975);

        return new TrendGrowth(
            series.Context,
            fromYear,
            toYear,
            points.Select(p => p.Year).ToList(),
            series.MissingYears(fromYear, toYear),
            ToPercent(slope),
            ToPercent(slope - t * standardError),
            ToPercent(slope + t * standardError),
            rSquared)
        {
            ExcludedPartialYears = excluded,
            Caveat = caveat,
        };
    }

    /// <summary>A sentence with the rate, its interval and R², or the reason there is none.</summary>
    public override string ToString()
        => IsDefined
            ? string.Create(CultureInfo.InvariantCulture,
                $"{Context.Describe()}: trend growth {FromYear}–{ToYear} = {AnnualPercent:+0.0;-0.0} % per year (95 % CI {LowerPercent:+0.0;-0.0} to {UpperPercent:+0.0;-0.0}), R² = {RSquared:0.000}, {YearsUsed.Count} years{(Caveat.Length > 0 ? " — " + Caveat : "")}")
            : $"{Context.Describe()}: trend growth {FromYear}–{ToYear} = undefined ({Reason})";

    private static double ToPercent(double logSlope) => (Math.Exp(logSlope) - 1d) * 100d;
}
