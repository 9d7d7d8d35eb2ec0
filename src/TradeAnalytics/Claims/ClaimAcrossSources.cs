using System.Globalization;

namespace TradeAnalytics.Claims;

/// <summary>A claim's verdict from one source.</summary>
/// <param name="SourceId">The source's id ("dots", "national", …).</param>
/// <param name="Result">The evaluation against that source's data.</param>
public sealed record SourcedResult(string SourceId, ClaimResult Result);

/// <summary>
/// One claim checked against every source given, side by side: the headline is the verdict of the source that reproduces the
/// claim best — reproduced before approximate before not-reproduced before not-checkable, then the smaller distance, then the
/// order the sources were given in (the default first) — and names that source; every source's own verdict stays beside it.
/// </summary>
/// <param name="Claim">The claim.</param>
/// <param name="Headline">The headline result (one of <paramref name="BySource"/>).</param>
/// <param name="HeadlineSource">The id of the source that gives the headline.</param>
/// <param name="BySource">Every source's result, in the order the sources were given.</param>
public sealed record ClaimAcrossSources(Claim Claim, ClaimResult Headline, string HeadlineSource, IReadOnlyList<SourcedResult> BySource)
{
    /// <summary>Evaluates each claim against every source's evaluator and picks each headline.</summary>
    /// <param name="evaluators">The sources' ids and evaluators, the default first; ids must differ.</param>
    /// <param name="claims">The claims, in order.</param>
    /// <exception cref="ArgumentException">No evaluator, or two with one id.</exception>
    public static IReadOnlyList<ClaimAcrossSources> Evaluate(IReadOnlyList<(string SourceId, ClaimEvaluator Evaluator)> evaluators, IEnumerable<Claim> claims)
    {
        Preconditions.NotNull(evaluators);
        Preconditions.NotNull(claims);
        Preconditions.Check(evaluators.Count > 0, "Checking claims needs at least one source.", nameof(evaluators));
        Preconditions.Check(evaluators.Select(e => e.SourceId).Distinct(StringComparer.Ordinal).Count() == evaluators.Count, "Two sources share an id.", nameof(evaluators));
        return claims.Select(claim => Of(claim, evaluators.Select(e => new SourcedResult(e.SourceId, e.Evaluator.Evaluate(claim))).ToList())).ToList();
    }

    /// <summary>The claim's results from several sources, with the headline picked by the rule above.</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="bySource">Each source's result, the default first.</param>
    public static ClaimAcrossSources Of(Claim claim, IReadOnlyList<SourcedResult> bySource)
    {
        Preconditions.NotNull(claim);
        Preconditions.NotNull(bySource);
        Preconditions.Check(bySource.Count > 0, "A claim needs at least one source's result.", nameof(bySource));
        var best = bySource.Select((r, i) => (r, i))
            .OrderBy(x => x.r.Result.Verdict)
            .ThenBy(x => DistanceSize(x.r.Result.Distance))
            .ThenBy(x => x.i)
            .First().r;
        return new ClaimAcrossSources(claim, best.Result, best.SourceId, bySource);
    }

    /// <summary>"reproduced (national)": the headline verdict and its source.</summary>
    public string HeadlineText => $"{Headline.VerdictText} ({HeadlineSource})";

    /// <summary>The size of a distance text ("+19.4 pp", "-3.1 %", "0 pp, inside the band"; for a range, the larger end); infinity when there is none.</summary>
    internal static double DistanceSize(string distance)
    {
        var size = double.PositiveInfinity;
        foreach (var part in distance.Split([';', '/', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var number = new string(part.TakeWhile(c => c is '+' or '-' or '−' or '.' || char.IsAsciiDigit(c)).ToArray()).Replace('−', '-');
            if (double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                size = double.IsPositiveInfinity(size) ? Math.Abs(value) : Math.Max(size, Math.Abs(value));
            }
        }

        return size;
    }
}
