namespace TradeAnalytics;

/// <summary>
/// An economy that reports or receives trade: a country (ISO 3166 alpha-3 code, or the historical
/// code for a dissolved one), an IMF aggregate, or a residual category.
/// </summary>
/// <remarks>Instances come from <see cref="Economies"/>; equality is by <see cref="Code"/>.</remarks>
public sealed class Economy : IEquatable<Economy>
{
    internal Economy(string code, EconomyKind kind, string name, string imfName, string? iso2)
    {
        Code = code;
        Kind = kind;
        Name = name;
        ImfName = imfName;
        Iso2 = string.IsNullOrEmpty(iso2) ? null : iso2;
    }

    /// <summary>The code: ISO 3166 alpha-3 for countries (KAZ, ISR), a project code for aggregates (WLD = World).</summary>
    public string Code { get; }

    /// <summary>Whether this is a country, an aggregate or a residual category.</summary>
    public EconomyKind Kind { get; }

    /// <summary>A short English name ("Kazakhstan").</summary>
    public string Name { get; }

    /// <summary>The name the IMF's DOTS tables use ("Kazakhstan, Rep. of"); empty for an economy only other publishers name (Comtrade's "Areas, nes").</summary>
    public string ImfName { get; }

    /// <summary>The ISO 3166 alpha-2 code (KZ), where one exists (Debian iso-codes 4.15.0); null otherwise.</summary>
    public string? Iso2 { get; }

    /// <summary>True for a single economy; false for aggregates and residual categories.</summary>
    public bool IsCountry => Kind == EconomyKind.Country;

    /// <inheritdoc />
    public bool Equals(Economy? other) => other is not null && string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Economy);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>The name and code, e.g. "Kazakhstan (KAZ)".</summary>
    public override string ToString() => $"{Name} ({Code})";
}
