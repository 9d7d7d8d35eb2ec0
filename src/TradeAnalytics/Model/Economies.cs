namespace TradeAnalytics;

/// <summary>
/// The catalogue of economies the library knows: every reporter and partner that appears in the IMF
/// DOTS country tables or in the UN Comtrade files the library reads, by code, with its kind. Loaded
/// once from the table shipped in the assembly (<c>Model/economies.csv</c>: code, kind, name, imf_name,
/// iso2). Comtrade's residual codes ("Areas, nes" = 899) are residuals named X + the number (X899).
/// </summary>
public static class Economies
{
    private static readonly Lazy<Catalogue> Table = new(LoadCatalogue);

    /// <summary>All known economies, in the order of the table.</summary>
    public static IReadOnlyList<Economy> All => Table.Value.All;

    /// <summary>Israel (ISR).</summary>
    public static Economy Israel => Get("ISR");

    /// <summary>Kazakhstan (KAZ).</summary>
    public static Economy Kazakhstan => Get("KAZ");

    /// <summary>Kyrgyzstan (KGZ).</summary>
    public static Economy Kyrgyzstan => Get("KGZ");

    /// <summary>Tajikistan (TJK).</summary>
    public static Economy Tajikistan => Get("TJK");

    /// <summary>Turkmenistan (TKM).</summary>
    public static Economy Turkmenistan => Get("TKM");

    /// <summary>Uzbekistan (UZB).</summary>
    public static Economy Uzbekistan => Get("UZB");

    /// <summary>The World aggregate (WLD): a reporter's total trade.</summary>
    public static Economy World => Get("WLD");

    /// <summary>The five Central Asian states, in the order the paper names them: KAZ, UZB, TKM, TJK, KGZ.</summary>
    public static IReadOnlyList<Economy> CentralAsia => [Kazakhstan, Uzbekistan, Turkmenistan, Tajikistan, Kyrgyzstan];

    /// <summary>Finds an economy by code (case-insensitive, e.g. "kaz").</summary>
    /// <param name="code">A code of the economy table: ISO 3166 alpha-3 for countries ("KAZ"), the table's own for aggregates and residuals ("WLD", "X899").</param>
    /// <exception cref="UnknownEconomyException">No economy has that code; the exception lists the closest ones.</exception>
    public static Economy Get(string code)
    {
        Preconditions.NotNull(code);
        return TryGet(code, out var economy) ? economy : throw new UnknownEconomyException(code, Suggest(code));
    }

    /// <summary>Finds an economy by code (case-insensitive).</summary>
    /// <param name="code">A code of the economy table ("KAZ"); surrounding spaces are ignored.</param>
    /// <param name="economy">The economy, or null when no economy has that code.</param>
    public static bool TryGet(string code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Economy? economy)
        => Table.Value.ByCode.TryGetValue(code.Trim(), out economy);

    /// <summary>Finds an economy by code (case-insensitive, surrounding spaces ignored) without making a string of it: the readers' hot path.</summary>
    /// <param name="code">A code of the economy table ("KAZ").</param>
    /// <param name="economy">The economy, or null when no economy has that code.</param>
    public static bool TryGet(ReadOnlySpan<char> code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Economy? economy)
#if NET9_0_OR_GREATER
        => Table.Value.ByCodeSpan.TryGetValue(code.Trim(), out economy);
#else
        => Table.Value.ByCode.TryGetValue(code.Trim().ToString(), out economy);
#endif

    /// <summary>Finds an economy by the exact name the IMF DOTS tables give it ("Kyrgyz Rep.").</summary>
    /// <param name="imfName">The name as DOTS writes it, letter for letter (surrounding spaces ignored).</param>
    /// <param name="economy">The economy, or null when no economy has that IMF name.</param>
    public static bool TryGetByImfName(string imfName, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Economy? economy)
        => Table.Value.ByImfName.TryGetValue(imfName.Trim(), out economy);

    /// <summary>Finds a country by its ISO 3166 alpha-2 code ("KZ"), case-insensitive.</summary>
    /// <param name="iso2">The two-letter code.</param>
    /// <param name="economy">The country, or null when none has that code (aggregates have none).</param>
    public static bool TryGetByIso2(string iso2, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Economy? economy)
        => Table.Value.ByIso2.TryGetValue(iso2.Trim(), out economy);

