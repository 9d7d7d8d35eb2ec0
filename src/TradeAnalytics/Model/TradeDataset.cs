namespace TradeAnalytics;

/// <summary>
/// A set of reported trade values (<see cref="TradeObservation"/>), unique by reporter, partner,
/// flow, year and product, with lookups by pair. Totals (all goods) and products (HS codes) can stand
/// side by side. Immutable once built.
/// </summary>
public sealed class TradeDataset
{
    private static readonly Lazy<TradeDataset> Embedded = new(() => LoadResource(EmbeddedResourceName, "imf-dots-2022.csv", ImfDotsName, ImfDotsEstimate));
    private static readonly Lazy<TradeDataset> EmbeddedComtrade = new(() => LoadResource(ComtradeResourceName, "comtrade-hs27-israel.csv", ComtradeName, null));

    private static readonly Lazy<TradeDataset> EmbeddedNational = new(LoadNational);
    private static readonly Lazy<TradeDataset> EmbeddedDotsCaucasus = new(() => LoadResource("TradeAnalytics.imf-dots-2022-caucasus.csv", "imf-dots-2022-caucasus.csv", "IMF DOTS (2022 edition): Armenia, Azerbaijan and Georgia with Israel and the World", ImfDotsEstimate));
    private static readonly Lazy<TradeDataset> EmbeddedImtsCopy = new(() => LoadResource("TradeAnalytics.imts-2025-copy.csv", "imts-2025-copy.csv", ImtsCopyName, ImtsCopyFlag));

    /// <summary>The name of <see cref="ImtsCopy2025"/>: what it is, in every report that shows it.</summary>
    public const string ImtsCopyName = "IMF IMTS 2025 exports, a rounded third-party copy of preliminary data";

    /// <summary>What the flag on every value of <see cref="ImtsCopy2025"/> means.</summary>
    public const string ImtsCopyFlag = "a preliminary IMF value, rounded to 0.1 $m in a third-party copy";
    private static readonly Lazy<TradeDataset> EmbeddedChapters = new(() => LoadResource("TradeAnalytics.comtrade-hs2-caucasus.csv", "comtrade-hs2-caucasus.csv", ComtradeChaptersName, null));

    /// <summary>The name of <see cref="ComtradeHs2Caucasus"/>.</summary>
    public const string ComtradeChaptersName = "UN Comtrade by HS chapter (dashboard copy, 1995–2021)";

    /// <summary>The national statistics extracts, one per office: reporter code and file in data/.</summary>
    internal static readonly IReadOnlyList<(string Reporter, string File)> NationalFiles =
        [("KAZ", "national-kaz.csv"), ("UZB", "national-uzb.csv"), ("KGZ", "national-kgz.csv"), ("ARM", "national-arm.csv")];

    /// <summary>The name of <see cref="NationalStatistics"/>.</summary>
    public const string NationalStatisticsName = "National statistics offices (Kazakhstan BNS, Uzbekistan Statistics Agency, Kyrgyzstan NSC, Armstat)";

    internal const string EmbeddedResourceName = "TradeAnalytics.imf-dots-2022.csv";
    internal const string ComtradeResourceName = "TradeAnalytics.comtrade-hs27-israel.csv";
    private const string ImfDotsName = "IMF DOTS (2022 edition)";
    private const string ComtradeName = "UN Comtrade";

    /// <summary>What an estimate flag means in the IMF DOTS tables (a value followed by " e"): the <see cref="EstimateMeaning"/> of DOTS datasets.</summary>
    public const string ImfDotsEstimate = "an IMF estimate, derived from partner data";

    private string? _estimateMeaning;
    private readonly ObservationTable _table;

    /// <summary>Builds a dataset.</summary>
    /// <param name="observations">The values; no two may share reporter, partner, flow, year and product.</param>
    /// <param name="name">What the data are, as reports name them ("IMF DOTS (2022 edition)", a file name); "the dataset" when omitted.</param>
    /// <exception cref="ArgumentException">Two observations share reporter, partner, flow, year and product (the message names both sources).</exception>
    public TradeDataset(IEnumerable<TradeObservation> observations, string? name = null)
        : this(Preconditions.NotNull(observations), keysAreUnique: false, name)
    {
    }

