using System.Globalization;
using TradeAnalytics.Analytics;

namespace TradeAnalytics.Claims;

/// <summary>
/// Checks claims against a dataset. For each claim it computes the value under the claim's own
/// definition, compares it with the stated number within the tolerance the wording implies, and gives
/// a verdict. A claim that is not reproduced is tried again under reasonable alternative definitions —
/// the partner's mirror statistics, exports or imports alone instead of turnover, the years one earlier
/// and one later — and the note says which, if any, match. Nothing about expected verdicts is written
/// here: verdicts are computed from the data.
/// </summary>
public sealed class ClaimEvaluator
{
    private const double Epsilon = 1e-9;
    private readonly TradeDataset _dataset;
    private readonly TradeDataset? _products;
    private readonly VerdictBands _bands;

    /// <summary>An evaluator of claims about totals; product claims are not checkable with it.</summary>
    /// <param name="dataset">The trade data (all goods) the claims are checked against.</param>
    public ClaimEvaluator(TradeDataset dataset)
        : this(dataset, null)
    {
    }

    /// <summary>
    /// An evaluator that also checks product claims: a product's share of a flow takes the product from
    /// <paramref name="products"/> and the all-goods total from <paramref name="dataset"/> (the note says
    /// so when they differ); a partner's share of product imports is computed within <paramref name="products"/>.
    /// </summary>
    /// <param name="dataset">The trade data (all goods) the claims are checked against.</param>
    /// <param name="products">Product-level data (e.g. <c>ShippedData.ComtradeHs27Israel</c> in TradeAnalytics.Catalogue), or null.</param>
    public ClaimEvaluator(TradeDataset dataset, TradeDataset? products)
        : this(dataset, products, VerdictBands.Default)
    {
    }

    /// <summary>An evaluator with its own <see cref="VerdictBands"/> for "approximate".</summary>
    /// <param name="dataset">The trade data (all goods) the claims are checked against.</param>
    /// <param name="products">Product-level data, or null.</param>
    /// <param name="bands">How far off a claim may be and still be approximate.</param>
    /// <exception cref="ArgumentOutOfRangeException">A band is negative or not a number.</exception>
    public ClaimEvaluator(TradeDataset dataset, TradeDataset? products, VerdictBands bands)
    {
        _dataset = dataset ?? throw new ArgumentNullException(nameof(dataset));
        _products = products;
        _bands = bands ?? throw new ArgumentNullException(nameof(bands));
        if (!(bands.LevelPercent >= 0) || !(bands.RatePoints >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(bands), bands, "The bands must be non-negative numbers.");
        }
    }

    /// <summary>The bands for "approximate" this evaluator uses.</summary>
    public VerdictBands Bands => _bands;

    /// <summary>Evaluates every claim, in order.</summary>
    /// <param name="claims">The claims, e.g. read by ClaimsFile (TradeAnalytics.Formats).</param>
    public IReadOnlyList<ClaimResult> Evaluate(IEnumerable<Claim> claims) => claims.Select(Evaluate).ToList();

