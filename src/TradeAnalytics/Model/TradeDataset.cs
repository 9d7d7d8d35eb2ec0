namespace TradeAnalytics;

/// <summary>
/// A set of reported trade values (<see cref="TradeObservation"/>), unique by reporter, partner,
/// flow, year and product, with lookups by pair. Totals (all goods) and products (HS codes) can stand
/// side by side. Immutable once built.
/// </summary>
public sealed class TradeDataset
{
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
    internal TradeDataset(TradeDatasetBuilder rows, bool keysAreUnique, string? name)
    {
        Name = string.IsNullOrWhiteSpace(name) ? "the dataset" : name.Trim();
        _table = rows.BuildTable();
        if (!keysAreUnique && _table.FirstRepeatedKey() is var (first, second))
        {
            var o = _table.Row(second);
            throw new ArgumentException(
                $"Two values for {o.Reporter.Code}→{o.Partner.Code} {o.Flow} {o.Year}{(o.Product.IsAllGoods ? "" : " " + o.Product)}: {_table.Source(first)} and {o.Source}.",
                "observations");
        }
    }

    private static TradeDatasetBuilder Collect(IEnumerable<TradeObservation> observations)
    {
        var rows = new TradeDatasetBuilder(observations is IReadOnlyCollection<TradeObservation> c ? c.Count : 16);
        foreach (var o in observations)
        {
            rows.Add(o);
        }

        return rows;
    }

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
        => RowIn(reporter, partner, flow, Product.AllGoods, year) is var row and >= 0 ? _table.Value(row) : null;

    /// <summary>The row of the value of <paramref name="product"/> of <paramref name="reporter"/> with <paramref name="partner"/> in <paramref name="year"/>, or −1.</summary>
    private int RowIn(Economy reporter, Economy partner, TradeFlow flow, Product product, int year)
    {
        foreach (var row in _table.SeriesRows(reporter, partner, flow, product))
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
        => TryGet(reporter, partner, flow, Product.AllGoods, year, out observation);

    /// <summary>Gets one reported value of exactly <paramref name="product"/> (an HS code matched exactly, or all goods), if present.</summary>
    /// <param name="reporter">Whose statistics.</param>
    /// <param name="partner">The counterpart.</param>
    /// <param name="flow">The flow as the reporter records it.</param>
    /// <param name="product">The goods.</param>
    /// <param name="year">The year.</param>
    /// <param name="observation">The value, or null.</param>
    public bool TryGet(Economy reporter, Economy partner, TradeFlow flow, Product product, int year, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out TradeObservation? observation)
    {
        var row = RowIn(Preconditions.NotNull(reporter), Preconditions.NotNull(partner), flow, product, year);
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
}