    /// <summary>
    /// Resolves a code or a name, case-insensitive: the code, the short name, the IMF's name, or any official, common or
    /// alternative name and translation of the name table the claim drafter and the offices' readers use
    /// (<see cref="Claims.EconomyNames.TryGetByName"/>: "Kyrgyz Republic", "Türkiye", "Казахстан") — one table for all of them.
    /// </summary>
    /// <param name="codeOrName">A code ("KAZ"), a short name ("Kazakhstan"), the IMF's name ("Kazakhstan, Rep. of") or another official spelling.</param>
    /// <exception cref="UnknownEconomyException">Nothing matches; the exception lists the closest economies.</exception>
    public static Economy Resolve(string codeOrName)
    {
        Preconditions.NotNull(codeOrName);
        var query = codeOrName.Trim();
        if (TryGet(query, out var byCode))
        {
            return byCode;
        }

        var byName = All.FirstOrDefault(e =>
            string.Equals(e.Name, query, StringComparison.OrdinalIgnoreCase)
            || string.Equals(e.ImfName, query, StringComparison.OrdinalIgnoreCase));
        return byName
            ?? (query.Length <= MaxQueryLength && Claims.EconomyNames.TryGetByName(query, out var named) ? named : null)
            ?? throw new UnknownEconomyException(codeOrName, Suggest(codeOrName));
    }

    /// <summary>The longest text <see cref="Suggest"/> compares with the names (the longest name is shorter).</summary>
    public const int MaxQueryLength = 100;

    /// <summary>
    /// The economies whose code or name is closest to <paramref name="query"/> (edit distance, and
    /// names that start with or contain the query), best first.
    /// </summary>
    /// <param name="query">What the user typed: a code or a name, in any case.</param>
    /// <param name="max">At most this many suggestions.</param>
    /// <remarks>A query longer than <see cref="MaxQueryLength"/> characters (longer than any name) has no suggestions.</remarks>
    public static IReadOnlyList<Economy> Suggest(string query, int max = 3)
    {
        var q = query.Trim().ToUpperInvariant();
        if (q.Length > MaxQueryLength)
        {
            return [];   // longer than any code or name: nothing is close, and edit distances over it would cost minutes
        }

        if (q.Length == 0)
        {
            return [];
        }

        return All
            .Select(e => (Economy: e, Score: Score(e, q)))
            // A code-length query tolerates one wrong letter (KAX → KAZ); longer names tolerate more.
            .Where(x => x.Score <= (q.Length <= 3 ? 1 : Math.Max(2, q.Length / 3)))
            .OrderBy(x => x.Score)
            // Among equally close codes, one with the same letters in another order (a transposition) first.
            .ThenBy(x => x.Economy.Code.Order().SequenceEqual(q.Order()) ? 0 : 1)
            .ThenBy(x => x.Economy.Code, StringComparer.Ordinal)
            .Take(max)
            .Select(x => x.Economy)
            .ToList();
    }

    private static int Score(Economy e, string q)
    {
        var name = e.Name.ToUpperInvariant();
        if (name.StartsWith(q, StringComparison.Ordinal) || e.ImfName.ToUpperInvariant().StartsWith(q, StringComparison.Ordinal))
        {
            return 0;
        }

        var byCode = EditDistance(e.Code, q);
        var byName = name.Contains(q, StringComparison.Ordinal) ? 1 : EditDistance(name, q);
        return Math.Min(byCode, byName);
    }

    /// <summary>Edit distance where swapping two neighbouring letters counts as one edit (KZA → KAZ), the commonest typo.</summary>
    private static int EditDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    private static Catalogue LoadCatalogue()
    {
        using var stream = typeof(Economies).Assembly.GetManifestResourceStream("TradeAnalytics.economies.csv")
            ?? throw new InvalidOperationException("The economy table TradeAnalytics.economies.csv is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var csv = EmbeddedCsv.Open(reader, "economies.csv", "code,kind,name,imf_name,iso2");
        var all = new List<Economy>();
        while (csv.Read())
        {
            var kind = csv[1] switch
            {
                "country" => EconomyKind.Country,
                "aggregate" => EconomyKind.Aggregate,
                "residual" => EconomyKind.Residual,
                var other => throw new InvalidDataException($"economies.csv line {csv.Line}: unknown kind '{other}'."),
            };
            all.Add(new Economy(csv.GetString(0), kind, csv.GetString(2), csv.GetString(3), csv.GetString(4)));
        }

        var byCode = all.ToDictionary(e => e.Code, StringComparer.OrdinalIgnoreCase);
        return new Catalogue(
            all,
            byCode,
#if NET9_0_OR_GREATER
            byCode.GetAlternateLookup<ReadOnlySpan<char>>(),
#endif
            all.Where(e => e.ImfName.Length > 0).ToDictionary(e => e.ImfName, StringComparer.Ordinal),
            all.Where(e => e.Iso2 is not null).ToDictionary(e => e.Iso2!, StringComparer.OrdinalIgnoreCase));
    }

    private sealed record Catalogue(
        IReadOnlyList<Economy> All,
        IReadOnlyDictionary<string, Economy> ByCode,
#if NET9_0_OR_GREATER
        Dictionary<string, Economy>.AlternateLookup<ReadOnlySpan<char>> ByCodeSpan,
#endif
        IReadOnlyDictionary<string, Economy> ByImfName,
        IReadOnlyDictionary<string, Economy> ByIso2);
}
