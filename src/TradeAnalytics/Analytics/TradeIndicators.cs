using System.Globalization;

namespace TradeAnalytics.Analytics;

/// <summary>Intra-industry trade of a pair: the Grubel–Lloyd index of each chapter and over all chapters.</summary>
/// <param name="ByChapter">One index per chapter with a value in both flows (undefined where both are zero).</param>
/// <param name="Aggregate">The index over the chapters with both flows known.</param>
public sealed record IntraIndustryTrade(IReadOnlyList<Indicator> ByChapter, Indicator Aggregate);

/// <summary>
/// The bilateral indicators trade economists read beside growth and shares (WITS, UNCTAD): trade intensity, intra-industry
/// trade (Grubel–Lloyd, and Brülhart's marginal index), export similarity (Finger–Kreinin), trade complementarity
/// (Michaely) and normalised concentration (UNCTAD). Each returns an <see cref="Indicator"/>: its value with every input
/// and source, or why it has none. A missing input is never read as zero; where an indicator counts an absent chapter as
/// zero trade, its method says when, and the indicator's notes count them.
/// </summary>
public static class TradeIndicators
{
    private const string IntensityFormula = "TII_ij = (x_ij / X_i) / (x_wj / X_w)";

    /// <summary>
    /// Trade intensity of <paramref name="exporter"/>'s exports to <paramref name="partner"/>: the share of the partner in
    /// the exporter's exports, over the partner's share in the World's exports. Above 1, the exporter sends the partner more
    /// than the partner's place in world trade would suggest.
    /// </summary>
    /// <remarks>
    /// WITS (World Bank), "Trade Indicators: Trade Intensity": TII_ij = (x_ij / X_it) / (x_wj / X_wt), x_ij the exports of i
    /// to j, X_it i's total exports, x_wj the World's exports to j, X_wt the World's total exports. All four come from
    /// <paramref name="data"/> as reported: the exporter's own report of its exports to the partner and to the World, and the
    /// World's (in DOTS the World is a reporter, DOTS_221.xlsx) exports to the partner and to the World. A missing input
    /// leaves the index undefined, naming it; a zero x_ij gives 0; a zero or negative denominator leaves it undefined.
    /// </remarks>
    /// <param name="data">Data holding the exporter's and the World's reports (DOTS: <c>ShippedData.ImfDots2022</c>).</param>
    /// <param name="exporter">Economy i.</param>
    /// <param name="partner">Economy j, a country (aggregates are never partners here).</param>
    /// <param name="year">The year.</param>
    public static Indicator Intensity(TradeDataset data, Economy exporter, Economy partner, int year)
    {
        Preconditions.NotNull(data);
        Preconditions.NotNull(exporter);
        Preconditions.NotNull(partner);
        const string name = "trade intensity";
        var inputs = new List<IndicatorInput>
        {
            Input(data, exporter, partner, TradeFlow.Exports, year, $"x_ij: {exporter.Code}'s exports to {partner.Code}"),
            Input(data, exporter, Economies.World, TradeFlow.Exports, year, $"X_i: {exporter.Code}'s exports to the World"),
            Input(data, Economies.World, partner, TradeFlow.Exports, year, $"x_wj: the World's exports to {partner.Code}"),
            Input(data, Economies.World, Economies.World, TradeFlow.Exports, year, "X_w: the World's exports"),
        };
        if (!partner.IsCountry || !exporter.IsCountry)
        {
            return Indicator.None(name, IntensityFormula, inputs, $"{(partner.IsCountry ? exporter : partner).Code} is an aggregate or residual, never a partner in an intensity");
        }

        if (inputs.FirstOrDefault(i => i.Value is null) is { } missing)
        {
            return Indicator.None(name, IntensityFormula, inputs, $"{missing.Name} is missing (not zero): {missing.Source}");
        }

        var (xij, xi, xwj, xw) = (inputs[0].Value!.Value, inputs[1].Value!.Value, inputs[2].Value!.Value, inputs[3].Value!.Value);
        if (xi <= 0 || xwj <= 0 || xw <= 0)
        {
            return Indicator.None(name, IntensityFormula, inputs, "a denominator (X_i, x_wj or X_w) is zero or negative");
        }

        return new Indicator(name, IntensityFormula, (xij / xi) / (xwj / xw), inputs, null);
    }

