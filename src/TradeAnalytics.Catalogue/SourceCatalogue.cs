
namespace TradeAnalytics.Catalogue;

/// <summary>
/// Every source of trade values a program can answer from, side by side: the shipped ones (<see cref="Shipped"/>) and any the
/// caller adds (a user's file, values fetched from an API, <see cref="With"/>). One question — a pair, a measure, a side, years,
/// a product — gets each source's answer with its flags (<see cref="Ask"/>); sources are never merged here: layering is the
/// caller's explicit choice (<see cref="TradeDataset.Layered"/>), and every value keeps its own source.
/// </summary>
/// <remarks>
/// The default source is <see cref="DefaultId"/>, IMF DOTS 2022: the one shipped source that holds every reporter's report with
/// every partner, both flows, under one definition (exports FOB, imports CIF, US$), in a fixed edition — the source of the paper
/// the project reproduces. Where it has no value for the years asked (DOTS ends in 2020), the other sources' answers say which do.
/// </remarks>
public sealed class SourceCatalogue
{
    /// <summary>The id of the default source: IMF DOTS 2022, all 235 reporters.</summary>
    public const string DefaultId = "dots";

    private static readonly Lazy<SourceCatalogue> ShippedCatalogue = new(() => new SourceCatalogue(ShippedSources()));

    private readonly IReadOnlyList<CatalogueSource> _sources;

