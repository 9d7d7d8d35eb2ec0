using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace TradeAnalytics.Claims;

/// <summary>A claim drafted from a text, for a person to confirm.</summary>
/// <param name="Claim">The claim as far as the text determines it; what it does not determine is left empty.</param>
/// <param name="Confidence">How much of the row the quoted words give: <see cref="DraftConfidence.High"/> (number, pair and years all in them), <see cref="DraftConfidence.Medium"/> (some taken from the sentences around), <see cref="DraftConfidence.Low"/> (something undetermined).</param>
/// <param name="Undetermined">What the text did not determine, or where a value was taken from ("year from the context: 2018").</param>
public sealed record DraftClaim(Claim Claim, DraftConfidence Confidence, IReadOnlyList<string> Undetermined);

/// <summary>How much of a drafted row the quoted words give (written lower-case in a draft file).</summary>
public enum DraftConfidence
{
    /// <summary>Something is undetermined: the row cannot be checked as it stands.</summary>
    Low,

    /// <summary>Some of the row (pair, year) was taken from the sentences around.</summary>
    Medium,

    /// <summary>Number, pair and years are all in the quoted words.</summary>
    High,
}

/// <summary>The draft of a text's claims.</summary>
/// <param name="Claims">The drafted claims, in text order.</param>
/// <param name="Message">A line for the user: how many sentences were read and how many claims drafted, or that the text holds no trade quantity.</param>
public sealed record ClaimDraft(IReadOnlyList<DraftClaim> Claims, string Message);

/// <summary>
/// Drafts a claims file from a plain-text article: finds the sentences that state trade quantities —
/// money amounts ("$2.43 billion", "1.7 million US dollars"), percentages with growth or decline words,
/// "N-fold", ranges ("between $27 and $47 million", "80 to 90 percent"), shares ("accounted for … of …"),
/// "the level of 2004" — recognises the economies as articles name them (<see cref="EconomyNames"/>), the
/// years and periods ("in 2018", "since 1999", "against 2017", "in the last decade", "for nearly two
/// decades"), the quantity (turnover, exports, imports, share; goods words as HS chapters: <see cref="GoodsWords"/>), and drafts one
/// row per quantity with its exact quote. Nothing is guessed silently: what comes from the surrounding
/// sentences is said, what cannot be determined is left empty and listed. Numbers that are not trade
/// (companies, investment, GDP, people) are drafted as not-checkable with the reason. Any UTF-8 text is
/// read; a text without a trade quantity gives an empty draft and says so.
/// </summary>
public static partial class ClaimDrafter
{
    private const int ContextBefore = 4;

    /// <summary>How far back a sentence that names no year looks for the year the text last named.</summary>
    private const int EarlierSentences = 12;
    private const int ContextAfter = 2;

    /// <summary>Drafts the claims of <paramref name="text"/>, dated by its dateline when its first line is a date.</summary>
    /// <param name="text">The article, plain text.</param>
    /// <param name="section">What to write in the claims' section column (the file name, say).</param>
    public static ClaimDraft Draft(string text, string section = "") => Draft(text, section, null, null);

    /// <summary>
    /// Drafts the claims of <paramref name="text"/>, in English or Russian. "Last year" and "this year" are read from
    /// <paramref name="published"/> (else the text's dateline; else they stay undetermined); a number for a year not over when the
    /// text was published, for part of a year, or for a target or forecast is drafted as not-checkable with the reason.
    /// </summary>
    /// <param name="text">The article, plain text.</param>
    /// <param name="section">What to write in the claims' section column (the file name, say).</param>
    /// <param name="published">When the text was published (overrides its dateline).</param>
    /// <param name="progress">Told the sentences read so far and the sentences in all, every 200 sentences (a long text takes seconds).</param>
    public static ClaimDraft Draft(string text, string section, DateOnly? published, IProgress<(int Read, int Of)>? progress = null)
    {
        Preconditions.NotNull(text);
        var cache = NamesCache = new Dictionary<string, IReadOnlyList<EconomyMention>>(StringComparer.Ordinal);
        try
        {
            return DraftText(text, section, published, progress);
        }
        finally
        {
            cache.Clear();
            NamesCache = null;
        }
    }

    /// <summary>The economies named in each text the drafter looks at, found once per text (the name table is one regular expression of some five thousand names: the costliest step).</summary>
    [ThreadStatic]
    private static Dictionary<string, IReadOnlyList<EconomyMention>>? NamesCache;

    private static IReadOnlyList<EconomyMention> Named(string text)
    {
        if (NamesCache is not { } cache)
        {
            return EconomyNames.Find(text);
        }

        if (!cache.TryGetValue(text, out var found))
        {
            found = EconomyNames.Find(text);
            cache[text] = found;
        }

        return found;
    }

    private static ClaimDraft DraftText(string text, string section, DateOnly? published, IProgress<(int Read, int Of)>? progress)
    {
        var (dateline, body) = SplitDateline(text);
        var date = published ?? dateline;
        // Without a dateline, the first full date the text gives ("On 21 August 2014, … made a statement") dates what it reports.
        var dateInText = date is null ? DateInText(body) : null;
        date ??= dateInText;
        // A Russian article that names dollars anywhere means dollars by "12,4 млрд" too (unless a sentence names another currency).
        var inDollars = RuDollarWord().IsMatch(body);
        var headlines = new HashSet<string>(StringComparer.Ordinal);
        var sentences = Sentences(Normalize(body, headlines)).Select(s => IsRussian(s.Text) ? s with { Text = RussianGloss(s.Text, inDollars), Original = s.Text } : s).ToList();
        // Without any date, a text that reports part of a year ("January-February 2019", "январь-май 2023 года") was written in that
        // year: its "last year" is the year before (the drafts say so, and name no day).
        var partOfYear = date is null ? ReportedPartOfYear(sentences) : null;
        if (partOfYear is { } reported)
        {
            date = new DateOnly(reported.Year, 1, 1);
        }

        // Without any date, a headline that reports a whole year ("Товарооборот … в 2023 году достиг рекордных значений"), the latest
        // year the text names, is the year its body calls "last year" ("за прошлый год … вырос более чем на 12,5%").
        var headlineYear = date is null ? HeadlineYear(body, sentences, inDollars) : null;
        if (headlineYear is { } reportedYear)
        {
            date = new DateOnly(reportedYear + 1, 1, 1);
        }

        // Without any date, "last year … 3% less than in 2022" compares last year with 2022: last year is 2023, when the text names
        // no later year.
        var comparedWith = date is null ? LastYearByComparison(sentences) : null;
        if (comparedWith is { } baseYear)
        {
            date = new DateOnly(baseYear + 2, 1, 1);
        }

        // Without any date, "over the past five years (2018-2023)" counts back from the last whole year: the text was written in 2024.
        var pastYearsEnd = date is null ? sentences.SelectMany(x => PastYearsSpan().Matches(x.Text)).Select(m => int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture)).DefaultIfEmpty().Max() : 0;
        if (pastYearsEnd > 0)
        {
            date = new DateOnly(pastYearsEnd + 1, 1, 1);
        }

        var dateInferred = partOfYear is not null ? "the year of the part of a year it reports"
            : pastYearsEnd > 0 ? $"the year after {pastYearsEnd}, where the past years it counts end"
            : headlineYear is { } h ? $"the year after the {h} its headline reports"
            : comparedWith is { } c ? $"the year after {c}, with which it compares last year" : null;

        var clauses = sentences.SelectMany((s, i) => Clauses(s, i)).ToList();
        // The latest year the text speaks of, "last year" read from its date.
        var tradeYears = clauses.Where(c => TradeQuantity().IsMatch(c.Text) && TradeWords().IsMatch(c.Text))
            .SelectMany(c => Years(ResolveRelativeYears(c.Text, date))).Distinct().ToList();
        // … of a whole year: with the text's date known, its own year is not over ("за первые полгода этого года", said in September).
        var latest = tradeYears.Where(y => date is not { } published || y < published.Year).DefaultIfEmpty(0).Max();
        // The one year a text quotes trade figures for, if it quotes them for one year only.
        var onlyYear = tradeYears.Count == 1 ? tradeYears[0] : 0;
        if (latest == 0 && date is { } dated)
        {
            latest = dated.Year - 1;   // "over the last four years", said in March 2021: to 2020, the last whole year
        }

        var home = HomeEconomy(sentences);
        // The one statistics office a text cites, if it cites one: its figures are that economy's report.
        var offices = sentences.Select(x => StatisticsOfficeOf(x.Text)).OfType<Economy>().Distinct().ToList();
        var office = offices.Count == 1 ? offices[0] : null;
        var speakers = SpeakersOf(sentences);
        var drafts = new List<DraftClaim>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        // The pair the text last spoke of, for sentences that name one economy or none; before any, its heading's ("Coronavirus
        // pandemic affects bilateral trade between Tajikistan and Uzbekistan … In 2015-2019, the bilateral trade between the two countries …").
        (Economy, Economy)? pair = HeadingPair(body);
        var pairSentence = -1;             // the sentence it was last spoken of in
        var stopped = false;
        var stoppedAt = 0;
        var lastReported = 0;
        foreach (var clause in clauses)
        {
            if (progress is not null && clause.Sentence - lastReported >= 200)
            {
                lastReported = clause.Sentence;
                progress.Report((clause.Sentence, sentences.Count));
            }

            if (drafts.Count >= ClaimWords.MaxClaims)
            {
                stopped = true;
                stoppedAt = clause.Sentence + 1;
                break;
            }

            foreach (var draft in DraftClause(clause, sentences, latest, home, section, date, (pair, pairSentence), office, speakers, dateInferred, onlyYear))
            {
                drafts.Add(draft with { Claim = draft.Claim with { Id = UniqueId(draft.Claim.Id, ids) } });
                // The pair the text last spoke of: a checkable claim's, or, before any, a target's that names both ("… reaffirmed their
                // intention to bring trade to $1 billion. … In 2017 mutual trade increased by 13 percent").
                if (draft.Claim is { Economy: { } e, Partner: { } p } && (draft.Claim.Kind != ClaimKind.NotCheckable
                    || (pair is null && p.IsCountry && draft.Claim.Note.StartsWith("a target", StringComparison.Ordinal))))
                {
                    pair = (e, p);
                    pairSentence = clause.Sentence;
                }
            }
        }

        if (stopped)
        {
            drafts.RemoveRange(ClaimWords.MaxClaims, drafts.Count - ClaimWords.MaxClaims);
        }

        SameFigureAsPartOfYear(drafts);

        // A headline's figure that the body states again is the body's claim: drafted once, from the fuller sentence.
        drafts.RemoveAll(d => headlines.Contains(d.Claim.Quote) && drafts.Any(o => !headlines.Contains(o.Claim.Quote) && o.Claim.Stated == d.Claim.Stated && o.Claim.Unit == d.Claim.Unit));