    /// <summary>
    /// Balassa's revealed comparative advantage of <paramref name="economy"/> in <paramref name="product"/>:
    /// RCA = (x_ik / X_i) / (x_wk / X_w) — the product's share of the economy's exports over its share of the World's.
    /// Above 1 (the binary index 1): a revealed advantage.
    /// </summary>
    /// <remarks>
    /// Balassa (1965); WITS, "Revealed comparative advantage". x_ik is the economy's exports of the product to the World in
    /// <paramref name="productData"/>, x_wk the sum of every reporter's exports of the product to the World there (the World
    /// as the reporters of that file make it up: a reporter missing that year is missing from it, said in the notes); X_i and
    /// X_w are all-goods exports to the World by the economy and by the World in <paramref name="allGoods"/> (DOTS). Two
    /// publishers in one ratio: the notes say so. A missing input leaves the index undefined.
    /// </remarks>
    /// <param name="productData">Exports of the product by every reporter to the World (<c>ShippedData.ComtradeHs27World</c>).</param>
    /// <param name="allGoods">All-goods exports with the World reporter (DOTS).</param>
    /// <param name="economy">Economy i.</param>
    /// <param name="product">Product k (an HS code).</param>
    /// <param name="year">The year.</param>
    public static Indicator ComparativeAdvantage(TradeDataset productData, TradeDataset allGoods, Economy economy, Product product, int year)
    {
        Preconditions.NotNull(productData);
        Preconditions.NotNull(allGoods);
        Preconditions.NotNull(economy);
        var name = $"revealed comparative advantage in {(product.IsAllGoods ? "all goods" : "HS " + product.ToCode())}";
        const string formula = "RCA_ik = (x_ik / X_i) / (x_wk / X_w)";
        productData.TryGet(economy, Economies.World, TradeFlow.Exports, product, year, out var own);
        var reporters = productData.Reporters.Where(r => !r.Equals(Economies.World)).ToList();
        var world = reporters.Select(r => productData.TryGet(r, Economies.World, TradeFlow.Exports, product, year, out var o) ? o : null).Where(o => o is not null).ToList();
        var inputs = new List<IndicatorInput>
        {
            own is null
                ? new IndicatorInput($"x_ik: {economy.Code}'s exports of HS {product.ToCode()} to the World", null, $"{economy.Code} reports none in {year} in {productData.Name}")
                : new IndicatorInput($"x_ik: {economy.Code}'s exports of HS {product.ToCode()} to the World", own.Value.Value, own.Source),
            Input(allGoods, economy, Economies.World, TradeFlow.Exports, year, $"X_i: {economy.Code}'s exports of all goods to the World"),
            new IndicatorInput($"x_wk: the World's exports of HS {product.ToCode()}", world.Count == 0 ? null : UsdMillions.Sum(world.Select(o => o!.Value)).Value,
                string.Create(CultureInfo.InvariantCulture, $"the sum of {world.Count} reporters' exports to the World in {productData.Name}, {year}")),
            Input(allGoods, Economies.World, Economies.World, TradeFlow.Exports, year, "X_w: the World's exports of all goods"),
        };
        var notes = new List<string> { $"x_ik and x_wk from {productData.Name}; X_i and X_w from {allGoods.Name}: two publishers in one ratio" };
        if (reporters.Count > world.Count)
        {
            notes.Add($"{reporters.Count - world.Count} of the file's {reporters.Count} reporters report no HS {product.ToCode()} exports in {year}: the World's sum lacks them");
        }

        if (inputs.FirstOrDefault(i => i.Value is null) is { } missing)
        {
            return Indicator.None(name, formula, inputs, $"{missing.Name} is missing (not zero): {missing.Source}") with { Notes = notes };
        }

        var (xik, xi, xwk, xw) = (inputs[0].Value!.Value, inputs[1].Value!.Value, inputs[2].Value!.Value, inputs[3].Value!.Value);
        return xi > 0 && xwk > 0 && xw > 0
            ? new Indicator(name, formula, (xik / xi) / (xwk / xw), inputs, null) { Notes = notes }
            : Indicator.None(name, formula, inputs, "a denominator (X_i, x_wk or X_w) is zero or negative") with { Notes = notes };
    }