    /// <summary>Builds a dataset; <paramref name="keysAreUnique"/> skips the uniqueness check for input already checked (the interchange reader's).</summary>
    internal TradeDataset(IEnumerable<TradeObservation> observations, bool keysAreUnique, string? name)
        : this(Collect(observations), keysAreUnique, name)
    {
    }

    /// <summary>Builds a dataset from the rows a builder collected; <paramref name="keysAreUnique"/> skips the uniqueness check for rows already checked.</summary>
    internal TradeDataset(ObservationTable.Builder rows, bool keysAreUnique, string? name)
    {
        Name = string.IsNullOrWhiteSpace(name) ? "the dataset" : name.Trim();
        _table = rows.Build();
        if (!keysAreUnique && _table.FirstRepeatedKey() is var (first, second))
        {
            var o = _table.Row(second);
            throw new ArgumentException(
                $"Two values for {o.Reporter.Code}→{o.Partner.Code} {o.Flow} {o.Year}{(o.Product.IsAllGoods ? "" : " " + o.Product)}: {_table.Source(first)} and {o.Source}.",
                "observations");
        }
    }

    private static ObservationTable.Builder Collect(IEnumerable<TradeObservation> observations)
    {
        var rows = new ObservationTable.Builder(observations is IReadOnlyCollection<TradeObservation> c ? c.Count : 16);
        foreach (var o in observations)
        {
            rows.Add(o);
        }

        return rows;
    }

    /// <summary>
    /// The dataset this library ships: every value of the IMF DOTS country tables (edition of about
    /// January 2022) of Israel, Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan —
    /// all partners, all years, both flows, each with its source cell. Loaded once, on first use.
    /// </summary>
    public static TradeDataset ImfDots2022 => Embedded.Value;

    /// <summary>
    /// The values of <see cref="ImfDots2022"/> reported by or with <paramref name="economies"/> (reporter or partner one of
    /// them: their own reports and their partners' mirror reports of them), read from the embedded file without parsing
    /// the other rows — for a question about a pair, about half of the extract. The set asked for last is kept (asked again,
    /// it is not read again; a program going through many pairs holds one at a time); with none given, the whole extract.
    /// </summary>
    /// <param name="economies">The economies the question is about.</param>
    public static TradeDataset ImfDots2022About(params Economy[] economies)
    {
        Preconditions.NotNull(economies);
        if (economies.Length == 0)
        {
            return Embedded.Value;
        }

        var codes = SortedCodes(economies);
        var key = string.Join(",", codes);
        if (LastAbout is { } last && last.Key == key)
        {
            return last.Dataset;
        }

        var dataset = LoadResource(EmbeddedResourceName, "imf-dots-2022.csv", ImfDotsName, ImfDotsEstimate, codes);
        LastAbout = new ReadAbout(key, dataset);
        return dataset;
    }

    /// <summary>The set of economies <see cref="ImfDots2022About"/> read last, and what it read (one reference, swapped whole, so threads never see a key with another set's data).</summary>
    private static ReadAbout? LastAbout;

    private sealed record ReadAbout(string Key, TradeDataset Dataset);

    /// <summary>
    /// The product data this library ships: UN Comtrade, HS chapter 27 (mineral fuels and oils),
    /// 1988–2017, of Israel with Kazakhstan, Uzbekistan, Turkmenistan, Tajikistan, Kyrgyzstan,
    /// Azerbaijan, Georgia and Armenia (each side's report, every flow), and of Israel with the World
    /// (WLD) and with "Areas, nes" (X899); each value with its file and line. Loaded once, on first use.
    /// </summary>
    public static TradeDataset ComtradeHs27Israel => EmbeddedComtrade.Value;

    /// <summary>
    /// The statistics offices' own trade by partner, as each publishes it (thousand US$, here in $ millions): Kazakhstan
    /// 2018–2023 (Bureau of National Statistics), Uzbekistan 2010–2023 (Statistics Agency), Kyrgyzstan 1994–2023
    /// (National Statistical Committee; 2023 imports flagged preliminary) and Armenia 2007–2024 (Armstat, monthly
    /// summed to whole years; imports by country of origin) — every partner the name tables map, and the World (each
    /// office's total). Each value's source names file, sheet and cell, or file and lines. Loaded once, on first use.
    /// Where these and the IMF's figures disagree, both are shown (<c>compare</c>, <c>--source</c>), never merged.
    /// </summary>
    public static TradeDataset NationalStatistics => EmbeddedNational.Value;

