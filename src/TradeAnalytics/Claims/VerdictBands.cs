using System.Globalization;

namespace TradeAnalytics.Claims;

/// <summary>
/// How far from the stated number a computed one may be and still be called <see cref="ClaimVerdict.Approximate"/>:
/// off by no more than what rounding of the source and ordinary revisions between editions explain.
/// Within the precision the wording implies is <see cref="ClaimVerdict.Reproduced"/>; beyond the band,
/// <see cref="ClaimVerdict.NotReproduced"/>.
/// </summary>
/// <param name="LevelPercent">
/// For levels (a value, a mean, each end of a range) and ratios (fold change, "the level of"): the
/// computed number within this percent of the stated one. Default 10: between editions the IMF revises a
/// year's value by a few percent as a rule and by up to about 11 % at the most (Nicaragua's imports 1991,
/// DOTS 2022 against IMTS 2026: 751.3 → 667.7 $m; see docs/sources.md), so a level 10 % off is what a
/// revision or another edition can explain, and one further off is not.
/// </param>
/// <param name="RatePoints">
/// For growth rates and shares (in percent): the computed rate within this many percentage points of the
/// stated one. Default 5: a revision of a few percent to either end year moves a growth rate by a few
/// points; a rate 19 points off ("grew by 36 percent" against +55.4 %) is another number.
/// </param>
public sealed record VerdictBands(double LevelPercent = 10, double RatePoints = 5)
{
    /// <summary>The default bands: ±10 % for levels and ratios, ±5 percentage points for rates and shares.</summary>
    public static VerdictBands Default { get; } = new();

    /// <summary>"±10 % for levels and ratios, ±5 percentage points for growth rates and shares".</summary>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"±{LevelPercent:0.##} % for levels and ratios, ±{RatePoints:0.##} percentage points for growth rates and shares");
}