    /// <summary>
    /// Intra-industry trade between <paramref name="reporter"/> and <paramref name="partner"/> in <paramref name="year"/>, by
    /// HS chapter as the reporter reports it: GL_k = 1 − |x_k − m_k| / (x_k + m_k) for each chapter k, and over all chapters
    /// GL = 1 − Σ|x_k − m_k| / Σ(x_k + m_k) (the unadjusted aggregate, the trade-weighted mean of the chapters' indices).
    /// 0: trade one way only; 1: each chapter's exports equal its imports.
    /// </summary>
    /// <remarks>
    /// Grubel and Lloyd (1975); WITS, "Trade Indicators: Grubel-Lloyd index". Chapter files list every partner a reporter
    /// traded with, so where the data hold the reporter's chapter trade with the partner that year, a chapter the reporter
    /// reports with the World but not with the partner is zero trade, said in the input's source; a chapter whose flow the
    /// reporter does not report with the World either is a gap, left out and counted in the notes; and where the data hold
    /// no chapter trade of the pair that year at all (an extract that did not keep the partner), every chapter is a gap.
    /// </remarks>
    /// <param name="chapters">Data by HS chapter (<c>ShippedData.ComtradeHs2Caucasus</c>, or a user's chapter import).</param>
    /// <param name="reporter">Whose report.</param>
    /// <param name="partner">The partner, a country.</param>
    /// <param name="year">The year.</param>
    public static IntraIndustryTrade GrubelLloyd(TradeDataset chapters, Economy reporter, Economy partner, int year)
    {
        Preconditions.NotNull(chapters);
        Preconditions.NotNull(reporter);
        Preconditions.NotNull(partner);
        const string formula = "GL = 1 − Σ|x_k − m_k| / Σ(x_k + m_k)";
        var byChapter = new List<Indicator>();
        var inputs = new List<IndicatorInput>();
        var gaps = new List<string>();
        var untraded = 0;
        double difference = 0, total = 0;
        var covered = Covers(chapters, reporter, partner, year);
        foreach (var chapter in ChaptersOf(chapters))
        {
            var x = ChapterValue(chapters, reporter, partner, TradeFlow.Exports, chapter, year, covered);
            var m = ChapterValue(chapters, reporter, partner, TradeFlow.Imports, chapter, year, covered);
            if (x.Value is null && m.Value is null)
            {
                continue;   // neither flow of this chapter is reported at all: not a chapter of this reporter's year
            }

            var code = chapter.ToCode();
            var pair = new List<IndicatorInput> { x with { Name = $"x_{code}: exports, chapter {code}" }, m with { Name = $"m_{code}: imports, chapter {code}" } };
            if (x.Value is null || m.Value is null)
            {
                gaps.Add(code);
                byChapter.Add(Indicator.None($"Grubel–Lloyd, chapter {code}", "GL_k = 1 − |x_k − m_k| / (x_k + m_k)", pair, $"{(x.Value is null ? "exports" : "imports")} of chapter {code} are not reported (a gap, not zero)"));
                continue;
            }

            var (xv, mv) = (x.Value.Value, m.Value.Value);
            if (xv + mv == 0)
            {
                untraded++;   // counted, not listed: a chapter with no trade either way adds nothing to either sum
            }
            else
            {
                inputs.AddRange(pair);
            }

            difference += Math.Abs(xv - mv);
            total += xv + mv;
            byChapter.Add(xv + mv > 0
                ? new Indicator($"Grubel–Lloyd, chapter {code}", "GL_k = 1 − |x_k − m_k| / (x_k + m_k)", 1 - (Math.Abs(xv - mv) / (xv + mv)), pair, null)
                : Indicator.None($"Grubel–Lloyd, chapter {code}", "GL_k = 1 − |x_k − m_k| / (x_k + m_k)", pair, "no trade either way in this chapter (0 / 0)"));
        }

        var notes = new List<string>();
        if (gaps.Count > 0)
        {
            notes.Add($"{gaps.Count} chapter(s) with one flow not reported, left out (gaps, not zeros): {string.Join(",", gaps)}");
        }

        if (untraded > 0)
        {
            notes.Add($"{untraded} chapter(s) with no trade either way (zero both ways), adding nothing");
        }

        if (!covered)
        {
            notes.Add($"{chapters.Name} holds no chapter trade of {reporter.Code} with {partner.Code} in {year}: every chapter is a gap");
        }

        var aggregate = total > 0
            ? new Indicator("Grubel–Lloyd, all chapters", formula, 1 - (difference / total), inputs, null) { Notes = notes }
            : Indicator.None("Grubel–Lloyd, all chapters", formula, inputs, byChapter.Count == 0 ? $"{reporter.Code} reports no chapter trade with {partner.Code} in {year}" : "no chapter with both flows known has any trade") with { Notes = notes };
        return new IntraIndustryTrade(byChapter, aggregate);
    }