    /// <summary>Evaluates one claim.</summary>
    /// <param name="claim">The claim.</param>
    public ClaimResult Evaluate(Claim claim)
    {
        Preconditions.NotNull(claim);
        var stated = StatedText(claim);
        if (claim.Kind == ClaimKind.NotCheckable)
        {
            return new ClaimResult(claim, ClaimVerdict.NotCheckable, stated, "", Sentence(claim.Note), []);
        }

        var measure = claim.Measure ?? TradeMeasure.Turnover;
        var main = Compute(claim, claim.Side, measure, 0);
        string? mirrorNote = null;
        var original = claim;
        var reporter = claim.Side == ReportingSide.Reporter ? claim.Economy! : claim.Partner!;
        var counterpart = claim.Side == ReportingSide.Reporter ? claim.Partner! : claim.Economy!;
        if (main.Undefined is not null && claim.Kind is not (ClaimKind.ProductShare or ClaimKind.ImportShare or ClaimKind.ShareOfTotal)
            && !_dataset.HasReporter(reporter) && _dataset.HasReporter(counterpart))
        {
            // The data hold no report by the economy at all, but its partner's report of the same trade: a careful reader checks
            // that (a text rarely says whose statistics it quotes), and says so.
            var other = claim with { Side = claim.Side == ReportingSide.Reporter ? ReportingSide.Partner : ReportingSide.Reporter };
            var mirrored = Compute(other, other.Side, measure, 0);
            if (mirrored.Undefined is null)
            {
                (main, claim) = (mirrored, other);
                mirrorNote = $"{reporter.Name}'s own report is not in these data; checked against {counterpart.Name}'s report of the same trade (mirror).";
            }
        }

        if (main.Undefined is not null)
        {
            return new ClaimResult(claim, ClaimVerdict.NotCheckable, stated, "", Join(Sentence(main.Definition + ": " + main.Undefined), Sentence(claim.Note)), []);
        }

        var verdict = Compare(claim, main);
        var note = Join(mirrorNote, Sentence($"{main.Definition}: {main.Detail}"), VerdictReason(claim, main, verdict), Sentence(claim.Note));
        var matching = new List<string>();
        if (verdict != ClaimVerdict.Reproduced)
        {
            var tried = new List<string>();
            foreach (var (label, side, altMeasure, shift) in Alternatives(claim, measure))
            {
                var alt = Compute(claim, side, altMeasure, shift);
                if (alt.Undefined is not null)
                {
                    tried.Add($"{label}: {alt.Undefined}");
                    continue;
                }

                tried.Add($"{label} {ComputedText(claim, alt)}");
                if (Compare(claim, alt) == ClaimVerdict.Reproduced)
                {
                    matching.Add(label);
                }
            }

            note = Join(note,
                matching.Count > 0 ? "Reproduced under: " + string.Join("; ", matching) + "." : "No alternative definition reproduces it.",
                tried.Count > 0 ? "Tried: " + string.Join("; ", tried) + "." : null);
        }

        return new ClaimResult(original, verdict, stated, ComputedText(claim, main), note, matching) { Distance = DistanceText(claim, main) };
    }

    /// <summary>Computed minus stated: points for percent claims, percent of the stated number for levels and ratios.</summary>
    private static string DistanceText(Claim claim, Computation c)
    {
        var value = c.Value!.Value;
        if (StatedBand(claim) is (var low, var high))
        {
            var inside = claim.Unit == ClaimUnit.Percent ? "0 pp, inside the band" : "0 %, inside the band";
            return value < low ? Distance(value, low) + " below the band"
                : value > high ? Distance(value, high) + " above the band"
                : inside;
        }

        if (claim.Kind == ClaimKind.SameLevel)
        {
            return Relative(value, 1);
        }

        if (claim.Kind == ClaimKind.Range)
        {
            return $"low {Relative(value, claim.Stated!.Value)}, high {Relative(c.High!.Value, claim.StatedHigh!.Value)}";
        }

        return Distance(value, claim.Stated!.Value);

        string Distance(double computed, double stated) => claim.Unit == ClaimUnit.Percent ? Points(computed - stated) : Relative(computed, stated);

        static string Points(double d) => d.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) + " pp";

