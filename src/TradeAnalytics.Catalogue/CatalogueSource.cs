namespace TradeAnalytics.Catalogue;

/// <summary>Where a source's data come from.</summary>
public enum SourceOrigin
{
    /// <summary>Shipped inside this package (or the DOTS data package), fixed at its edition.</summary>
    Shipped,

    /// <summary>A file the user gave.</summary>
    UserFile,

    /// <summary>Fetched from a publisher's data API, with its retrieval date.</summary>
    Fetched,
}

/// <summary>
/// One source of trade values in a <see cref="SourceCatalogue"/>: who publishes it, which edition, under which licence,
/// what it covers and what to know before using it. Its values load on demand, only those about the economies asked for
/// (<see cref="About"/>), so a question about one pair never reads the others.
/// </summary>
public sealed class CatalogueSource
{
    private readonly Func<Economy[], TradeDataset> _about;
    private readonly Lazy<TradeDataset> _all;
    private readonly IReadOnlySet<string>? _reporters;

    /// <summary>A source.</summary>
    /// <param name="id">A short, stable id, lower case: what <c>--source</c> takes ("dots", "national", "file:kz.csv").</param>
    /// <param name="publisher">Who publishes the values ("International Monetary Fund").</param>
    /// <param name="edition">Which edition, release or retrieval ("Direction of Trade Statistics, 2022 edition").</param>
    /// <param name="licence">Under which terms the values may be used.</param>
    /// <param name="origin">Shipped, the user's file or fetched.</param>
    /// <param name="caveats">What a user must know before comparing its values with another source's.</param>
    /// <param name="about">The source's values, at least every one reported by one of the economies given (all of them when none is given).</param>
    /// <param name="reporters">The codes of every economy whose own report the source holds, when known without loading it (null: ask the data).</param>
    /// <exception cref="ArgumentException">The id is empty or not lower case, or a text is empty.</exception>
    public CatalogueSource(string id, string publisher, string edition, string licence, SourceOrigin origin, IReadOnlyList<string> caveats,
        Func<Economy[], TradeDataset> about, IReadOnlyCollection<string>? reporters = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(publisher);
        ArgumentException.ThrowIfNullOrWhiteSpace(edition);
        ArgumentException.ThrowIfNullOrWhiteSpace(licence);
        Preconditions.NotNull(caveats);
        Preconditions.NotNull(about);
        if (id != id.ToLowerInvariant() || id.Any(char.IsWhiteSpace))
        {
            throw new ArgumentException($"A source id is lower case without spaces ('{id}').", nameof(id));
        }

        Id = id;
        Publisher = publisher;
        Edition = edition;
        Licence = licence;
        Origin = origin;
        Caveats = caveats;
        _about = about;
        _all = new Lazy<TradeDataset>(() => about([]));
        _reporters = reporters?.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>A source made of a dataset already in memory (a user's file, fetched values).</summary>
    /// <param name="id">The id (lower case, e.g. "file:kz.csv").</param>
    /// <param name="dataset">The values.</param>
    /// <param name="publisher">Who published them (for a user's file: "your file").</param>
    /// <param name="edition">Which edition or retrieval.</param>
    /// <param name="licence">The terms, as far as known.</param>
    /// <param name="origin">The user's file or fetched.</param>
    /// <param name="caveats">What to know.</param>
    public static CatalogueSource FromDataset(string id, TradeDataset dataset, string publisher, string edition, string licence, SourceOrigin origin, IReadOnlyList<string>? caveats = null)
    {
        Preconditions.NotNull(dataset);
        return new CatalogueSource(id, publisher, edition, licence, origin, caveats ?? [], _ => dataset, dataset.Reporters.Select(r => r.Code).ToList());
    }

    /// <summary>The id <c>--source</c> takes.</summary>
    public string Id { get; }

    /// <summary>Who publishes the values.</summary>
    public string Publisher { get; }

    /// <summary>Which edition, release or retrieval.</summary>
    public string Edition { get; }

    /// <summary>The terms of use.</summary>
    public string Licence { get; }

    /// <summary>Shipped, a user's file or fetched.</summary>
    public SourceOrigin Origin { get; }

    /// <summary>What to know before comparing its values with another source's (flags, units, definitions, gaps).</summary>
    public IReadOnlyList<string> Caveats { get; }

    /// <summary>Every value of the source, loaded on first use and kept (for a listing of coverage; a question about a pair uses <see cref="About"/>).</summary>
    public TradeDataset All => _all.Value;

    /// <summary>
    /// True unless the source is known to hold no report by <paramref name="reporter"/> (its reporters are declared and it is not
    /// among them): lets a question skip a source without loading it.
    /// </summary>
    /// <param name="reporter">Whose report is wanted.</param>
    public bool MayHoldReportBy(Economy reporter)
    {
        Preconditions.NotNull(reporter);
        return _reporters is null || _reporters.Contains(reporter.Code);
    }

    /// <summary>The codes of the reporters the source declares (null where only its data can say).</summary>
    public IReadOnlyCollection<string>? DeclaredReporters => _reporters?.Order(StringComparer.Ordinal).ToList();

    /// <summary>The source's values, at least every one reported by one of <paramref name="economies"/> (more may come back, never fewer).</summary>
    /// <param name="economies">The economies the question is about; none: everything.</param>
    public TradeDataset About(params Economy[] economies)
    {
        Preconditions.NotNull(economies);
        return economies.Length == 0 || _all.IsValueCreated ? _all.Value : _about(economies);
    }

    /// <summary>What the source covers, from its data: reporters, partners, years, flows and products (loads it whole).</summary>
    public SourceCoverage Coverage()
    {
        var all = All;
        var reporters = all.Reporters;
        var partners = new HashSet<string>(StringComparer.Ordinal);
        var flows = new SortedSet<TradeFlow>();
        foreach (var o in all.Observations)
        {
            partners.Add(o.Partner.Code);
            flows.Add(o.Flow);
        }

        return new SourceCoverage(reporters.Select(r => r.Code).ToList(), partners.Count, all.YearRange is { } y ? new YearSpan(y.First, y.Last) : null,
            flows.ToList(), all.Products, all.Observations.Count);
    }

    /// <summary>The id and edition.</summary>
    public override string ToString() => $"{Id}: {Publisher}, {Edition}";
}

/// <summary>What a source covers, counted from its data.</summary>
/// <param name="Reporters">The codes of the economies whose own reports it holds.</param>
/// <param name="PartnerCount">How many partners (countries, aggregates and residuals) those reports name.</param>
/// <param name="Years">The first and last year with a value; null when empty.</param>
/// <param name="Flows">The flows it holds.</param>
/// <param name="Products">The products it holds (all goods first).</param>
/// <param name="Values">How many values.</param>
public sealed record SourceCoverage(IReadOnlyList<string> Reporters, int PartnerCount, YearSpan? Years, IReadOnlyList<TradeFlow> Flows, IReadOnlyList<Product> Products, int Values);