    /// <summary>
    /// Marginal intra-industry trade from <paramref name="fromYear"/> to <paramref name="toYear"/> (Brülhart's A): for each
    /// chapter A_k = 1 − |ΔX_k − ΔM_k| / (|ΔX_k| + |ΔM_k|), and over chapters A = 1 − Σ|ΔX_k − ΔM_k| / Σ(|ΔX_k| + |ΔM_k|)
    /// (the weighted mean with weights |ΔX_k| + |ΔM_k|). 1: the change in trade is all intra-industry.
    /// </summary>
    /// <remarks>
    /// Brülhart (1994), "Marginal intra-industry trade: measurement and relevance for the pattern of industrial adjustment",
    /// Weltwirtschaftliches Archiv 130. A chapter enters only with all four values known (zero as in <see cref="GrubelLloyd"/>).
    /// </remarks>
    /// <param name="chapters">Data by HS chapter.</param>
    /// <param name="reporter">Whose report.</param>
    /// <param name="partner">The partner.</param>
    /// <param name="fromYear">The first year.</param>
    /// <param name="toYear">The second year.</param>
    public static Indicator MarginalIntraIndustry(TradeDataset chapters, Economy reporter, Economy partner, int fromYear, int toYear)
    {
        Preconditions.NotNull(chapters);
        const string name = "marginal intra-industry trade (Brülhart A)";
        const string formula = "A = 1 − Σ|ΔX_k − ΔM_k| / Σ(|ΔX_k| + |ΔM_k|)";
        var inputs = new List<IndicatorInput>();
        var left = 0;
        double numerator = 0, denominator = 0;
        var covered = (From: Covers(chapters, reporter, partner, fromYear), To: Covers(chapters, reporter, partner, toYear));
        foreach (var chapter in ChaptersOf(chapters))
        {
            var values = new[] { (TradeFlow.Exports, fromYear), (TradeFlow.Exports, toYear), (TradeFlow.Imports, fromYear), (TradeFlow.Imports, toYear) }
                .Select(v => ChapterValue(chapters, reporter, partner, v.Item1, chapter, v.Item2, v.Item2 == fromYear ? covered.From : covered.To) with { Name = $"{(v.Item1 == TradeFlow.Exports ? "X" : "M")}_{chapter.ToCode()},{v.Item2}" })
                .ToList();
            if (values.All(v => v.Value is null))
            {
                continue;
            }

            if (values.Any(v => v.Value is null))
            {
                left++;
                continue;
            }

            if (values.All(v => v.Value == 0))
            {
                continue;
            }

            inputs.AddRange(values);
            var dx = values[1].Value!.Value - values[0].Value!.Value;
            var dm = values[3].Value!.Value - values[2].Value!.Value;
            numerator += Math.Abs(dx - dm);
            denominator += Math.Abs(dx) + Math.Abs(dm);
        }

        var notes = left > 0 ? new[] { $"{left} chapter(s) with a value missing in one of the four cells, left out (gaps, not zeros)" } : [];
        return denominator > 0
            ? new Indicator(name, formula, 1 - (numerator / denominator), inputs, null) { Notes = notes }
            : Indicator.None(name, formula, inputs, inputs.Count == 0 ? $"no chapter has all four values for {reporter.Code} with {partner.Code}, {fromYear} and {toYear}" : "trade did not change in any chapter") with { Notes = notes };
    }