        static string Relative(double computed, double stated)
            => stated == 0 ? "n/a (stated 0)" : ((computed - stated) / Math.Abs(stated) * 100).ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) + " %";
    }

    private static IEnumerable<(string Label, ReportingSide Side, TradeMeasure Measure, int Shift)> Alternatives(Claim claim, TradeMeasure measure)
    {
        var other = claim.Side == ReportingSide.Reporter ? ReportingSide.Partner : ReportingSide.Reporter;
        if (claim.Kind is ClaimKind.ProductShare or ClaimKind.ImportShare)
        {
            yield return ($"years {YearsText(claim, -1)}", claim.Side, measure, -1);
            yield return ($"years {YearsText(claim, +1)}", claim.Side, measure, +1);
            yield break;
        }

        if (claim.Kind != ClaimKind.ShareOfTotal)
        {
            var reporter = other == ReportingSide.Partner ? claim.Partner! : claim.Economy!;
            yield return ($"{reporter.Name}'s statistics (mirror)", other, measure, 0);
        }

        if (measure == TradeMeasure.Turnover)
        {
            yield return ("exports only", claim.Side, TradeMeasure.Exports, 0);
            yield return ("imports only", claim.Side, TradeMeasure.Imports, 0);
        }

        yield return ($"years {YearsText(claim, -1)}", claim.Side, measure, -1);
        yield return ($"years {YearsText(claim, +1)}", claim.Side, measure, +1);
    }

    private Computation Compute(Claim claim, ReportingSide side, TradeMeasure measure, int shift)
    {
        var economy = claim.Economy!;
        var partner = claim.Partner!;
        var year = claim.Year!.Value + shift;
        var baseYear = claim.BaseYear + shift;
        if (claim.Kind is ClaimKind.ProductShare or ClaimKind.ImportShare)
        {
            return ComputeProductShare(claim, economy, partner, measure, side, baseYear!.Value, year);
        }

        var series = _dataset.Bilateral(economy, partner).Measure(measure, side);
        var definition = $"{series.Context.Describe()}, {_dataset.Name}";
        if (measure is TradeMeasure.Turnover or TradeMeasure.Balance)
        {
            // Data that hold one flow of the pair in every year (a copy of exports only) make no turnover: one flow is not the sum
            // of two. Where the other flow is reported in some year, a year without it is flagged partial, as before.
            var (by, with) = side == ReportingSide.Reporter ? (economy, partner) : (partner, economy);
            var exports = _dataset.ObservationsOf(by, with, TradeFlow.Exports).Any();
            var imports = _dataset.ObservationsOf(by, with, TradeFlow.Imports).Any();
            if (exports != imports)
            {
                return Computation.Missing(definition, $"the data hold only {(exports ? "exports" : "imports")} of {by.Name} with {with.Name}, both flows in no year: no {(measure == TradeMeasure.Turnover ? "turnover" : "balance")}");
            }
        }

        switch (claim.Kind)
        {
            case ClaimKind.Value:
            {
                var v = series[year];
                return v is null
                    ? Computation.Missing(definition, $"no value for {year}")
                    : new Computation(definition, ToUnit(v.Value, claim.Unit), null, $"{year} = {v.Value}{Flags(_dataset, v)} ({v.Source})", null);
            }

            case ClaimKind.Growth:
            {
                var g = series.GrowthBetween(baseYear!.Value, year);
                return !g.IsDefined
                    ? Computation.Missing(definition, $"growth {baseYear}–{year} is undefined: {g.Reason}")
                    : new Computation(definition, g.Percent!.Value, null, $"{baseYear} = {g.From!.Value}{Flags(_dataset, g.From)}, {year} = {g.To!.Value}{Flags(_dataset, g.To)}, growth {Percent(g.Percent.Value)}", null);
            }

            case ClaimKind.FoldChange:
            {
                var f = series.FoldChangeBetween(baseYear!.Value, year);
                return !f.IsDefined
                    ? Computation.Missing(definition, $"fold change {baseYear}–{year} is undefined: {f.Reason}")
                    : new Computation(definition, f.Ratio!.Value, null, $"{baseYear} = {f.From!.Value}{Flags(_dataset, f.From)}, {year} = {f.To!.Value}{Flags(_dataset, f.To)}, ratio {Ratio(f.Ratio.Value)}", null);
            }

            case ClaimKind.Range:
            case ClaimKind.Mean:
            {
                if (series.Slice(baseYear!.Value, year).IsEmpty)
                {
                    return Computation.Missing(definition, $"no value in {baseYear}–{year}");
                }

                var stats = PeriodStatistics.Over(series, baseYear.Value, year);
                var gaps = stats.MissingYears.Count > 0 ? $"; no value for {string.Join(", ", stats.MissingYears)}" : "";
                return claim.Kind == ClaimKind.Range
                    ? new Computation(definition, ToUnit(stats.Minimum.Value, claim.Unit), ToUnit(stats.Maximum.Value, claim.Unit),
                        $"{baseYear}–{year}: min {stats.Minimum.Value} ({stats.Minimum.Year}), max {stats.Maximum.Value} ({stats.Maximum.Year}){gaps}", null)
                    : new Computation(definition, ToUnit(stats.Mean, claim.Unit), null,
                        $"{baseYear}–{year}: mean {stats.Mean} over {stats.Count} years, min {stats.Minimum.Value} ({stats.Minimum.Year}), max {stats.Maximum.Value} ({stats.Maximum.Year}){gaps}", null);
            }

            case ClaimKind.ShareOfTotal:
            {
                var from = baseYear ?? year;
                var shares = Enumerable.Range(from, year - from + 1)
                    .Select(y => (Year: y, Share: Shares.OfTotal(_dataset, economy, partner, y, measure)))
                    .ToList();
                var defined = shares.Where(s => s.Share.Fraction is not null).ToList();
                definition = $"{partner.Name}'s share of {economy.Name}'s total {measure.ToString().ToLowerInvariant()} with the World, as reported by {economy.Name}, {_dataset.Name}";
                if (defined.Count == 0)
                {
                    return Computation.Missing(definition, $"no year of {from}–{year} has both values");
                }

                var mean = defined.Average(s => s.Share.Fraction!.Value) * 100;
                var skipped = shares.Count - defined.Count;
                return new Computation(definition, mean, null,
                    $"mean of {defined.Count} yearly shares {from}–{year} = {Percent(mean, signed: false)} (from {Percent(defined.Min(s => s.Share.Percent!.Value), false)} to {Percent(defined.Max(s => s.Share.Percent!.Value), false)})"
                    + (skipped > 0 ? $"; {skipped} year(s) without values left out" : ""), null);
            }

            case ClaimKind.SameLevel:
            {
                var a = series[year];
                var b = series[baseYear!.Value];
                if (a is null || b is null)
                {
                    return Computation.Missing(definition, $"no value for {(a is null ? year : baseYear)}");
                }

                if (b.Value.Value <= 0)
                {
                    return Computation.Missing(definition, $"{baseYear} is not positive, so no ratio to it");
                }

                return new Computation(definition, a.Value / b.Value, null, $"{year} = {a.Value}{Flags(_dataset, a)}, {baseYear} = {b.Value}{Flags(_dataset, b)}, ratio {Ratio(a.Value / b.Value)}", null);
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(claim), claim.Kind, "Unknown claim kind.");
        }
    }

    private Computation ComputeProductShare(Claim claim, Economy economy, Economy partner, TradeMeasure measure, ReportingSide side, int from, int year)
    {
        var what = claim.Kind == ClaimKind.ProductShare
            ? $"{claim.Product}'s share of {economy.Name}'s {measure.ToString().ToLowerInvariant()} with {partner.Name}"
            : $"{partner.Name}'s share of {economy.Name}'s imports of {claim.Product} from the World";
        if (_products is null)
        {
            return Computation.Missing(what, "no product data were given to the checker");
        }

        var shares = claim.Kind == ClaimKind.ProductShare
            ? ProductShares.OfFlow(_products, _dataset, economy, partner, claim.Product, measure, side, from, year)
            : ProductShares.OfImportsFrom(_products, economy, partner, claim.Product, from, year);
        var definition = claim.Kind == ClaimKind.ProductShare
            ? $"{shares.Description}; {claim.Product} from {_products.Name}, all goods from {_dataset.Name}"
            : $"{shares.Description}, {_products.Name}";
        if (shares.MeanPercent is not { } mean)
        {
            return Computation.Missing(definition, $"no year of {from}–{year} has both values");
        }

        var yearly = string.Join(", ", shares.Years.Select(s => s.Percent is { } p
            ? string.Create(CultureInfo.InvariantCulture, $"{s.Year} {p:0.0}{(s.Mirror ? " (mirror)" : "")}")
            : $"{s.Year} n/a ({s.Reason})"));
        var band = claim.StatedHigh is { } high
            ? $"; {shares.YearsWithin(claim.Stated!.Value, high).Count} of {shares.Defined.Count} years within {AsStated(claim.Stated.Value, ClaimUnit.Percent, false).TrimEnd(' ', '%')}–{AsStated(high, ClaimUnit.Percent, false)}"
            : "";
        var detail = $"yearly shares (%): {yearly}; mean of {shares.Defined.Count} years {Percent(mean, signed: false)}{band}"
            + (shares.Caveat.Length > 0 ? ". " + shares.Caveat.TrimEnd('.') : "");
        return new Computation(definition, mean, null, detail, null);
    }

    /// <summary>
    /// A stated band of one quantity, not a range's minimum and maximum: its ends from <c>stated</c> and <c>stated_high</c>, lower first
    /// (a decline's "-7 to -9" may be written either way round); null for a claim that states one number.
    /// </summary>
    private static (double Low, double High)? StatedBand(Claim claim)
        => claim is { StatedHigh: { } high, Stated: { } stated, Bound: ClaimBound.None } && claim.Kind != ClaimKind.Range
            ? (Math.Min(stated, high), Math.Max(stated, high))
            : null;

    private ClaimVerdict Compare(Claim claim, Computation c)
    {
        var rate = claim.Unit == ClaimUnit.Percent;
        if (StatedBand(claim) is (var bandLow, var bandHigh))
        {
            // A band ("80 to 90 percent" of a product, "grew 7-9 percent", "$1.5-2 billion"): the value (a period's mean, for a share)
            // inside it, widened by the wording's precision, reproduces it; outside, its distance to the nearer edge is judged as a
            // point's is.
            var value = c.Value!.Value;
            var edge = value < bandLow ? bandLow : bandHigh;
            return Check(value, edge, value >= bandLow - claim.Tolerance.Around(bandLow) - Epsilon && value <= bandHigh + claim.Tolerance.Around(bandHigh) + Epsilon);
        }

        var target = claim.Kind == ClaimKind.SameLevel ? 1d : claim.Stated!.Value;
        if (claim.Bound != ClaimBound.None)
        {
            // One side of the number: on that side (to within the rounding of the number as stated) and, where a tolerance is
            // given, no further than it on that side; elsewhere judged by the distance from the number, as a point is.
            var v = c.Value!.Value;
            var rounding = RoundingOf(target);
            var far = !claim.Tolerance.IsNone ? claim.Tolerance.Around(target) : double.PositiveInfinity;
            var holds = claim.Bound == ClaimBound.AtLeast
                ? v >= target - rounding - Epsilon && v <= target + far + Epsilon
                : v <= target + rounding + Epsilon && v >= target - far - Epsilon;
            return Check(v, target, holds);
        }

        var low = Check(c.Value!.Value, target, Within(c.Value.Value, target));
        if (claim.Kind != ClaimKind.Range)
        {
            return low;
        }

        var high = Check(c.High!.Value, claim.StatedHigh!.Value, Within(c.High.Value, claim.StatedHigh.Value));
        return (ClaimVerdict)Math.Max((int)low, (int)high);

        bool Within(double computed, double stated) => Math.Abs(computed - stated) <= claim.Tolerance.Around(stated) + Epsilon;

        ClaimVerdict Check(double computed, double stated, bool withinPrecision)
        {
            if (withinPrecision)
            {
                return ClaimVerdict.Reproduced;
            }

            // Rates and shares: percentage points; levels and ratios: percent of the stated number.
            var near = rate
                ? Math.Abs(computed - stated) <= _bands.RatePoints + Epsilon
                : stated != 0 && Math.Abs(computed - stated) / Math.Abs(stated) * 100 <= _bands.LevelPercent + Epsilon;
            return near ? ClaimVerdict.Approximate : ClaimVerdict.NotReproduced;
        }
    }

    /// <summary>
    /// How far a bound's edge may be missed by rounding: half a unit of the last digit <paramref name="stated"/> is written to ("over
    /// $1.3 billion" holds from 1.25), and never more than <see cref="BoundRoundingPercent"/> % of it: a round number with a bound word
    /// is a threshold ("crossed the $1 billion mark" does not hold at $0.93 billion, nor "almost 2-fold" at 2.08).
    /// </summary>
    private static double RoundingOf(double stated)
    {
        var digits = Math.Abs(stated).ToString("R", CultureInfo.InvariantCulture);
        var dot = digits.IndexOf('.', StringComparison.Ordinal);
        var half = dot < 0 ? 0.5 : 0.5 / Math.Pow(10, digits.Length - dot - 1);
        return Math.Min(half, Math.Abs(stated) * BoundRoundingPercent / 100);
    }

    /// <summary>The most, in percent of a bound's number, that its rounding excuses (see <see cref="RoundingOf"/>).</summary>
    private const double BoundRoundingPercent = 2.5;

    private string VerdictReason(Claim claim, Computation c, ClaimVerdict verdict)
    {
        var target = claim.Kind == ClaimKind.SameLevel ? "the same level (ratio 1)" : StatedText(claim);
        if (claim.Bound != ClaimBound.None)
        {
            var side = claim.Bound == ClaimBound.AtLeast ? "at or above" : "at or below";
            return verdict switch
            {
                ClaimVerdict.Reproduced => $"The value is {side} the bound {target}, as the words say.",
                ClaimVerdict.Approximate => $"The value misses the bound {target}, but within {Band(claim)} of its number: what rounding and revisions between editions explain.",
                _ => $"The value misses the bound {target} by more than {Band(claim)} of its number.",
            };
        }

        return verdict switch
        {
            ClaimVerdict.Reproduced => $"Within the stated precision of {target}.",
            ClaimVerdict.Approximate => $"Outside the stated precision of {target}, but within {Band(claim)}: what rounding and revisions between editions explain.",
            _ => $"Further from {target} than {Band(claim)}: more than rounding and revisions between editions explain.",
        };
    }

    private string Band(Claim claim) => claim.Unit == ClaimUnit.Percent
        ? string.Create(CultureInfo.InvariantCulture, $"±{_bands.RatePoints:0.##} percentage points")
        : string.Create(CultureInfo.InvariantCulture, $"±{_bands.LevelPercent:0.##} %");

    private static string StatedText(Claim claim)
    {
        if (claim.Kind == ClaimKind.SameLevel)
        {
            return $"level of {claim.BaseYear} (± {claim.Tolerance})";
        }

        if (claim.Stated is null)
        {
            return "";
        }

        // The stated number as the text gives it (2.43, not 2.430): its precision is what the wording implies.
        var main = AsStated(claim.Stated.Value, claim.Unit, signed: claim.Kind == ClaimKind.Growth);
        if (claim.Bound != ClaimBound.None)
        {
            var words = claim.Bound == ClaimBound.AtLeast ? "at least " : "at most ";
            return claim.Tolerance.IsNone ? words + main : $"{words}{main} (within {claim.Tolerance})";
        }

        var high = claim.StatedHigh is null ? "" : " to " + AsStated(claim.StatedHigh.Value, claim.Unit, signed: false);
        return claim.Kind == ClaimKind.NotCheckable || claim.Tolerance.IsNone ? main + high : $"{main}{high} (± {claim.Tolerance})";
    }

    private static string ComputedText(Claim claim, Computation c)
    {
        var main = Format(c.Value!.Value, claim.Kind == ClaimKind.SameLevel ? ClaimUnit.Ratio : claim.Unit, signed: claim.Kind == ClaimKind.Growth);
        return c.High is null ? main : main + " to " + Format(c.High.Value, claim.Unit, signed: false);
    }

    private static string AsStated(double value, ClaimUnit unit, bool signed)
    {
        var number = value.ToString(signed ? "+#,0.##########;-#,0.##########;0" : "#,0.##########", CultureInfo.InvariantCulture);
        return unit switch
        {
            ClaimUnit.MillionUsd => number + " $m",
            ClaimUnit.BillionUsd => number + " bn $",
            ClaimUnit.Usd => "$" + number,
            ClaimUnit.Percent => number + " %",
            ClaimUnit.Ratio => number + "×",
            _ => number,
        };
    }

    private static string Format(double value, ClaimUnit unit, bool signed) => unit switch
    {
        ClaimUnit.MillionUsd => value.ToString(Math.Abs(value) >= 100 ? "#,0.00" : "#,0.000", CultureInfo.InvariantCulture) + " $m",
        ClaimUnit.BillionUsd => value.ToString("#,0.000", CultureInfo.InvariantCulture) + " bn $",
        ClaimUnit.Usd => "$" + value.ToString("#,0", CultureInfo.InvariantCulture),
        ClaimUnit.Percent => Percent(value, signed),
        ClaimUnit.Ratio => Ratio(value),
        _ => value.ToString("#,0.###", CultureInfo.InvariantCulture),
    };

    private static string Percent(double value, bool signed = true)
        => value.ToString(signed ? "+0.0;-0.0;0.0" : "0.0##", CultureInfo.InvariantCulture) + " %";

    private static string Ratio(double value) => value.ToString("0.00", CultureInfo.InvariantCulture) + "×";

    private static string Flags(TradeDataset data, YearlyValue v) => (v.Estimated ? $" (includes {data.EstimateMeaning})" : "") + (v.Partial ? " (partial: one flow not reported)" : "");

    private static double ToUnit(UsdMillions value, ClaimUnit unit) => unit switch
    {
        ClaimUnit.BillionUsd => value.Billions,
        ClaimUnit.Usd => value.Dollars,
        _ => value.Value,
    };

    private static string YearsText(Claim claim, int shift)
        => claim.BaseYear is null || claim.Kind == ClaimKind.Value
            ? (claim.Year!.Value + shift).ToString(CultureInfo.InvariantCulture)
            : $"{claim.BaseYear + shift}–{claim.Year + shift}";

    /// <summary>Capitalised and ending with a full stop, so notes read as sentences.</summary>
    private static string Sentence(string text)
    {
        var t = text.Trim();
        if (t.Length == 0)
        {
            return t;
        }

        t = char.ToUpperInvariant(t[0]) + t[1..];
        return t.EndsWith('.') ? t : t + ".";
    }

    private static string Join(params string?[] parts) => string.Join(" ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));

    private sealed record Computation(string Definition, double? Value, double? High, string Detail, string? Undefined)
    {
        public static Computation Missing(string definition, string why) => new(definition, null, null, "", why);
    }
}