    /// <summary>A catalogue of the sources given, in the order answers are listed (the default first, by convention).</summary>
    /// <param name="sources">The sources; their ids must differ.</param>
    /// <exception cref="ArgumentException">Two sources share an id, or none is given.</exception>
    public SourceCatalogue(IReadOnlyList<CatalogueSource> sources)
    {
        Preconditions.NotNull(sources);
        if (sources.Count == 0)
        {
            throw new ArgumentException("A catalogue needs at least one source.", nameof(sources));
        }

        if (sources.GroupBy(s => s.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new ArgumentException($"Two sources have the id '{twice.Key}'.", nameof(sources));
        }

        _sources = sources;
    }

    /// <summary>The sources this library ships, the default (<see cref="DefaultId"/>) first.</summary>
    public static SourceCatalogue Shipped => ShippedCatalogue.Value;

    /// <summary>The sources, in order.</summary>
    public IReadOnlyList<CatalogueSource> Sources => _sources;

    /// <summary>The ids, in order.</summary>
    public IReadOnlyList<string> Ids => _sources.Select(s => s.Id).ToList();

    /// <summary>The source with this id.</summary>
    /// <param name="id">The id (case does not matter).</param>
    /// <exception cref="KeyNotFoundException">No source has it; the message lists the ids there are.</exception>
    public CatalogueSource this[string id]
        => TryGet(id, out var source) ? source
            : throw new KeyNotFoundException($"No source '{id}' in the catalogue; the sources are {string.Join(", ", Ids)}.");

    /// <summary>Finds a source by id (case does not matter).</summary>
    /// <param name="id">The id.</param>
    /// <param name="source">The source, or null.</param>
    public bool TryGet(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CatalogueSource? source)
    {
        Preconditions.NotNull(id);
        source = _sources.FirstOrDefault(s => string.Equals(s.Id, id.Trim(), StringComparison.OrdinalIgnoreCase));
        return source is not null;
    }

    /// <summary>This catalogue with more sources after the ones it has (a user's files, fetched values).</summary>
    /// <param name="sources">The sources to add; an id already present is an error.</param>
    public SourceCatalogue With(params CatalogueSource[] sources) => new([.. _sources, .. sources]);

    /// <summary>This catalogue with only the sources named, in the order named.</summary>
    /// <param name="ids">Ids of sources in the catalogue.</param>
    /// <exception cref="KeyNotFoundException">An id is not in the catalogue.</exception>
    public SourceCatalogue Only(IEnumerable<string> ids) => new(ids.Select(id => this[id]).Distinct().ToList());

    /// <summary>
    /// Each source's answer to <paramref name="question"/>, in catalogue order: its series with every value's flags and source,
    /// or why it has none. A source that is known not to hold the reporter's report is not loaded.
    /// </summary>
    /// <param name="question">The pair, measure, side, product and years.</param>
    public IReadOnlyList<SourceAnswer> Ask(TradeQuestion question)
    {
        Preconditions.NotNull(question);
        return _sources.Select(s => Answer(s, question)).ToList();
    }

    /// <summary>One source's answer to <paramref name="question"/>.</summary>
    /// <param name="source">The source.</param>
    /// <param name="question">The question.</param>
    public static SourceAnswer Answer(CatalogueSource source, TradeQuestion question)
    {
        Preconditions.NotNull(source);
        Preconditions.NotNull(question);
        var reporter = question.ReportedBy;
        if (!source.MayHoldReportBy(reporter))
        {
            return new SourceAnswer(source, question, null, $"holds no report by {reporter.Name}");
        }

        var data = source.About(question.Economy, question.Partner);
        if (!data.HasReporter(reporter))
        {
            return new SourceAnswer(source, question, null, $"holds no report by {reporter.Name}");
        }

        if (!data.Products.Contains(question.Product))
        {
            if (!question.Product.IsAllGoods)
            {
                return new SourceAnswer(source, question, null, $"holds no {question.Product}");
            }

            // Products only: say whether the pair's chapters are there, which a share or a products table can sum (never a published total).
            var chapterYears = data.Products.Where(p => p.Digits == 2)
                .SelectMany(p => data.Bilateral(question.Economy, question.Partner, p).Measure(question.Measure, question.Side).Years)
                .Where(y => question.Years is not { } span || span.Contains(y)).Distinct().Order().ToList();
            return new SourceAnswer(source, question, null, chapterYears.Count == 0
                ? "holds products only, no all-goods totals"
                : ChaptersOnly + SourceAnswer.Spans(chapterYears));
        }

        var series = data.Bilateral(question.Economy, question.Partner, question.Product).Measure(question.Measure, question.Side);
        if (series.IsEmpty)
        {
            return new SourceAnswer(source, question, null, $"holds no {question.Measure.ToString().ToLowerInvariant()} of {question.Economy.Name} with {question.Partner.Name} as {reporter.Name} reports them");
        }

        var held = question.Years is { } span ? series.Years.Where(span.Contains).ToList() : series.Years;
        return held.Count == 0
            ? new SourceAnswer(source, question, series, $"has no value in {question.Years}; it holds {new YearSpan(series.FirstYear, series.LastYear)}")
            : new SourceAnswer(source, question, series, null);
    }

    /// <summary>How an answer from a source of HS chapters without all-goods totals begins, followed by the years the pair's chapters cover.</summary>
    public const string ChaptersOnly = "holds HS chapters only (no all-goods total; their sum is not a published total), by chapter in ";

    private static IReadOnlyList<CatalogueSource> ShippedSources()
    {
        const string imfTerms = "IMF data, under the IMF's terms of use; cite \"IMF, Direction of Trade Statistics (DOTS)\"";
        return
        [
            new CatalogueSource(DefaultId, "International Monetary Fund", "Direction of Trade Statistics (DOTS), country tables, edition of about January 2022, all 235 country tables", imfTerms, SourceOrigin.Shipped,
                [
                    "US$ millions; exports FOB, imports CIF, as each reporter records them; a value marked \"e\" is an IMF estimate derived from partner data (flagged).",
                    "Ends in 2020: later years are in the statistics offices' figures (national) and the 2025 copy (imts2025), or fetched (imf).",
                    "The paper's extract (ShippedData.ImfDots2022) and the Caucasus extract (ShippedData.ImfDots2022Caucasus) are parts of this edition, cell for cell.",
                ],
                ShippedData.Dots),
            new CatalogueSource("national", "Statistics offices: Kazakhstan (Bureau of National Statistics), Uzbekistan (Statistics Agency), Kyrgyzstan (National Statistical Committee), Armenia (Armstat)",
                "Kazakhstan 2018–2023, Uzbekistan 2010–2023, Kyrgyzstan 1994–2023, Armenia 2007–2024 (monthly, summed to whole years), as copied to public repositories", "The offices' content under their terms; cite the office", SourceOrigin.Shipped,
                [
                    "Published in thousand US$, here US$ millions; each office's own definitions (Armenia's imports by country of origin); Kyrgyzstan's 2023 imports preliminary (flagged).",
                    "Where these and the IMF's figures disagree both are shown, never merged.",
                ],
                economies => economies.Length == 0 ? ShippedData.NationalStatistics : ShippedData.NationalStatisticsOf(economies), ["ARM", "KAZ", "KGZ", "UZB"]),
            new CatalogueSource("imts2025", "International Monetary Fund (IMTS), via a third-party copy", "Goods exports of 2025, downloaded 2026-04-24, rounded to 0.1 $m", "No licence stated; IMF content — cite \"IMF, International Trade in Goods (IMTS), via a third-party copy\"", SourceOrigin.Shipped,
                [
                    "Exports only; every value flagged preliminary and rounded to 0.1 $m.",
                    "Some values look partial (Kazakhstan → Israel 49.4 against 363.4 in 2023 by Kazakhstan's own count).",
                    "The World values are the copy's own node totals, which differ from the sums of its edges (Israel 52,750.4 against 52,659.3; each source gives both), and are not the IMF's World.",
                ],
                _ => ShippedData.ImtsCopy2025, ["ARM", "AZE", "GEO", "ISR", "KAZ", "KGZ", "TJK", "TKM", "UZB"]),
            new CatalogueSource("comtrade-hs27", "United Nations Comtrade Database", "Annual HS 2-digit data, chapter 27 (mineral fuels and oils), from the bulk files of 1988–2017 as extracted to a public repository", "UN Comtrade's terms of use; cite \"United Nations Comtrade Database\"", SourceOrigin.Shipped,
                [
                    "HS 27 only: Israel with Central Asia and the Caucasus, each side's report, and each reporter with the World and \"Areas, nes\" (X899, a residual, never a country).",
                    "Israel books most of its fuel imports to \"Areas, nes\": its suppliers show only in their own exports.",
                ],
                _ => ShippedData.ComtradeHs27Israel, ["ARM", "AZE", "GEO", "ISR", "KAZ", "KGZ", "TKM"]),
            new CatalogueSource("comtrade-hs2", "United Nations Comtrade Database", "By HS chapter, 1995–2021 (a dashboard's copy)", "No licence stated; UN Comtrade content — cite \"UN Comtrade\"", SourceOrigin.Shipped,
                [
                    "Israel, Azerbaijan, Georgia and Armenia as reporters, with each other, with Central Asia (an aggregate) and with the World, by chapter.",
                    "Chapter 34 has no file for any reporter or year, and some reporter-years lack other chapters: a gap, never a zero.",
                ],
                economies => economies.Length == 0 ? ShippedData.ComtradeHs2Caucasus : ShippedData.ComtradeHs2CaucasusAbout(economies), ["ARM", "AZE", "GEO", "ISR"]),
        ];
    }
}

/// <summary>A question to every source: one pair's trade in one measure, as one side reports it.</summary>
/// <param name="Economy">The economy whose trade it is.</param>
/// <param name="Partner">The counterpart.</param>
/// <param name="Measure">Exports, imports, turnover or balance.</param>
/// <param name="Side">Whose report: the economy's own, or the partner's mirror.</param>
public sealed record TradeQuestion(Economy Economy, Economy Partner, TradeMeasure Measure = TradeMeasure.Turnover, ReportingSide Side = ReportingSide.Reporter)
{
    /// <summary>The goods (all goods by default).</summary>
    public Product Product { get; init; } = Product.AllGoods;

