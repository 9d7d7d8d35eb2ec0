namespace TradeAnalytics;

/// <summary>
/// A set of reported trade values (<see cref="TradeObservation"/>), unique by reporter, partner,
/// flow and year, with lookups by pair. Immutable once built.
/// </summary>
public sealed class TradeDataset
{
    private static readonly Lazy<TradeDataset> Embedded = new(() => LoadResource(EmbeddedResourceName, "imf-dots-2022.csv"));

    internal const string EmbeddedResourceName = "TradeAnalytics.imf-dots-2022.csv";

    private readonly Dictionary<(string Reporter, string Partner, TradeFlow Flow), List<TradeObservation>> _byPair;

    /// <summary>Builds a dataset.</summary>
    /// <exception cref="ArgumentException">Two observations share reporter, partner, flow and year (the message names both sources).</exception>
    public TradeDataset(IEnumerable<TradeObservation> observations)
        : this(Preconditions.NotNull(observations), keysAreUnique: false)
    {
    }

    /// <summary>Builds a dataset; <paramref name="keysAreUnique"/> skips the uniqueness check for input already checked (the interchange reader's).</summary>
    internal TradeDataset(IEnumerable<TradeObservation> observations, bool keysAreUnique)
    {
        var seen = keysAreUnique ? null : new Dictionary<(string, string, TradeFlow, int), TradeObservation>();
        _byPair = new();
        var all = new List<TradeObservation>();
        foreach (var o in observations)
        {
            if (seen is not null && !seen.TryAdd(o.Key, o))
            {
                throw new ArgumentException(
                    $"Two values for {o.Reporter.Code}→{o.Partner.Code} {o.Flow} {o.Year}: {seen[o.Key].Source} and {o.Source}.",
                    nameof(observations));
            }

            all.Add(o);
            var pair = (o.Reporter.Code, o.Partner.Code, o.Flow);
            if (!_byPair.TryGetValue(pair, out var list))
            {
                _byPair[pair] = list = new List<TradeObservation>();
            }

            list.Add(o);
        }

        Observations = all;
    }

    /// <summary>
    /// The dataset this library ships: every value of the IMF DOTS country tables (edition of about
    /// January 2022) of Israel, Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan —
    /// all partners, all years, both flows, each with its source cell. Loaded once, on first use.
    /// </summary>
    public static TradeDataset ImfDots2022 => Embedded.Value;

    /// <summary>Every observation, in the order given.</summary>
    public IReadOnlyList<TradeObservation> Observations { get; }

    /// <summary>The economies that report at least one value, by code.</summary>
    public IReadOnlyList<Economy> Reporters => Observations.Select(o => o.Reporter).Distinct().OrderBy(e => e.Code, StringComparer.Ordinal).ToList();

    /// <summary>The first and last year with any value; null for an empty dataset.</summary>
    public (int First, int Last)? YearRange => Observations.Count == 0 ? null : (Observations.Min(o => o.Year), Observations.Max(o => o.Year));

    /// <summary>Reads a dataset from a file in the interchange CSV format (see <see cref="InterchangeCsv"/>).</summary>
    /// <exception cref="InterchangeFormatException">A row is malformed; the message names the file, line and field.</exception>
    public static TradeDataset Load(string path) => InterchangeCsv.ReadFile(path).Dataset;

    /// <summary>The values <paramref name="reporter"/> reported for <paramref name="flow"/> with <paramref name="partner"/>, by year.</summary>
    public IReadOnlyList<TradeObservation> ObservationsOf(Economy reporter, Economy partner, TradeFlow flow)
        => _byPair.TryGetValue((reporter.Code, partner.Code, flow), out var list) ? list : [];

    /// <summary>Gets one reported value, if present.</summary>
    public bool TryGet(Economy reporter, Economy partner, TradeFlow flow, int year, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out TradeObservation? observation)
    {
        observation = ObservationsOf(reporter, partner, flow).FirstOrDefault(o => o.Year == year);
        return observation is not null;
    }

    /// <summary>The partners <paramref name="reporter"/> reports any value with.</summary>
    public IReadOnlyList<Economy> PartnersOf(Economy reporter)
        => Observations.Where(o => o.Reporter.Equals(reporter)).Select(o => o.Partner).Distinct().ToList();

    /// <summary>True when <paramref name="economy"/> reports any value.</summary>
    public bool HasReporter(Economy economy) => _byPair.Keys.Any(k => k.Reporter == economy.Code);

    /// <summary>The trade of <paramref name="economy"/> with <paramref name="partner"/>, from either side's statistics.</summary>
    public BilateralTrade Bilateral(Economy economy, Economy partner)
        => new(this, Preconditions.NotNull(economy), Preconditions.NotNull(partner));

    /// <summary>The trade of the economies with codes <paramref name="economy"/> and <paramref name="partner"/>.</summary>
    /// <exception cref="UnknownEconomyException">A code is unknown.</exception>
    public BilateralTrade Bilateral(string economy, string partner) => Bilateral(Economies.Get(economy), Economies.Get(partner));

    private static TradeDataset LoadResource(string resource, string displayName)
    {
        using var stream = typeof(TradeDataset).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded dataset {resource} is missing from the assembly; rebuild with data/{displayName} present.");
        using var reader = new StreamReader(stream);
        return InterchangeCsv.Read(reader, $"embedded:{displayName}").Dataset;
    }
}