    /// <summary>
    /// Export similarity (Finger–Kreinin) of <paramref name="a"/>'s and <paramref name="b"/>'s exports to the World across HS
    /// chapters: FK = Σ_k min(s_ak, s_bk), s the chapter's share of the economy's exports summed over chapters. 1: the same
    /// mix; 0: no chapter in common.
    /// </summary>
    /// <remarks>
    /// Finger and Kreinin (1979), "A measure of 'export similarity' and its possible uses", Economic Journal 89; WITS, "Export
    /// similarity index". Shares are of the sum over chapters of each economy's own report with the World; a chapter one
    /// economy reports and the other does not counts as no exports of the other (chapter files exist only where there was
    /// trade), counted in the notes.
    /// </remarks>
    /// <param name="chapters">Data by HS chapter, both economies reporting with the World.</param>
    /// <param name="a">The first economy.</param>
    /// <param name="b">The second economy.</param>
    /// <param name="year">The year.</param>
    public static Indicator ExportSimilarity(TradeDataset chapters, Economy a, Economy b, int year)
        => OfTwoMixes("export similarity (Finger–Kreinin)", "FK = Σ_k min(s_ak, s_bk)", chapters, (a, TradeFlow.Exports), (b, TradeFlow.Exports), year,
            (sa, sb, k) => Math.Min(sa.GetValueOrDefault(k), sb.GetValueOrDefault(k)), sum => sum);

    /// <summary>
    /// Trade complementarity (Michaely) of <paramref name="exporter"/>'s exports with <paramref name="importer"/>'s imports:
    /// C = 1 − ½ Σ_k |m_k − x_k|, x_k the chapter's share of the exporter's exports to the World, m_k its share of the
    /// importer's imports from the World. 1: the exporter sells exactly the mix the importer buys; 0: nothing in common.
    /// </summary>
    /// <remarks>
    /// Michaely (1996), "Trade preferential agreements in Latin America: an ex-ante assessment", World Bank Policy Research
    /// Working Paper 1583; WITS, "Trade Complementarity Index" (there ×100). Shares as in <see cref="ExportSimilarity"/>.
    /// </remarks>
    /// <param name="chapters">Data by HS chapter, both economies reporting with the World.</param>
    /// <param name="exporter">Economy i, by its exports.</param>
    /// <param name="importer">Economy j, by its imports.</param>
    /// <param name="year">The year.</param>
    public static Indicator Complementarity(TradeDataset chapters, Economy exporter, Economy importer, int year)
        => OfTwoMixes("trade complementarity (Michaely)", "C_ij = 1 − ½ Σ_k |m_jk − x_ik|", chapters, (exporter, TradeFlow.Exports), (importer, TradeFlow.Imports), year,
            (x, m, k) => Math.Abs(m.GetValueOrDefault(k) - x.GetValueOrDefault(k)), sum => 1 - (sum / 2));

    /// <summary>
    /// An index over two economies' chapter mixes with the World: <paramref name="term"/> summed over the chapters either
    /// holds, then <paramref name="finish"/>ed; undefined when either reports no chapter of its flow that year.
    /// </summary>
    private static Indicator OfTwoMixes(string name, string formula, TradeDataset chapters, (Economy Economy, TradeFlow Flow) first, (Economy Economy, TradeFlow Flow) second,
        int year, Func<Dictionary<string, double>, Dictionary<string, double>, string, double> term, Func<double, double> finish)
    {
        var (s1, i1) = Mix(chapters, first.Economy, first.Flow, year);
        var (s2, i2) = Mix(chapters, second.Economy, second.Flow, year);
        var inputs = i1.Concat(i2).ToList();
        if (s1.Count == 0 || s2.Count == 0)
        {
            var (who, flow) = s1.Count == 0 ? first : second;
            return Indicator.None(name, formula, inputs, $"{who.Code} reports no chapter {(flow == TradeFlow.Exports ? "exports to" : "imports from")} the World in {year}");
        }

        var union = s1.Keys.Union(s2.Keys).ToList();
        var oneSided = union.Count(k => !s1.ContainsKey(k) || !s2.ContainsKey(k));
        return new Indicator(name, formula, finish(union.Sum(k => term(s1, s2, k))), inputs, null)
        {
            Notes = oneSided > 0 ? [$"{oneSided} chapter(s) in one mix only: the other's share counted as 0 (no chapter file)"] : [],
        };
    }

