using System.Globalization;
using System.Text.RegularExpressions;

namespace TradeAnalytics.Claims;

/// <summary>An economy named in a text: where, and by which words.</summary>
/// <param name="Economy">The economy.</param>
/// <param name="Index">Where the name starts in the text.</param>
/// <param name="Length">The length of the name as written (a possessive "'s" or a case ending included).</param>
public sealed record EconomyMention(Economy Economy, int Index, int Length);

/// <summary>
/// Recognises economies as texts name them: the name, the official name, other spellings, the
/// adjective, the capital, and the name in 25 other languages (the table <c>Claims/economy-names.csv</c>,
/// made by <c>scripts/economy-names.py</c> from the project's economy table and the world-countries
/// data set, each row with its source). The longest name wins ("Republic of Uzbekistan" over
/// "Uzbekistan"); Latin-script names match whole words, with "'s"; names in other scripts may carry a
/// case ending of up to three letters (Казахстана).
/// </summary>
public static partial class EconomyNames
{
    /// <summary>
    /// The name pattern, the economy of each name, and the names in Latin script that only a translation, an alternative spelling or a
    /// capital gives ("Dominique", for Dominica), which before a surname are a person's.
    /// </summary>
    private static readonly Lazy<(Regex Pattern, Dictionary<string, Economy> ByText, HashSet<string> OnlyTranslated)> Table = new(Load);
    private static readonly Lazy<Dictionary<string, Economy>> Labels = new(LoadLabels);

    /// <summary>
    /// The economy a statistical table's partner label names, exactly (letter case, spacing and ё/е aside): its
    /// name, the IMF's name, an official or alternative name, a common name or a translation in the table — never a
    /// demonym, a capital or an adjective, and never a name two economies share.
    /// </summary>
    /// <param name="label">A partner label ("Израиль", "Korea, Republic of").</param>
    /// <param name="economy">The economy, when the label names one.</param>
    public static bool TryGetByName(string label, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Economy? economy)
    {
        Preconditions.NotNull(label);
        return Labels.Value.TryGetValue(LabelKey(label), out economy);
    }

    /// <summary>A label as <see cref="TryGetByName"/> compares it: trimmed, inner spaces collapsed, lower case, ё as е.</summary>
    /// <param name="label">A partner label.</param>
    public static string LabelKey(string label)
        => Regex.Replace(label.Trim(), @"\s+", " ").ToLowerInvariant().Replace('ё', 'е');

