namespace TradeAnalytics.Claims;

/// <summary>What the data say about a claim.</summary>
public enum ClaimVerdict
{
    /// <summary>The computed value is within the precision the wording implies.</summary>
    Reproduced,

    /// <summary>Outside the stated precision, but within the <see cref="VerdictBands"/> that rounding and revisions between editions explain.</summary>
    Approximate,

    /// <summary>The data disagree.</summary>
    NotReproduced,

    /// <summary>The data cannot answer (no product or investment data, or a value the claim needs is missing); the note says why.</summary>
    NotCheckable,
}

/// <summary>The evaluation of one claim.</summary>
/// <param name="Claim">The claim.</param>
/// <param name="Verdict">The computed verdict.</param>
/// <param name="Stated">The stated number as text, with its unit and tolerance ("2.43 bn $ ± 0.005").</param>
/// <param name="Computed">The computed number as text, in the claim's unit; empty when nothing could be computed.</param>
/// <param name="Note">One line: the definition used, the cells it came from, and (for a claim not reproduced) which alternative definitions were tried and which, if any, match.</param>
/// <param name="MatchingAlternatives">Alternative definitions that reproduce the claim (e.g. "Israel's mirror statistics").</param>
public sealed record ClaimResult(Claim Claim, ClaimVerdict Verdict, string Stated, string Computed, string Note, IReadOnlyList<string> MatchingAlternatives)
{
    /// <summary>
    /// How far the computed number is from the stated one: percentage points for growth rates and shares
    /// ("+19.4 pp"), percent for levels and ratios ("+0.3 %"); for a range, each end; for a stated band,
    /// the distance to its nearer edge ("0 pp, inside the band"). Empty when nothing was computed.
    /// </summary>
    public string Distance { get; init; } = "";

    /// <summary>The verdict as the report writes it: reproduced, approximate, not-reproduced, not-checkable.</summary>
    public string VerdictText => VerdictName(Verdict);

    /// <summary>The report's word for a verdict.</summary>
    /// <param name="verdict">The verdict.</param>
    public static string VerdictName(ClaimVerdict verdict) => verdict switch
    {
        ClaimVerdict.Reproduced => "reproduced",
        ClaimVerdict.Approximate => "approximate",
        ClaimVerdict.NotReproduced => "not-reproduced",
        _ => "not-checkable",
    };
}
