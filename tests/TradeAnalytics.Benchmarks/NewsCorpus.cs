using System.Globalization;
using TradeAnalytics.Catalogue;
using TradeAnalytics.Claims;

namespace TradeAnalytics.Benchmarks;

/// <summary>
/// Scores the claim drafter on the news corpus: real articles (../shared/articles, English and Russian) against the claims a
/// person wrote for each by hand (tests/TradeAnalytics.Tests/Claims/News/ARTICLE.csv) and the verdict each checkable one gets
/// from the cells cited in expected-verdicts.csv. Recall: the hand-written checkable claims the draft finds. Precision: the drafted
/// claims that are real and rightly checkable or not. Verdict agreement: of the checkable claims found, those whose drafted row
/// gets, from every shipped source, the headline verdict a careful reader gives. Shared by the tests and the benchmarks program.
/// </summary>
public static class NewsCorpus
{
    /// <summary>What the drafter did on the corpus.</summary>
    /// <param name="Articles">Articles scored.</param>
    /// <param name="Checkable">Hand-written checkable claims.</param>
    /// <param name="Found">Of those, found by a drafted checkable claim.</param>
    /// <param name="Drafted">Drafted claims (rows the draft reads back as, incomplete ones not-checkable).</param>
    /// <param name="Right">Drafted claims that match a hand-written claim, checkable or not as it is.</param>
    /// <param name="Judged">Checkable claims found, whose verdicts are compared.</param>
    /// <param name="Agreed">Of those, the drafted row's headline verdict is the careful reader's.</param>
    /// <param name="CheckableWrongly">Drafted checkable claims that are a part of a year, a target or not trade by the hand-written file.</param>
    /// <param name="Notes">One line per miss, extra row and disagreement.</param>
    public sealed record Score(int Articles, int Checkable, int Found, int Drafted, int Right, int Judged, int Agreed, int CheckableWrongly, IReadOnlyList<string> Notes)
    {
        /// <summary>Found ÷ checkable.</summary>
        public double Recall => Checkable == 0 ? 1 : (double)Found / Checkable;

        /// <summary>Right ÷ drafted.</summary>
        public double Precision => Drafted == 0 ? 1 : (double)Right / Drafted;

        /// <summary>Agreed ÷ judged.</summary>
        public double Agreement => Judged == 0 ? 1 : (double)Agreed / Judged;