    /// <summary>
    /// The values of <see cref="NationalStatistics"/> whose reporter and partner are both among <paramref name="economies"/>, read
    /// from the embedded files without parsing the other rows: the Central Asian and Caucasus states with Israel give each office's
    /// trade with Israel and with the other states, 1,057 of the files' 19,896 rows (133 of them with Israel). Not kept: each call
    /// reads again.
    /// </summary>
    /// <param name="economies">The economies whose trade with each other is wanted.</param>
    /// <exception cref="ArgumentException">No economy is given.</exception>
    public static TradeDataset NationalStatisticsAmong(params Economy[] economies) => LoadNational(Codes(economies));

    private static string[] Codes(Economy[] economies)
    {
        Preconditions.NotNull(economies);
        if (economies.Length == 0)
        {
            throw new ArgumentException("Give the economies whose trade with each other is wanted.", nameof(economies));
        }

        return SortedCodes(economies);
    }

    /// <summary>The economies' codes, each once, in ordinal order: the selection a filtered read of an embedded file takes.</summary>
    private static string[] SortedCodes(Economy[] economies) => economies.Select(e => e.Code).Distinct().Order(StringComparer.Ordinal).ToArray();

    /// <summary>
    /// UN Comtrade by HS chapter (all chapters present in the copy: 01–97 but 34 and 77, and 99), 1995–2021, of Israel,
    /// Azerbaijan, Georgia and Armenia as reporters, with each other, with Central Asia (UN M49 143, an aggregate:
    /// M143) and with the World (every flow). Values in US$ millions from whole dollars; each with its file and line
    /// of the dashboard copy (<c>Azerbaijan;2018;Export;27.csv:23</c>). A chapter a reporter's year has no file for
    /// has no World value either: a gap, never a zero. Loaded once, on first use.
    /// </summary>
    public static TradeDataset ComtradeHs2Caucasus => EmbeddedChapters.Value;

    /// <summary>
    /// The values of <see cref="ComtradeHs2Caucasus"/> whose reporter and partner are both among <paramref name="economies"/>, read
    /// from the embedded file without parsing the other rows: Israel, Azerbaijan and the World give each state's report of the
    /// other and of its trade with the World, 11,528 of the file's 51,528 rows. Not kept: each call reads again.
    /// </summary>
    /// <param name="economies">The economies whose trade with each other is wanted (include <see cref="Economies.World"/> for world totals).</param>
    /// <exception cref="ArgumentException">No economy is given.</exception>
    public static TradeDataset ComtradeHs2CaucasusAmong(params Economy[] economies)
        => LoadResource("TradeAnalytics.comtrade-hs2-caucasus.csv", "comtrade-hs2-caucasus.csv", ComtradeChaptersName, null, Codes(economies), among: true);

    /// <summary>
    /// IMF DOTS (2022 edition) as Armenia (DOTS_9.xlsx), Azerbaijan (DOTS_13.xlsx) and Georgia (DOTS_76.xlsx) report their trade
    /// with Israel and with the World, both flows, every year — 329 values, each with its cell. The paper's extract
    /// (<see cref="ImfDots2022"/>) holds Israel's table but not theirs; the whole edition is in the TradeAnalytics.Data.ImfDots2022 package.
    /// </summary>
    public static TradeDataset ImfDots2022Caucasus => EmbeddedDotsCaucasus.Value;

    /// <summary>
    /// The IMF's goods exports of 2025 (IMTS, downloaded 2026-04-24) as a third-party web page copied them: rounded to
    /// 0.1 $m, preliminary, some looking partial (Kazakhstan → Israel 49.4 against 363.4 in 2023 by Kazakhstan's own
    /// count) — every edge among Israel and the Central Asian and Caucasus states, and each one's exports to the World
    /// as the sum of the copy's edges (not the IMF's World). Every value is flagged (<see cref="ImtsCopyFlag"/>) and its
    /// source names the copy's file and array index. Exports only: a reporter's imports are not in the copy.
    /// </summary>
    public static TradeDataset ImtsCopy2025 => EmbeddedImtsCopy.Value;