        var message = stopped
            ? $"Stopped at {ClaimWords.MaxClaims:N0} claims, the most a claims file holds, at sentence {stoppedAt:N0} of {sentences.Count:N0}: split the text; the draft holds the claims before it."
            : drafts.Count == 0
            ? $"No trade quantity found in {sentences.Count} sentence(s): the draft is empty."
            : $"{drafts.Count} claim(s) drafted from {sentences.Count} sentence(s): {drafts.Count(d => d.Claim.Kind != ClaimKind.NotCheckable)} checkable, {drafts.Count(d => d.Claim.Kind == ClaimKind.NotCheckable)} not-checkable; confirm each row before checking."
              + (dateInText is { } d ? $" The text has no dateline: relative years (\"last year\") were read from the first date it gives, {d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}." : "")
              + (partOfYear is { } part ? $" The text has no date: relative years (\"last year\") were read as of {part.Year}, the year of the part of a year it reports (\"{part.Said}\")." : "")
              + (headlineYear is { } y ? $" The text has no date: relative years (\"last year\") were read as of {y + 1}, the year after the {y} its headline reports." : "")
              + (sentences.Count(x => x.Cut) is var cuts and > 0 ? $" Text with no full stop for over {MaxSentenceChars:N0} characters was read in parts, cut {cuts} time(s) at a comma: confirm the claims near each cut." : "")
              + (pastYearsEnd > 0 ? $" The text has no date: relative years (\"last year\") were read as of {pastYearsEnd + 1}, the year after {pastYearsEnd}, where the past years it counts end." : "");
        return new ClaimDraft(drafts, message);
    }

    /// <summary>
    /// A value drafted as a year's that the text states again as part of a year — the same number and unit, the part naming no other year
    /// ("trade grew in 2022 to 1 billion dollars for the first time" … "since the start of the year trade reached 1 billion dollars for the
    /// first time") — is that part of a year: the year was not over. Drafted as not-checkable, naming the other sentence.
    /// </summary>
    private static void SameFigureAsPartOfYear(List<DraftClaim> drafts)
    {
        var parts = drafts.Where(d => d.Claim is { Kind: ClaimKind.NotCheckable, Stated: not null } c && c.Note.StartsWith("part of a year", StringComparison.Ordinal)).ToList();
        for (var i = 0; i < drafts.Count; i++)
        {
            var c = drafts[i].Claim;
            if (c.Kind != ClaimKind.Value || c.Stated is not { } stated)
            {
                continue;
            }

            var same = parts.FirstOrDefault(p => p.Claim.Stated == stated && p.Claim.Unit == c.Unit && (p.Claim.Year is null || p.Claim.Year == c.Year) && p.Claim.Quote != c.Quote);
            if (same is not null)
            {
                drafts[i] = drafts[i] with
                {
                    Claim = c with { Kind = ClaimKind.NotCheckable, Note = $"a year not over: the text gives the same figure as part of a year (\"{same.Claim.Quote}\")" },
                };
            }
        }
    }

    /// <summary>A sentence; a Russian one as its English gloss (<see cref="Text"/>) with the sentence as written (<see cref="Original"/>).</summary>
    internal sealed record Sentence(int Index, string Text)
    {
        public string? Original { get; init; }

        /// <summary>Cut short at <see cref="MaxSentenceChars"/>: the sentence goes on in the next.</summary>
        public bool Cut { get; init; }
    }

    /// <summary>A clause; <paramref name="Quote"/> is the words as written where <paramref name="Text"/> is a gloss.</summary>
    private sealed record Clause(int Sentence, string Text, string Enclosing, int Offset, string? Quote = null);

    private static IEnumerable<DraftClaim> DraftClause(Clause clause, List<Sentence> sentences, int latest, Economy? home, string section, DateOnly? date, ((Economy, Economy)? Pair, int Sentence) last, Economy? textOffice, Speakers speakers, string? dateInferred = null, int onlyYear = 0)
    {
        var lastPair = last.Pair;
        var quote = (clause.Quote ?? clause.Text).Trim().TrimEnd(',', ';', ':').Trim();
        var relative = RelativeYear().Match(clause.Text);
        var gloss = EnglishGloss(clause.Text);
        var text = NeighbourNamed(ResolveRelativeYears(gloss, date), lastPair);
        var previous = clause.Sentence > 0 ? sentences[clause.Sentence - 1].Text : "";
        // "In 2022, these exports were valued at $17.5mn. The following year, exports increased to $22.6mn …": the year after the last
        // the sentence before names.
        if (FollowingYear().Match(text) is { Success: true } following && !StatedYears(text[..following.Index]).Any()
            && StatedYears(previous).Select(y => y.Year).DefaultIfEmpty().Max() is var yearBefore and > 0)
        {
            text = string.Concat(text.AsSpan(0, following.Index), "in ", (yearBefore + 1).ToString(CultureInfo.InvariantCulture), text.AsSpan(following.Index + following.Length));
        }

        var quantities = Quantities(text).ToList();
        if (quantities.Count == 0)
        {
            yield break;
        }

        var nonTrade = NonTrade().Match(text);
        var sentencesBefore = sentences.Skip(Math.Max(0, clause.Sentence - ContextBefore)).Take(clause.Sentence - Math.Max(0, clause.Sentence - ContextBefore)).ToList();
        var context = ResolveRelativeYears(string.Join(" ", sentencesBefore.Select(s => s.Text)), date);
        // The sentences around, for the period a share with no year of its own speaks of; not one that states a change, whose period is
        // the change's ("с долей в товарообороте страны 20 процентов" before "за последние пять лет они значительно выросли").
        var around = ResolveRelativeYears(string.Join(" ", sentences.Skip(Math.Max(0, clause.Sentence - ContextBefore)).Take(ContextBefore + 1 + ContextAfter)
            .Where(s => !GrowthWords().IsMatch(s.Text)).Select(s => s.Text)), date);
        var twoBefore = clause.Sentence > 1 ? sentences[clause.Sentence - 2].Text : "";
        foreach (var q in quantities)
        {
            var undetermined = new List<string>();
            var fromContext = false;
            // A target, plan or forecast: the words before the number say so, or "by 2030" follows it.
            var target = TargetWords().Match(text);
            // "… are set to increase bilateral trade from the level of $1 billion reached in 2017": the level a plan starts from, in a
            // year gone by, is a statistic.
            var comparedWith = ComparedWithBefore().IsMatch(text[..q.Index])
                || (PlanFromBefore().IsMatch(text[..q.Index]) && PastYearAfter().IsMatch(text[(q.Index + q.Length)..]));
            if (((target.Success && target.Index < q.Index && !InPastRelativeClause(text, target.Index + target.Length, q.Index)) || TargetYearAfter().IsMatch(text[(q.Index + q.Length)..]))
                && !comparedWith)
            {
                var said = target.Success && target.Index < q.Index ? target.Value : TargetYearAfter().Match(text[(q.Index + q.Length)..]).Value.Trim();
                yield return NotCheckableDraft(section, quote, text, q, $"a target, plan or forecast (\"{said}\"), not a statistic");
                continue;
            }

            // "… of which $6.9 billion, or 75%, is precious stones": a part; "из них $1,9 млрд пришлись на экспорт": the flow, a claim;
            // but "Food products accounted for 49%. Of these, $26.5 million accounted for imports": the flow of a group of goods.
            if (OfWhich().Match(text[..q.Index]) is { Success: true } ofWhich
                && ((!FlowPartAfter().IsMatch(text[(q.Index + q.Length)..Math.Min(text.Length, q.Index + q.Length + 40)])
                     && !FlowPartAfter().IsMatch(text[(ofWhich.Groups["w"].Index + ofWhich.Groups["w"].Length)..q.Index]))
                    || (ofWhich.Index < 3 && !TradeWords().IsMatch(previous))))
            {
                yield return NotCheckableDraft(section, quote, text, q, $"a part of the figure before it (\"{ofWhich.Groups["w"].Value}\"): not a form the claims state");
                continue;
            }

            // "Industrial goods accounted for 33%. Of these, $0.80 million accounted for imports and $59.20 million for exports":
            // every figure of a sentence that opens with "Of these" after a sentence of no trade is a part of that other figure.
            if (OfWhichOpening().Match(text) is { Success: true } opening && opening.Index + opening.Length <= q.Index && !TradeWords().IsMatch(previous))
            {
                yield return NotCheckableDraft(section, quote, text, q, $"a part of the figure before it (\"{opening.Groups["w"].Value}\"), which is not trade: not a form the claims state");
                continue;
            }

            if (q.IsMoney && GoodsAndServices().Match(text) is { Success: true } services)
            {
                yield return NotCheckableDraft(section, quote, text, q, $"goods and services (\"{services.Value}\"), not goods: the sources hold goods only");
                continue;
            }

            if (q.Unit == ClaimUnit.Percent && !quantities.Any(x => x.IsMoney) && OtherCurrency().Match(text) is { Success: true } currency)
            {
                yield return NotCheckableDraft(section, quote, text, q, $"a change of a value in another currency (\"{currency.Value}\"), not in dollars");
                continue;
            }

            // "… increased by 7 percent year-on-year to reach 11,470,595.61 tons": the percentage is of the tonnes it reaches too.
            if (q.Unit == ClaimUnit.Percent && (PhysicalBefore().Match(text[..q.Index]) is { Success: true } physical
                    || (physical = Rule(@"^[^.;]{0,40}?\bto\s+(?:reach\s+|a\s+total\s+of\s+)?\d[\d,.]*\s*(?:million\s+|thousand\s+)?(?<u>tons?|tonnes?|cubic\s+met(?:er|re)s?|barrels?)\b", RegexOptions.IgnoreCase).Match(text[(q.Index + q.Length)..])).Success))
            {
                yield return NotCheckableDraft(section, quote, text, q, $"not trade statistics: a change in physical quantity (\"{physical.Groups["u"].Value}\"), not in value", "not-trade");
                continue;
            }

            // "- Food, beverages and tobacco products accounted for 49%": the share of a group of goods the sources do not hold.
            if (q.Unit == ClaimUnit.Percent && GoodsSubjectShare().Match(text[..q.Index]) is { Success: true } goodsShare
                && Named(goodsShare.Groups["s"].Value).Count == 0)
            {
                yield return NotCheckableDraft(section, quote, text, q, $"the share of a group of goods (\"{goodsShare.Groups["s"].Value.Trim()}\"), which the sources do not hold");
                continue;
            }

            // "… increased by 50 percent in the last year while joint ventures between the business communities enhanced by 5 percent",
            // "… reached $3.5 billion in 2022 and its investments in Uzbekistan amounted to $1.5 billion": the part of the sentence the
            // number stands in speaks of joint ventures, of investments.
            var ownClause = text[(Rule(@"\b(?:while|whereas)\b|\band\s+(?=(?:its|their|his|her)\s)", RegexOptions.IgnoreCase).Matches(text[..q.Index]).LastOrDefault() is { } contrast ? contrast.Index : 0)..(q.Index + q.Length)];
            var nonTradeHere = ownClause.Length < q.Index + q.Length && NonTrade().Match(ownClause) is { Success: true } here && !TradeWords().IsMatch(ownClause) ? here : Match.Empty;
            if (nonTradeHere.Success)
            {
                yield return NotCheckableDraft(section, quote, text, q, $"not trade statistics: its part of the sentence speaks of {nonTradeHere.Value.ToLowerInvariant()}", "not-trade");
                continue;
            }

            // "17 percent of Italy's annual oil consumption is supplied by Azerbaijan", "85 percent of cigarettes produced in the country
            // were exported", "we fulfilled 90 percent of the instructions": a share of a consumption, a production or of tasks, not of trade.
            if (q.Unit == ClaimUnit.Percent && Rule(@"^\s*(?:%|percent|per\s+cent)?\s*of\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*['’]s\s+)?(?:annual\s+|total\s+|domestic\s+|overall\s+)?(?:[\p{L}-]+\s+){0,2}?(?:consumption|demand|production|output|produced|consumed|instructions|tasks|assignments)\b", RegexOptions.IgnoreCase)
                    .Match(text[(q.Index + q.Length)..]) is { Success: true } consumed)
            {
                yield return NotCheckableDraft(section, quote, text, q, $"not trade statistics: a share of \"{consumed.Value.Trim()}\"", "not-trade");
                continue;
            }

            if (q.Unit == ClaimUnit.Count || (nonTrade.Success && !TradeWords().IsMatch(text)))
            {
                yield return NotCheckableDraft(section, quote, text, q, $"not trade statistics: the sentence speaks of {(nonTrade.Success ? nonTrade.Value : "a count").ToLowerInvariant()}", "not-trade");
                continue;
            }

            // A change "in recent years" names no base year: no claim to check.
            if (q.Unit is ClaimUnit.Ratio or ClaimUnit.Percent && RecentYears().Match(text) is { Success: true } recentYears
                && !BaseYear().IsMatch(text) && !Between().IsMatch(text) && !PastYears().IsMatch(text))
            {
                yield return NotCheckableDraft(section, quote, text, q, $"a change \"{recentYears.Value}\": no base year stated");
                continue;
            }

            // Nor does a change that names no year among changes "in recent years" ("Imports from Mexico have grown by 324% in recent
            // years. … Finally, imports from Japan have increased by 252%"): the sentences around speak of no one year.
            if (q.Unit is ClaimUnit.Ratio or ClaimUnit.Percent && !YearMatches(text).Any() && !relative.Success && !PastYears().IsMatch(text)
                && sentences.Skip(Math.Max(0, clause.Sentence - ContextBefore)).Take(Math.Min(clause.Sentence, ContextBefore) + 2).Where(x => x.Index != clause.Sentence)
                    .Select(x => RecentYears().Match(x.Text)).FirstOrDefault(m => m.Success) is { } recentAround)
            {
                yield return NotCheckableDraft(section, quote, text, q, $"a change with no year of its own, beside changes \"{recentAround.Value}\": no base year stated");
                continue;
            }

            // Part of the goods or of a flow ("re-exports", "local exports", "excluding copper ores", "non-oil trade"): no form the claims state.
            // Read up to the end of the number's own part: "stood at $8.5 billion, or $6.8 billion excluding gold" excludes only the second.
            if (PartOfFlow().Match(text[..OwnPart(text, q).To]) is { Success: true } partOf && TradeWords().IsMatch(text))
            {
                yield return NotCheckableDraft(section, quote, text, q, $"a part of the goods or of a flow (\"{partOf.Value}\"), not all goods: not a form the claims state");
                continue;
            }

            var moneyNearTrade = q.Unit is ClaimUnit.BillionUsd or ClaimUnit.MillionUsd && TradeWords().IsMatch(context);
            if (!TradeWords().IsMatch(text) && !TradeWords().IsMatch(clause.Enclosing) && !TradeWords().IsMatch(previous) && !TradeWords().IsMatch(twoBefore) && !moneyNearTrade)
            {
                continue;   // a number with no trade word near it (a page number, a footnote, an age)
            }

            if (q.Unit == ClaimUnit.Percent && ProductGroupBeside(text, q) is { } group && GrowthWords().IsMatch(text))
            {
                // "an increase in Kazakhstan's supplies to China of agricultural products by 133.7%, chemical products – 25.2%": a change in
                // one group of goods, which the claims do not state (they state a product's share, and the sources hold no such group).
                yield return NotCheckableDraft(section, quote, text, q, $"a change in one group of goods (\"{group}\"), not in all goods: not a form the claims state");
                continue;
            }

            var product = GoodsIn(text)?.Chapter ?? Product.AllGoods;
            var kind = Kind(text, q, product);
            var shareAfterName = kind == ClaimKind.NotCheckable && q.Unit == ClaimUnit.Percent && clause.Offset > 0 && clause.Text.Length < clause.Enclosing.Length
                && clause.Offset <= clause.Enclosing.Length && ShareWords().IsMatch(clause.Enclosing[..clause.Offset])
                && Named(clause.Enclosing[..clause.Offset]).LastOrDefault(m => m.Economy.IsCountry && m.Index + m.Length >= clause.Offset - 2) is not null;
            if (shareAfterName)
            {
                kind = ClaimKind.ShareOfTotal;   // "… accounts for 2.3% of Uzbekistan's foreign trade, after Russia (17.9%), China (17.7%)"
            }
            else if (kind == ClaimKind.NotCheckable)
            {
                continue;   // a percentage that is neither a change nor a share
            }

            // "Доля сырья минерального происхождения в российском экспорте составила 40,1%": a share of goods the text names, not of a
            // partner, and not goods the product table knows.
            if (kind == ClaimKind.ShareOfTotal && ShareOfGoods().Match(text) is { Success: true } ofGoods && ofGoods.Index < q.Index
                && Named(ofGoods.Groups["what"].Value).Count == 0 && !TradeWords().IsMatch(ofGoods.Groups["what"].Value))
            {
                yield return NotCheckableDraft(section, quote, text, q, $"a share of goods the sources do not hold (\"{ofGoods.Groups["what"].Value.Trim()}\"), not a partner's share");
                continue;
            }

            // A bare dollar amount ("$3.1", the scale cut off or left out) is no trade value.
            if (q.Unit == ClaimUnit.Usd && (q.Value < 1000 || (q.Value < 10_000 && q.Value % 1 != 0)))
            {
                yield return NotCheckableDraft(section, quote, text, q, $"the scale is not given (${q.Value.ToString("R", CultureInfo.InvariantCulture)} alone: the text is cut or leaves out million or billion)");
                continue;
            }

            // Not a statistic: a trade balance, a shortfall against what might have been, a commodity group's value without its code.
            var after = text[(q.Index + q.Length)..];
            var lead0 = text[..q.Index];
            if (BalanceWords().Match(lead0) is { Success: true } balance)
            {
                yield return NotCheckableDraft(section, quote, text, q, $"a trade balance (\"{balance.Value}\"): the claims state turnover, exports or imports");
                continue;
            }

            var pairDifference = quantities.Where(o => o.IsBase).Select(o => (Base: o, To: quantities.FirstOrDefault(t => t.Index > o.Index && !t.IsBase && t.Unit == o.Unit)))
                .Any(p => p.To is not null && !q.IsBase && q != p.To && q.Unit == p.Base.Unit && Math.Abs(Math.Abs(p.To.Value - p.Base.Value) - q.Value) <= 0.02 * Math.Abs(p.To.Value - p.Base.Value));
            var changeAfter = ChangeInDollarsAfter().Match(after);
            if (changeAfter.Success && FlowShareAfter().IsMatch(after[changeAfter.Length..]))
            {
                // "130.0 million dollars or 71.6% accounted for exports": the flow's value and its share, not a change.
                changeAfter = Match.Empty;
            }

            if (q.IsMoney && (pairDifference || changeAfter.Success))
            {
                yield return NotCheckableDraft(section, quote, text, q, pairDifference
                    ? "the difference between the two values the sentence gives (\"from … to …\"), not a level"
                    : $"a change in dollars (\"{changeAfter.Value.Trim()}\" follows), not a level the claims state");
                continue;
            }

            if (q.Unit == ClaimUnit.Percent && (FlowShareAfter().Match(after) is { Success: true } flowPart || (flowPart = FlowPartOfPairAfter().Match(after)).Success))
            {
                // "Of this, 130.0 million dollars or 71.6% accounted for exports, 51.5 million dollars or 28.4% - for imports".
                yield return NotCheckableDraft(section, quote, text, q, $"a flow's share of the pair's trade (\"{flowPart.Value.Trim()}\"): not a form the claims state");
                continue;
            }

            // "with Kazakhstani exports accounting for 80-90 percent of the total volume": a flow's share of the pair's trade.
            if (q.Unit == ClaimUnit.Percent && FlowAccountingBefore().Match(text[..q.Index]) is { Success: true } flowAccounting)
            {
                yield return NotCheckableDraft(section, quote, text, q, $"a flow's share of the pair's trade (\"{flowAccounting.Value.Trim()}\"): not a form the claims state");
                continue;
            }

            if (q.Unit == ClaimUnit.Percent && FlowShareOfTotal().Match(text) is { Success: true } flowShare)
            {
                yield return NotCheckableDraft(section, quote, text, q, $"the share of one flow in the economy's total trade (\"{flowShare.Value}\"): not a form the claims state");
                continue;
            }

            var decade = Decade().Match(text);
            if (!decade.Success && q.IsMoney)
            {
                decade = PastDecade().Match(text);
            }

            if (decade.Success)
            {
                yield return NotCheckableDraft(section, quote, text, q, $"a decade (\"{decade.Value}\"), not a year");
                continue;
            }

            if (q.IsMoney && ChangeInDollarsBefore().Match(lead0) is { Success: true } change)
            {
                yield return NotCheckableDraft(section, quote, text, q, $"a change or difference in dollars (\"{change.Value.Trim()}\"), not a level the claims state");
                continue;
            }

            if (Shortfall().Match(lead0) is { Success: true } shortfall)
            {
                yield return NotCheckableDraft(section, quote, text, q, $"a shortfall or loss against what might have been (\"{shortfall.Value}\"), not a statistic");
                continue;
            }

            // "… copper ore – $161.2 million; …, iron alloys ($1.6 million)": a list of goods goes on in parentheses.
            if ((CommodityItem().IsMatch(lead0) || (IsParenthesis(clause) && CommodityListBefore().IsMatch(clause.Enclosing[..Math.Min(clause.Offset, clause.Enclosing.Length)])))
                && Named(text).Count == 0)
            {
                yield return NotCheckableDraft(section, quote, text, q, "the value of a commodity group the text names in words, with no HS code and no partner");
                continue;
            }

            if (ProductInWords().Match(text) is { Success: true } goods)
            {
                // "cigarettes worth $": the product is the word before "worth".
                var goodsNamed = goods.Value.EndsWith('$') ? goods.Groups["p"].Value : goods.Value.Trim();
                yield return NotCheckableDraft(section, quote, text, q, $"a product the text names in words (\"{goodsNamed}\"), with no HS code");
                continue;
            }

            // "Armenia annually imported goods from Turkey worth 250-270 million dollars", "reached $1.2 billion a year": a yearly level,
            // with no year named.
            if (!StatedYears(text).Any() && !RelativeYear().IsMatch(text) && PerYear().Match(text) is { Success: true } perYear)
            {
                yield return NotCheckableDraft(section, quote, text, q, $"no year stated (\"{perYear.Value}\"): a yearly level, of no year the sources hold");
                continue;
            }

            // Two partners together ("34% of Armenia's exports went to the UAE and Hong Kong", "… to the UAE and Hong Kong ($84 million)"):
            // no source adds them up.
            var (scope, (ownFrom0, ownTo0)) = IsParenthesis(clause) ? (clause.Enclosing, PartAround(clause.Enclosing, clause.Offset, 1, ',', ';')) : (text, OwnPart(text, q));
            if (TwoPartnersTogether(scope[ownFrom0..ownTo0]) is { } together)
            {
                yield return NotCheckableDraft(section, quote, text, q, $"two partners together (\"{together}\"): no source adds them up");
                continue;
            }

            // A region's figure: the clause (or, for a parenthesis, its sentence) names a region and at most one economy.
            var regionText = clause.Text.Length < clause.Enclosing.Length && Named(text).Count == 0 ? clause.Enclosing : text;
            // "… достиг 2 млрд долларов, что превышает 70% всего объема торговли Японии с государствами Центральной Азии": the
            // relative clause after the number speaks of the other number.
            var relativeAfter = RelativeClauseAfter().Match(text, q.Index + q.Length);
            if (ReferenceEquals(regionText, text))
            {
                var from = RelativeClauseAfter().Matches(text[..q.Index]).LastOrDefault()?.Index ?? 0;
                regionText = text[from..(relativeAfter.Success ? relativeAfter.Index : text.Length)];
            }

            var countries = Countries(regionText).Count;
            if (RegionWords().Match(regionText) is { Success: true } region && countries <= 1)
            {
                yield return NotCheckableDraft(section, quote, text, q, $"a region or group (\"{region.Value}\"), not an economy the sources report");
                continue;
            }

            // A sentence that names no economy goes on with the one before: when that one's figure was a group's ("the EAEU's trade
            // with Iran … At the same time exports grew 2.1-fold"), so is this one's, never the article's pair. A sentence before with no
            // figure ("the director of the CIS department said") gives none.
            // Nor does one with no figure ("the director of the CIS department"), unless it speaks of the region's cooperation and this
            // one's trade is "mutual" ("The Consultative Meetings of Heads of State of Central Asia … aimed at … regional cooperation. Over
            // the past five years, the volume of mutual trade has grown from $5.7 billion to $11 billion"): the group's own.
            if (Named(regionText).Count == 0 && RegionWords().Match(previous) is { Success: true } groupBefore && Countries(previous).Count <= 1
                && (TradeQuantity().IsMatch(previous)
                    || (Rule(@"\bmutual\b", RegexOptions.IgnoreCase).IsMatch(text) && Rule(@"\bregional\b", RegexOptions.IgnoreCase).IsMatch(previous))))
            {
                yield return NotCheckableDraft(section, quote, text, q, $"a region or group (\"{groupBefore.Value}\", the sentence before), not an economy the sources report");
                continue;
            }

            if (FlowShareOfPair().Match(text) is { Success: true } pairShare)
            {
                yield return NotCheckableDraft(section, quote, text, q, $"a flow's share of the pair's trade (\"{pairShare.Value.Trim()}\"): not a form the claims state");
                continue;
            }

            if (clause.Text.Length < clause.Enclosing.Length && NonTrade().Match(clause.Enclosing) is { Success: true } enclosingNonTrade && !TradeWords().IsMatch(clause.Enclosing))
            {
                yield return NotCheckableDraft(section, quote, text, q, $"not trade statistics: the sentence speaks of {enclosingNonTrade.Value.ToLowerInvariant()}", "not-trade");
                continue;
            }

            if (ThisFigure().IsMatch(text) && NonTrade().Match(previous) is { Success: true } subject && !TradeWords().IsMatch(previous))
            {
                yield return NotCheckableDraft(section, quote, text, q, $"not trade statistics: \"this figure\" is the sentence before's {subject.Value.ToLowerInvariant()}", "not-trade");
                continue;
            }

            if (q.Unit == ClaimUnit.Percent && BalanceShare().Match(text[..q.Index]) is { Success: true } balanceShare)
            {
                yield return NotCheckableDraft(section, quote, text, q, $"a trade balance's share (\"{balanceShare.Value}\"): not a form the claims state");
                continue;
            }

            if (MultiYearTotal().Match(text) is { Success: true } total)
            {
                yield return NotCheckableDraft(section, quote, text, q, $"a sum over several years (\"{total.Value}\"): not a form the claims state");
                continue;
            }

            // A fiscal year ("financial year 2021-22", "FY22"): July to June, or another year than the calendar's the sources hold.
            if (FiscalYear().Match(text) is { Success: true } fiscal)
            {
                yield return NotCheckableDraft(section, quote, text, q, $"a fiscal year (\"{fiscal.Value}\"), not a calendar year: the sources hold calendar years");
                continue;
            }

            // Part of a year: the clause names the months, or (having no year of its own) the period the sentences before last named is one.
            var part = PartialPeriod().Match(text);
            // "… grew by 53% to almost $0.5 billion in 2021 and by 8.7% in January–August 2022": the year after the value it grew to is its own too.
            if (part.Success && part.Index >= q.Index + q.Length
                && OwnYearAfter().IsMatch(Rule(@"^\s*to\s+(?:almost\s+|nearly\s+|about\s+|over\s+|more\s+than\s+)?(?:US)?\$\s?\d[\d.,]*\s*(?:billion|million|thousand)?", RegexOptions.IgnoreCase).Replace(text[(q.Index + q.Length)..], "", 1))
                && (SegmentBreak().IsMatch(text[(q.Index + q.Length)..part.Index]) || quantities.Any(o => o.Index > q.Index && o.Index < part.Index)))
            {
                part = Match.Empty;   // "$460 million in 2022, while in the first 6 months of 2023 …": the part of a year is the other figure's
            }
            else if (part.Success && OwnPart(text, q) is var (from, to) && (part.Index + part.Length <= from || part.Index >= to)
                     && !PartialPeriod().IsMatch(text[from..to]) && !SamePeriod().IsMatch(text[from..to])
                     // (a year named through the value a change starts from, "from $888 million in 2023", is that value's, not the part's)
                     && StatedYears(text, from, to).Any(y => !BaseYearThroughValue().Matches(text).Any(b => b.Groups["y"].Index == from + y.Index)))
            {
                part = Match.Empty;   // "in the first half …, and in 2023 it grew by almost 56% to $7.4 billion": the number's own part names its year
            }
            else if (part.Success && part.Index + part.Length <= q.Index
                     && Rule(@"\band\s+(?:by|in|to)\b", RegexOptions.IgnoreCase).Match(text[..q.Index], part.Index + part.Length) is { Success: true } coordinated
                     && StatedYears(text, coordinated.Index, Math.Max(coordinated.Index, OwnPart(text, q).To)).Any())
            {
                part = Match.Empty;   // "by 42% in the first six months of 2014 and by 50% last year as compared to 2012": the second figure's year is its own
            }
            else if (part.Success && part.Index >= q.Index + q.Length && StatedYears(text, 0, q.Index).Any()
                     && Rule(@",\s*(?:and|while|whereas|but)\s+(?:in|during|for|over)\b", RegexOptions.IgnoreCase).IsMatch(text[(q.Index + q.Length)..part.Index]))
            {
                part = Match.Empty;   // "Last year, the trade turnover grew 7-9 percent, and in the first nine months of this year …": the later figure's part
            }

            // "over the same period of 2022": the period the sentences before name; not a figure named with its year before it, the same
            // period being a later part's ("по итогам 2022 года … увеличился на 37% и достиг $3,4 млрд, а в первом полугодии … по
            // сравнению с аналогичным периодом прошлого года вырос еще на 17,4%").
            var samePeriod = SamePartPeriod(text)
                && !(SamePeriod().Match(text) is { Success: true } sameAfter && sameAfter.Index >= OwnPart(text, q).To && StatedYears(text, 0, q.Index).Any());
            // A clause whose only year is a base of comparison ("compared with 2021, it grew by 10%") has no period of its own either.
            // "… a 2.5-fold increase compared to the previous year", after a sentence on the first half of 2024, compares halves.
            var partBefore = !part.Success && ((!StatedYears(text).Any() && !relative.Success) || samePeriod) ? PeriodBefore(clause, sentences) : Match.Empty;
            if (part.Success || partBefore.Success)
            {
                yield return NotCheckableDraft(section, quote, text, q, part.Success
                    ? $"part of a year (\"{part.Value}\"): never an annual value"
                    : clause.Enclosing.Contains(partBefore.Value, StringComparison.Ordinal)
                    ? $"part of a year, as its sentence says (\"{partBefore.Value}\"): never an annual value"
                    : $"part of a year, as the sentences before say (\"{partBefore.Value}\"): never an annual value");
                continue;
            }

            // "… or 4.7-fold compared to the last year's analogous period", with no year named in it or the sentences before: a part of
            // a year (a whole year is compared with the year before, not with its "period").
            if (LastYearsPeriod().Match(clause.Text) is { Success: true } same && !StatedYears(gloss).Any() && !sentencesBefore.Any(x => StatedYears(x.Text).Any()))
            {
                yield return NotCheckableDraft(section, quote, text, q, $"compared with \"{same.Value}\" and no year named: part of a year at most");
                continue;
            }

            // The measure the words nearest before the number name ("exports … $6.09 billion, while imports … $15.44 billion"); "exports
            // and imports have increased by 2.8 and 2.3 times, respectively": each flow in its turn.
            var measure = kind == ClaimKind.ImportShare ? TradeMeasure.Imports
                : FlowRespectively(text, quantities, q) ?? MeasureRightAfter(after) ?? NearestMeasure(lead0) ?? MeasureOf(text, kind)
                  ?? (clause.Offset > 0 ? NearestMeasure(clause.Enclosing[..Math.Min(clause.Offset, clause.Enclosing.Length)]) : null) ?? MeasureOf(clause.Enclosing, kind) ?? MeasureOf(previous, kind) ?? MeasureOf(context, kind);

            // Economies: in the clause (or the part of it around the number); the missing one from the pair the text last spoke of,
            // else from the sentences before.
            // "… достиг 2 млрд долларов, что превышает 70% всего объема торговли Японии с …": the names of a relative clause after the
            // number are its other figure's.
            var ownText = kind is ClaimKind.Value or ClaimKind.Growth or ClaimKind.FoldChange && !IsParenthesis(clause)
                && relativeAfter.Success && Countries(text[..relativeAfter.Index]).Count < Countries(text).Count
                ? text[..relativeAfter.Index] : text;
            var named = Countries(ownText);
            // "In 2023, exports increased by 55.3%, while to Russia – only by 43%", "growth was about 79%, but exports to Russia tripled":
            // the names belong to the other figure, set against this one, which is the economy's total.
            var contrastedTotal = kind is not ClaimKind.ShareOfTotal && !IsParenthesis(clause) && NamesOnlyInContrastedFigure(text, q)
                && (lastPair?.Item1 ?? home) is { } totalOf && !totalOf.Equals(Economies.World) ? totalOf : null;
            var (economy, partner) = contrastedTotal is not null ? (contrastedTotal, Economies.World)
                : Respectively(text, quantities, q) ?? FlowPhrase(ownText, q, measure) ?? Pair(ownText, named, kind, measure, q);
            if (contrastedTotal is not null)
            {
                undetermined.Add($"the sentence's names are its other figure's: {contrastedTotal.Code}'s total, with the World");
                fromContext = true;
            }
            if (clause.Quote is not null && kind == ClaimKind.Value && ListedPartner(text, quantities, q) is { } listed)
            {
                // A Russian list of partners with their figures ("Россия ($5,6 млрд), Казахстан ($3 млрд)", "с Кыргызстаном и Германией …
                // $903,2 млн и $829,0 млн соответственно"): each figure is its name's, with the economy the text last spoke of.
                partner = listed;
                economy = lastPair is var (lastEconomy, lastPartner) ? (lastEconomy.Equals(listed) ? lastPartner : lastEconomy) : home is not null && !home.Equals(listed) ? home : null;
            }
            if (partner is null && economy is not null && (TotalWords().IsMatch(text) || (lastPair is null && named.Count == 1 && !PartnerWords().IsMatch(text) && !BilateralWords().IsMatch(text) && !VisitTo().IsMatch(text))
                    || (named.Count == 1 && named[0].Equals(economy) && OwnFlow().IsMatch(text) && !PartnerWords().IsMatch(text)
                        && !(lastPair is var (sameE, sameP) && (sameE.Equals(economy) || sameP.Equals(economy)) && last.Sentence == clause.Sentence))))
            {
                // "Georgia's total trade": with the World; "Armenia's exports amounted to $3 billion": its exports, unless its sentence has
                // just named its partner ("trade turnover between them amounted to $3.56 million; the share of Tajikistan's exports was $5,000").
                partner = Economies.World;
            }

            // "The country's exports amounted to $24.4 billion" after a list of partners (and its parenthesis, "(increased by 23.8%)", which
            // names no economy): the economy the text is about, with the World.
            var theCountry = TheCountrysTrade().Match(text);
            if (!theCountry.Success && named.Count == 0 && Countries(clause.Enclosing).Count == 0)
            {
                theCountry = TheCountrysTrade().Match(clause.Enclosing);
            }

            if (economy is null && partner is null && home is not null && theCountry.Success)
            {
                (economy, partner) = (home, Economies.World);
                undetermined.Add($"\"{theCountry.Value}\": the economy the text names most, {home.Code}, with the World");
                fromContext = true;
            }

            // A share in parentheses after a name: that economy's share of the whole the sentence names.
            if (shareAfterName && economy is null && partner is null)
            {
                var before = clause.Enclosing[..clause.Offset];
                partner = Named(before).Last(m => m.Economy.IsCountry && m.Index + m.Length >= clause.Offset - 2).Economy;
                economy = Pair(before, Countries(before), ClaimKind.ShareOfTotal, measure, q with { Index = 0, Length = 0 }).Economy;
                economy = economy is not null && economy.Equals(partner) ? null : economy;
                undetermined.Add($"the share of the name before the parenthesis, {partner.Code}");
                fromContext = true;
            }

            // "It is followed by Uzbekistan ($13.7 billion, 14.5 percent), Turkmenistan (…)": a parenthesis right after a name is that economy's.
            if (economy is null && partner is null && clause.Offset > 0 && clause.Offset <= clause.Enclosing.Length
                && Named(clause.Enclosing[..clause.Offset]).LastOrDefault(m => m.Economy.IsCountry && m.Index + m.Length >= clause.Offset - 2) is { } owner)
            {
                economy = owner.Economy;
                undetermined.Add($"economy: the name before the parenthesis, {owner.Economy.Code}");
                fromContext = true;
            }

            // A part of a sentence (a parenthesis, a clause after a semicolon) that names no economy speaks of the pair its sentence names.
            var sentenceNamed = Countries(clause.Enclosing);
            if (economy is null && partner is null && clause.Text.Length < clause.Enclosing.Length && sentenceNamed.Count == 2)
            {
                (economy, partner) = Pair(clause.Enclosing, sentenceNamed, kind, measure, q with { Index = Math.Min(clause.Offset, clause.Enclosing.Length - 1), Length = 1 });
                if (economy is not null && partner is not null)
                {
                    undetermined.Add($"pair from the sentence around: {economy.Code}–{partner.Code}");
                    fromContext = true;
                }
            }

            // A clause that leaves the pair open speaks of the pair the text last spoke of, while the sentence and the one before (or,
            // when they name none, the sentences before) name no other economy.
            var recent = Countries(previous + " " + clause.Enclosing);
            var quiet = recent.Count > 0 ? recent : Countries(context + " " + clause.Enclosing);
            // Neither this sentence nor the one before names an economy, and the pair was spoken of in one of them: it goes on
            // ("The country's exports amounted to $24.4 billion. … Imports … were recorded at $38.1 billion").
            var justSpokenOf = recent.Count == 0 && last.Sentence >= clause.Sentence - 1;
            if ((economy is null || partner is null) && lastPair is var (pe, pp) && (justSpokenOf || quiet.All(e => e.Equals(pe) || e.Equals(pp)))
                && (economy is null || economy.Equals(pe) || economy.Equals(pp)) && (partner is null || partner.Equals(pe) || partner.Equals(pp))
                && !(economy is not null && partner is null && TotalWords().IsMatch(text)))
            {
                var bothOpen = economy is null && partner is null;
                (economy, partner) = Complete((pe, pp), economy, partner);
                undetermined.Add($"pair from the pair the text last spoke of: {economy.Code}–{partner.Code}");
                fromContext = true;
                // "TASHKENT, Uzbekistan … trade between Italy and Uzbekistan reached $381.1 million. Notably, exports accounted for $51.3
                // million": a flow with no owner named is the dateline economy's, not the first named's.
                if (bothOpen && measure is TradeMeasure.Exports or TradeMeasure.Imports && speakers.Dateline is { } dateline && dateline.Equals(partner))
                {
                    (economy, partner) = (partner, economy);
                    undetermined.Add($"economy: the flow's owner named nowhere, the economy of the dateline, {dateline.Code}");
                }
            }

            if (economy is null && Rule(@"(?<!\p{L})(?:наш\p{L}*|our)(?!\p{L})", RegexOptions.IgnoreCase).IsMatch(text) && clause.Sentence + 1 < sentences.Count
                && Rule(@"(?<!\p{L})(?:сказал\p{L}*|заявил\p{L}*|отметил\p{L}*|said|stated)(?!\p{L})", RegexOptions.IgnoreCase).IsMatch(sentences[clause.Sentence + 1].Text)
                && Countries(sentences[clause.Sentence + 1].Text).FirstOrDefault(e => !e.Equals(partner)) is { } speaker)
            {
                // "«Наш товарооборот … достиг $38,5 млрд. Это очень хороший показатель», – сказал глава РФ": "our" is the speaker's.
                economy = speaker;
                undetermined.Add($"economy: \"our\", said by {speaker.Code}'s official in the sentence after");
                fromContext = true;
            }

            if (economy is null && partner is not null && lastPair is null && home is not null && !home.Equals(partner) && kind != ClaimKind.ShareOfTotal
                && Named(text).Any(m => m.Economy.Equals(partner) && PartnerPreposition().IsMatch(text[..m.Index])))
            {
                // "Exports to Russia more than doubled, imports from next-door China almost tripled", opening a text on Kyrgyzstan: the
                // partners are named; the economy is the one the text is about.
                economy = home;
                undetermined.Add($"economy: the economy the text names most, {home.Code}");
                fromContext = true;
            }

            if (economy is null && partner is not null && kind != ClaimKind.ShareOfTotal && lastPair is var (spokenOf, _) && !spokenOf.Equals(partner)
                && !spokenOf.Equals(Economies.World) && last.Sentence >= clause.Sentence - 2)
            {
                // "Armenia's exports amounted to $3 billion … but exports to Russia tripled": the economy the text has just spoken of.
                economy = spokenOf;
                undetermined.Add($"economy: the one the text last spoke of, {spokenOf.Code}");
                fromContext = true;
            }

            if (economy is null && partner is not null && kind == ClaimKind.ShareOfTotal && shareAfterName && home is not null && !home.Equals(partner))
            {
                // "The significant shares of the foreign trade turnover are attributed to China (21.9%), Russia (15.8%) …": the listed
                // economies are partners; whose total it is, the sentence does not say: the economy the text names most.
                economy = home;
                undetermined.Add($"economy: the economy the text names most, {home.Code}, whose total the shares are of");
                fromContext = true;
            }

            if (partner is null && measure is not null && kind is not ClaimKind.ShareOfTotal && !PartnerWords().IsMatch(text) && !BilateralWords().IsMatch(text) && !VisitTo().IsMatch(text)
                && Countries(context + " " + clause.Enclosing) is { Count: 1 } only && (economy is null || economy.Equals(only[0])))
            {
                // "… the structure of Armenia's trade turnover. In 2023, exports increased by 55.3 percent": the only economy the
                // sentences around name, and no partner: its trade with the World.
                (economy, partner) = (only[0], Economies.World);
                undetermined.Add($"partner: none named; the World, as {only[0].Code} is the only economy the sentences around name");
                fromContext = true;
            }

            if (economy is null || partner is null)
            {
                var before = Named(context + " " + clause.Enclosing).Select(m => m.Economy).Where(e => e.IsCountry).ToList();
                var candidates = before.Concat(named).Reverse().Distinct().ToList();   // most recent first
                // The one economy whose officials the text has named so far ("первый заместитель председателя кабинета министров Киргизии Адылбек
                // Касымалиев … «Туда входят также Китай и Казахстан... За 2023 год объем товарооборота … составил 2,9 миллиарда»"): the
                // figure its official quotes is its trade, not that of the economy last named in passing.
                var officials = speakers.OfficialsNamedBy(clause.Sentence);
                economy ??= officials.Count == 1 && !officials[0].Equals(partner) && !officials[0].Equals(home) && candidates.Contains(officials[0]) ? officials[0] : null;
                economy ??= candidates.FirstOrDefault(e => !e.Equals(partner) && !e.Equals(home)) ?? candidates.FirstOrDefault(e => !e.Equals(partner));
                partner ??= home is not null && !home.Equals(economy) ? home : candidates.FirstOrDefault(e => !e.Equals(economy));
                if (economy is not null && partner is not null)
                {
                    undetermined.Add($"pair partly from the sentences before: {economy.Code}–{partner.Code}");
                    fromContext = true;
                }
            }

            // A bilateral text's other economy, when the sentences just before name only one ("в 2023 году взаимный товарооборот достиг
            // $2,5 млрд" after three sentences on Korea): the economy the text names most after it.
            // So is a visit's host's ("Товарооборот вырос в пять раз с 2020 года": Токаев прибыл в Азербайджан с официальным визитом):
            // the trade spoken of on a visit is the host's with the visitor's country.
            if (economy is not null && partner is null && measure is not null && (BilateralWords().IsMatch(text) || (VisitTo().IsMatch(text) && named.Count == 1))
                && EconomiesByMentions(sentences).FirstOrDefault(e => !e.Equals(economy)) is { } second)
            {
                partner = second;
                undetermined.Add($"partner: the economy the text names most after {economy.Code}, {second.Code}");
                fromContext = true;
            }

            // The pair the text last spoke of fills the gap only while the sentence and the one before name no other economy.
            if ((economy is null || partner is null) && lastPair is var (le, lp) && recent.All(e => e.Equals(le) || e.Equals(lp))
                && (economy is null || economy.Equals(le) || economy.Equals(lp)) && (partner is null || partner.Equals(le) || partner.Equals(lp)))
            {
                (economy, partner) = Complete((le, lp), economy, partner);
                undetermined.Add($"pair from the pair the text last spoke of: {economy.Code}–{partner.Code}");
                fromContext = true;
            }

            if (partner is null && economy is not null && TotalWords().IsMatch(text))
            {
                partner = Economies.World;   // the economy from the sentences before, its total: "объем внешнеторгового оборота страны"
            }

            // "the Islamic Republic of Iran became Armenia's fourth-largest import partner (accounting for 4.9% of Armenia's total
            // imports)": a share in parentheses that names only whose total it is, is the share of the economy named before it.
            if (kind == ClaimKind.ShareOfTotal && economy is not null && (partner is null || partner.Equals(Economies.World)) && IsParenthesis(clause)
                && Named(clause.Enclosing[..clause.Offset]).LastOrDefault(m => m.Economy.IsCountry && !m.Economy.Equals(economy)) is { } sharer)
            {
                partner = sharer.Economy;
                undetermined.Add($"partner: the economy named before the parenthesis, {sharer.Economy.Code}");
                fromContext = true;
            }

            if (economy is null || partner is null)
            {
                undetermined.Add("pair");
            }

            // Years and periods.
            var (baseYear, year, yearNote) = YearsOf(text, clause, q, kind, context, around, latest, onlyYear, previous,
                () => ResolveRelativeYears(string.Join(" ", sentences.Skip(Math.Max(0, clause.Sentence - EarlierSentences)).Take(Math.Min(clause.Sentence, EarlierSentences)).Select(s => s.Text)), date));
            // "за 2019–2024 годы: … торговля с Польшей выросла на 231,53 процента (с $26 до $60,2 миллиона)": the span the sentences before
            // name is the change's, from its first year.
            if (kind is ClaimKind.Growth or ClaimKind.FoldChange && yearNote is not null
                && (yearNote.Contains("from the sentences before", StringComparison.Ordinal) || yearNote.Contains("from the text before", StringComparison.Ordinal))
                && LastYearSpan(context) is var (spanFrom, spanTo) && spanFrom < spanTo && year == spanTo)
            {
                baseYear = spanFrom;
                yearNote += $"; base year from the span the sentences before name: {spanFrom}";
            }

            // "… for the entire year of 2021, a total of $73 million …, while for the same period in 2020 – only $7.6 million. In other
            // words, the increase was 10-fold": a change that names no year compares the two years whose values the sentence before gives.
            if (kind is ClaimKind.Growth or ClaimKind.FoldChange && !YearMatches(text).Any() && !RelativeYear().IsMatch(text)
                && yearNote is not null && yearNote.Contains("from the sentences before", StringComparison.Ordinal)
                && Money().Count(previous) >= 2 && YearMatches(previous).Select(y => y.Year).Distinct().ToList() is { Count: 2 } twoYears)
            {
                (baseYear, year) = (twoYears.Min(), twoYears.Max());
                yearNote = $"years from the sentence before, whose two values the change compares: {baseYear}–{year}";
            }

            // "6% more than in 2022", in a text of early 2024: the growth of 2023, the last whole year, the one after its base.
            if (kind is ClaimKind.Growth or ClaimKind.FoldChange && baseYear is { } growthBase && year is null && date is { } dated && dated.Year - 1 == growthBase + 1)
            {
                year = growthBase + 1;
                yearNote = $"year: the last whole year before the text's date, the one after its base: {year}";
            }

            // "С 2020 года товарооборот … увеличился в 5 раз", said in October 2025, the only year the text names: to 2024, the last whole
            // year before its date.
            if (kind is ClaimKind.Growth or ClaimKind.FoldChange && baseYear is { } sinceBase && (year is null || year <= sinceBase) && date is { } saidOn && saidOn.Year - 1 > sinceBase
                && SinceYear().IsMatch(text))
            {
                year = saidOn.Year - 1;
                yearNote = $"year: the last whole year before the text's date: {year}";
            }

            // "the trade volume … rose 58 percent since the previous year and exceeded $5.3 billion", said on 10 May 2022, naming no year:
            // the change of the last whole year before the text's date over the year before, and the level that year reached.
            if (kind is ClaimKind.Growth or ClaimKind.FoldChange or ClaimKind.Value && date is { } saidIn && year is null && !YearMatches(text).Any()
                && SincePreviousYear().Match(text) is { Success: true } sincePrevious)
            {
                year = saidIn.Year - 1;
                baseYear = kind == ClaimKind.Value ? null : year - 1;
                yearNote = $"year: \"{sincePrevious.Value}\" with no year named, the last whole year before the text's date: {year}";
            }

            if (yearNote is not null)
            {
                undetermined.Add(yearNote);
                fromContext |= !yearNote.StartsWith("year", StringComparison.Ordinal) || yearNote.Contains("from", StringComparison.Ordinal);
            }

            if (kind == ClaimKind.Value && q.IsBase && year is { } toYear)
            {
                // "from $33.9 billion" of "in 2022 … from $33.9 billion to $52.6 billion"; "since 2020 … from $96 million to $321 million
                // as of 2023": the year it is counted from.
                var since = SinceYear().Match(text);
                var sinceYear = since.Success ? int.Parse(since.Groups["y"].Value, CultureInfo.InvariantCulture) : toYear;
                // "Overall, comparing 2022 and 2024, … an increase of 11.4%, from $17.5 million to $19.5 million": the earlier year the
                // sentence names.
                if (!since.Success && StatedYears(text).Select(y => y.Year).Where(y => y < toYear).DefaultIfEmpty().Min() is var earlierNamed and > 0)
                {
                    sinceYear = earlierNamed;
                }

                // "за 2019–2024 годы: … (с $26 до $60,2 миллиона)": the span the sentences before name starts the change.
                if (!since.Success && !StatedYears(text).Any() && LastYearSpan(context) is var (firstOfSpan, lastOfSpan) && lastOfSpan == toYear)
                {
                    sinceYear = firstOfSpan;
                }

                year = sinceYear < toYear ? sinceYear : toYear - 1;
            }

            if (kind == ClaimKind.Value && date is { } d0 && !YearMatches(text).Any() && PreviousYearAfter().IsMatch(after))
            {
                year = d0.Year - 1;   // "$5.8 billion by the end of the previous year", with nothing but the text's date to count from
                undetermined.RemoveAll(u => u.StartsWith("year from", StringComparison.Ordinal));
            }

            // Without a date, "this year" leaves open the years of the numbers in its part of the sentence, or with no year of their own.
            var (ownFrom, ownTo) = OwnPart(text, q);
            // … but not a number whose year the sentence names before it, "last year" standing in a later part ("In 2018, trade increased
            // by 11%, and as you mentioned, it amounted to $2 billion last year").
            var relativeHere = RelativeYear().Match(text) is { Success: true } rel
                && ((rel.Index >= ownFrom && rel.Index < ownTo)
                    || (!StatedYears(text, ownFrom, ownTo).Any() && !(rel.Index >= ownTo && StatedYears(text, 0, ownFrom).Any())));
            if (relative.Success && date is null && relativeHere)
            {
                if (kind is ClaimKind.Growth or ClaimKind.FoldChange or ClaimKind.Value && relative.Value.StartsWith("last", StringComparison.OrdinalIgnoreCase)
                    && BaseYear().Match(text) is { Success: true } against)
                {
                    // "Only last year it grew by 30 percent compared to 2020", with no date: the year after the one it is compared with;
                    // and so the level it reached ("last year amounted to $100.4 million, which is 2.4 times higher than in 2022").
                    var compared = int.Parse(against.Groups["y"].Value, CultureInfo.InvariantCulture);
                    baseYear = kind == ClaimKind.Value ? null : compared;
                    year = compared + 1;
                    undetermined.Add($"year from \"{relative.Value}\" against {compared}: {year}");
                    fromContext = true;
                }
                else if (kind == ClaimKind.Value && YearOfTheirSum(quantities, previous) is { } wholeYear)
                {
                    // "… increased by 40.5 percent to $425.3 million in 2013. Turkey's exports … stood at $388.3 million while Turkish
                    // imports were only $37 million last year": the parts of the sentence before's total are of its year.
                    year = wholeYear;
                    undetermined.Add($"year from the sentence before: its {wholeYear} figure is this sentence's two summed");
                    fromContext = true;
                }
                else
                {
                    (baseYear, year) = (null, null);
                    undetermined.RemoveAll(u => u.StartsWith("year from", StringComparison.Ordinal));
                    undetermined.Add($"year: \"{relative.Value}\" needs the text's date (a dateline, or the published date given to ClaimDrafter.Draft)");
                }
            }
            else if (year is null)
            {
                undetermined.Add("year");
            }

            if (date is { } published && year is { } y && y >= published.Year)
            {
                var when = dateInferred is { } inferred ? $"in {published.Year}, {inferred}" : $"({published:yyyy-MM-dd})";
                yield return NotCheckableDraft(section, quote, text, q, $"{y} had not ended when the text was published {when}: part of a year at most");
                continue;
            }

            if (kind is not (ClaimKind.Value or ClaimKind.SameLevel) && baseYear is null)
            {
                undetermined.Add("base year");
            }

            if (measure is null && kind is not (ClaimKind.NotCheckable))
            {
                undetermined.Add("flow (turnover, exports or imports)");
            }

            var (tolerance, precision) = Precision(q, text);
            var bound = ClaimBound.None;
            if (kind is ClaimKind.Value or ClaimKind.Growth or ClaimKind.FoldChange or ClaimKind.ShareOfTotal && q.High is null)
            {
                if (AtLeastBefore().Match(lead0) is { Success: true } least)
                {
                    (bound, tolerance, precision) = (ClaimBound.AtLeast, ClaimTolerance.None, $"\"{least.Value.Trim()}\": at least the number, no upper limit");
                }
                else if (NearlyBefore().Match(lead0) is { Success: true } nearly)
                {
                    (bound, tolerance, precision) = (ClaimBound.AtMost, ClaimTolerance.Percent(10), $"\"{nearly.Value.Trim()}\": at most the number, and within 10 % below it");
                }
                else if (AtMostBefore().Match(lead0) is { Success: true } most)
                {
                    (bound, tolerance, precision) = (ClaimBound.AtMost, ClaimTolerance.None, $"\"{most.Value.Trim()}\": at most the number, no lower limit");
                }
                else if (kind == ClaimKind.Value && Rule(@"\breach(?:ed|es|ing)?\s+the\s*(?:US\s?\$|\$)?\s*$", RegexOptions.IgnoreCase).IsMatch(lead0)
                         && Rule(@"^\s*(?:[\p{L}-]+\s+){0,2}?(?:mark|threshold|milestone)\b", RegexOptions.IgnoreCase).IsMatch(text[(q.Index + q.Length)..]))
                {
                    // "reaching the $5 billion mark": a threshold reached, as "crossed the $1 billion mark" is.
                    (bound, tolerance, precision) = (ClaimBound.AtLeast, ClaimTolerance.None, "a mark reached: at least the number, no upper limit");
                }
            }

            // "… accounts for 92 percent of Italy's overall trade with the South Caucasus region": an owner's trade with a region is a region's.
            if (kind == ClaimKind.ShareOfTotal && ((RegionWords().IsMatch(previous + " " + twoBefore + " " + text) && !OwnersTotal().IsMatch(text))
                    || Rule(@"\b(?:trade|turnover|exports|imports)\s+(?:with|to|from)\s+(?:the\s+)?(?:South\s+Caucasus|Central\s+Asia|[\p{L}\s]{0,25}?\bregion)\b", RegexOptions.IgnoreCase).IsMatch(text)))
            {
                yield return NotCheckableDraft(section, quote, text, q, "a share of a region's or group's trade, which the sentences before name, not of an economy's total");
                continue;
            }

            // Whose statistics: a text that names the partner's statistics office ("according to the National Statistics Office of Georgia")
            // quotes the partner's report of the trade.
            var side = ReportingSide.Reporter;
            if (economy is not null && partner is not null && (StatisticsOfficeOf(clause.Enclosing + " " + previous) ?? textOffice) is { } office && office.Equals(partner) && !office.Equals(economy))
            {
                side = ReportingSide.Partner;
                undetermined.Add($"side: the partner's report, as the text cites {office.Name}'s statistics office");
                fromContext = true;
            }
            else if (economy is not null && partner is not null
                     && SpeakerOf(clause.Enclosing + " " + sentences[clause.Sentence].Original, previous, clause.Sentence + 1 < sentences.Count ? sentences[clause.Sentence + 1] : null, speakers) is { } official
                     && official.Equals(partner) && !official.Equals(economy))
            {
                // "The [Chinese] Ambassador also noted that … . If in 1992 bilateral trade amounted to …", "… составил $1,3 млрд, сообщил
                // вице-министр развития Польши": an official, speaking in the sentence (or the one before, or after a quote), gives his own
                // country's statistics.
                side = ReportingSide.Partner;
                undetermined.Add($"side: the partner's report, as an official of {official.Name} gives the figure");
                fromContext = true;
            }

            var confidence = undetermined.Any(u => !u.Contains("from", StringComparison.Ordinal) && !u.StartsWith("side:", StringComparison.Ordinal)) ? DraftConfidence.Low : fromContext ? DraftConfidence.Medium : DraftConfidence.High;
            var claim = new Claim
            {
                Id = Id(kind == ClaimKind.NotCheckable ? "x" : ClaimWords.KindName(kind), economy, year),
                Section = section,
                Quote = quote,
                Kind = kind,
                Economy = economy,
                Partner = partner,
                Measure = measure,
                Side = side,
                BaseYear = baseYear,
                Year = year,
                Stated = kind == ClaimKind.SameLevel ? null : q.Signed(text),
                StatedHigh = q.High,
                Unit = kind == ClaimKind.SameLevel ? ClaimUnit.Ratio : q.Unit,
                Tolerance = kind == ClaimKind.SameLevel ? ClaimTolerance.Percent(10) : tolerance,
                PrecisionNote = kind == ClaimKind.SameLevel ? "\"the level of\" another year: within ±10 % of it" : precision,
                Note = "drafted from the text; confirm before checking",
                Product = kind is ClaimKind.ProductShare or ClaimKind.ImportShare ? product : Product.AllGoods,
                Bound = bound,
            };
            yield return new DraftClaim(claim, confidence, undetermined);
        }
    }

    /// <summary>The pair the text last spoke of, filling what a clause left open: both, or the one the clause does not name.</summary>
    private static (Economy Economy, Economy Partner) Complete((Economy A, Economy B) last, Economy? economy, Economy? partner)
        => economy is null && partner is null ? (last.A, last.B)
            : economy is not null ? (economy, economy.Equals(last.A) ? last.B : last.A)
            : (partner!.Equals(last.A) ? last.B : last.A, partner);

    /// <summary>A quantity drafted as not-checkable, with the pair and year the clause names and the reason.</summary>
    private static DraftClaim NotCheckableDraft(string section, string quote, string text, Quantity q, string reason, string idKind = "x")
    {
        var years = Years(text).ToList();
        var who = Countries(text);
        var year = years.Count > 0 ? years[^1] : (int?)null;
        return new DraftClaim(
            new Claim
            {
                Id = Id(idKind, who.FirstOrDefault(), year),
                Section = section,
                Quote = quote,
                Kind = ClaimKind.NotCheckable,
                Economy = who.ElementAtOrDefault(0),
                Partner = who.ElementAtOrDefault(1),
                Side = ReportingSide.Reporter,
                Year = year,
                Stated = q.Value,
                StatedHigh = q.High,
                Unit = q.Unit,
                Note = reason,
            },
            DraftConfidence.High, []);
    }

    /// <summary>
    /// The part-of-year words of the nearest sentence before (up to four back) that names a period: a match when that period is part of
    /// a year, none when it is a whole year or no sentence names one.
    /// </summary>
    private static Match PeriodBefore(Clause clause, List<Sentence> sentences)
    {
        var inSentence = PartialPeriod().Match(clause.Enclosing[..Math.Min(clause.Offset, clause.Enclosing.Length)]);
        if (inSentence.Success)
        {
            return inSentence;
        }

        // A parenthesis belongs to its sentence: "(worth $12.23bn) with Uzbekistan during the first 11 months of 2023" is part of a year,
        // as the words after it say; "in 2022 … compared to the figure for 2021 ($3.4 billion)" has the sentence's years, whatever
        // the sentences before said.
        if (IsParenthesis(clause) && clause.Enclosing.IndexOf(')', clause.Offset) is var close and > 0)
        {
            var rest = clause.Enclosing[(close + 1)..];
            var segment = rest[..(rest.IndexOfAny([',', ';']) is var cut and >= 0 ? cut : rest.Length)];
            if (PartialPeriod().Match(segment) is { Success: true } after)
            {
                return after;
            }

            var outside = clause.Enclosing[..clause.Offset] + " " + rest;
            if (StatedYears(outside).Any() && !SamePeriod().IsMatch(outside))
            {
                return Match.Empty;
            }
        }

        for (var k = clause.Sentence - 1; k >= Math.Max(0, clause.Sentence - (2 * ContextBefore)); k--)
        {
            var text = sentences[k].Text;
            if (PartialPeriod().Match(text) is { Success: true } part)
            {
                return part;
            }

            // "В этом году экспорт … вырос в три раза. Импорт тоже увеличился на 28 процентов": a year not over.
            if (!StatedYears(text).Any() && ThisYear().Match(text) is { Success: true } thisYear)
            {
                return thisYear;
            }

            if ((StatedYears(text).Any() && !SamePartPeriod(text)) || RelativeYear().IsMatch(text))
            {
                return Match.Empty;
            }
        }

        return Match.Empty;
    }

    /// <summary>
    /// "the same period of 2022" as the part of a year the sentences before name; not when the sentence names a whole year ("for the
    /// entire year of 2021, … while for the same period in 2020"): then the same period is that year.
    /// </summary>
    private static bool SamePartPeriod(string text) => SamePeriod().IsMatch(text) && !WholeYear().IsMatch(text);

    [GeneratedRegex(@"\b(?:(?:the\s+)?(?:entire|whole|full)\s+year|за\s+весь)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WholeYear();

    /// <summary>Two economies joined by "and" after a partner's word ("to the UAE and Hong Kong", "by the UAE and Hong Kong"), not "between"; null when none.</summary>
    private static string? TwoPartnersTogether(string text)
    {
        if (RespectivelyWord().IsMatch(text))
        {
            return null;
        }

        var mentions = Named(text).Where(m => m.Economy.IsCountry).ToList();
        for (var i = 0; i + 1 < mentions.Count; i++)
        {
            var (a, b) = (mentions[i], mentions[i + 1]);
            if (!a.Economy.Equals(b.Economy) && Rule(@"^(?:\s*\([^)]*\))?\s+(?:and|и)\s+(?:the\s+)?$", RegexOptions.IgnoreCase).IsMatch(text[(a.Index + a.Length)..b.Index])
                && Rule(@"\b(?:to|by|from|with|for)\s+(?:the\s+)?$", RegexOptions.IgnoreCase).IsMatch(text[..a.Index]))
            {
                return text[a.Index..(b.Index + b.Length)];
            }
        }

        return null;
    }

    /// <summary>
    /// The number's own part (between commas) names no economy, and every name of the clause stands in another part that opens with
    /// a contrast ("while", "but", "whereas") and holds a figure of its own: "exports increased by 55.3%, while to Russia – only by 43%".
    /// </summary>
    private static bool NamesOnlyInContrastedFigure(string text, Quantity q)
    {
        var (from, to) = OwnPart(text, q);
        var mentions = Named(text).Where(m => m.Economy.IsCountry).ToList();
        if (mentions.Count == 0 || mentions.Any(m => m.Index >= from && m.Index < to))
        {
            return false;
        }

        return mentions.All(m =>
        {
            var (f, t) = PartAround(text, m.Index, m.Length, ',', ';');
            var part = text[f..t];
            return Rule(@"^\s*(?:while|whereas|but|and\s+while)\b", RegexOptions.IgnoreCase).IsMatch(part) && Rule(@"\d|-fold\b", RegexOptions.IgnoreCase).IsMatch(part);
        });
    }

    /// <summary>"exports and imports have increased by 2.8 and 2.3 times, respectively": the flow in the place of the number among the clause's two of its unit.</summary>
    private static TradeMeasure? FlowRespectively(string text, List<Quantity> quantities, Quantity q)
    {
        if (!RespectivelyWord().IsMatch(text)
            || Rule(@"\b(?<a>exports?|imports?)\s+and\s+(?<b>exports?|imports?)\b", RegexOptions.IgnoreCase).Match(text) is not { Success: true } flows)
        {
            return null;
        }

        var same = quantities.Where(x => x.Unit == q.Unit).ToList();
        var at = same.IndexOf(q);
        return same.Count != 2 || at < 0 || flows.Index > q.Index ? null
            : IsImport(flows.Groups[at == 0 ? "a" : "b"].Value) ? TradeMeasure.Imports : TradeMeasure.Exports;
    }

    /// <summary>A partner's word right before a name: "to", "from", "with", "next-door" after one of them ("imports from next-door China").</summary>
    [GeneratedRegex(@"\b(?:to|from|with)\s+(?:the\s+)?(?:next-door\s+|neighbou?ring\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex PartnerPreposition();

    /// <summary>"since 2017": the year a change is counted from.</summary>
    [GeneratedRegex(@"\bsince\s+(?<y>(?:19|20)\d\d)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SinceYear();

    /// <summary>"in recent years", "over the years": a change over no one period.</summary>
    [GeneratedRegex(@"\b(?:in|over|during)\s+(?:the\s+)?recent\s+years\b|\bover\s+the\s+years\b", RegexOptions.IgnoreCase)]
    private static partial Regex RecentYears();

    /// <summary>A visit to a country: "arrived in", "a visit to", "прибыл в", "с официальным визитом".</summary>
    [GeneratedRegex(@"\b(?:arrived|arrives|arriving)\s+in\b|\b(?:visit|trip)\s+to\b|\bприбыл\p{L}*\s+в\b|\bвизит\p{L}*\b", RegexOptions.IgnoreCase)]
    private static partial Regex VisitTo();

    /// <summary>Words that make a figure a pair's: "mutual", "bilateral", "between", "the two countries", "взаимный", "двусторонний".</summary>
    [GeneratedRegex(@"\b(?:mutual|bilateral|two-way|between|the\s+two\s+(?:countries|states|sides|nations))\b|взаимн\p{L}*|двусторон\p{L}*|\bмежду\b", RegexOptions.IgnoreCase)]
    private static partial Regex BilateralWords();

    [GeneratedRegex(@"\brespectively\b|соответственно", RegexOptions.IgnoreCase)]
    private static partial Regex RespectivelyWord();

    /// <summary>A fiscal year: "financial year 2021-22", "fiscal year 2022", "FY22", "FY2022-23", "in 2019-20" (a year and the next one's last two digits: not a date).</summary>
    [GeneratedRegex(@"\b(?:financial|fiscal)\s+year\b|\bFY\s?(?:\d{2}|\d{4})\b|\b(?:19|20)\d\d[-–/]\d\d\b(?![-–/:T]?\d)", RegexOptions.IgnoreCase)]
    private static partial Regex FiscalYear();

    /// <summary>An economy's own flow named by its possessive: "Armenia's exports", "Georgia's imports".</summary>
    [GeneratedRegex(@"\p{Lu}[\p{L}-]*['’]s\s+(?:total\s+|overall\s+)?(?:exports|imports)\b")]
    private static partial Regex OwnFlow();

    /// <summary>The clause is a parenthesis of its sentence.</summary>
    private static bool IsParenthesis(Clause clause) => clause.Offset < clause.Enclosing.Length && clause.Enclosing[clause.Offset] == '(';

    /// <summary>The measure the last trade word before a number names, or null.</summary>
    private static TradeMeasure? NearestMeasure(string lead)
    {
        var best = (Index: -1, Measure: (TradeMeasure?)null);
        foreach (var (regex, measure) in new[] { (ExportWords(), TradeMeasure.Exports), (ImportWords(), TradeMeasure.Imports), (StrictTurnoverWords(), TradeMeasure.Turnover) })
        {
            var last = regex.Matches(lead).LastOrDefault();
            if (last is not null && last.Index > best.Index)
            {
                best = (last.Index, measure);
            }
        }

        return best.Measure;
    }

    /// <summary>
    /// Years written relative to others as the years they are: "within a three-year span" after 2016 as 2019, and (with
    /// <paramref name="date"/>) "last year", "this year", "the year before last" as on that date.
    /// </summary>
    private static string ResolveRelativeYears(string text, DateOnly? date)
        => ResolveDateline(YearsLater().Replace(text, m => m.Groups["y"].Value + m.Groups["mid"].Value + "in "
            + (int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) + WordNumber(m.Groups["n"].Value)).ToString(CultureInfo.InvariantCulture)), date);

    /// <summary>"last year", "this year", "the year before last" as the years they are on <paramref name="date"/>; unchanged without a date.</summary>
    private static string ResolveDateline(string text, DateOnly? date)
        => date is not { } d ? text : RelativeYear().Replace(text, m => m.Groups["w"].Value.ToLowerInvariant() switch
        {
            var w when w.StartsWith("last", StringComparison.Ordinal) || w.Contains("past", StringComparison.Ordinal) => "in " + (d.Year - 1).ToString(CultureInfo.InvariantCulture),
            var w when w.Contains("before", StringComparison.Ordinal) => "in " + (d.Year - 2).ToString(CultureInfo.InvariantCulture),
            _ => "in " + d.Year.ToString(CultureInfo.InvariantCulture),
        });

    // ---- quantities ----

    private sealed record Quantity(int Index, int Length, double Value, double? High, ClaimUnit Unit, bool IsLevelOf, bool IsBase = false)
    {
        /// <summary>The value with the sign the words of its own part give it (a decline is negative; a share is never).</summary>
        public double? Signed(string clause)
            => Unit == ClaimUnit.Percent && High is null && Around(clause) is var part && DeclineWords().IsMatch(part) && !ShareWords().IsMatch(part) ? -Value : Value;

        /// <summary>A sum of money (dollars at any scale).</summary>
        public bool IsMoney => Unit is ClaimUnit.BillionUsd or ClaimUnit.MillionUsd or ClaimUnit.Usd;

        /// <summary>The part of the clause between the commas or semicolons around the number: "imports increased by 30 percent, exports decreased by 38 percent".</summary>
        private string Around(string clause)
        {
            var (from, to) = PartAround(clause, Index, Length, ',', ';');
            return clause[from..to];
        }
    }

    private static IEnumerable<Quantity> Quantities(string text)
    {
        var taken = new List<(int Start, int End)>();
        bool Free(Match m) => taken.All(t => m.Index >= t.End || m.Index + m.Length <= t.Start);
        foreach (Match m in MoneyRange().Matches(text))
        {
            taken.Add((m.Index, m.Index + m.Length));
            var scale = Scale(m.Groups["mult"].Value);
            // "increased … from $33.9 billion to $52.6 billion": two values, the year before's and the year's, not a range.
            if (m.Value.StartsWith("from", StringComparison.OrdinalIgnoreCase) && ChangeVerbBefore().IsMatch(text[..m.Index]))
            {
                var (a, b) = (m.Groups["a"], m.Groups["b"]);
                yield return new Quantity(a.Index, a.Length, Parse(a.Value) * scale.Factor, null, scale.Unit, false, IsBase: true);
                yield return new Quantity(b.Index, m.Index + m.Length - b.Index, Parse(b.Value) * scale.Factor, null, scale.Unit, false);
                continue;
            }

            yield return new Quantity(m.Index, m.Length, Parse(m.Groups["a"].Value) * scale.Factor, Parse(m.Groups["b"].Value) * scale.Factor, scale.Unit, false);
        }

        foreach (Match m in PercentRange().Matches(text))
        {
            if (Free(m))
            {
                taken.Add((m.Index, m.Index + m.Length));
                yield return new Quantity(m.Index, m.Length, Parse(m.Groups["a"].Value), Parse(m.Groups["b"].Value), ClaimUnit.Percent, false);
            }
        }

        var moneyBefore = -1;
        foreach (Match m in Money().Matches(text))
        {
            if (Free(m))
            {
                taken.Add((m.Index, m.Index + m.Length));
                var scale = Scale(m.Groups["mult"].Value);
                moneyBefore = moneyBefore < 0 ? m.Index : moneyBefore;
                // "957.400 USD", with no million or billion: a point between thousands, as dollars are never written to a tenth of a cent.
                var n = scale.Unit == ClaimUnit.Usd && scale.Factor == 1 && ThousandsPoint().IsMatch(m.Groups["n"].Value)
                    ? m.Groups["n"].Value.Replace(".", "", StringComparison.Ordinal)
                    : m.Groups["n"].Value;
                yield return new Quantity(m.Index, m.Length, Parse(n) * scale.Factor, null, scale.Unit, false);
            }
        }

        // "reached 5.7 billion US dollars, compared to 4.2 billion in 2021": a bare amount after dollars is dollars too.
        foreach (Match m in BareAmount().Matches(text))
        {
            if (moneyBefore >= 0 && m.Index > moneyBefore && Free(m))
            {
                taken.Add((m.Index, m.Index + m.Length));
                var scale = Scale(m.Groups["mult"].Value);
                yield return new Quantity(m.Index, m.Length, Parse(m.Groups["n"].Value) * scale.Factor, null, scale.Unit, false);
            }
        }

        foreach (Match m in Percent().Matches(text))
        {
            if (Free(m))
            {
                taken.Add((m.Index, m.Index + m.Length));
                yield return new Quantity(m.Index, m.Length, Parse(m.Groups["n"].Value), null, ClaimUnit.Percent, false);
            }
        }

        // "to increase the trade turnover by 2-2.5 times": a range of multiples, as "7-9 percent" is one of percentages.
        foreach (Match m in FoldRange().Matches(text))
        {
            if (Free(m))
            {
                taken.Add((m.Index, m.Index + m.Length));
                yield return new Quantity(m.Index, m.Length, Parse(m.Groups["a"].Value), Parse(m.Groups["b"].Value), ClaimUnit.Ratio, false);
            }
        }

        foreach (Match m in Fold().Matches(text))
        {
            if (Free(m))
            {
                yield return new Quantity(m.Index, m.Length, Parse(m.Groups["n"].Value), null, ClaimUnit.Ratio, false);
            }
        }

        foreach (Match m in LevelOf().Matches(text))
        {
            yield return new Quantity(m.Index, m.Length, 1, null, ClaimUnit.Ratio, true);
        }

        foreach (Match m in Counted().Matches(text))
        {
            if (Free(m))
            {
                yield return new Quantity(m.Index, m.Length, Parse(m.Groups["n"].Value), null, ClaimUnit.Count, false);
            }
        }
    }

    private static (double Factor, ClaimUnit Unit) Scale(string multiplier) => multiplier.ToLowerInvariant() switch
    {
        "billion" or "bn" or "bln" or "b" => (1, ClaimUnit.BillionUsd),
        "million" or "mln" or "mill" or "mil" or "m" or "mn" => (1, ClaimUnit.MillionUsd),
        "thousand" => (1000, ClaimUnit.Usd),
        _ => (1, ClaimUnit.Usd),
    };

    [GeneratedRegex(@"^\d{1,3}\.\d{3}$")]
    private static partial Regex ThousandsPoint();

    private static double Parse(string number) => double.Parse(number.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture);

    private static ClaimKind Kind(string text, Quantity q, Product product)
    {
        if (q.IsLevelOf)
        {
            return ClaimKind.SameLevel;
        }

        if (q.Unit == ClaimUnit.Ratio)
        {
            return ClaimKind.FoldChange;
        }

        if (q.Unit == ClaimUnit.Percent)
        {
            // "71.8 percent higher than", "…, indicating a 15.5 percent decrease": whatever "accounted for" the clause also says.
            if (ComparativeAfter().IsMatch(text[(q.Index + q.Length)..]))
            {
                return ClaimKind.Growth;
            }

            // "exports accounted for $51.3 million, marking a year-on-year increase of 27.8 percent": a change, named right before it.
            if (Rule(@"\b(?:increase|rise|growth|gain|jump|decrease|decline|drop|fall|reduction)\s+of\s*(?:about\s+|almost\s+|nearly\s+|over\s+|more\s+than\s+)?$", RegexOptions.IgnoreCase).IsMatch(text[..q.Index])
                && !Rule(@"^\s*(?:%|percent|per\s+cent)?\s*(?:of|in)\s+(?:the\s+)?(?:total|overall|its|\p{L}+['’]s)\b", RegexOptions.IgnoreCase).IsMatch(text[(q.Index + q.Length)..]))
            {
                return ClaimKind.Growth;
            }

            if (ShareWords().IsMatch(text))
            {
                return !product.IsAllGoods ? (ImportShareWords().IsMatch(text) ? ClaimKind.ImportShare : ClaimKind.ProductShare) : ClaimKind.ShareOfTotal;
            }

            return GrowthWords().IsMatch(text) ? ClaimKind.Growth : ClaimKind.NotCheckable;
        }

        if (q.High is not null)
        {
            return ClaimKind.Range;
        }

        return MeanWords().IsMatch(text) ? ClaimKind.Mean : ClaimKind.Value;
    }

    private static TradeMeasure? MeasureOf(string text, ClaimKind kind)
    {
        if (kind == ClaimKind.ImportShare)
        {
            return TradeMeasure.Imports;
        }

        if (StrictTurnoverWords().IsMatch(text))
        {
            return TradeMeasure.Turnover;
        }

        var exports = ExportWords().IsMatch(text);
        var imports = ImportWords().IsMatch(text);
        if (exports && !imports)
        {
            return TradeMeasure.Exports;
        }

        if (imports && !exports)
        {
            return TradeMeasure.Imports;
        }

        return TurnoverWords().IsMatch(text) || (exports && imports) ? TradeMeasure.Turnover : null;
    }

    // ---- economies ----

    /// <summary>Who trades with whom, from the clause's grammar: "X's exports to Y", "share of A in B's trade", "imported from X … of Y's imports", "between A and B".</summary>
    private static (Economy? Economy, Economy? Partner) Pair(string text, List<Economy> named, ClaimKind kind, TradeMeasure? measure, Quantity q)
    {
        if (named.Count == 0)
        {
            return (null, null);
        }

        var mentions = Named(text).Where(m => m.Economy.IsCountry).ToList();

        // A list of partners ("followed by Russia with $2.40 billion, the US with $2.05 billion"): the part of the clause between commas
        // around the number names one economy, the partner; the economy is the one the clause names as owner ("Georgia's").
        var (start, end) = (text.LastIndexOfAny([',', ';'], Math.Max(0, q.Index - 1)) + 1, text.IndexOfAny([',', ';'], q.Index + q.Length));
        end = end < 0 ? text.Length : end;
        var inPart = mentions.Where(m => m.Index >= start && m.Index < end).Select(m => m.Economy).Distinct().ToList();
        bool Possessive(EconomyMention m) => m.Index + m.Length <= text.Length && text.Substring(m.Index, m.Length).EndsWith("s", StringComparison.Ordinal)
            && text.Substring(m.Index, m.Length).Contains('\'', StringComparison.Ordinal);
        var owner = mentions.FirstOrDefault(Possessive)?.Economy;
        if (inPart.Count == 1 && named.Count > 2 && owner is not null && !owner.Equals(inPart[0]) && kind is ClaimKind.Value or ClaimKind.Growth)
        {
            return (owner, inPart[0]);
        }

        // "Azerbaijan was Georgia's largest partner in exports with $862 million": the owner trades with the other.
        if (inPart.Count == 2 && owner is not null && inPart.Contains(owner) && kind is ClaimKind.Value or ClaimKind.Growth)
        {
            return (owner, inPart.First(e => !e.Equals(owner)));
        }

        // "Italy was Azerbaijan's main trade partner as well, with a trade turnover amounting to $4.5 billion": the owner trades with its partner.
        if (owner is not null && named.Count == 2 && mentions.FirstOrDefault(m => !m.Economy.Equals(owner)
                && Rule(@"^\s+(?:is|was|became|remains|has\s+been)\s+(?:also\s+)?\p{Lu}[\p{L}-]*['’]s\s+(?:[\p{L}-]+\s+){0,3}?partner\b", RegexOptions.IgnoreCase).IsMatch(text[(m.Index + m.Length)..])) is { } ownersPartner)
        {
            return (owner, ownersPartner.Economy);
        }

        // Imports "from X to Y": Y imports from X. But "exports from X to Y …, while imports …": X is the exporter, and the imports
        // of the same sentence are X's too.
        var fromMention = mentions.FirstOrDefault(m => Rule("from\\s*(?:the\\s+)?$", RegexOptions.IgnoreCase).IsMatch(text[..m.Index]));
        if (measure == TradeMeasure.Imports && fromMention is not null && named.Count >= 2)
        {
            var exporter = Rule("\\b(?:export\\w*|sales|shipments|deliveries)\\s+(?:[\\w-]+\\s+){0,3}?from\\s*(?:the\\s+)?$", RegexOptions.IgnoreCase).IsMatch(text[..fromMention.Index])
                && fromMention.Index < q.Index && !Rule("\\bimport\\w*", RegexOptions.IgnoreCase).IsMatch(text[..fromMention.Index]);
            return exporter ? (fromMention.Economy, named.First(e => !e.Equals(fromMention.Economy))) : (named.First(e => !e.Equals(fromMention.Economy)), fromMention.Economy);
        }

        // "Armenian imports to Georgia", "goods imported into Kazakhstan": the economy after "to" or "into" is the one that imports.
        var intoMention = mentions.FirstOrDefault(m => Rule(@"\b(?:imports?|imported)\s+(?:[\w-]+\s+){0,3}?(?:to|into)\s*(?:the\s+)?$", RegexOptions.IgnoreCase).IsMatch(text[..m.Index]));
        if (measure == TradeMeasure.Imports && intoMention is not null && named.Count == 2)
        {
            return (intoMention.Economy, named.First(e => !e.Equals(intoMention.Economy)));
        }

        // Two sentences in one ("Georgian exports to Azerbaijan amounted to $502.7 million, while Azerbaijan exported $586 million"):
        // the part around the number, when it names an economy, names the one that trades.
        if (inPart.Count == 1 && named.Count == 2 && kind is ClaimKind.Value or ClaimKind.Growth && start > 0)
        {
            // … unless the part names it as the partner: "the trade turnover with Kyrgyzstan … amounted to $952 million", "Armenia, whose
            // economy …, increased its exports to Russia by 90%".
            var withPartner = mentions.Any(m => m.Index >= start && m.Index < end && m.Economy.Equals(inPart[0])
                && Rule(@"\bwith\s*(?:the\s+)?$|\b(?:export\w*|sales|shipments|deliveries|supplies)\s+(?:[\w-]+\s+){0,2}?to\s*(?:the\s+)?$|\bimport\w*\s+(?:[\w-]+\s+){0,2}?from\s*(?:the\s+)?$", RegexOptions.IgnoreCase).IsMatch(text[..m.Index]));
            var counterpart = named.First(e => !e.Equals(inPart[0]));
            return withPartner ? (counterpart, inPart[0]) : (inPart[0], counterpart);
        }

        Economy? After(string pattern) => mentions.FirstOrDefault(m => Rule(pattern + "\\s*(?:the\\s+)?$", RegexOptions.IgnoreCase).IsMatch(text[..m.Index]))?.Economy;
        if (kind == ClaimKind.ImportShare)
        {
            var importer = After("of") ?? mentions.LastOrDefault()?.Economy;
            var supplier = After("from") ?? named.FirstOrDefault(e => !e.Equals(importer));
            return (importer, supplier is not null && !supplier.Equals(importer) ? supplier : null);
        }

        if (kind == ClaimKind.ShareOfTotal)
        {
            // "the share of Azerbaijan in the total trade of Georgia": the total's owner, before a share's "of".
            var whole = After(@"\b(?:total|overall|foreign)\s+(?:[\w-]+\s+){0,3}?(?:of|in)") ?? After("in") ?? After("of") ?? mentions.LastOrDefault()?.Economy;
            // "Its share in total foreign trade with Pakistan is 0.4%": the economy after "with" is the part; the whole, the text's.
            if (After(@"\b(?:trade|turnover|exports|imports)\s+with") is { } withPart)
            {
                return (whole is not null && !whole.Equals(withPart) ? whole : null, withPart);
            }

            // "China accounted for 13.6 percent of Armenia's trade, compared with Russia's 30.3 percent": each share is of the name nearest before it.
            var part = (inPart.Count == 1 && !inPart[0].Equals(whole) ? inPart[0] : null)   // "…, while approximately 42% were attributed to Russia"
                ?? mentions.LastOrDefault(m => m.Index < q.Index && !m.Economy.Equals(whole))?.Economy ?? named.FirstOrDefault(e => !e.Equals(whole));
            // "Italy is Kazakhstan's first trading partner in Europe and the third after Russia and China, with a share of 11.1%": the
            // partner the sentence is about, not the names it is ranked after.
            if (mentions.FirstOrDefault(m => m.Index < q.Index && !m.Economy.Equals(whole)
                    && Rule(@"^(?:['’]s)?\s+(?:is|was|became|remains|has\s+become|ranks?|ranked)\b[^.;]{0,60}?\bpartner", RegexOptions.IgnoreCase).IsMatch(text[(m.Index + m.Length)..q.Index])) is { } subject)
            {
                part = subject.Economy;
            }

            return (whole, part);
        }

        // "exports to Azerbaijan", "imports from Azerbaijan": the one economy named is the partner; "exports from Kazakhstan": the economy.
        if (named.Count == 1 && kind is ClaimKind.Value or ClaimKind.Growth && measure is TradeMeasure.Exports or TradeMeasure.Imports)
        {
            const string exportWord = "\\b(?:export\\w*|sales|shipments|deliveries)\\s+(?:[\\w-]+\\s+){0,3}?";
            const string importWord = "\\b(?:import\\w*|purchases)\\s+(?:[\\w-]+\\s+){0,3}?";
            if ((measure == TradeMeasure.Exports ? After(exportWord + "to") : After(importWord + "from")) is { } partnerOnly)
            {
                return (null, partnerOnly);
            }

            if ((measure == TradeMeasure.Exports ? After(exportWord + "from") : After(importWord + "to")) is { } economyOnly)
            {
                return (economyOnly, null);
            }

            // "with Kazakhstan's exports reaching $3.1 billion": the owner of the flow is the economy.
            if (mentions.FirstOrDefault(m => Possessive(m) && Rule(@"^\s+(?:total\s+)?(?:exports?|imports?)\b", RegexOptions.IgnoreCase).IsMatch(text[(m.Index + m.Length)..])) is { } flowOwner)
            {
                return (flowOwner.Economy, null);
            }
        }

        // "exports increased by 55.3%, while to Russia – only by 43%", "growth … in the direction of the UAE – by 4.3 times": the one
        // economy named after a partner's word is the partner.
        // The English words only within the number's own part ("exports from Georgia increased by 9.1%, while imports rose by 14.0%":
        // Georgia is not the imports' partner); a Russian list item's "с Казахстаном" heads all its figures.
        Economy? OwnAfter(string pattern) => mentions.FirstOrDefault(m => m.Index >= start && m.Index < end && Rule(pattern + "\\s*(?:the\\s+)?(?:next-door\\s+|neighbou?ring\\s+)?$", RegexOptions.IgnoreCase).IsMatch(text[..m.Index]))?.Economy;
        if ((named.Count == 1 || inPart.Count == 1) && kind is ClaimKind.Value or ClaimKind.Growth or ClaimKind.FoldChange
            && (OwnAfter(measure == TradeMeasure.Imports ? "\\bfrom" : measure == TradeMeasure.Exports ? "\\bto" : "\\bwith") ?? OwnAfter("\\bwith")
                ?? OwnAfter("\\bdirection\\s+of") ?? After("(?<!\\p{L})(?:с|со)")) is { } partnerNamed)
        {
            return (null, partnerNamed);
        }

        // "Pakistani media: trade between Uzbekistan and the US …": the two economies "between" names are the pair.
        if (mentions.FirstOrDefault(m => Rule(@"\bbetween\s*(?:the\s+)?$", RegexOptions.IgnoreCase).IsMatch(text[..m.Index])) is { } one
            && mentions.FirstOrDefault(m => m.Index > one.Index && Rule(@"^(?:['’]s)?\s+and\s+(?:the\s+)?$", RegexOptions.IgnoreCase).IsMatch(text[(one.Index + one.Length)..m.Index])) is { } two
            && !one.Economy.Equals(two.Economy))
        {
            return (one.Economy, two.Economy);
        }

        var to = After("to") ?? After("with");
        var first = mentions[0].Economy;
        if (to is not null && !to.Equals(first))
        {
            return (first, to);
        }

        // "the trade turnover with Kyrgyzstan …, including exports from Uzbekistan": the economy named "with" is the partner, even first.
        if (to is not null && named.FirstOrDefault(e => !e.Equals(to)) is { } other && After("with") is not null)
        {
            return (other, to);
        }

        return named.Count >= 2 ? (named[0], named[1]) : (named[0], null);
    }

    /// <summary>
    /// "Turkey, Russia, China, the United States, and Germany were the top trading partners of Georgia in terms of imports, with
    /// USD 2.37 billion, USD 1.84 billion, …": the economies listed before the values, one for each, in order, with the economy
    /// named after "of" (or as owner); null when the clause is not such a list.
    /// </summary>
    private static (Economy?, Economy?)? Respectively(string text, List<Quantity> quantities, Quantity q)
    {
        var money = quantities.Where(x => x.Unit is ClaimUnit.BillionUsd or ClaimUnit.MillionUsd).OrderBy(x => x.Index).ToList();
        if (money.Count < 3 || !money.Contains(q))
        {
            return null;
        }

        var mentions = Named(text[..money[0].Index]).Where(m => m.Economy.IsCountry).ToList();
        var owner = mentions.FirstOrDefault(m => Rule("\\bof\\s*(?:the\\s+)?$", RegexOptions.IgnoreCase).IsMatch(text[..m.Index]))?.Economy;
        var listed = mentions.Select(m => m.Economy).Where(e => !e.Equals(owner)).Distinct().ToList();
        return owner is null || listed.Count != money.Count ? null : (owner, listed[money.IndexOf(q)]);
    }

    /// <summary>The countries <paramref name="text"/> names (no aggregates), each once, in the order first named.</summary>
    private static List<Economy> Countries(string text) => Named(text).Select(m => m.Economy).Where(e => e.IsCountry).Distinct().ToList();

    /// <summary>The economy the text is about: the one it names most often.</summary>
    private static Economy? HomeEconomy(List<Sentence> sentences) => EconomiesByMentions(sentences).FirstOrDefault();

    /// <summary>The economies a text names, the most named first (ties by code).</summary>
    private static List<Economy> EconomiesByMentions(List<Sentence> sentences)
        => sentences.SelectMany(s => Named(s.Text)).Where(m => m.Economy.IsCountry)
            .GroupBy(m => m.Economy).OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Code, StringComparer.Ordinal).Select(g => g.Key).ToList();

    // ---- years ----

    private static (int? Base, int? Year, string? Note) YearsOf(string text, Clause clause, Quantity q, ClaimKind kind, string context, string around, int latest, int onlyYear, string previous, Func<string> earlier)
    {
        // "… compared to 2021 ($605.6 million)": a value in parentheses right after a year of comparison is that year's.
        if (kind == ClaimKind.Value && clause.Offset > 0 && clause.Offset <= clause.Enclosing.Length && YearBeforeParenthesis().Match(clause.Enclosing[..clause.Offset]) is { Success: true } paren
            && ComparedWithYear(clause.Enclosing[..paren.Groups["y"].Index]))
        {
            return (null, int.Parse(paren.Groups["y"].Value, CultureInfo.InvariantCulture), null);
        }

        // The same within one clause (a Russian sentence is one): "по сравнению с 2020 годом (36,2 миллиарда долларов)".
        if (kind == ClaimKind.Value && YearOpeningParenthesis().Match(text[..q.Index]) is { Success: true } opened
            && ComparedWithYear(text[..opened.Groups["y"].Index]))
        {
            return (null, int.Parse(opened.Groups["y"].Value, CultureInfo.InvariantCulture), null);
        }

        var comparison = LevelOf().Matches(text).Select(m => int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture)).ToHashSet();
        // The comparison a number's own words make ("a 24% decrease as compared to 2023 and a 29% decrease as compared to 2022"): the first
        // after it, else the last before it.
        var bases = BaseYear().Matches(text).Concat(LevelBase().Matches(text)).OrderBy(m => m.Index).ToList();
        var baseMatch = bases.FirstOrDefault(m => m.Index >= q.Index + q.Length && !SegmentBreak().IsMatch(text[(q.Index + q.Length)..m.Index]) && !Percent().IsMatch(text[(q.Index + q.Length)..m.Index]))
            ?? bases.LastOrDefault(m => m.Index < q.Index) ?? bases.FirstOrDefault() ?? Match.Empty;
        if (!baseMatch.Success)
        {
            baseMatch = BaseYearThroughValue().Match(text);
        }

        int? baseYear = baseMatch.Success ? int.Parse(baseMatch.Groups["y"].Value, CultureInfo.InvariantCulture) : null;

        // A value with its own year right after it ("$410.9 million in 2022") is that year's, whatever the clause's other years.
        var own = OwnYearAfter().Match(text[(q.Index + q.Length)..]);
        if (kind == ClaimKind.Value && own.Success)
        {
            return (null, int.Parse(own.Groups["y"].Value, CultureInfo.InvariantCulture), null);
        }

        // "$648 million in 2016 – against $783 million the previous year": the year before the one the clause names.
        if (kind == ClaimKind.Value && PreviousYearAfter().IsMatch(text[(q.Index + q.Length)..])
            && StatedYear(text[..q.Index]) is { } named)
        {
            return (null, named - 1, null);
        }

        var years = YearMatches(text).Where(y => !comparison.Contains(y.Year) && y.Year != baseYear).ToList();
        if (kind is ClaimKind.Growth or ClaimKind.FoldChange && baseYear is not null)
        {
            // "… in 2024, marking a 24% decrease as compared to 2023 and a 29% decrease as compared to 2022": 2023 is a base, not the year.
            var stated = StatedYears(text).Select(y => y.Index).ToHashSet();
            years = years.Where(y => stated.Contains(y.Index)).ToList();
        }
        var between = Between().Match(text);
        if (kind == ClaimKind.SameLevel)
        {
            var year = years.LastOrDefault(y => y.Index < q.Index)?.Year ?? LastYear(clause.Enclosing[..Math.Max(0, clause.Offset)]);
            return (comparison.FirstOrDefault(), year, year is null ? null : years.Count == 0 ? $"year from the sentence around: {year}" : null);
        }

        if (between.Success)
        {
            return (int.Parse(between.Groups["a"].Value, CultureInfo.InvariantCulture), int.Parse(between.Groups["b"].Value, CultureInfo.InvariantCulture), null);
        }

        // "В 2017–2025 годах товарооборот … увеличился в 4,7 раза": a change over the span of years the clause names.
        if (kind is ClaimKind.Growth or ClaimKind.FoldChange && baseYear is null && LastYearSpan(text) is var (spanFirst, spanLast) && spanFirst < spanLast)
        {
            return (spanFirst, spanLast, null);
        }

        var period = Period(text, latest);
        // "за последние пять лет они значительно выросли. Видим темпы порядка 2,5 раза роста": a change with no years of its own, after
        // a sentence that gives the past years and no figure, is over those years.
        var pastYearsBefore = period is null && kind is ClaimKind.Growth or ClaimKind.FoldChange && !YearMatches(text).Any() && !RelativeYear().IsMatch(text)
            && PastYears().IsMatch(previous) && !TradeQuantity().IsMatch(previous);
        if (pastYearsBefore)
        {
            period = Period(previous, latest);
        }

        var averaged = kind is ClaimKind.Mean or ClaimKind.Range or ClaimKind.ShareOfTotal or ClaimKind.ProductShare or ClaimKind.ImportShare;

        // An average "in 2008 and 2009" is over the years from the first to the last named.
        if (averaged && YearPair().Match(text) is { Success: true } pair
            && int.Parse(pair.Groups["a"].Value, CultureInfo.InvariantCulture) is var first && int.Parse(pair.Groups["b"].Value, CultureInfo.InvariantCulture) is var last && last > first)
        {
            return (first, last, null);
        }

        if (period is not null)
        {
            // Growth "over the last four years" is four years of change: from the year before the first of them.
            var start = (PastYears().IsMatch(text) || pastYearsBefore) && baseYear is null ? period.Value.From - 1 : period.Value.From;
            if (kind == ClaimKind.Value)
            {
                // "… increased 4.2-fold over the past five years, reaching $30.2 billion from $7.1 billion": the last year's, or the first's.
                return (null, FromValueBefore().IsMatch(text[..q.Index]) ? start : period.Value.To, null);
            }

            // "… over the past five years, trade has grown almost 13 times: from $13 million in 2014 to $362 million in 2019": the base
            // the sentence names through its value is the change's, not the period's count back.
            if (kind is ClaimKind.Growth or ClaimKind.FoldChange && baseYear is { } namedBase && years.Where(y => y.Year > namedBase).Select(y => y.Year).DefaultIfEmpty().Max() is var namedEnd and > 0)
            {
                return (namedBase, namedEnd, null);
            }

            return kind is ClaimKind.Growth or ClaimKind.FoldChange ? (start, period.Value.To, null) : (period.Value.From, period.Value.To, null);
        }

        if (averaged && (years.Count == 0 || AverageWords().IsMatch(text)))
        {
            // A share or mean with no year of its own speaks of the period the sentences around name.
            var near = Period(around, latest);
            if (near is not null)
            {
                return (near.Value.From, near.Value.To, $"period from the sentences around: {near.Value.From}–{near.Value.To}");
            }

            // "Turkmenistan's share in Uzbekistan's foreign trade was 2.1%" after "In 2021, …": the share of the year the text speaks of.
            var spoken = years.Count == 0 ? StatedYear(clause.Enclosing[..Math.Max(0, clause.Offset)]) ?? ContextYear(context) : null;
            if (spoken is null && years.Count == 0 && onlyYear > 0)
            {
                // "30% внешнеторговой деятельности Узбекистана приходится на долю РФ", in a text whose one trade figure is of 2016: that year's.
                return (onlyYear, onlyYear, $"year from the text, whose trade figures are all of {onlyYear}");
            }

            return spoken is { } one ? (one, one, $"year from the sentences before: {one}") : (null, null, "period");
        }

        int? end = years.LastOrDefault(y => y.Index < q.Index)?.Year ?? years.FirstOrDefault()?.Year;
        if (kind is ClaimKind.Growth or ClaimKind.FoldChange && own.Success && int.Parse(own.Groups["y"].Value, CultureInfo.InvariantCulture) is var ownYear && ownYear != baseYear)
        {
            end = ownYear;   // "by 42% in the first six months of 2014 and by 50% last year (2013) as compared to 2012"
        }
        string? note = null;
        if (end is null)
        {
            end = StatedYear(clause.Enclosing[..Math.Max(0, clause.Offset)]) ?? ContextYear(context);
            note = end is null ? null : $"year from the sentences before: {end}";
            if (end is null && kind is ClaimKind.Value or ClaimKind.FoldChange or ClaimKind.Growth && !RelativeYear().IsMatch(text) && ContextYear(earlier()) is { } spokenOf)
            {
                // A short article's later sentence that names no year speaks of the year the text last named (a headline's, often).
                end = spokenOf;
                note = $"year from the text before: {end}";
            }
        }

        // "Since 2017, trade has grown five-fold": from that year to the latest the text speaks of (or the last whole year before its date).
        if (kind is ClaimKind.Growth or ClaimKind.FoldChange && baseYear is { } since && (end is null || end <= since)
            && SinceYear().IsMatch(text) && latest > since)
        {
            end = latest;
            note = $"year: the latest the text speaks of, {latest}";
        }

        if (kind == ClaimKind.Value && end is not null && note is not null && FromValueBefore().IsMatch(text[..q.Index]) && ToValueAfter().IsMatch(text[(q.Index + q.Length)..]))
        {
            end -= 1;   // "over one year, trade doubled – from $1 billion to $2 billion": the first value is the year before's
            note += $" (the year before, as the value a change starts from): {end}";
        }

        // "If in 1992 bilateral trade amounted to $4.5 million, in 2018 it reached $8.4 billion, an increase of more than 1,800 times":
        // the change between the two values the sentence gives, from the earliest year it names, not against the year before.
        if (kind is ClaimKind.Growth or ClaimKind.FoldChange && baseYear is null && end is { } lastYear && Money().Count(text[..q.Index]) >= 2
            && !Rule(@"\by/y\b|\byear[-\s]on[-\s]year\b|\b(?:previous|preceding)\s+year\b|\ba\s+year\s+(?:earlier|before)\b", RegexOptions.IgnoreCase).IsMatch(text)
            && YearMatches(text[..q.Index]).Select(y => y.Year).Where(y => y < lastYear).DefaultIfEmpty().Min() is var firstValueYear and > 0)
        {
            baseYear = firstValueYear;
        }

        // "While in 2021, Armenia imported $1.8 billion …, in 2024 this figure increased 5.1-fold": against the figure's own year.
        if (kind is ClaimKind.Growth or ClaimKind.FoldChange && baseYear is null && end is { } endYear && ThisFigure().IsMatch(text)
            && YearMatches(text).Select(y => y.Year).Where(y => y < endYear).DefaultIfEmpty().Max() is var figureYear and > 0)
        {
            baseYear = figureYear;
        }

        if (kind is ClaimKind.Growth or ClaimKind.FoldChange && baseYear is null && end is not null && YearsAgo().Match(text) is { Success: true } ago)
        {
            baseYear = end - WordNumber(ago.Groups["n"].Value);   // "almost double what it was six years ago": six years before the year stated
            var from = $"base year from \"{ago.Value}\" before {end}: {baseYear}";
            note = note is null ? from : $"{note}; {from}";
        }

        if (kind is ClaimKind.Growth or ClaimKind.FoldChange && baseYear is null && end is not null)
        {
            baseYear = end - 1;   // "in 2009 … dropped by 50 percent": against the year before
        }

        if (kind is ClaimKind.Value)
        {
            baseYear = null;
        }

        if (averaged && baseYear is null && end is not null)
        {
            baseYear = end;   // "in 2020, machinery accounted for 37 percent": a share of that one year
        }

        return (baseYear, end, note);
    }

    /// <summary>
    /// The year of the sentence before's money figure that is the sum of this sentence's two (exports and imports of a turnover, to
    /// half a percent of it), if the sentence before names that figure's year right after it; else null.
    /// </summary>
    private static int? YearOfTheirSum(List<Quantity> quantities, string previous)
    {
        var money = quantities.Where(x => x.IsMoney && x.High is null).ToList();
        if (money.Count != 2 || previous.Length == 0)
        {
            return null;
        }

        var sum = money.Sum(x => x.Value * Dollars(x.Unit));
        foreach (var whole in Quantities(previous).Where(x => x.IsMoney && x.High is null))
        {
            var value = whole.Value * Dollars(whole.Unit);
            if (Math.Abs(value - sum) <= 0.005 * value && OwnYearAfter().Match(previous[(whole.Index + whole.Length)..]) is { Success: true } own)
            {
                return int.Parse(own.Groups["y"].Value, CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    private static double Dollars(ClaimUnit unit) => unit switch
    {
        ClaimUnit.BillionUsd => 1e9,
        ClaimUnit.MillionUsd => 1e6,
        _ => 1,
    };

    private static (int From, int To)? Period(string text, int latest)
    {
        if (latest == 0)
        {
            return null;
        }

        var decades = Decades().Match(text);
        if (decades.Success)
        {
            var n = decades.Groups["n"].Success ? WordNumber(decades.Groups["n"].Value) : 1;
            return (latest - (10 * n) + 1, latest);
        }

        var yearsBack = PastYears().Match(text);
        if (yearsBack.Success)
        {
            var n = WordNumber(yearsBack.Groups["n"].Value);
            return (latest - n + 1, latest);
        }

        return null;
    }

    private static int WordNumber(string word) => word.ToLowerInvariant() switch
    {
        "two" => 2, "three" => 3, "four" => 4, "five" => 5, "six" => 6, "seven" => 7, "eight" => 8, "nine" => 9, "ten" => 10,
        var digits when int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) => n,
        _ => 1,
    };

    private sealed record YearAt(int Year, int Index);

    private static IEnumerable<YearAt> YearMatches(string text)
        => YearPattern().Matches(text).Select(m => new YearAt(int.Parse(m.Value, CultureInfo.InvariantCulture), m.Index));

    private static IEnumerable<int> Years(string text) => YearMatches(text).Select(y => y.Year);

    private static int? LastYear(string text) => YearMatches(text).LastOrDefault()?.Year;

    /// <summary>
    /// The year the sentences before speak of: their last stated year outside parentheses ("in 2021 … $952 million (in 2020 – $907.2
    /// million)" speaks of 2021), else the last stated year.
    /// </summary>
    private static int? ContextYear(string text)
    {
        // The day of an event ("the Declaration, adopted on 27 July 2000") is no period a later figure is of.
        var eventDays = EventDay().Matches(text).Select(m => m.Groups["y"].Index).ToHashSet();
        var inParentheses = Parenthesis().Matches(text).Select(m => (m.Index, End: m.Index + m.Length)).ToList();
        var years = StatedYears(text).Where(y => !eventDays.Contains(y.Index)).ToList();
        return years.LastOrDefault(y => !inParentheses.Any(p => y.Index >= p.Index && y.Index < p.End))?.Year ?? years.LastOrDefault()?.Year;
    }

    /// <summary>A day, month and year: "27 июля 2000", "15 July 2021", "July 15, 2021".</summary>
    [GeneratedRegex(@"\b\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)\s+(?<y>(?:19|20)\d\d)\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+(?<y>(?:19|20)\d\d)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EventDay();

    /// <summary>The last year of <paramref name="text"/> that is not a base of comparison ("compared to 2022" names no year a figure is of).</summary>
    private static int? StatedYear(string text) => StatedYears(text).LastOrDefault()?.Year;

    /// <summary>
    /// The years in <paramref name="text"/> (from <paramref name="from"/> to <paramref name="to"/>, positions in the whole text) that
    /// are not bases of comparison, judged by the words before each in the whole text.
    /// </summary>
    private static IEnumerable<YearAt> StatedYears(string text, int from = 0, int? to = null)
        => YearMatches(text[from..(to ?? text.Length)]).Where(y => !ComparedWithBefore().IsMatch(text[..(from + y.Index)]));

    /// <summary>The part of a clause between the commas around a number.</summary>
    private static (int From, int To) OwnPart(string text, Quantity q) => PartAround(text, q.Index, q.Length, ',');

    /// <summary>The bounds of the part of <paramref name="text"/> between the <paramref name="breaks"/> around the span at <paramref name="index"/>.</summary>
    private static (int From, int To) PartAround(string text, int index, int length, params char[] breaks)
    {
        var from = index <= 0 ? 0 : text.LastIndexOfAny(breaks, Math.Min(index, text.Length) - 1) + 1;
        var to = text.IndexOfAny(breaks, Math.Min(index + length, text.Length));
        return (from, to < 0 ? text.Length : to);
    }

    /// <summary>The measure a number names right after it: "1.2% in exports", "2.8% of imports".</summary>
    private static TradeMeasure? MeasureRightAfter(string after)
    {
        // "130.0 million dollars or 71.6% accounted for exports": the flow its share names.
        if (ChangeInDollarsAfter().Match(after) is { Success: true } share && FlowShareAfter().IsMatch(after[share.Length..]))
        {
            after = after[share.Length..];
        }

        var m = MeasureAfter().Match(after);
        return !m.Success ? null : m.Groups["w"].Value.StartsWith("ex", StringComparison.OrdinalIgnoreCase) ? TradeMeasure.Exports : TradeMeasure.Imports;
    }

    // ---- precision ----

    [GeneratedRegex(@"\d+\.(?<f>\d+)")]
    private static partial Regex WrittenDecimal();

    private static (ClaimTolerance Tolerance, string Note) Precision(Quantity q, string text)
    {
        var about = Approximately().IsMatch(text[..q.Index]);
        var digits = q.Value.ToString("R", CultureInfo.InvariantCulture);
        if (q.Unit == ClaimUnit.Ratio && about)
        {
            return (ClaimTolerance.Percent(25), "\"about\" a round number: ±25 %");
        }

        var decimals = digits.Contains('.', StringComparison.Ordinal) ? digits.Length - digits.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
        // The digits as written: "USD 7.00 million" is stated to the cent of a million, ±0.005, though its value is 7.
        if (WrittenDecimal().Match(text, q.Index, q.Length) is { Success: true } written && written.Groups["f"].Length > decimals
            && Parse(written.Value) == q.Value)
        {
            decimals = written.Groups["f"].Length;
        }

        if (about)
        {
            return (ClaimTolerance.Percent(25), "\"about\": ±25 %");
        }

        if (decimals == 0 && q.Unit == ClaimUnit.Usd && q.Value >= 1000 && q.Value % 1000 == 0)
        {
            return (ClaimTolerance.Absolute(500), "thousands of dollars: ±$500");
        }

        // "957,400 USD": to the hundred dollars, ±$50.
        if (decimals == 0 && q.Unit == ClaimUnit.Usd && q.Value >= 1000 && q.Value % 100 == 0)
        {
            return (ClaimTolerance.Absolute(50), "hundreds of dollars: ±$50");
        }

        var half = 0.5 / Math.Pow(10, decimals);
        var tolerance = ClaimTolerance.Absolute(half);
        return (tolerance, decimals == 0 ? "a whole number: ±0.5" : $"{decimals} decimal(s): ±{tolerance}");
    }

    // ---- text ----

    /// <summary>Joins lines, undoes hyphenation at line ends, turns odd spaces (no-break, U+FFFD between words) into spaces and curly apostrophes into straight ones.</summary>
    private static string Normalize(string text, ISet<string>? headlines = null)
    {
        var t = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        t = LineHyphen().Replace(t, "$1$2");
        t = t.Replace('\u00A0', ' ').Replace('\uFFFD', ' ').Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u2009', ' ').Replace('\u202F', ' ');
        // Characters a reader never sees (zero-width spaces and joiners, word joiner, byte-order mark, soft hyphen) are read as the
        // reader reads the text: "$2.4\u200B3 billion" is $2.43 billion, never $2.4 followed by a stray 3.
        t = Invisible().Replace(t, "");
        t = Urls().Replace(t, " ");   // "%20" and dates in addresses are not quantities
        // Headings, running heads, page numbers and captions make no claims: short blocks with no sentence punctuation.
        // A text whose lines are paragraphs (most end a sentence) breaks a paragraph at each line, so that a headline line is a
        // heading, not the start of the next sentence; a hard-wrapped text (most lines end mid-sentence) keeps its lines joined.
        // A line that is a page's date and time or a bare count ("11.03.2024г. в 20:30", "561" views) is the page's furniture, not text.
        t = PageFurnitureLine().Replace(t, "");
        var lines = t.Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0).ToList();
        if (lines.Count >= 3 && lines.Count(l => ".!?»\"”:".Contains(l[^1], StringComparison.Ordinal)) * 2 > lines.Count)
        {
            t = string.Join("\n\n", t.Split('\n'));
        }

        // Else a line that states a trade figure with no closing stop, over a line that opens with a capital, is a headline all the same
        // ("Мантуров: Товарооборот … по итогам 2024 года превысил 10 млрд долларов" over "Товарооборот … по итогам прошлого года …"),
        // unless it ends on a word that carries the sentence on ("… reached $5 billion with" over "Uzbekistan …"), as a wrapped line does.
        t = LineOverCapital().Replace(t, m => IsOpenHeadline(m.Groups["line"].Value) && IsTradeHeadline(m.Groups["line"].Value) ? m.Groups["line"].Value + "\n\n" : m.Value);

        // A headline that states a trade figure ("Trade between Kazakhstan and Uzbekistan doubled in 2017") is a claim all the same:
        // kept, as a sentence of its own.
        var blocks = BlankLines().Split(t)
            .Select(b => !IsHeading(b) ? b : IsTradeHeadline(b) ? Headline(b.Trim()) : null)
            .OfType<string>();
        string Headline(string line)
        {
            headlines?.Add(Spaces().Replace(line, " ") + ".");
            return line + ".";
        }

        return string.Join("\n\n", blocks);
    }

    /// <summary>
    /// The economy a figure is listed for: named right before it ("Россия ($5,6 млрд)", "с Афганистаном – $776,9 млн"), or in order
    /// when names and figures are given "respectively"; null otherwise.
    /// </summary>
    private static Economy? ListedPartner(string text, List<Quantity> quantities, Quantity q)
    {
        var mentions = Named(text).Where(m => m.Economy.IsCountry).ToList();
        if (mentions.LastOrDefault(m => m.Index + m.Length <= q.Index) is { } before && NameThenFigure().IsMatch(text[(before.Index + before.Length)..q.Index]))
        {
            return before.Economy;
        }

        if (Rule(@"\b(?:respectively|соответственно)\b", RegexOptions.IgnoreCase).Match(text, q.Index + q.Length) is not { Success: true } respectively)
        {
            return null;
        }

        var figures = quantities.Where(x => x.IsMoney && x.Index < respectively.Index && x.Index > (mentions.FirstOrDefault()?.Index ?? int.MaxValue)).ToList();
        var names = mentions.Where(m => figures.Count > 0 && m.Index < figures[0].Index).Select(m => m.Economy).Distinct().ToList();
        return names.Count >= 2 && names.Count == figures.Count && figures.IndexOf(q) is var i and >= 0 ? names[i] : null;
    }

    [GeneratedRegex(@"^\s*(?:\(|[–—-]\s*)\s*$")]
    private static partial Regex NameThenFigure();

    /// <summary>
    /// "an almost 50 percent surge in Armenian exports to China": a flow named with both its economies ("Armenian exports to China",
    /// "Kazakhstan's imports from Russia"), the nearest to the number, when it is the number's measure; null when there is none.
    /// </summary>
    private static (Economy?, Economy?)? FlowPhrase(string text, Quantity q, TradeMeasure? measure)
    {
        if (measure is not (TradeMeasure.Exports or TradeMeasure.Imports))
        {
            return null;
        }

        // Only in the number's own part of the clause: "Georgian exports to Azerbaijan amounted to $502.7 million, while Azerbaijan
        // exported goods worth $586 million to the country" names the first flow for the first number alone.
        var (from0, to0) = OwnPart(text, q);
        if (from0 > 1 && Rule(@"^[\s,]*(?:which|that|которы\w+)\b", RegexOptions.IgnoreCase).IsMatch(text[from0..]))
        {
            from0 = PartAround(text, from0 - 2, 0, ',').From;   // "… surge in Armenian exports to China, which totaled $290 million"
        }

        var mentions = Named(text).Where(m => m.Economy.IsCountry && m.Index >= from0 && m.Index + m.Length <= to0).ToList();
        (Economy, Economy, int Distance)? nearest = null;
        for (var i = 0; i + 1 < mentions.Count; i++)
        {
            var between = text[(mentions[i].Index + mentions[i].Length)..mentions[i + 1].Index];
            var (from, to) = (mentions[i].Economy, mentions[i + 1].Economy);
            string? word = null;
            if (FlowBetweenNames().Match(between) is { Success: true } flow)
            {
                // "Armenian exports to China", "Kazakhstan's imports from Russia"; imports "to" a name are that name's.
                word = flow.Groups["f"].Value;
                (from, to) = IsImport(word) && flow.Groups["d"].Value.Equals("to", StringComparison.OrdinalIgnoreCase) ? (to, from) : (from, to);
            }
            else if (GoodsBetweenNames().IsMatch(between) && FlowOfBefore().Match(text[..mentions[i].Index]) is { Success: true } of)
            {
                // "the import of Chinese goods to Armenia": Armenia's imports from China.
                word = of.Groups["f"].Value;
                (from, to) = IsImport(word) ? (to, from) : (from, to);
            }
            else if (GoodsBetweenNames().IsMatch(between) && DemandForBefore().IsMatch(text[..mentions[i].Index]))
            {
                // "the demand for Chinese goods in Kazakhstan … imports increasing": Kazakhstan's imports from China.
                word = "imports";
                (from, to) = (to, from);
            }

            if (word is not null && (IsImport(word) ? TradeMeasure.Imports : TradeMeasure.Exports) == measure)
            {
                var distance = Math.Min(Math.Abs(mentions[i].Index - q.Index), Math.Abs(mentions[i + 1].Index - q.Index));
                if (nearest is null || distance < nearest.Value.Distance)
                {
                    nearest = (from, to, distance);
                }
            }
        }

        return nearest is var (economy, partner, _) ? (economy, partner) : null;
    }

    private static bool IsImport(string word) => word.StartsWith("im", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^(?:['’]s)?\s+(?<f>exports?|imports?)\s+(?:of\s+goods\s+)?(?<d>to|from)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex FlowBetweenNames();

    [GeneratedRegex(@"^\s+(?:goods|products)\s+(?:to|into|in)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex GoodsBetweenNames();

    [GeneratedRegex(@"\b(?:demand|appetite)\s+for\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex DemandForBefore();

    [GeneratedRegex(@"\b(?<f>exports?|imports?)\s+of\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex FlowOfBefore();

    /// <summary>
    /// "The share of Azerbaijan in the total trade of the neighbouring country": where the clause names one economy of the pair the
    /// text speaks of, "the neighbouring country" is the other, named.
    /// </summary>
    private static string NeighbourNamed(string text, (Economy, Economy)? pair)
    {
        if (pair is not var (a, b) || NeighbouringCountry().Match(text) is not { Success: true } neighbour)
        {
            return text;
        }

        var named = Named(text).Select(m => m.Economy).Distinct().ToList();
        var other = named.Count == 1 && named[0].Equals(a) ? b : named.Count == 1 && named[0].Equals(b) ? a : null;
        return other is null ? text : string.Concat(text.AsSpan(0, neighbour.Index), other.Name, text.AsSpan(neighbour.Index + neighbour.Length));
    }

    [GeneratedRegex(@"\bthe\s+(?:neighbou?ring|South\s+Caucasus|Central\s+Asian|Caucasian)\s+(?:country|state|republic)\b|\bсоседн\w+\s+(?:стран\w*|государств\w*|республик\w*)", RegexOptions.IgnoreCase)]
    private static partial Regex NeighbouringCountry();

    /// <summary>
    /// The latest year a text reports part of ("in January-February 2019", "the first half of 2023"; a Russian sentence as its gloss),
    /// with the words that say so; null when it names none, or when no sentence speaks of a part of "this year". A part to November is
    /// left out: it is often reported in the January after.
    /// </summary>
    private static (int Year, string Said)? ReportedPartOfYear(List<Sentence> sentences)
    {
        // Only a text that speaks of a part of "this year", or of a part of a year and of "last year" ("Trade … in January-May, 2023 …
        // Imports … last year totaled $100.4 million"), says it was written in the year it reports part of.
        if (!sentences.Any(x => PartialPeriod().IsMatch(x.Text) && ThisYear().IsMatch(x.Text))
            && !(sentences.Any(x => PartialPeriod().IsMatch(x.Text)) && sentences.Any(x => RelativeYear().Matches(x.Text).Any(m => m.Value.StartsWith("last", StringComparison.OrdinalIgnoreCase)))))
        {
            return null;
        }

        (int Year, string Said)? latest = null;
        foreach (var sentence in sentences)
        {
            foreach (Match part in PartialPeriod().Matches(sentence.Text))
            {
                // A part that runs to November is often reported in the January after: it dates nothing.
                if (!ToNovember().IsMatch(part.Value) && PartYear().Match(sentence.Text, part.Index + part.Length) is { Success: true } y
                    && int.Parse(y.Groups["y"].Value, CultureInfo.InvariantCulture) is var year && (latest is null || year > latest.Value.Year))
                {
                    latest = (year, sentence.Text.Substring(part.Index, y.Index + y.Length - part.Index));
                }
            }
        }

        return latest;
    }

    [GeneratedRegex(@"\b(?:this|the\s+current)\s+year\b", RegexOptions.IgnoreCase)]
    private static partial Regex ThisYear();

    /// <summary>
    /// The one year the text's headline (a heading line among its first three: short, no sentence punctuation) reports of trade as a
    /// whole year (no part of a year, no target), when it is the latest year the text names and the text speaks of "last year"; else null.
    /// </summary>
    private static int? HeadlineYear(string body, List<Sentence> sentences, bool inDollars)
    {
        // A heading, or a headline line with a speaker before a colon ("Мантуров: Товарооборот … по итогам 2024 года превысил 10 млрд
        // долларов"): short, with no closing stop.
        var heads = body.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Take(3)
            .Where(l => IsHeading(l) || (l.Length < 150 && IsOpenHeadline(l)))
            .Select(l => IsRussian(l) ? RussianGloss(l, inDollars) : l)
            .Where(l => TradeWords().IsMatch(l)).ToList();
        if (heads.Count == 0 || !sentences.Any(x => RelativeYear().Matches(x.Text).Any(m => m.Value.StartsWith("last", StringComparison.OrdinalIgnoreCase)))
            || heads.Any(x => PartialPeriod().IsMatch(x) || TargetWords().IsMatch(x)))
        {
            return null;
        }

        var years = heads.SelectMany(x => StatedYears(x)).Select(y => y.Year).Distinct().ToList();
        return years is [var year] && !sentences.Any(x => YearMatches(x.Text).Any(y => y.Year > year)) ? year : null;
    }

    /// <summary>
    /// The year a text with no date compares "last year" with: the base year of a comparison in the sentence that says "last year" or
    /// the one after it ("в прошлом году. Он составил почти $2,5 млрд - на 3% меньше, чем в 2022 году"), when every such comparison
    /// names the same year and the text names no year after the next one; else null.
    /// </summary>
    private static int? LastYearByComparison(List<Sentence> sentences)
    {
        var bases = new HashSet<int>();
        for (var i = 0; i < sentences.Count; i++)
        {
            if (!RelativeYear().Matches(sentences[i].Text).Any(m => m.Value.StartsWith("last", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            foreach (var s in sentences.Skip(i).Take(2))
            {
                foreach (Match m in ComparedWithYear().Matches(s.Text))
                {
                    bases.Add(int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture));
                }
            }
        }

        return bases.Count == 1 && bases.First() is var year && !sentences.Any(x => YearMatches(x.Text).Any(y => y.Year > year + 1)) ? year : null;
    }

    /// <summary>"than in 2022", "чем в 2022", "compared with 2022": the year a figure is compared with.</summary>
    [GeneratedRegex(@"\b(?:than|чем|compared\s+(?:with|to)|against)[,\s]+(?:in\s+|в\s+)?(?<y>(?:19|20)\d\d)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ComparedWithYear();

    /// <summary>"the share of mineral raw materials in Russian exports" (a Russian gloss keeps its genitive and "в"): what the share is of, before "in".</summary>
    [GeneratedRegex(@"\bshare\s+(?:of\s+)?(?<what>(?:(?!(?:in|в|во|of|with|was|is|amounted)\b)[\p{L}-]+\s+){1,4}?)(?:in|в|во)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ShareOfGoods();

    [GeneratedRegex(@"Nov|eleven|\b11\b", RegexOptions.IgnoreCase)]
    private static partial Regex ToNovember();

    /// <summary>A year right after a part of a year ("… 2019", "… of 2019", "… in 2019").</summary>
    [GeneratedRegex(@"\G,?\s*(?:of\s+|in\s+)?(?<y>(?:19|20)\d\d)\b")]
    private static partial Regex PartYear();

    /// <summary>The first full date a text gives ("On 21 August 2014", "on August 21, 2014"), or null.</summary>
    private static DateOnly? DateInText(string text)
    {
        // A date before years the text speaks of is history ("established diplomatic relations on August 21, 1992" in a text on trade
        // in 2018–2020), not when the text was written.
        // Nor is the date of an event the text recounts ("The agreement was signed on July 15, 2021"): only "On DATE" opening a
        // sentence, or a date beside a word of saying or meeting ("the minister said on 21 August 2014").
        var latestYear = YearMatches(text).Select(y => y.Year).DefaultIfEmpty(0).Max();
        foreach (Match m in FullDateInText().Matches(text))
        {
            var near = text[Math.Max(0, m.Index - 60)..Math.Min(text.Length, m.Index + m.Length + 80)];
            var said = m.Value.StartsWith('O') || Rule(@"\b(?:said|says|told|stated|announced|noted|met|meeting|held|talks|reported|visit\w*)\b", RegexOptions.IgnoreCase).IsMatch(near);
            if (said && ParseDate(m.Groups["d"].Value) is { } date && date.Year >= latestYear)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>A date the text gives as when something was said or done ("On 21 August 2014", "on August 21, 2014"); a date in a caption ("…, September 23, 2020.") is not one.</summary>
    [GeneratedRegex(@"\b[Oo]n\s+(?<d>\d{1,2}\s+\p{Lu}\p{Ll}+\.?,?\s+(?:19|20)\d\d|\p{Lu}\p{Ll}+\.?\s+\d{1,2},?\s+(?:19|20)\d\d)\b")]
    private static partial Regex FullDateInText();

    /// <summary>The officials a text names: the economy of its envoys (when all of one), and each official's surname with the economy
    /// the words around it name ("вице-министр развития Польши Витольд Словик", "Kazakh Prime Minister Alikhan Smailov").</summary>
    /// <param name="Envoy">The economy of the envoys the text names ("Chinese Ambassador to Turkmenistan", "the Ambassador of US", "посол
    /// КНР", "китайский полпред"), when all of one.</param>
    /// <param name="BySurname">Each official's surname with his economy.</param>
    /// <param name="Dateline">The economy of the text's dateline ("TASHKENT, Uzbekistan, November 10"), where it reports from.</param>
    /// <param name="FirstNamedIn">Each official's surname with the first sentence that names it.</param>
    internal sealed record Speakers(Economy? Envoy, IReadOnlyDictionary<string, Economy> BySurname, Economy? Dateline, IReadOnlyDictionary<string, int> FirstNamedIn)
    {
        /// <summary>The economies of the officials the text has named up to sentence <paramref name="sentence"/>, each once.</summary>
        public List<Economy> OfficialsNamedBy(int sentence)
            => BySurname.Where(o => FirstNamedIn[o.Key] <= sentence).Select(o => o.Value).Distinct().ToList();
    }

    private static Speakers SpeakersOf(List<Sentence> sentences)
    {
        var bySurname = new Dictionary<string, Economy>(StringComparer.Ordinal);
        var clashing = new HashSet<string>(StringComparer.Ordinal);
        var envoys = new HashSet<Economy>();
        foreach (var text in sentences.SelectMany(sentence => new[] { sentence.Text, sentence.Original ?? "" }))
        {
            foreach (Match m in Official().Matches(text))
            {
                if (CountryNamed(m.Groups["of"].Value) is { } whose)
                {
                    var surname = m.Groups["sur"].Value;
                    if (bySurname.TryGetValue(surname, out var other) && !other.Equals(whose))
                    {
                        clashing.Add(surname);
                    }

                    bySurname.TryAdd(surname, whose);
                }
            }

            foreach (Match m in Envoy().Matches(text))
            {
                if (CountryNamed(m.Groups["of"].Value) is { } whose)
                {
                    envoys.Add(whose);
                }
            }
        }

        foreach (var surname in clashing)
        {
            bySurname.Remove(surname);
        }

        var dateline = sentences.Count > 0 && Dateline().Match(sentences[0].Text) is { Success: true } d ? CountryNamed(d.Groups["country"].Value) : null;
        var firstNamedIn = bySurname.Keys.ToDictionary(surname => surname, surname => sentences.FindIndex(x => (x.Original ?? x.Text).Contains(surname, StringComparison.Ordinal)) is var at and >= 0 ? at : int.MaxValue, StringComparer.Ordinal);
        return new Speakers(envoys.Count == 1 ? envoys.Single() : null, bySurname, dateline, firstNamedIn);
    }

    /// <summary>The first country <paramref name="words"/> name, or null.</summary>
    private static Economy? CountryNamed(string words) => Named(words).FirstOrDefault(n => n.Economy.IsCountry)?.Economy;

    /// <summary>A news agency's dateline: a city in capitals, then its country ("(MENAFN- Trend News Agency) TASHKENT, Uzbekistan, November 10").</summary>
    [GeneratedRegex(@"(?:^|\)\s*)\p{Lu}{3,}(?:[\s-]\p{Lu}{2,})*\s*,\s*(?<country>\p{Lu}\p{Ll}+)")]
    private static partial Regex Dateline();

    /// <summary>The economy of an official who speaks in <paramref name="sentence"/>, in the sentence before, or in the sentence after when
    /// that one attributes a quote ("…», — сказал В. Словик"); null when none does.</summary>
    private static Economy? SpeakerOf(string sentence, string previous, Sentence? next, Speakers speakers)
    {
        if ((EnvoySpeaking(sentence, speakers.Envoy) ?? EnvoySpeaking(previous, speakers.Envoy)) is { } envoy)
        {
            return envoy;
        }

        foreach (var text in new[] { sentence, previous, next is null ? "" : next.Text + " " + next.Original })
        {
            // "…, сообщил вице-министр развития Польши Витольд Словик": the official named with his country right after the verb.
            if (SpeechVerbThenOfficial().Match(text) is { Success: true } official && CountryNamed(official.Groups["of"].Value) is { } whose)
            {
                return whose;
            }

            foreach (Match m in SpeechBySurname().Matches(text))
            {
                if (speakers.BySurname.TryGetValue(m.Groups["sur"].Value, out var economy))
                {
                    return economy;
                }
            }
        }

        return null;
    }

    /// <summary>An official's title, his country (a name or an adjective) and his name: "вице-министр развития Польши Витольд Словик",
    /// "глава Казахстана Нурсултан Назарбаев", "Kazakh Prime Minister Alikhan Smailov".</summary>
    [GeneratedRegex(@"(?<![\p{L}-])(?:президент|глав|премьер-министр|министр|вице-министр|замминистр|вице-премьер|посол|полпред)\w*\s+(?:[\p{Ll}-]+\s+){0,3}?(?<of>\p{Lu}\p{L}+)\s+(?:(?:в|во)\s+\p{Lu}\p{L}+\s+)?(?:\p{Lu}\p{L}+\s+)?(?<sur>\p{Lu}\p{L}+)|(?<of>\p{Lu}\p{L}+)\s+(?:(?:Prime|Foreign|Deputy|Vice|Economy|Trade|First)\s+)*(?:President|Minister|Ambassador|Envoy|Premier)\s+(?:\p{Lu}\p{L}+\s+){0,2}(?<sur>\p{Lu}\p{L}+)")]
    private static partial Regex Official();

    [GeneratedRegex(@"(?:сказал|заявил|отметил|подчеркнул|сообщил)\w*\s+(?:(?:президент|глав|премьер-министр|министр|вице-министр|замминистр|вице-премьер)\w*\s+(?:[\p{Ll}-]+\s+){0,3}?)(?<of>\p{Lu}\p{L}+)")]
    private static partial Regex SpeechVerbThenOfficial();

    [GeneratedRegex(@"(?:сказал|заявил|отметил|подчеркнул|сообщил|\bsaid|\bnoted|\bstated|\badded|\bstressed)\w*\s+(?:\p{Lu}\.\s*)?(?<sur>\p{Lu}\p{L}+)|(?<sur>\p{Lu}\p{L}+)\s+(?:also\s+|также\s+)?(?:said|noted|stated|added|stressed|сказал|заявил|отметил|подчеркнул|сообщил)\b")]
    private static partial Regex SpeechBySurname();

    /// <summary>The economy of an envoy who speaks in <paramref name="sentence"/> ("the Chinese diplomat noted", "The Ambassador also
    /// noted", "китайский полпред отметил"): the one the words name, else the text's envoys'; null when no envoy speaks.</summary>
    private static Economy? EnvoySpeaking(string sentence, Economy? textEnvoy)
        => EnvoySpeaks().Match(sentence) is { Success: true } m
            ? CountryNamed(m.Groups["who"].Value) ?? textEnvoy
            : null;

    [GeneratedRegex(@"(?<of>\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)\s+(?:[Aa]mbassador|[Ee]nvoy)\b|\b[Aa]mbassador\s+of\s+(?:the\s+)?(?<of>\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)|(?<!\p{L})(?:посол|полпред)\w*\s+(?<of>\p{Lu}\p{L}+)|(?<of>\p{L}+ск\w*)\s+(?:посол|полпред|дипломат)")]
    private static partial Regex Envoy();

    [GeneratedRegex(@"\b(?<who>(?:\p{Lu}\p{L}+\s+)?(?:[Aa]mbassador|[Ee]nvoy|[Dd]iplomat))\s+(?:also\s+)?(?:noted|said|stated|added|stressed|emphasi[sz]ed|recalled)\b|(?<!\p{L})(?<who>(?:\p{L}+ск\w*\s+)?(?:посол|полпред|дипломат))\w*\s+(?:также\s+)?(?:отметил|сказал|заявил|подчеркнул|сообщил)")]
    private static partial Regex EnvoySpeaks();

    /// <summary>The economy whose statistics office a text cites ("the National Statistics Office of Georgia", "Geostat", "Uzbekistan's State Statistics Committee"), or null.</summary>
    private static Economy? StatisticsOfficeOf(string text)
    {
        // "according to the data of Belarus" (the gloss of "по данным белорусской стороны"), "according to Belarusian data": that
        // economy's report.
        if (DataOfEconomy().Match(text) is { Success: true } data)
        {
            if (data.Groups["code"].Success && Economies.TryGet(data.Groups["code"].Value, out var coded))
            {
                return coded;   // the gloss names the economy by its code, so that no name enters the sentence
            }

            if (CountryNamed(data.Value) is { } whose)
            {
                return whose;
            }
        }

        // An office's own name ("the State Statistics Office Geostat") says whose it is before any country named near it does
        // ("… turnover with Israel, according to the State Statistics Office Geostat" is Georgia's office, not Israel's).
        var offices = StatisticsOffice().Matches(text);
        if (offices.FirstOrDefault(m => m.Groups["acronym"].Success) is { } acronym)
        {
            return Economies.Get(acronym.Groups["acronym"].Value.ToLowerInvariant() switch
            {
                "geostat" => "GEO",
                "armstat" => "ARM",
                "azstat" => "AZE",
                "belstat" => "BLR",
                "rosstat" => "RUS",
                "turkstat" => "TUR",
                _ => "KGZ",   // stat.kg
            });
        }

        foreach (Match m in offices)
        {
            var around = text.Substring(Math.Max(0, m.Index - 30), Math.Min(text.Length, m.Index + m.Length + 40) - Math.Max(0, m.Index - 30));
            var offset = m.Index - Math.Max(0, m.Index - 30);
            // The name right after "of"/"on" the office, else right before it ("Georgia's National Statistics Office").
            var named = Named(around).Where(n => n.Economy.IsCountry).ToList();
            var after = named.FirstOrDefault(n => n.Index >= offset + m.Length - 1 && n.Index <= offset + m.Length + 25);
            // … and a name before it only as its owner, next to it: "Georgia's National Statistics Office", "the Georgian Statistics Office".
            var before = named.LastOrDefault(n => n.Index + n.Length <= offset + 2
                && Rule(@"^(?:['’]s)?\s*$", RegexOptions.None).IsMatch(around[(n.Index + n.Length)..Math.Max(n.Index + n.Length, offset)]));
            if ((after ?? before) is { } found)
            {
                return found.Economy;
            }
        }

        return null;
    }

    [GeneratedRegex(@"\baccording\s+to\s+the\s+data\s+of\s+the\s+side\s+\[(?<code>[A-Z]{3})\]|\baccording\s+to\s+(?:the\s+)?(?:data\s+of\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?|\p{Lu}[\p{L}-]+\s+(?:data|side|figures|statistics|customs))")]
    private static partial Regex DataOfEconomy();

    [GeneratedRegex(@"\b(?:(?:National|State)\s+)?(?:Statistics|Statistical|Statistic)\s+(?:Office|Committee|Agency|Service|Bureau)(?:\s+(?:of|on)(?:\s+the)?(?:\s+Republic\s+of)?)?|\bState\s+Committee\s+(?:of\s+\p{Lu}\p{Ll}+\s+)?on\s+Statistics\b|\bBureau\s+of\s+National\s+Statistics\b|\b(?<acronym>Geostat|Armstat|Azstat|Belstat|Rosstat|TurkStat|Turkstat)\b")]
    private static partial Regex StatisticsOffice();

    /// <summary>Words that make a figure a part of the goods or of a flow.</summary>
    [GeneratedRegex(@"\bre-?exports?\b|\bre-?imports?\b|\b(?:local|domestic)\s+exports\b|\bexcluding\b|\bexcept\s+for\b|\bwithout\s+(?:gold|oil|energy|re-?exports?)\b|\bnon-(?:oil|energy|commodity|raw|primary|gold|re-?export)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PartOfFlow();

    /// <summary>A line holding only a date (and time) or only a number that is not a year, or a photo's credit ("Фото: Правительство
    /// России", "Photo: The press service of …"): a page's timestamp, view count or caption.</summary>
    [GeneratedRegex(@"^[ \t]*(?:\d{1,2}[./]\d{1,2}[./](?:19|20)?\d\d[ \t]*(?:г\.?)?(?:[ \t]*(?:в|at)?[ \t]*\d{1,2}:\d{2})?|(?!(?:19|20)\d\d[ \t]*$)\d{1,6}|(?:Фото|Photo)[ \t]*:[^\n\d]{0,100})[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex PageFurnitureLine();

    /// <summary>A line of 10 to 150 characters that ends on a letter, digit, % or ")": no stop, comma or colon.</summary>
    private const string OpenLinePattern = @"[^\n]{10,150}[\p{L}\d%)]";

    /// <summary>An open line (<see cref="OpenLinePattern"/>) over one that opens with a capital or a quote.</summary>
    [GeneratedRegex(@"^(?<line>" + OpenLinePattern + @")[ \t]*\n(?=[ \t]*[""«“„']?\p{Lu})", RegexOptions.Multiline)]
    private static partial Regex LineOverCapital();

    [GeneratedRegex(@"^" + OpenLinePattern + @"$")]
    private static partial Regex OpenLine();

    /// <summary>A line that may be a headline: open (<see cref="OpenLinePattern"/>), and not ending on a word that carries its sentence on.</summary>
    private static bool IsOpenHeadline(string line) => OpenLine().IsMatch(line) && !CarryOnWord().IsMatch(line);

    /// <summary>A line's last word that carries its sentence on to the next line: a conjunction, article or preposition.</summary>
    [GeneratedRegex(@"\b(?:and|or|but|while|whereas|than|that|which|who|as|the|a|an|of|in|to|with|between|from|by|for|at|on|into|over|и|или|а|но|что|как|чем|в|во|с|со|на|между|по|из|за|от|до|к|о|об|у)$", RegexOptions.IgnoreCase)]
    private static partial Regex CarryOnWord();

    /// <summary>The two countries a heading among the text's first three blocks names as trading with each other ("bilateral trade between
    /// Tajikistan and Uzbekistan"), or null.</summary>
    private static (Economy, Economy)? HeadingPair(string body)
    {
        foreach (var block in BlankLines().Split(body).Select(b => b.Trim()).Where(b => b.Length > 0).Take(3))
        {
            if (!IsHeading(block))
            {
                continue;
            }

            var gloss = IsRussian(block) ? RussianGloss(block) : EnglishGloss(block);
            if (Countries(gloss) is { Count: 2 } two && BilateralWords().IsMatch(gloss) && TradeWords().IsMatch(gloss))
            {
                return (two[0], two[1]);
            }
        }

        return null;
    }

    /// <summary>A heading, running head, page number or caption: a short block with no sentence punctuation.</summary>
    private static bool IsHeading(string block) => block.Length < 120 && block.IndexOfAny(['.', '!', '?', ';']) < 0
        // a colon only after a speaker's name that heads the line ("Путин: товарооборот России и Киргизии увеличился на 37%")
        && (block.IndexOf(':', StringComparison.Ordinal) < 0 || SpeakerColon().IsMatch(block));

    [GeneratedRegex(@"^\s*\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}:\s+[^:]+$")]
    private static partial Regex SpeakerColon();

    /// <summary>A short block without sentence punctuation that states a trade quantity: a headline making a claim.</summary>
    private static bool IsTradeHeadline(string block)
    {
        var text = block.Trim();
        if (text.Length == 0)
        {
            return false;
        }

        var gloss = IsRussian(text) ? RussianGloss(text) : EnglishGloss(text);
        return TradeQuantity().IsMatch(gloss) && TradeWords().IsMatch(gloss) && Quantities(gloss).Any();
    }

    /// <summary>Sentences: split after . ! ? (and a footnote number glued to them) before a capital, a quote or a digit; abbreviations and decimals do not end one.</summary>
    internal static IEnumerable<Sentence> Sentences(string text)
    {
        // A headline (a short paragraph with no closing stop, before one that opens with a capital) ends there: "… grew by 44.7 percent
        // in 2024" is not the start of the next sentence. Other paragraph breaks (a page's, in a PDF's text) do not end a sentence.
        // The paragraph judged is the last one alone, however many before it ran on into it; one opening with a quote of a capital
        // ('"Товарооборот вырос в пять раз": Токаев прибыл …') opens with a capital.
        var parts = new List<string>();
        var lastParagraph = "";
        foreach (var paragraph in BlankLines().Split(text))
        {
            var p = paragraph.Trim();
            var opensSentence = p.Length > 0 && (char.IsUpper(p[0]) || (p.Length > 1 && "\"«“„'".Contains(p[0], StringComparison.Ordinal) && char.IsUpper(p[1])));
            // … and so does a paragraph that opens with a sentence adverb ("Moreover, …", "Кроме того, …") after one with no closing stop.
            if (parts.Count > 0 && !(lastParagraph.Length < 150 && !".!?:;»\"”".Contains(lastParagraph[^1], StringComparison.Ordinal) && opensSentence)
                && !Rule(@"^\p{Lu}\p{Ll}+(?:\s+\p{Ll}+)?,\s", RegexOptions.None).IsMatch(p))
            {
                parts[^1] += "\n\n" + p;
            }
            else if (p.Length > 0)
            {
                parts.Add(p);
            }

            lastParagraph = p.Length > 0 ? p : lastParagraph;
        }

        var index = 0;
        foreach (var part in parts)
        {
            foreach (var sentence in SentencesOf(part, index))
            {
                index = sentence.Index + 1;
                yield return sentence;
            }
        }
    }

    private static IEnumerable<Sentence> SentencesOf(string text, int index)
    {
        // Each item of a list ("- с Казахстаном товарооборот - $4,6 млрд …;") is a sentence of its own.
        foreach (var item in ListItemStart().Split(text))
        {
            foreach (var sentence in SentencesOfItem(item, index))
            {
                index = sentence.Index + 1;
                yield return sentence;
            }
        }
    }

    /// <summary>A list's item: a line that starts with a dash or bullet, or follows a line that ends with ":" or ";".</summary>
    [GeneratedRegex(@"\n[ \t]*(?=[-–—•*][ \t])|(?<=[;:])[ \t]*\n")]
    private static partial Regex ListItemStart();

    private static IEnumerable<Sentence> SentencesOfItem(string text, int index)
    {
        var flat = Spaces().Replace(text, " ");
        var start = 0;
        foreach (Match m in SentenceEnd().Matches(flat))
        {
            var end = m.Index + m.Length;
            var before = flat[start..m.Index];
            var lastWord = LastWord().Match(before).Value;
            var footnote = m.Groups["note"].Success;   // "etc.41 In": a footnote number after the full stop ends the sentence
            if (footnote && before.Length > 0 && char.IsAsciiDigit(before[^1]))
            {
                continue;   // "$228.8 Million": a decimal point, not a full stop with a footnote
            }

            if (!footnote && (Abbreviations.Contains(lastWord) || (lastWord.Length == 1 && char.IsUpper(lastWord[0]) && m.Groups["dot"].Value == ".")))
            {
                continue;
            }

            if (!footnote && ScaleAbbreviations.Contains(lastWord) && m.Groups["dot"].Value == "."
                && (flat[end..].TrimStart().StartsWith('(') || Rule(@"^\s*\d{1,3}\s*(?:млн|тыс|миллион|тысяч)", RegexOptions.IgnoreCase).IsMatch(flat[end..])))
            {
                continue;   // "$4,6 млрд. (рост на 17,9%)", "$2 млрд. 842 млн.": the scale's abbreviation, its parenthesis or the rest of the amount still the sentence's
            }

            foreach (var piece in Pieces(flat[start..end].Trim()))
            {
                yield return piece with { Index = index++ };
            }

            start = end;
        }

        foreach (var piece in Pieces(flat[start..].Trim()))
        {
            yield return piece with { Index = index++ };
        }
    }

    /// <summary>
    /// The most characters a sentence is read in at once. The longest sentence of the articles read so far has 1,120; drafting a
    /// sentence takes time that grows with the square of its length (each figure is read against all of it), so a longer run of text
    /// with no full stop (a hostile or garbled input) is read in parts, cut at a semicolon or comma, never at more than this.
    /// </summary>
    internal const int MaxSentenceChars = 1500;

    /// <summary>A sentence, or, past <see cref="MaxSentenceChars"/>, its parts cut at the last semicolon, comma or space before the limit.</summary>
    private static IEnumerable<Sentence> Pieces(string sentence)
    {
        while (sentence.Length > MaxSentenceChars)
        {
            var window = sentence[..MaxSentenceChars];
            var cut = window.LastIndexOf("; ", StringComparison.Ordinal) is var semicolon and > MaxSentenceChars / 2 ? semicolon + 1
                : window.LastIndexOf(", ", StringComparison.Ordinal) is var comma and > MaxSentenceChars / 2 ? comma + 1
                : window.LastIndexOf(' ') is var space and > MaxSentenceChars / 2 ? space
                : MaxSentenceChars;
            yield return new Sentence(0, sentence[..cut].Trim()) { Cut = true };
            sentence = sentence[cut..].Trim();
        }

        if (sentence.Length > 0)
        {
            yield return new Sentence(0, sentence);
        }
    }

    private static readonly HashSet<string> ScaleAbbreviations = new(StringComparer.OrdinalIgnoreCase) { "млрд", "млн", "тыс", "долл", "bn", "mln" };

    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "Fig", "Figs", "e.g", "i.e", "etc", "Mr", "Mrs", "Ms", "Dr", "Prof", "No", "Nos", "vol", "pp", "p", "Rep", "St", "U.S", "U.N", "U.K", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "approx", "ca", "cf", "vs", "Inc", "Ltd", "Co",
    };

    /// <summary>Clauses: a sentence split at semicolons, with each parenthesis a clause of its own; the enclosing sentence is kept for years.</summary>
    private static IEnumerable<Clause> Clauses(Sentence sentence, int index)
    {
        var text = sentence.Text;
        if (sentence.Original is { } original)
        {
            // A Russian sentence is one clause: its gloss is read, the sentence as written is the quote.
            yield return new Clause(index, text, text, 0, original);
            yield break;
        }

        var outside = new StringBuilder();
        var offset = 0;
        foreach (Match p in Parenthesis().Matches(text))
        {
            outside.Append(text, offset, p.Index - offset).Append(' ');
            offset = p.Index + p.Length;
            yield return new Clause(index, p.Groups[1].Value, text, p.Index);
        }

        outside.Append(text, offset, text.Length - offset);
        var position = 0;
        foreach (var part in ClauseBreak().Split(outside.ToString()))
        {
            yield return new Clause(index, part, text, position);
            position += part.Length + 1;
        }
    }

    private static string UniqueId(string id, HashSet<string> ids)
    {
        var candidate = id;
        for (var n = 2; !ids.Add(candidate); n++)
        {
            candidate = $"{id}-{n}";
        }

        return candidate;
    }

    private static string Id(string kind, Economy? economy, int? year)
        => string.Join("-", new[] { economy?.Code.ToLowerInvariant(), year?.ToString(CultureInfo.InvariantCulture), kind }.Where(p => p is not null));

    [GeneratedRegex("\\b(?:about|around|approximately|nearly|almost|some|roughly|circa|over|more\\s+than|less\\s+than)\\s*(?:\\$|US\\$)?\\s*$|\\b(?:an?\\s+)?about\\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex Approximately();

    [GeneratedRegex("(\\p{Ll})-\\s*\\n\\s*(\\p{Ll})")]
    private static partial Regex LineHyphen();

    [GeneratedRegex("\\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex("(?:https?://|www\\.)[^\\s\\]\\)]+", RegexOptions.IgnoreCase)]
    private static partial Regex Urls();

    [GeneratedRegex("\\n[ \\t]*\\n")]
    private static partial Regex BlankLines();

    // The second form: a full stop with no space after it, between a word of two or more small letters and a capitalised word
    // ("по сравнению с 2024 годом.Стороны также …", "миллиардов.В свой черёд", as pages run paragraphs together); an initial or
    // "U.S." is never one.
    [GeneratedRegex("(?<dot>[.!?])(?<note>\\d{1,3})?[\"”»)]?(?=\\s+[\\p{Lu}\"“«(\\d])|(?<=\\p{Ll}{2})(?<dot>\\.)(?=\\p{Lu}[\\p{Ll}\\s])")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex("[\\p{L}.]+$")]
    private static partial Regex LastWord();

    [GeneratedRegex(";|:(?=\\s+\\p{Lu})")]
    private static partial Regex ClauseBreak();

    [GeneratedRegex("\\(([^()]*)\\)")]
    private static partial Regex Parenthesis();

    [GeneratedRegex("(?<![\\d$])(?:19[5-9]\\d|20[0-4]\\d)(?![\\d%]|s\\b|-?х|\\s*(?:percent|per cent|million|billion))")]
    private static partial Regex YearPattern();

    // "$10B" and "$10-billion" are billions as "$10 billion" is.
    [GeneratedRegex("(?:(?:US\\s?|U\\.S\\.\\s?)?\\$|\\bUSD)\\s?(?<n>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?:(?:\\s*|-)(?<mult>billion|bn|bln|million|mln|mill|mil|mn|m|thousand|b)(?!\\p{L}))?|(?<n>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)\\s*(?<mult>billion|million|thousand)?\\s*(?:US\\s|U\\.S\\.\\s|American\\s)?(?:dollars|USD)\\b", RegexOptions.IgnoreCase)]
    private static partial Regex Money();

    // "between $1 and $2 billion", "from $1 to $2 billion", and "250-270 million dollars" (a dash before the scale and the currency).
    [GeneratedRegex("between\\s+(?:US)?\\$\\s?(?<a>\\d+(?:[.,]\\d+)?)\\s*(?:million|billion)?\\s+and\\s+(?:US)?\\$?\\s?(?<b>\\d+(?:[.,]\\d+)?)\\s*(?<mult>billion|million|thousand)?|from\\s+(?:US)?\\$\\s?(?<a>\\d+(?:\\.\\d+)?)\\s*(?:million|billion)?\\s+to\\s+(?:US)?\\$?\\s?(?<b>\\d+(?:\\.\\d+)?)\\s*(?<mult>billion|million|thousand)?|(?<![\\d.,])(?!(?:19|20)\\d\\d\\s*[-–])(?:US\\s?)?\\$?\\s?(?<a>\\d+(?:\\.\\d+)?)\\s*[-–]\\s*(?:US\\s?)?\\$?\\s?(?<b>\\d+(?:\\.\\d+)?)\\s*(?<mult>billion|million)\\s+(?:US\\s|U\\.S\\.\\s)?(?:dollars|USD)\\b", RegexOptions.IgnoreCase)]
    private static partial Regex MoneyRange();

    [GeneratedRegex("(?<![\\p{L}\\d.,])(?!(?:19|20)\\d\\d\\s*(?:-|–|—))(?<a>\\d+(?:\\.\\d+)?)\\s*(?:%|percent|per cent)?\\s*(?:to|and|-|–|—)\\s*(?<b>\\d+(?:\\.\\d+)?)\\s*(?:%|percent|per cent)", RegexOptions.IgnoreCase)]
    private static partial Regex PercentRange();

    [GeneratedRegex("(?<![\\p{L}\\d.,])(?<n>\\d+(?:\\.\\d+)?)\\s*(?:%|percent\\b|per cent\\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Percent();

    /// <summary>Invisible characters: zero-width space, non-joiner and joiner, word joiner, byte-order mark, soft hyphen.</summary>
    [GeneratedRegex("[\\u200B\\u200C\\u200D\\u2060\\uFEFF\\u00AD]")]
    private static partial Regex Invisible();

    // A year after "since", "in", "from" ("since 2005 Chinese enterprises have invested") is no count of the enterprises.
    [GeneratedRegex("(?<![\\d.,$])(?!(?<=\\b(?:since|from|in|until|by|of|after|before)\\s+)(?:19|20)\\d\\d\\b)(?<n>\\d{1,3}(?:,\\d{3})+|\\d+)\\s+(?:(?!(?:the|a|an)\\s)[\\p{L}-]+\\s+){0,2}(?:compan(?:y|ies)|enterprises|firms|people|citizens|residents|jobs|employees|workers|tourists|visitors|students|immigrants|projects|agreements)\\b", RegexOptions.IgnoreCase)]
    private static partial Regex Counted();

    [GeneratedRegex("(?<n>\\d+(?:\\.\\d+)?)[-\\s]fold", RegexOptions.IgnoreCase)]
    private static partial Regex Fold();

    [GeneratedRegex("(?<![\\p{L}\\d.,])(?!(?:19|20)\\d\\d\\s*(?:-|–|—|to))(?<a>\\d+(?:\\.\\d+)?)\\s*(?:-|–|—|to)\\s*(?<b>\\d+(?:\\.\\d+)?)[-\\s]fold", RegexOptions.IgnoreCase)]
    private static partial Regex FoldRange();

    [GeneratedRegex("the\\s+level\\s+of\\s+(?<y>(?:19|20)\\d\\d)\\b", RegexOptions.IgnoreCase)]
    private static partial Regex LevelOf();

    [GeneratedRegex("(?:against|compared\\s+(?:to|with)|in\\s+comparison\\s+(?:to|with)|since|from|relative\\s+to|over|(?:(?<!(?:more|less|fewer|greater|rather|other)\\s)than\\s+|than\\s+(?=in\\s|from\\s))(?:in\\s+)?(?:from\\s+January\\s+(?:to|through|[-–])\\s+December\\s+(?:of\\s+)?)?)\\s*(?:(?:the\\s+)?(?:same\\s+(?:time|period)|corresponding\\s+period)\\s+(?:of\\s+|in\\s+)?)?(?<y>(?:19|20)\\d\\d)\\b", RegexOptions.IgnoreCase)]
    private static partial Regex BaseYear();

    [GeneratedRegex("(?:between|from)\\s+(?<a>(?:19|20)\\d\\d)\\s+(?:and|to|until|till|-|–)\\s+(?<b>(?:19|20)\\d\\d)\\b", RegexOptions.IgnoreCase)]
    private static partial Regex Between();

    [GeneratedRegex(@"\bfrom\s*(?:US\s?)?\$?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex FromValueBefore();

    [GeneratedRegex(@"^\s*(?:(?:US\s+)?dollars?\s+)?(?:to|up\s+to)\s+(?:US\s?)?\$", RegexOptions.IgnoreCase)]
    private static partial Regex ToValueAfter();

    /// <summary>A base named as a level: "exceeds the 2019 level by 22%", "below the level of 2019".</summary>
    [GeneratedRegex("\\b(?:exceed\\w*|above|below|over|surpass\\w*)\\s+(?:the\\s+)?(?:(?<y>(?:19|20)\\d\\d)\\s+level|level\\s+of\\s+(?<y>(?:19|20)\\d\\d))\\b", RegexOptions.IgnoreCase)]
    private static partial Regex LevelBase();

    /// <summary>Two years named together: "in 2008 and 2009", "for 2021 and 2022".</summary>
    [GeneratedRegex("\\b(?:in|for|during)\\s+(?<a>(?:19|20)\\d\\d)\\s+and\\s+(?<b>(?:19|20)\\d\\d)\\b", RegexOptions.IgnoreCase)]
    private static partial Regex YearPair();

    [GeneratedRegex("(?:(?:last|past|recent|previous)\\s+decade|(?:nearly|almost|about|some|over|for)?\\s*(?<n>two|three|four|five|\\d+)\\s+decades)", RegexOptions.IgnoreCase)]
    private static partial Regex Decades();

/// <summary>"goods and services": more than the goods trade the sources hold.</summary>
    [GeneratedRegex(@"\bgoods\s+and\s+services\b|\bтовар\w*\s+и\s+услуг\w*", RegexOptions.IgnoreCase)]
    private static partial Regex GoodsAndServices();

    /// <summary>An amount in a currency other than the dollar ("140 млрд рублей", "€230 million").</summary>
    [GeneratedRegex(@"\d[\d.,]*\s*(?:billion|million|thousand|млрд|млн|тыс\.?)?\s*(?:руб\w*|roubles?|rubles?|тенге|tenge|манат\w*|manats?|драм\w*|drams?|евро|euros?|юан\w*|yuan)\b|€\s?\d", RegexOptions.IgnoreCase)]
    private static partial Regex OtherCurrency();

    /// <summary>A physical quantity right before a percentage ("25,161 tons, which is 6,601 tons or 35.5 percent more"): the percentage is of it.</summary>
    [GeneratedRegex(@"\d[\d,.]*\s*(?<u>tons?|tonnes?|тонн\w*|cubic\s+met(?:er|re)s?|кубометр\w*|barrels?|баррел\w*)(?:(?!\d).){0,30}$", RegexOptions.IgnoreCase)]
    private static partial Regex PhysicalBefore();

        [GeneratedRegex("(?:last|past|previous)\\s+(?<n>two|three|four|five|six|seven|eight|nine|ten|\\d+)\\s+years", RegexOptions.IgnoreCase)]
    private static partial Regex PastYears();

    /// <summary>"over the past five years (2018-2023)": the past years, counted back from the last whole one, named as a span.</summary>
    [GeneratedRegex("(?:last|past|previous)\\s+(?:two|three|four|five|six|seven|eight|nine|ten|\\d+)\\s+years\\s*\\(\\s*(?:19|20)\\d\\d\\s*[-–—]\\s*(?<y>(?:19|20)\\d\\d)\\s*\\)", RegexOptions.IgnoreCase)]
    private static partial Regex PastYearsSpan();

    /// <summary>"six years ago", "five years earlier": a change's base, counted back from the year it ends in.</summary>
    [GeneratedRegex("\\b(?<n>two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})\\s+years\\s+(?:ago|earlier|before)\\b", RegexOptions.IgnoreCase)]
    private static partial Regex YearsAgo();

    /// <summary>
    /// Whether the number at <paramref name="at"/> stands in a relative clause that reports the past ("…, which last year approached
    /// $2 billion, to $5 billion"): a target's words before the clause are not its. The clause runs from ", which" to the next comma.
    /// </summary>
    private static bool InPastRelativeClause(string text, int from, int at)
    {
        var clause = PastRelativeClause().Matches(text[from..at]).LastOrDefault();
        return clause is not null && !text[(from + clause.Index + clause.Length)..at].Contains(", ", StringComparison.Ordinal)
            && PastMarker().IsMatch(text[(from + clause.Index)..at]);
    }

    /// <summary>", which", ", которая", or a clause of reason ("as the bilateral trade has improved"): words that may state a fact inside a sentence about a plan.</summary>
    [GeneratedRegex(@",\s*(?:which|that|которая|который|которое|которые)\b|\b(?:as|because|since)\s+(?=(?:the|its|their|bilateral|mutual)\s)", RegexOptions.IgnoreCase)]
    private static partial Regex PastRelativeClause();

    [GeneratedRegex(@"\b(?:last\s+year|the\s+previous\s+year|the\s+year\s+before\s+last|in\s+(?:19|20)\d\d|reached|amounted|approached|exceeded|totall?ed|stood|was|were|grew|rose|increased|fell|declined|ha(?:s|ve)\s+(?:improved|grown|increased|risen|reached|doubled|tripled))\b", RegexOptions.IgnoreCase)]
    private static partial Regex PastMarker();

    [GeneratedRegex("\\d\\s*(?:%|percent|per cent|billion|million|thousand|-fold|fold)|\\$\\s?\\d|\\d\\s*(?:US\\s)?dollars", RegexOptions.IgnoreCase)]
    private static partial Regex TradeQuantity();

    [GeneratedRegex("\\b(?:trade|traded|turnover|exports?|imports?|exported|imported|exporting|importing|sales|purchases|supplied|bought|sold|shipments?)\\b", RegexOptions.IgnoreCase)]
    private static partial Regex TradeWords();

    [GeneratedRegex("\\b(?:export(?:s|ed|ing)?|sold|sales|supplied|shipments)\\b", RegexOptions.IgnoreCase)]
    private static partial Regex ExportWords();

    [GeneratedRegex("\\b(?:import(?:s|ed|ing)?|bought|purchases|purchased)\\b", RegexOptions.IgnoreCase)]
    private static partial Regex ImportWords();

    [GeneratedRegex("\\b(?:turnover|traded|volume\\s+of\\s+(?:\\w+\\s+)?trade|bilateral\\s+trade|trade\\s+between|trade\\s+volume|mutual\\s+trade|trade)\\b", RegexOptions.IgnoreCase)]
    private static partial Regex TurnoverWords();

    [GeneratedRegex("\\b(?:turnover|volume\\s+of\\s+(?:\\w+\\s+)?trade|bilateral\\s+trade|trade\\s+between|trade\\s+volume|mutual\\s+trade|\\p{Lu}\\p{Ll}+-\\p{Lu}\\p{Ll}+\\s+trade)\\b", RegexOptions.IgnoreCase)]
    private static partial Regex StrictTurnoverWords();

    [GeneratedRegex("\\b(?:increas(?:e[ds]?|ing)|higher|exceed(?:ed|s|ing)?|grew|grow(?:n|s|th|ing)?|rose|risen|ris(?:e|ing)|up|more|less|declin(?:ing)|decreasing|falling|dropping|jump(?:ed)?|expand(?:ed)?|gain(?:ed)?|climb(?:ed)?|surge[ds]?|decrease[ds]?|drop(?:ped|s)?|fell|fall(?:en|s)?|decline[ds]?|down|shr[ai]nk|contract(?:ed)?|plunge[ds]?|slump(?:ed)?)\\b", RegexOptions.IgnoreCase)]
    private static partial Regex GrowthWords();

    [GeneratedRegex("\\b(?:less|decrease[ds]?|drop(?:ped|s)?|fell|fall(?:en|s)?|decline[ds]?|down|shr[ai]nk|contract(?:ed)?|plunge[ds]?|slump(?:ed)?|lower)\\b", RegexOptions.IgnoreCase)]
    private static partial Regex DeclineWords();

    [GeneratedRegex("\\b(?:shares?|account(?:s|ed)?\\b[^.;]{0,30}\\bfor|portion|of\\s+(?:the\\s+)?total)\\b|(?:%|\\bpercent|\\bper\\s+cent)\\s+of\\b", RegexOptions.IgnoreCase)]
    private static partial Regex ShareWords();

    [GeneratedRegex("\\bimport(?:ed|s)?\\b.*\\bimports\\b|\\bof\\s+\\S+\\s+(?:total\\s+)?(?:\\w+\\s+)?imports\\b", RegexOptions.IgnoreCase)]
    private static partial Regex ImportShareWords();

    [GeneratedRegex("\\b(?:on\\s+average|average|remained\\s+at\\s+the\\s+level|stayed\\s+at|hovered)\\b", RegexOptions.IgnoreCase)]
    private static partial Regex MeanWords();

    [GeneratedRegex("\\b(?:on\\s+average|average)\\b", RegexOptions.IgnoreCase)]
    private static partial Regex AverageWords();

    /// <summary>
    /// The goods words the drafter knows, each with the HS chapter it stands for and where that chapter's name comes from; the
    /// first whose words occur in a clause gives the claim's product (so "electrical machinery" is 85 before "machinery" is 84).
    /// </summary>
    public static IReadOnlyList<GoodsWord> GoodsWords { get; } =
    [
        new(@"oil|petroleum|crude|fuels?|gas|hydrocarbons?|energy\s+resources", Product.Hs("27"),
            "HS chapter 27, \"Mineral fuels, mineral oils and products of their distillation; …\" (data/hs-chapters.csv, from Armenia;2021;Export;27.csv:2)"),
        new(@"diamonds?|precious\s+stones|jewel(?:le)?ry", Product.Hs("71"),
            "HS chapter 71, \"Natural, cultured pearls; precious, semi-precious stones; precious metals …\" (data/hs-chapters.csv, from Armenia;2021;Export;71.csv:2)"),
        new(@"electrical\s+(?:machinery|equipment)|electronics?", Product.Hs("85"),
            "HS chapter 85, \"Electrical machinery and equipment and parts thereof; …\" (data/hs-chapters.csv, from Armenia;2021;Export;85.csv:2)"),
        new(@"machinery|machines|mechanical\s+appliances", Product.Hs("84"),
            "HS chapter 84, \"Nuclear reactors, boilers, machinery and mechanical appliances; parts thereof\" (data/hs-chapters.csv, from Armenia;2021;Export;84.csv:2)"),
        new(@"medical\s+(?:instruments|equipment|devices)|surgical\s+instruments|optical\s+instruments", Product.Hs("90"),
            "HS chapter 90, \"Optical, photographic, cinematographic, measuring, checking, medical or surgical instruments and apparatus; …\" (data/hs-chapters.csv, from Armenia;2021;Export;90.csv:2)"),
        new(@"arms|weapons?|weaponry|ammunition|munitions|military\s+equipment", Product.Hs("93"),
            "HS chapter 93, \"Arms and ammunition; parts and accessories thereof\" (data/hs-chapters.csv, from Israel;2021;Export;93.csv:2)"),
    ];

    /// <summary>The first goods word of <see cref="GoodsWords"/> that occurs in <paramref name="text"/>, or null (all goods).</summary>
    /// <param name="text">A clause of an article.</param>
    public static GoodsWord? GoodsIn(string text)
    {
        Preconditions.NotNull(text);
        return GoodsWords.FirstOrDefault(g => g.Matches(text));
    }

    [GeneratedRegex("\\b(?:trade\\s+)?(?:balance|deficit|surplus)\\b[^—–;]{0,60}$", RegexOptions.IgnoreCase)]
    private static partial Regex BalanceWords();

    [GeneratedRegex("\\b(?:shortfall|short\\s+by|losses?|lost)\\b[^$\\d]{0,30}$", RegexOptions.IgnoreCase)]
    private static partial Regex Shortfall();

    [GeneratedRegex("[\\p{L})]\\s+[–—-]\\s*(?:US\\s?)?\\$?\\s*$")]
    private static partial Regex CommodityItem();

    /// <summary>An item of a list of goods with its value ("copper ore and concentrate – $161.2 million") before a parenthesis.</summary>
    [GeneratedRegex(@"\p{Ll}\s+[–—]\s*(?:US\s?)?\$\s*\d")]
    private static partial Regex CommodityListBefore();

    [GeneratedRegex("\\bfrom\\s+January\\s+(?:19|20)\\d\\d\\s+(?:to|through|till|until)\\s+December\\s+(?:19|20)\\d\\d\\b|\\b(?:19|20)\\d\\d\\s*[-–]\\s*(?:19|20)\\d\\d\\b(?=[^.]*\\b(?:in\\s+total|total|altogether|cumulative)\\b)|\\bin\\s+total\\b(?=[^.]*\\bfrom\\s+January)", RegexOptions.IgnoreCase)]
    private static partial Regex MultiYearTotal();

    [GeneratedRegex("\\b(?:total\\s+(?:foreign\\s+)?(?:trade|exports|imports|turnover)|(?:foreign|external)\\s+(?:merchandise\\s+)?trade|overall\\s+trade|total\\s+\\w+\\s+trade|the\\s+country's\\s+(?:trade|exports|imports))\\b", RegexOptions.IgnoreCase)]
    private static partial Regex TotalWords();

    [GeneratedRegex(@"\b(?:last|previous)\s+year['’]s\s+(?:same|analogous|corresponding)\s+period\b|\b(?:same|analogous|corresponding)\s+period\s+(?:of|in)\s+(?:the\s+)?(?:last|previous)\s+year\b", RegexOptions.IgnoreCase)]
    private static partial Regex LastYearsPeriod();

    [GeneratedRegex("\\b(?:same|corresponding|given|specified|reporting|reported|comparable|analogous|similar|this|that)\\s+(?:periods?|timeframe|months)\\b", RegexOptions.IgnoreCase)]
    private static partial Regex SamePeriod();

    [GeneratedRegex("(?:compared\\s+(?:to|with)|in\\s+comparison\\s+(?:to|with)|\\bas\\s+(?:\\w+\\s+)?as\\s+in|against|versus|(?:(?<!(?:more|less|fewer|greater|rather|other)\\s+)than|than(?=\\s+(?:in|from)\\s))(?:\\s+in)?(?:\\s+from\\s+January\\s+(?:to|through|[-–])\\s+December(?:\\s+of)?)?|relative\\s+to|from)\\s*(?:(?:the\\s+)?(?:same\\s+(?:time|period)|corresponding\\s+period)\\s+(?:of\\s+|in\\s+)?)?(?:(?:US\\s?)?\\$\\s*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ComparedWithBefore();

    [GeneratedRegex("(?:\\d\\s*%|\\bpercent|\\d[\\d.]*-?\\s*fold|\\btimes)\\s*,?\\s*\\(?or\\s+(?:by\\s+)?(?:US\\s?)?\\$?\\s*$|\\b(?:increase|rise|growth|decrease|decline|drop|fall|gain)\\s+of\\s*(?:US\\s?)?\\$?\\s*$|(?:^|[\\s(])[+\u2212]\\s*(?:US\\s?)?\\$?\\s*$|\\bby\\s*(?:more\\s+than|almost|nearly|about|over|some)?\\s*(?:US\\s?)?\\$?\\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ChangeInDollarsBefore();

    [GeneratedRegex(@"\b(?:export|import)\w*|\bэкспорт\w*|\bимпорт\w*", RegexOptions.IgnoreCase)]
    private static partial Regex FlowPartAfter();

    /// <summary>"…, of which $6.9 billion, or 75%, is …", "из них": a part of the figure before, what the words after say it is.</summary>
    [GeneratedRegex(@"\b(?<w>of\s+which|of\s+th(?:is|ese|at)|из\s+(?:них|которых))\b(?:[^.;]|(?<=\d)\.(?=\d)){0,40}$", RegexOptions.IgnoreCase)]
    private static partial Regex OfWhich();

    /// <summary>"2019–2024", "2019-2024 годы": a span of years.</summary>
    [GeneratedRegex(@"\b(?<a>(?:19|20)\d\d)\s*[-–—]\s*(?<b>(?:19|20)\d\d)\b")]
    private static partial Regex YearSpan();

    /// <summary>The first and last year of the last span of years <paramref name="text"/> names ("за 2019–2024 годы"), or null.</summary>
    private static (int From, int To)? LastYearSpan(string text)
        => YearSpan().Matches(text).LastOrDefault() is { } span
            ? (int.Parse(span.Groups["a"].Value, CultureInfo.InvariantCulture), int.Parse(span.Groups["b"].Value, CultureInfo.InvariantCulture))
            : null;

    /// <summary>"4.2 billion" with no currency, not of a unit that is no money ("1.2 billion cubic meters", "5 million tonnes"), nor a
    /// number of things that are worth a sum ("10.8 billion worth $112.3 million", "3.5 billion pieces").</summary>
    [GeneratedRegex(@"(?<![\d.,$\p{L}])(?<n>\d+(?:\.\d+)?)\s+(?<mult>billion|million)\b(?!\s+(?:[\p{L}-]+\s+)?(?:tons?|tonnes|cubic|barrels|kilowatt|kWh|people|persons|liters|litres|euros?|rubles?|roubles?|soms?|tenge|manats?|drams?|yuan|hryvnias?|sums?|units|pieces|items|heads|visits|visitors|tourists|passengers|doses|hectares|square|worth))", RegexOptions.IgnoreCase)]
    private static partial Regex BareAmount();

    /// <summary>"exports accounting for ", "imports account for about ": a flow's share, the percentage right after.</summary>
    [GeneratedRegex(@"\b(?:exports|imports)\s+account(?:ing|ed|s)?\s+for\s+(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex FlowAccountingBefore();

    /// <summary>", что превышает …", ", which is …": a relative clause that speaks of what the figure before it is.</summary>
    [GeneratedRegex(@",\s*(?:что|which|это|this\s+is)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeClauseAfter();

    /// <summary>"… to increase trade from the level of ", "from around ": the words before the level a plan starts from.</summary>
    [GeneratedRegex(@"\bfrom\s+(?:the\s+)?(?:current\s+)?(?:level\s+of\s+)?(?:about\s+|around\s+|some\s+)?(?:US\s?)?\$?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PlanFromBefore();

    /// <summary>" reached in 2017", " in 2017": a year right after a level.</summary>
    [GeneratedRegex(@"^\s*(?:(?:reached|recorded|registered|achieved|posted)\s+)?in\s+(?:19|20)\d\d\b", RegexOptions.IgnoreCase)]
    private static partial Regex PastYearAfter();

    /// <summary>"Food, beverages and tobacco products accounted for": a sentence whose subject, before a share's verb, is a group of goods.</summary>
    [GeneratedRegex(@"^\W*(?<s>[^\d.;:]{0,90}?\b(?:products|commodities|chemicals|foodstuffs|beverages|tobacco|machinery|equipment|textiles|metals|minerals|fuels?|vehicles|fertili[sz]ers|(?<!\b(?:of|in|the|all|total|export|import|traded|exported|imported)\s)goods)\b[^\d.;:]{0,30}?)\s+(?:accounted\s+for|made\s+up|comprised|constituted|represented)\s+(?:about|around|nearly|almost|over|more\s+than|some)?\s*(?:US\s?)?\$?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex GoodsSubjectShare();

    /// <summary>A sentence that opens with "Of these", "Of that", "Из них": each figure in it is a part of the figure before.</summary>
    [GeneratedRegex(@"^\W*(?<w>of\s+which|of\s+th(?:is|ese|at)|из\s+(?:них|которых))\b", RegexOptions.IgnoreCase)]
    private static partial Regex OfWhichOpening();

    [GeneratedRegex("^\\s*[–—-]?\\s*(?:(?:surge|increase|rise|growth|jump|drop|fall|decline|decrease)\\s+)?(?:(?:accounted\\s+)?for|in|of)\\s+(?:its\\s+|the\\s+|total\\s+)*(?:\\p{Lu}\\p{Ll}+\\s+)?(?<w>exports|imports)\\b", RegexOptions.IgnoreCase)]
    private static partial Regex MeasureAfter();

    [GeneratedRegex("^\\s*(?:in\\s+|by\\s+the\\s+end\\s+of\\s+|at\\s+the\\s+end\\s+of\\s+)?(?:the\\s+previous\\s+year|a\\s+year\\s+(?:earlier|before))\\b", RegexOptions.IgnoreCase)]
    private static partial Regex PreviousYearAfter();

    [GeneratedRegex(@"\b(?:since|over|compared\s+(?:to|with)|against|relative\s+to)\s+the\s+previous\s+year\b", RegexOptions.IgnoreCase)]
    private static partial Regex SincePreviousYear();

    [GeneratedRegex(@"\b(?:annually|per\s+(?:year|annum)|each\s+year|every\s+year|a\s+year(?![\s-]+(?:on|earlier|before|ago|later|after|of)\b)|ежегодно)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PerYear();

    [GeneratedRegex(@"\b(?:in\s+)?(?:the\s+following\s+year|a\s+year\s+later)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FollowingYear();

    [GeneratedRegex("\\b(?:this|that|the\\s+same)\\s+(?:figure|indicator|number)\\b|\\bэтот\\s+показатель\\b", RegexOptions.IgnoreCase)]
    private static partial Regex ThisFigure();

    [GeneratedRegex("\\b(?:balance|deficit|surplus)\\b(?:[^.;]|\\.(?=\\d))*\\bits\\s+share\\b", RegexOptions.IgnoreCase)]
    private static partial Regex BalanceShare();

    /// <summary>
    /// The group of goods a percentage stands beside: named in the words just before it, after the number before ("of agricultural
    /// products by 133.7%", "raw energy products – 58%"), or right after it ("by 23.4% of textiles"); null when none, or when the words
    /// before make it a share.
    /// </summary>
    private static string? ProductGroupBeside(string text, Quantity q)
    {
        var after = text[(q.Index + q.Length)..Math.Min(text.Length, q.Index + q.Length + 50)];
        if (OfRightAfter().Match(after) is { Success: true } of && ProductGroup().Match(after, of.Length) is { Success: true } following && following.Index == of.Length)
        {
            return following.Value;
        }

        // The words since the number before (and its percent sign): "…, and by 21.4% of machinery" reads from "of machinery".
        var lead = text[Math.Max(0, q.Index - 60)..q.Index];
        if (lead.LastIndexOfAny(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']) is var digit and >= 0)
        {
            lead = Rule(@"^\s*(?:%|percent\b|per\s+cent\b)", RegexOptions.IgnoreCase).Replace(lead[(digit + 1)..], "");
        }

        return ShareWords().IsMatch(lead) ? null : ProductGroup().Matches(lead).LastOrDefault()?.Value;
    }

    [GeneratedRegex(@"\b(?:(?:agricultural|agri-food|food|chemical|industrial|textile|metallurgical|mineral|consumer|engineering|pharmaceutical|(?:raw\s+)?energy)\s+(?:products|goods|commodities)|plastics|rubber|textiles|machinery|equipment|fertili[sz]ers|vehicles|pharmaceuticals|medicines|fruits?|vegetables|meat)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ProductGroup();

    /// <summary>"% of the ", " in ": the words between a percentage and what it is of.</summary>
    [GeneratedRegex(@"^\s*(?:%|percent|per\s+cent)?\s*(?:of|in)\s+(?:the\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex OfRightAfter();

    [GeneratedRegex(@"\bthe\s+country['’]s\s+(?:total\s+|overall\s+)?(?:foreign\s+trade|trade|exports|imports|turnover)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TheCountrysTrade();

    /// <summary>Words before "worth" or "with a value of" that name no product: goods, a flow, trade, a deal, a scale or an amount.</summary>
    private const string NotAProduct = "(?i:goods|products|commodities|merchandise|exports?|imports?|trade|turnover|supplies|shipments|deliveries|purchases|sales|deals?|contracts?|agreements?|projects?|investments?|transactions?|orders?|million|billion|thousand|dollars|amount|value|volume|level|total|sum|figure)\\b";

    /// <summary>"Kyrgyzstan exported honey for $776,000", "Cigarettes with a customs value of $266.2 million", "3.5 billion pieces worth
    /// $34 million" (a number of things worth a sum): a product named in words, which no HS code pins down (never goods, exports or
    /// trade themselves).</summary>
    [GeneratedRegex("\\b(?:exported|imported|sold|bought)\\s+(?!(?:to|from|of|goods|products|commodities|merchandise|worth|for|by|amounted|total\\w*|reached|increased|decreased|grew|fell|rose|were|was|in|and|with|more|less|over|nearly|almost|about|some|at|the|a|an)\\b)(?<p>\\p{Ll}[\\p{L}-]+(?:\\s+\\p{Ll}[\\p{L}-]+)?)\\s+(?:for|worth)\\b|\\b(?:trade|turnover|exports|imports)\\s+(?:[\\w']+\\s+){0,3}?(?:in|of)\\s+(?:agricultural|agri-food|food|chemical|industrial|textile|metallurgical|mineral|consumer|engineering)\\s+(?:products|goods|commodities)\\b|(?-i:^\\W*(?!" + NotAProduct + ")(?<p>\\p{Lu}\\p{Ll}+)|\\b(?!" + NotAProduct + ")(?<p>\\p{Ll}[\\p{L}-]+))\\s+with\\s+a\\s+(?:customs\\s+|total\\s+)?value\\s+of\\s+(?:US\\s?)?\\$|(?<=\\d\\s*(?:(?:billion|million|thousand)\\s+)?)(?!" + NotAProduct + ")(?<p>\\p{L}[\\p{L}-]+)\\s+worth\\s+(?:US\\s?)?\\$", RegexOptions.IgnoreCase)]
    private static partial Regex ProductInWords();

    /// <summary>Right after a percentage: "accounted for exports", "- for imports", "went to exports" (not "grew by 10% for exports").</summary>
    [GeneratedRegex(@"^\s*(?:%|percent|per\s+cent)?\s*(?:accounted\s+for|went\s+(?:to|for)|[-–—]\s*for)\s+(?:exports?|imports?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FlowShareAfter();

    /// <summary>"90 per cent of two-way trade falls on Kazakhstan's export": one flow's part of a pair's trade.</summary>
    [GeneratedRegex("\\b(?:two-way|bilateral|mutual)\\s+trade\\s+(?:falls?|fell|is\\s+accounted\\s+for\\s+by)\\s+(?:on|to)\\b", RegexOptions.IgnoreCase)]
    private static partial Regex FlowShareOfPair();

    /// <summary>"84 percent of Armenian-Iranian trade consisted of imports from Iran": the words right after a percentage make it one flow's
    /// part of a pair's trade.</summary>
    [GeneratedRegex(@"^\s*(?:%|percent|per\s+cent)?\s*of\s+(?:the\s+)?[\p{L}-]*\s*(?:trade|turnover)\s+(?:consisted|consists|was|were|is|came)\s+(?:of\s+|from\s+)?(?:the\s+)?(?:\p{L}+['’]s\s+)?(?:exports|imports)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FlowPartOfPairAfter();

    /// <summary>A region or group of economies, which the sources do not report as one.</summary>
    [GeneratedRegex("\\bCentral\\s+Asian?\\s+(?:states|countries|nations|republics|region)\\b|\\bCA\\s+(?:states|countries|nations|republics|region)\\b|\\b(?:states?|countries|nations|republics)\\s+of\\s+Central\\s+Asia\\b|(?<=\\p{L}-)CA\\b(?=\\s+(?:trade|turnover|commerce))|\\b(?:countries|states)\\s+of\\s+the\\s+region\\b|\\bfrom\\s+the\\s+region\\b|\\b(?:EAEU|EAEC|CIS|the\\s+EU|European\\s+Union|Eurasian\\s+Economic\\s+Union)\\b|Центральн\\w+\\s+Ази\\w+|стран\\w+\\s+(?:региона|ЕАЭС|СНГ)|\\bЕАЭС\\b|\\bСНГ\\b|\\b(?:этого|данного|этот|данный)\\s+(?:регион\\w*|район\\w*)|\\b(?:this|the)\\s+(?:province|region)\\b|\\b(?:these|those)\\s+(?:countries|states|economies)\\b|\\ball\\s+other\\s+countries\\b", RegexOptions.IgnoreCase)]
    private static partial Regex RegionWords();

    [GeneratedRegex("\\p{Lu}[\\p{L}-]+'s\\s+(?:total|overall|foreign|external)\\b", RegexOptions.None)]
    private static partial Regex OwnersTotal();

    /// <summary>"In 2016 … but within a three-year span, that total swelled": the years later, counted from the year the sentence names.</summary>
    [GeneratedRegex("(?<y>(?:19|20)\\d\\d)\\b(?<mid>(?:[^.]|\\.(?=\\d))*?)\\b(?:(?:within|in|over|after)\\s+(?:a|the\\s+next)\\s+(?<n>two|three|four|five|six|seven|eight|nine|ten|\\d)[-\\s]year\\s+(?:span|period)|(?<n>two|three|four|five|six|seven|eight|nine|ten|\\d)\\s+years\\s+later)\\b", RegexOptions.IgnoreCase)]
    private static partial Regex YearsLater();

    [GeneratedRegex("\\b(?:increas\\w*|grow\\w*|grew|rose|risen|rising|fell|fall\\w*|declin\\w*|decreas\\w*|jump\\w*|climb\\w*|drop\\w*|swell\\w*|swelled)\\b(?:[^.;]|(?<=\\d)\\.(?=\\d)){0,80}$", RegexOptions.IgnoreCase)]
    private static partial Regex ChangeVerbBefore();

    [GeneratedRegex("^\\s*,?\\s*or\\s+(?:by\\s+)?[\\d.,]+\\s*(?:%|percent|per\\s+cent)", RegexOptions.IgnoreCase)]
    private static partial Regex ChangeInDollarsAfter();

    /// <summary>A change named right after a percentage: "higher than", "(percent) decrease", "year-on-year increase".</summary>
    [GeneratedRegex("^\\s*(?:(?:higher|more|less|lower|above|below)\\s+than\\b|(?:%|percent|per\\s+cent)?\\s*(?:year-on-year\\s+|annual\\s+)?(?:increase|decrease|rise|decline|growth|drop|fall|jump|gain|reduction)\\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ComparativeAfter();

    [GeneratedRegex("\\bshare\\s+of\\s+(?:exports|imports)\\s+in\\s+(?:the\\s+)?(?:[\\w']+\\s+)?(?:foreign\\s+)?(?:trade|turnover)", RegexOptions.IgnoreCase)]
    private static partial Regex FlowShareOfTotal();

    [GeneratedRegex("\\b(?:19|20)\\d0(?:s|-?х)(?!\\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex Decade();

    /// <summary>"over the past decade": ten years' values, which no one level states (a share over them is a mean, and checkable).</summary>
    [GeneratedRegex("\\b(?:over|in|during)\\s+the\\s+(?:past|last)\\s+decade\\b|\\bза\\s+последнее\\s+десятилетие\\b", RegexOptions.IgnoreCase)]
    private static partial Regex PastDecade();

    [GeneratedRegex(",\\s*(?:while|whereas|but|however)\\b|;|\\band\\s+(?:has|have|had)\\s+(?:been\\s+)?\\p{L}+ed\\b")]
    private static partial Regex SegmentBreak();

    [GeneratedRegex("(?<y>(?:19|20)\\d\\d)\\s*$")]
    private static partial Regex YearBeforeParenthesis();

    /// <summary>A year, a word after it at most ("2020 year", the gloss of "2020 годом"), and an opening parenthesis before a number.</summary>
    [GeneratedRegex(@"(?<y>(?:19|20)\d\d)(?:\s+\p{L}+)?\s*\(\s*(?:US\s?\$|\$)?\s*$")]
    private static partial Regex YearOpeningParenthesis();

    /// <summary>"compared to the figure for ", "against the level of ": a comparison with a year named through its figure.</summary>
    [GeneratedRegex(@"(?:compared\s+(?:to|with)|against|versus)\s+(?:the\s+)?(?:figure|level|value|result|indicator|volume)\s+(?:for|of|in)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex FigureOfYearBefore();

    /// <summary>The text before a year makes it a year of comparison: "compared with 2021", "compared to the figure for 2021".</summary>
    private static bool ComparedWithYear(string before) => ComparedWithBefore().IsMatch(before) || FigureOfYearBefore().IsMatch(before);

    [GeneratedRegex("\\b(?:to|with|from|between|and)\\s+(?:the\\s+)?\\p{Lu}", RegexOptions.None)]
    private static partial Regex PartnerWords();

    [GeneratedRegex("\\b(?:compan(?:y|ies)|enterprises?|firms?|(?:joint\\s+)?ventures?|projects?|contracts?|contractors?|invest(?:ed|ment|ments|ors?)?|injected|GDP|gross\\s+domestic\\s+product|population|people|citizens|residents|jobs|employees|workers|tourists|visitors|loans?|grants?|aid|budget|financial\\s+(?:resources|assistance|support)|lines?\\s+of\\s+credit|credit\\s+lines?|tax(?:es)?|revenues?|students|immigrants|Jews|transit|freight|cargo|containers|transportations?|consumption|production|output)\\b", RegexOptions.IgnoreCase)]
    private static partial Regex NonTrade();
}

/// <summary>Words of an article that name goods, and the HS chapter they stand for.</summary>
/// <param name="Words">A regular expression of the words (whole words, any case), e.g. <c>diamonds?|precious\s+stones</c>.</param>
/// <param name="Chapter">The HS chapter.</param>
/// <param name="Citation">Where the chapter's name, and so the mapping, comes from.</param>
public sealed record GoodsWord(string Words, Product Chapter, string Citation)
{
    private readonly Regex _regex = new($@"\b(?:{Words})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>Whether the words occur in <paramref name="text"/>.</summary>
    /// <param name="text">The text.</param>
    public bool Matches(string text) => _regex.IsMatch(text);
}
