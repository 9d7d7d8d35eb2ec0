namespace TradeAnalytics;

/// <summary>Thrown when a code or name matches no known economy; carries the closest known ones.</summary>
public sealed class UnknownEconomyException : KeyNotFoundException
{
    /// <summary>Creates the exception for <paramref name="query"/> with its suggestions.</summary>
    /// <param name="query">The code or name that matched nothing.</param>
    /// <param name="suggestions">The closest known economies, best first; may be empty.</param>
    public UnknownEconomyException(string query, IReadOnlyList<Economy> suggestions)
        : base(BuildMessage(query, suggestions))
    {
        Query = query;
        Suggestions = suggestions;
    }

    /// <summary>The code or name that was not found.</summary>
    public string Query { get; }

    /// <summary>The closest known economies, best first (may be empty).</summary>
    public IReadOnlyList<Economy> Suggestions { get; }

    private static string BuildMessage(string query, IReadOnlyList<Economy> suggestions)
    {
        // Shown as typed, but visibly and at most 60 characters: the query may come from a file or a hostile argument.
        var shown = VisibleText.Of(query.Length > 60 ? query[..60] + "…" : query) + (query.Length > 60 ? $" ({query.Length:N0} characters)" : "");
        var message = $"Unknown economy '{shown}'.";
        return suggestions.Count == 0
            ? message
            : message + " Did you mean: " + string.Join(", ", suggestions.Select(s => s.ToString())) + "?";
    }
}