    /// <summary>What the data are, as reports name them ("IMF DOTS (2022 edition)", "UN Comtrade", a file name).</summary>
    public string Name { get; }

    /// <summary>
    /// What a value flagged as estimated is in these data, as labels show it after "includes": "an IMF
    /// estimate, derived from partner data" for IMF DOTS; by default "a value flagged as estimated in"
    /// followed by <see cref="Name"/> — a user's own flags are never called the IMF's.
    /// </summary>
    public string EstimateMeaning
    {
        get => _estimateMeaning ?? $"a value flagged as estimated in {Name}";
        init => _estimateMeaning = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    /// <summary>
    /// What the reader reported while building the dataset from a file, one line each with file and line:
    /// rows repeated with the same value (kept once) and values kept as published but odd (negative).
    /// Empty for a dataset built in code.
    /// </summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>
    /// Every observation, in the order given: a view over the dataset's columns, each observation rebuilt when it is read
    /// (read a value once and keep it, rather than indexing twice).
    /// </summary>
    public IReadOnlyList<TradeObservation> Observations => _table;

    /// <summary>The economies that report at least one value, by code.</summary>
    public IReadOnlyList<Economy> Reporters => _table.Reporters.OrderBy(e => e.Code, StringComparer.Ordinal).ToList();

    /// <summary>The products that have at least one value (all goods first), in code order.</summary>
    public IReadOnlyList<Product> Products => _table.Products.Order().ToList();

    /// <summary>The first and last year with any value; null for an empty dataset.</summary>
    public (int First, int Last)? YearRange => _table.YearRange;

    /// <summary>Reads a dataset from a file in the interchange CSV format (see <see cref="InterchangeCsv"/>).</summary>
    /// <param name="path">The file.</param>
    /// <exception cref="InterchangeFormatException">A row is malformed; the message names the file, line and field.</exception>
    public static TradeDataset Load(string path) => InterchangeCsv.ReadFile(path).Dataset;

    /// <summary>The values <paramref name="reporter"/> reported for <paramref name="flow"/> with <paramref name="partner"/> for all goods, by year.</summary>
    /// <param name="reporter">Whose statistics.</param>
    /// <param name="partner">The counterpart.</param>
    /// <param name="flow">The flow as the reporter records it.</param>
    public IReadOnlyList<TradeObservation> ObservationsOf(Economy reporter, Economy partner, TradeFlow flow)
        => ObservationsOf(reporter, partner, flow, Product.AllGoods);

    /// <summary>The values <paramref name="reporter"/> reported for <paramref name="flow"/> of exactly <paramref name="product"/> with <paramref name="partner"/>, by year.</summary>
    /// <param name="reporter">Whose statistics.</param>
    /// <param name="partner">The counterpart.</param>
    /// <param name="flow">The flow as the reporter records it.</param>
    /// <param name="product">The goods: all goods, or an HS code matched exactly (HS 27 is not the sum of its headings here).</param>
    public IReadOnlyList<TradeObservation> ObservationsOf(Economy reporter, Economy partner, TradeFlow flow, Product product)
        => _table.Of(Preconditions.NotNull(reporter), Preconditions.NotNull(partner), flow, product);

    /// <summary>One reported value for all goods without its source (no string is made): for analytics that add many up.</summary>
    internal UsdMillions? ValueIn(Economy reporter, Economy partner, TradeFlow flow, int year)
        => RowIn(reporter, partner, flow, year) is var row and >= 0 ? _table.Value(row) : null;

    /// <summary>The row of the value for all goods of <paramref name="reporter"/> with <paramref name="partner"/> in <paramref name="year"/>, or −1.</summary>
    private int RowIn(Economy reporter, Economy partner, TradeFlow flow, int year)
    {
        foreach (var row in _table.SeriesRows(reporter, partner, flow, Product.AllGoods))
        {
            if (_table.Year(row) == year)
            {
                return row;
            }
        }

        return -1;
    }

    /// <summary>Gets one reported value for all goods, if present.</summary>
    /// <param name="reporter">Whose statistics.</param>
    /// <param name="partner">The counterpart.</param>
    /// <param name="flow">The flow as the reporter records it.</param>
    /// <param name="year">The year.</param>
    /// <param name="observation">The value, or null.</param>
    public bool TryGet(Economy reporter, Economy partner, TradeFlow flow, int year, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out TradeObservation? observation)
    {
        var row = RowIn(Preconditions.NotNull(reporter), Preconditions.NotNull(partner), flow, year);
        observation = row >= 0 ? _table.Row(row) : null;
        return observation is not null;
    }

    /// <summary>The partners <paramref name="reporter"/> reports any value with.</summary>
    /// <param name="reporter">Whose statistics.</param>
    public IReadOnlyList<Economy> PartnersOf(Economy reporter)
        => _table.PartnersOf(Preconditions.NotNull(reporter)).ToList();

    /// <summary>True when <paramref name="economy"/> reports any value.</summary>
    /// <param name="economy">The economy.</param>
    public bool HasReporter(Economy economy) => _table.HasReporter(Preconditions.NotNull(economy));

    /// <summary>The trade of <paramref name="economy"/> with <paramref name="partner"/> in all goods, from either side's statistics.</summary>
    /// <param name="economy">The economy whose trade it is.</param>
    /// <param name="partner">The counterpart.</param>
    public BilateralTrade Bilateral(Economy economy, Economy partner) => Bilateral(economy, partner, Product.AllGoods);

    /// <summary>The trade of <paramref name="economy"/> with <paramref name="partner"/> in <paramref name="product"/>, from either side's statistics.</summary>
    /// <param name="economy">The economy whose trade it is.</param>
    /// <param name="partner">The counterpart.</param>
    /// <param name="product">The goods (an HS code, matched exactly, or all goods).</param>
    public BilateralTrade Bilateral(Economy economy, Economy partner, Product product)
        => new(this, Preconditions.NotNull(economy), Preconditions.NotNull(partner), product);

    /// <summary>The trade of the economies with codes <paramref name="economy"/> and <paramref name="partner"/> in all goods.</summary>
    /// <param name="economy">The code of the economy whose trade it is.</param>
    /// <param name="partner">The code of the counterpart.</param>
    /// <exception cref="UnknownEconomyException">A code is unknown.</exception>
    public BilateralTrade Bilateral(string economy, string partner) => Bilateral(Economies.Get(economy), Economies.Get(partner));

    /// <summary>
    /// Layers datasets with a stated precedence: for every reporter, partner, flow, year and product the
    /// value of the first dataset that has one (for example IMTS fetched today over DOTS 2022 for the
    /// years both have, DOTS alone for the others). Each value keeps its own source; <see cref="Notes"/>
    /// says how many values each layer gave.
    /// </summary>
    /// <param name="inPrecedence">The datasets, the one that wins first.</param>
    /// <param name="name">The layered dataset's name (default: the layers' names joined with " over ").</param>
    /// <exception cref="ArgumentException">No dataset given.</exception>
    public static TradeDataset Layered(IReadOnlyList<TradeDataset> inPrecedence, string? name = null)
    {
        var walk = Walk(inPrecedence, compare: false);
        var notes = inPrecedence.Select((layer, i) => $"{walk.Taken[i]} of {layer.Observations.Count} values from {layer.Name}").ToList();
        return Combined(inPrecedence, walk.Values, name ?? string.Join(" over ", inPrecedence.Select(d => d.Name)), notes);
    }

    /// <summary>
    /// Merges datasets that describe the same world — a user's file and the shipped extract, two files with
    /// copies of the same values — into one. A value present in several with the same number and estimate
    /// flag is kept once (the first one's source); a value that differs between them is a conflict: the
    /// first dataset's value is kept and the conflict is listed in <see cref="DatasetMerge.Conflicts"/> and in
    /// the merged dataset's <see cref="Notes"/>, never passed over in silence. Nothing throws on identical copies.
    /// </summary>
    /// <param name="datasets">The datasets, the one whose value is kept in a conflict first.</param>
    /// <param name="name">The merged dataset's name (default: the names joined with " + ").</param>
    /// <exception cref="ArgumentException">No dataset given.</exception>
    public static DatasetMerge Merge(IReadOnlyList<TradeDataset> datasets, string? name = null)
    {
        var walk = Walk(datasets, compare: true);
        var notes = datasets.Select((d, i) => $"{walk.Taken[i]} of {d.Observations.Count} values from {d.Name}"
                + (i == 0 ? "" : $" ({walk.Coinciding[i]} the same as an earlier dataset's, kept once; {walk.Differing[i]} different, the earlier kept)"))
            .Concat(walk.Conflicts.Select(c => c.ToString()))
            .ToList();
        var merged = Combined(datasets, walk.Values, name ?? string.Join(" + ", datasets.Select(d => d.Name)), notes);
        return new DatasetMerge(merged, walk.Coinciding.Sum(), walk.Conflicts);
    }

    private sealed record PrecedenceWalk(List<TradeObservation> Values, int[] Taken, int[] Coinciding, int[] Differing, List<MergeConflict> Conflicts);

    /// <summary>The first value of each key, in the order of <paramref name="datasets"/>; with <paramref name="compare"/>, each later value is checked against the one kept.</summary>
    private static PrecedenceWalk Walk(IReadOnlyList<TradeDataset> datasets, bool compare)
    {
        Preconditions.NotNull(datasets);
        Preconditions.Check(datasets.Count > 0, "Combining datasets needs at least one dataset.", nameof(datasets));
        var kept = new Dictionary<(string, string, TradeFlow, int, string), TradeObservation>();
        var walk = new PrecedenceWalk([], new int[datasets.Count], new int[datasets.Count], new int[datasets.Count], []);
        for (var i = 0; i < datasets.Count; i++)
        {
            foreach (var o in Preconditions.NotNull(datasets[i]).Observations)
            {
                if (kept.TryAdd(o.Key, o))
                {
                    walk.Values.Add(o);
                    walk.Taken[i]++;
                }
                else if (compare && kept[o.Key] is var first && first.Value == o.Value && first.Estimated == o.Estimated)
                {
                    walk.Coinciding[i]++;
                }
                else if (compare)
                {
                    walk.Differing[i]++;
                    walk.Conflicts.Add(new MergeConflict(kept[o.Key], o));
                }
            }
        }

        return walk;
    }

    private static TradeDataset Combined(IReadOnlyList<TradeDataset> parts, List<TradeObservation> values, string name, List<string> notes)
    {
        var meanings = parts.Select(d => d.EstimateMeaning).Distinct().ToList();
        return new TradeDataset(values, keysAreUnique: true, name)
        {
            Notes = notes,
            EstimateMeaning = meanings.Count == 1 ? meanings[0] : "a value flagged as estimated (" + string.Join("; ", meanings) + ")",
        };
    }

    /// <summary>The name.</summary>
    public override string ToString() => $"{Name}: {_table.Count} values";

    private static TradeDataset LoadNational() => LoadNational(null);

    private static TradeDataset LoadNational(string[]? among)
    {
        // One dataset read from the four files in turn (a value from two would be reported as a repeated key; the offices
        // report disjoint reporters).
        var streams = NationalFiles.Select(f => Resource("TradeAnalytics." + f.File, f.File)).ToList();
        try
        {
            var dataset = InterchangeCsv.ReadAll(
                NationalFiles.Select((f, i) => ((TextReader)new StreamReader(streams[i]), $"embedded:{f.File}")),
                NationalStatisticsName,
                among is null ? Rough(streams.Sum(s => s.Length)) : 16,
                among).Dataset;
            dataset._estimateMeaning = "a value its office marks preliminary";
            return dataset;
        }
        finally
        {
            streams.ForEach(s => s.Dispose());
        }
    }

    private static Stream Resource(string resource, string displayName)
        => typeof(TradeDataset).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded dataset {resource} is missing from the assembly; rebuild with data/{displayName} present.");

    /// <summary>Room for the rows of <paramref name="bytes"/> of interchange text: the shipped files' rows average 60–146 characters (awk over data/*.csv), at least as many bytes, so the columns never grow.</summary>
    private static int Rough(long bytes) => (int)Math.Min(bytes / 60 + 16, 1 << 24);

    private static TradeDataset LoadResource(string resource, string displayName, string name, string? estimateMeaning, string[]? about = null, bool among = false)
    {
        using var stream = Resource(resource, displayName);
        using var reader = new StreamReader(stream);
        var dataset = InterchangeCsv.Read(reader, $"embedded:{displayName}", name, about, about is null ? Rough(stream.Length) : 16, among).Dataset;
        dataset._estimateMeaning = estimateMeaning;
        return dataset;
    }
}