    /// <summary>
    /// Normalised concentration (UNCTAD's concentration index): H = (√(Σ s_i²) − √(1/N)) / (1 − √(1/N)), s_i the shares of
    /// the N positive values. 0: spread evenly; 1: all in one. Undefined for fewer than two positive values.
    /// </summary>
    /// <remarks>
    /// UNCTADstat, "Concentration and diversification indices of merchandise exports and imports by product", the
    /// Herfindahl–Hirschmann index normalised to 0–1. <see cref="Concentration.Herfindahl"/> gives Σ s² itself.
    /// </remarks>
    /// <param name="name">What is measured ("concentration of KAZ's exports over partners").</param>
    /// <param name="parts">The parts: a label, a value in US$ millions (null: missing, left out and counted) and its source.</param>
    public static Indicator NormalisedConcentration(string name, IEnumerable<IndicatorInput> parts)
    {
        Preconditions.NotNull(parts);
        const string formula = "H = (√(Σ s_i²) − √(1/N)) / (1 − √(1/N))";
        var inputs = parts.ToList();
        var positive = inputs.Where(p => p.Value > 0).Select(p => p.Value!.Value).ToList();
        var missing = inputs.Count(p => p.Value is null);
        var notes = missing > 0 ? new[] { $"{missing} part(s) missing, left out (not zero)" } : [];
        if (positive.Count < 2)
        {
            return Indicator.None(name, formula, inputs, $"{positive.Count} positive value(s): concentration over fewer than two parts has no meaning") with { Notes = notes };
        }

        var total = positive.Sum();
        var root = Math.Sqrt(positive.Sum(v => (v / total) * (v / total)));
        var even = Math.Sqrt(1d / positive.Count);
        return new Indicator(name, formula, (root - even) / (1 - even), inputs, null) { Notes = notes };
    }

    /// <summary>
    /// <see cref="NormalisedConcentration"/> of <paramref name="economy"/>'s <paramref name="flow"/> over its partner countries in
    /// <paramref name="year"/>, as it reports them (aggregates and residuals never count; a partner without a value that year is
    /// missing, left out).
    /// </summary>
    /// <param name="data">All-goods data holding the economy's report.</param>
    /// <param name="economy">Whose trade.</param>
    /// <param name="flow">Exports or imports.</param>
    /// <param name="year">The year.</param>
    public static Indicator ConcentrationOverPartners(TradeDataset data, Economy economy, TradeFlow flow, int year)
    {
        Preconditions.NotNull(data);
        Preconditions.NotNull(economy);
        var parts = Concentration.PartnerCountries(data, economy).Select(p => data.TryGet(economy, p, flow, year, out var o)
            ? new IndicatorInput(p.Code, o.Value.Value, o.Source)
            : new IndicatorInput(p.Code, null, $"no {year} value"));
        return NormalisedConcentration($"concentration of {economy.Code}'s {Word(flow)} over partner countries (UNCTAD)", parts);
    }

    /// <summary>
    /// <see cref="NormalisedConcentration"/> of <paramref name="economy"/>'s <paramref name="flow"/> with the World over the HS
    /// chapters of <paramref name="chapters"/> in <paramref name="year"/> (a chapter without a value is missing, left out).
    /// </summary>
    /// <param name="chapters">Data by HS chapter, the economy reporting with the World.</param>
    /// <param name="economy">Whose trade.</param>
    /// <param name="flow">Exports or imports.</param>
    /// <param name="year">The year.</param>
    public static Indicator ConcentrationOverChapters(TradeDataset chapters, Economy economy, TradeFlow flow, int year)
    {
        Preconditions.NotNull(chapters);
        Preconditions.NotNull(economy);
        var parts = ChaptersOf(chapters).Select(p => chapters.TryGet(economy, Economies.World, flow, p, year, out var o)
            ? new IndicatorInput(p.ToCode(), o.Value.Value, o.Source)
            : new IndicatorInput(p.ToCode(), null, $"no chapter {p.ToCode()} {Word(flow)} in {year}"));
        return NormalisedConcentration($"concentration of {economy.Code}'s {Word(flow)} over HS chapters (UNCTAD)", parts);
    }