    /// <summary>The years asked for; null: every year a source holds.</summary>
    public YearSpan? Years { get; init; }

    /// <summary>Whose statistics answer it.</summary>
    public Economy ReportedBy => Side == ReportingSide.Reporter ? Economy : Partner;
}

/// <summary>One source's answer to a <see cref="TradeQuestion"/>.</summary>
/// <param name="Source">The source.</param>
/// <param name="Question">The question.</param>
/// <param name="Series">Its series (every year it holds, each value with flags and cell); null where it has none.</param>
/// <param name="Unavailable">Why it cannot answer for the years asked; null where it can.</param>
public sealed record SourceAnswer(CatalogueSource Source, TradeQuestion Question, TradeSeries? Series, string? Unavailable)
{
    /// <summary>True when the source has at least one value in the years asked.</summary>
    public bool HasValues => Unavailable is null;

    /// <summary>The years asked for that the source holds a value for (all it holds when no years were asked).</summary>
    public IReadOnlyList<int> YearsHeld => Series is null ? [] : Question.Years is { } span ? Series.Years.Where(span.Contains).ToList() : Series.Years;

    /// <summary>"national: 2018–2023" or "national: holds no report by Israel".</summary>
    public override string ToString()
        => Unavailable is { } why ? $"{Source.Id}: {why}"
            : YearsHeld is { Count: > 0 } years ? $"{Source.Id}: {Spans(years)}" : $"{Source.Id}: no value";

    /// <summary>Years as runs: "1995–2001, 2003, 2005–2017".</summary>
    internal static string Spans(IReadOnlyList<int> years)
    {
        var runs = new List<string>();
        for (var i = 0; i < years.Count;)
        {
            var j = i;
            while (j + 1 < years.Count && years[j + 1] == years[j] + 1)
            {
                j++;
            }

            runs.Add(i == j ? years[i].ToString(System.Globalization.CultureInfo.InvariantCulture) : new YearSpan(years[i], years[j]).ToString());
            i = j + 1;
        }

        return string.Join(", ", runs);
    }
}