        /// <summary>The three figures in one line.</summary>
        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"{Articles} articles: recall {Found}/{Checkable} = {Recall:P1}; precision {Right}/{Drafted} = {Precision:P1}; verdict agreement {Agreed}/{Judged} = {Agreement:P1}; drafted as checkable wrongly: {CheckableWrongly}");
    }

    /// <summary>Scores every article of <paramref name="corpus"/> that has its text in <paramref name="articles"/>.</summary>
    /// <param name="articles">The folder of article texts (ARTICLE.txt).</param>
    /// <param name="corpus">The folder of hand-written claims (ARTICLE.csv) and expected-verdicts.csv.</param>
    public static Score Run(string articles, string corpus)
    {
        var verdicts = File.ReadLines(Path.Combine(corpus, "expected-verdicts.csv")).Skip(1)
            .Select(l => l.Split(',', 4))
            .ToDictionary(f => (f[0], f[1]), f => f[2]);
        var notes = new List<string>();
        int n = 0, checkable = 0, found = 0, drafted = 0, right = 0, judged = 0, agreed = 0, wrongly = 0;
        foreach (var file in Directory.GetFiles(corpus, "*.csv").Where(f => !f.EndsWith("expected-verdicts.csv", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            var textPath = Path.Combine(articles, name + ".txt");
            if (!File.Exists(textPath))
            {
                continue;
            }

            n++;
            var expected = ClaimsFile.ReadFile(file).ToList();
            var draft = ClaimDrafter.Draft(File.ReadAllText(textPath), name);
            using var written = new StringWriter(CultureInfo.InvariantCulture);
            ClaimsFile.WriteDraft(written, draft);
            var rows = ClaimsFile.Read(new StringReader(written.ToString()), name + ".draft.csv").ToList();
            drafted += rows.Count;
            checkable += expected.Count(e => e.Kind != ClaimKind.NotCheckable);

            // One to one, in text order: each drafted row takes the first hand-written claim it matches.
            var taken = new HashSet<Claim>(ReferenceEqualityComparer.Instance);
            var pairs = new List<(Claim Expected, Claim Drafted)>();
            foreach (var d in rows)
            {
                var e = expected.FirstOrDefault(x => !taken.Contains(x) && Same(x, d));
                if (e is not null)
                {
                    taken.Add(e);
                    pairs.Add((e, d));
                    right++;
                    continue;
                }

                var loose = expected.FirstOrDefault(x => x.Kind == ClaimKind.NotCheckable && d.Kind != ClaimKind.NotCheckable && SameNumber(x, d));
                if (loose is not null)
                {
                    wrongly++;
                    notes.Add($"{name}: drafted as checkable, but {loose.Note}: {d.Quote}");
                }
                else
                {
                    notes.Add($"{name}: extra {ClaimsFileWords(d)}: {d.Quote}");
                }
            }

            foreach (var e in expected.Where(e => e.Kind != ClaimKind.NotCheckable && !taken.Contains(e)))
            {
                notes.Add($"{name}: missed {e.Id} ({ClaimsFileWords(e)})");
            }

            var found1 = pairs.Where(p => p.Expected.Kind != ClaimKind.NotCheckable).ToList();
            found += found1.Count;
            if (found1.Count == 0)
            {
                continue;
            }

            var economies = found1.SelectMany(p => new[] { p.Drafted.Economy, p.Drafted.Partner }).OfType<Economy>().Distinct().ToArray();
            var evaluators = new[] { "dots", "national", "imts2025" }
                .Select(id => (id, new ClaimEvaluator(SourceCatalogue.Shipped[id].About(economies))))
                .ToList();
            var results = ClaimAcrossSources.Evaluate(evaluators, found1.Select(p => p.Drafted).ToList());
            foreach (var ((e, _), r) in found1.Zip(results))
            {
                judged++;
                var want = verdicts[(name, e.Id)];
                if (r.Headline.VerdictText == want)
                {
                    agreed++;
                }
                else
                {
                    notes.Add($"{name}: {e.Id} drafted row gets {r.HeadlineText}, a careful reader {want}");
                }
            }
        }

        return new Score(n, checkable, found, drafted, right, judged, agreed, wrongly, notes);
    }

    /// <summary>A drafted row is the hand-written claim: the same number and unit, checkable or not alike, and for a checkable one the same kind, measure, years, bound and pair (turnover either way round).</summary>
    private static bool Same(Claim expected, Claim drafted)
    {
        if (!SameNumber(expected, drafted) || (expected.Kind == ClaimKind.NotCheckable) != (drafted.Kind == ClaimKind.NotCheckable))
        {
            return false;
        }

        if (expected.Kind == ClaimKind.NotCheckable)
        {
            return true;
        }

        var pair = expected.Measure == TradeMeasure.Turnover
            ? new[] { expected.Economy?.Code, expected.Partner?.Code }.Order().SequenceEqual(new[] { drafted.Economy?.Code, drafted.Partner?.Code }.Order())
            : (Equals(expected.Economy, drafted.Economy) && Equals(expected.Partner, drafted.Partner) && expected.Measure == drafted.Measure)
              || SameReport(expected, drafted);
        return expected.Kind == drafted.Kind && expected.Year == drafted.Year
               && (expected.Kind == ClaimKind.Value || expected.BaseYear == drafted.BaseYear) && expected.Bound == drafted.Bound && pair
               && (expected.Measure == drafted.Measure || SameReport(expected, drafted));
    }

    /// <summary>The same figure of the same report, said from either side: "Israel's exports to Georgia" as Georgia reports them
    /// (economy ISR, exports, side partner) is Georgia's imports from Israel (economy GEO, imports, side reporter).</summary>
    private static bool SameReport(Claim expected, Claim drafted)
    {
        static (string? Reporter, string? Partner, TradeMeasure? Flow) Report(Claim c)
            => c.Side == ReportingSide.Partner
                ? (c.Partner?.Code, c.Economy?.Code, c.Measure switch { TradeMeasure.Exports => TradeMeasure.Imports, TradeMeasure.Imports => TradeMeasure.Exports, var m => m })
                : (c.Economy?.Code, c.Partner?.Code, c.Measure);

        return expected.Measure is TradeMeasure.Exports or TradeMeasure.Imports && expected.Economy is not null && expected.Partner is not null
               && Report(expected) == Report(drafted);
    }

    /// <summary>The same number in the same unit; an amount of money in any of the dollar units ("1 billion 518 million dollars" is
    /// 1.518 bn and 1518 $m alike).</summary>
    private static bool SameNumber(Claim expected, Claim drafted)
        => expected.Stated is { } a && drafted.Stated is { } b
           && (expected.Unit == drafted.Unit
               ? Math.Abs(Math.Abs(a) - Math.Abs(b)) < 1e-9
               : Dollars(expected.Unit) is { } x && Dollars(drafted.Unit) is { } y && Math.Abs(Math.Abs(a * x) - Math.Abs(b * y)) < 1e-3);

    private static double? Dollars(ClaimUnit unit) => unit switch
    {
        ClaimUnit.Usd => 1,
        ClaimUnit.MillionUsd => 1e6,
        ClaimUnit.BillionUsd => 1e9,
        _ => null,
    };

    private static string ClaimsFileWords(Claim c)
        => string.Create(CultureInfo.InvariantCulture, $"{c.Kind} {c.Economy?.Code}-{c.Partner?.Code} {c.Measure} {c.BaseYear}-{c.Year} {c.Stated} {c.Unit} {c.Bound}");
}