    private static string Word(TradeFlow flow) => flow.ToString().ToLowerInvariant();

    /// <summary>One all-goods value as an input: its value and source, or why it is missing.</summary>
    private static IndicatorInput Input(TradeDataset data, Economy reporter, Economy partner, TradeFlow flow, int year, string name)
        => data.TryGet(reporter, partner, flow, year, out var o)
            ? new IndicatorInput(name, o.Value.Value, o.Source + (o.Estimated ? " (estimated)" : ""))
            : new IndicatorInput(name, null, $"{reporter.Code} reports no {flow.ToString().ToLowerInvariant()} with {partner.Code} in {year.ToString(CultureInfo.InvariantCulture)} in {data.Name}");

    /// <summary>The HS chapters (two-digit codes) the data hold.</summary>
    private static IEnumerable<Product> ChaptersOf(TradeDataset data) => data.Products.Where(p => p.ToCode().Length == 2);

    /// <summary>
    /// Whether the data hold any chapter trade of <paramref name="reporter"/> with <paramref name="partner"/> in
    /// <paramref name="year"/>: only then is the partner's absence from a chapter no trade; an extract that did not keep
    /// the partner at all says nothing about it.
    /// </summary>
    private static bool Covers(TradeDataset data, Economy reporter, Economy partner, int year)
        => ChaptersOf(data).Any(c => data.TryGet(reporter, partner, TradeFlow.Exports, c, year, out _) || data.TryGet(reporter, partner, TradeFlow.Imports, c, year, out _));

    /// <summary>
    /// A chapter's value: as reported; zero when the data hold the reporter's chapter trade with this partner that year
    /// (<paramref name="covered"/>) and the reporter reports the chapter's flow with the World but not with the partner (a
    /// chapter file lists every partner traded with); missing otherwise.
    /// </summary>
    private static IndicatorInput ChapterValue(TradeDataset data, Economy reporter, Economy partner, TradeFlow flow, Product chapter, int year, bool covered)
    {
        var code = chapter.ToCode();
        if (data.TryGet(reporter, partner, flow, chapter, year, out var found))
        {
            return new IndicatorInput(code, found.Value.Value, found.Source);
        }

        if (!covered)
        {
            return new IndicatorInput(code, null, $"no chapter trade of {reporter.Code} with {partner.Code} in {year} in {data.Name} (a gap)");
        }

        return data.TryGet(reporter, Economies.World, flow, chapter, year, out var world)
            ? new IndicatorInput(code, 0, $"0: {reporter.Code}'s chapter {code} {flow.ToString().ToLowerInvariant()} of {year} ({world.Source}) list no value with {partner.Code}")
            : new IndicatorInput(code, null, $"{reporter.Code} reports no chapter {code} {flow.ToString().ToLowerInvariant()} in {year} (a gap)");
    }

    /// <summary>An economy's chapter mix with the World: each chapter's share of the sum over chapters, and the inputs.</summary>
    private static (Dictionary<string, double> Shares, List<IndicatorInput> Inputs) Mix(TradeDataset data, Economy economy, TradeFlow flow, int year)
    {
        Preconditions.NotNull(data);
        Preconditions.NotNull(economy);
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        var inputs = new List<IndicatorInput>();
        foreach (var chapter in ChaptersOf(data))
        {
            if (data.TryGet(economy, Economies.World, flow, chapter, year, out var o) && o.Value.Value > 0)
            {
                values[chapter.ToCode()] = o.Value.Value;
                inputs.Add(new IndicatorInput($"{economy.Code} {flow.ToString().ToLowerInvariant()}, chapter {chapter.ToCode()}", o.Value.Value, o.Source));
            }
        }

        var total = values.Values.Sum();
        return (values.ToDictionary(kv => kv.Key, kv => kv.Value / total, StringComparer.Ordinal), inputs);
    }
}