    private static Dictionary<string, Economy> LoadLabels()
    {
        using var stream = typeof(EconomyNames).Assembly.GetManifestResourceStream("TradeAnalytics.economy-names.csv")
            ?? throw new InvalidOperationException("The name table TradeAnalytics.economy-names.csv is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var csv = EmbeddedCsv.Open(reader, "economy-names.csv", "code,kind,text,source");

        // A name in English (name, IMF name, official, common, alternative) outranks a translation: "Guyana" is Guyana,
        // though Slovak calls French Guiana so. Two economies with one name of the same rank: the name names neither.
        var byLabel = new Dictionary<string, (Economy Economy, int Rank)>(StringComparer.Ordinal);
        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        while (csv.Read())
        {
            var kind = csv.GetString(1);
            if (kind is "demonym" or "capital" or "derived-adjective" || !Economies.TryGet(csv[0], out var economy))
            {
                continue;
            }

            var rank = kind.StartsWith("translation-", StringComparison.Ordinal) ? 1 : 0;
            var key = LabelKey(csv.GetString(2));
            if (byLabel.TryGetValue(key, out var other))
            {
                if (other.Rank == rank && !other.Economy.Equals(economy))
                {
                    ambiguous.Add(key);
                }
                else if (rank < other.Rank)
                {
                    byLabel[key] = (economy, rank);
                    ambiguous.Remove(key);
                }

                continue;
            }

            byLabel[key] = (economy, rank);
        }

        foreach (var key in ambiguous)
        {
            byLabel.Remove(key);
        }

        return byLabel.ToDictionary(kv => kv.Key, kv => kv.Value.Economy, StringComparer.Ordinal);
    }

    /// <summary>Every economy named in <paramref name="text"/>, in order of position; overlapping names resolved to the longest.</summary>
    /// <param name="text">Any text.</param>
    public static IReadOnlyList<EconomyMention> Find(string text)
    {
        Preconditions.NotNull(text);
        var (pattern, byText, onlyTranslated) = Table.Value;
        var found = new List<EconomyMention>();
        foreach (Match m in pattern.Matches(text))
        {
            var name = m.Groups["name"].Success ? m.Groups["name"].Value : m.Groups["stem"].Value;
            var after = text[(m.Index + m.Length)..Math.Min(text.Length, m.Index + m.Length + 40)];
            if (byText.TryGetValue(name, out var economy)
                && !(onlyTranslated.Contains(name) && PersonAfter().IsMatch(after))
                && !(economy.Code == "USA" && CurrencyAfter().IsMatch(after)))
            {
                found.Add(new EconomyMention(economy, m.Index, m.Length));
            }
        }

        return found;
    }

    /// <summary>"US$", "US dollars", "United States dollar": the currency, not the economy.</summary>
    [GeneratedRegex(@"^\s?(?:\$|dollars?\b)", RegexOptions.IgnoreCase)]
    private static partial Regex CurrencyAfter();

    /// <summary>A surname right after a name ("Dominique de Buman", "Chad Smith"): the name is a person's.</summary>
    [GeneratedRegex(@"^\s+(?:(?:de|da|di|du|van|von|le|la|del|dos|al)\s+)?\p{Lu}\p{Ll}")]
    private static partial Regex PersonAfter();

    private static (Regex, Dictionary<string, Economy>, HashSet<string>) Load()
    {
        using var stream = typeof(EconomyNames).Assembly.GetManifestResourceStream("TradeAnalytics.economy-names.csv")
            ?? throw new InvalidOperationException("The name table TradeAnalytics.economy-names.csv is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var csv = EmbeddedCsv.Open(reader, "economy-names.csv", "code,kind,text,source");
        var byText = new Dictionary<string, Economy>(StringComparer.Ordinal);
        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        var translated = new HashSet<string>(StringComparer.Ordinal);
        var named = new HashSet<string>(StringComparer.Ordinal);
        while (csv.Read())
        {
            var text = csv.GetString(2);
            if (IsLatin(text))
            {
                var kind = csv.GetString(1);
                (kind.StartsWith("translation-", StringComparison.Ordinal) || kind is "alt" or "capital" ? translated : named).Add(text);
            }

            if (!Economies.TryGet(csv[0], out var economy))
            {
                continue;
            }

            // A name two economies share (a translation that is another's name) names neither.
            if (byText.TryGetValue(text, out var other) && !other.Equals(economy))
            {
                ambiguous.Add(text);
            }

            byText.TryAdd(text, economy);
        }

        // Names in scripts that inflect (Казахстан-ом, Израил-ем) also match by their stem: the name without a final vowel or soft sign.
        foreach (var (text, economy) in byText.ToList())
        {
            if (!IsLatin(text) && text.Length >= 5 && "аяоеьйиыуюёә".Contains(text[^1], StringComparison.Ordinal))
            {
                var stem = text[..^1];
                if (byText.TryGetValue(stem, out var other) && !other.Equals(economy))
                {
                    ambiguous.Add(stem);
                }

                byText.TryAdd(stem, economy);
            }
        }

        foreach (var text in ambiguous)
        {
            byText.Remove(text);
        }

        translated.ExceptWith(named);
        return (Pattern(byText), byText, translated);
    }

    /// <summary>
    /// One alternation, longest names first: Latin-script names end at a word boundary with an optional
    /// possessive (Israel's; not Israeli, unless "Israeli" is itself a name); names in other scripts may
    /// carry a case ending of up to three letters.
    /// </summary>
    private static bool IsLatin(string text) => text.All(c => c < 0x250);

    private static Regex Pattern(Dictionary<string, Economy> byText)
    {
        var latin = byText.Keys.Where(IsLatin).OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal).Select(Regex.Escape);
        var other = byText.Keys.Where(k => !IsLatin(k)).OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal).Select(Regex.Escape);
        return new Regex(
            "(?<!\\p{L})(?:(?<name>" + string.Join("|", latin) + ")(?:['’]s)?(?![\\p{L}\\p{Nd}])|(?<stem>" + string.Join("|", other) + ")\\p{L}{0,3}(?!\\p{L}))",
            RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }
}
