namespace TradeAnalytics.Claims;

/// <summary>
/// The words claims are written with in a claims file (data/claims/README.md) and in a draft's ids: one table for the reader,
/// the writer and the drafter, so that a word the drafter writes is one the reader takes.
/// </summary>
public static class ClaimWords
{
    /// <summary>The most claims one text's claims file or draft holds: a claims file is one text's numbers.</summary>
    public const int MaxClaims = 10_000;

    /// <summary>The words of the <c>bound</c> column.</summary>
    public static readonly IReadOnlyDictionary<string, ClaimBound> Bounds = new Dictionary<string, ClaimBound>(StringComparer.Ordinal)
    {
        [""] = ClaimBound.None,
        ["at-least"] = ClaimBound.AtLeast,
        ["at-most"] = ClaimBound.AtMost,
    };

    /// <summary>The column word for a bound.</summary>
    /// <param name="bound">The bound.</param>
    public static string BoundName(ClaimBound bound) => Bounds.First(b => b.Value == bound).Key;

    /// <summary>The words of the <c>kind</c> column, in the order the format documents them (the drafter writes them back).</summary>
    public static readonly IReadOnlyDictionary<string, ClaimKind> Kinds = new Dictionary<string, ClaimKind>(StringComparer.Ordinal)
    {
        ["value"] = ClaimKind.Value,
        ["growth"] = ClaimKind.Growth,
        ["fold"] = ClaimKind.FoldChange,
        ["range"] = ClaimKind.Range,
        ["mean"] = ClaimKind.Mean,
        ["share-of-total"] = ClaimKind.ShareOfTotal,
        ["same-level"] = ClaimKind.SameLevel,
        ["product-share"] = ClaimKind.ProductShare,
        ["import-share"] = ClaimKind.ImportShare,
        ["not-checkable"] = ClaimKind.NotCheckable,
    };

    /// <summary>The words of the <c>unit</c> column.</summary>
    public static readonly IReadOnlyDictionary<string, ClaimUnit> Units = new Dictionary<string, ClaimUnit>(StringComparer.Ordinal)
    {
        ["musd"] = ClaimUnit.MillionUsd,
        ["busd"] = ClaimUnit.BillionUsd,
        ["usd"] = ClaimUnit.Usd,
        ["percent"] = ClaimUnit.Percent,
        ["ratio"] = ClaimUnit.Ratio,
        ["count"] = ClaimUnit.Count,
    };

    /// <summary>The column word for a kind.</summary>
    /// <param name="kind">The kind.</param>
    public static string KindName(ClaimKind kind) => Kinds.First(k => k.Value == kind).Key;

    /// <summary>The column word for a unit.</summary>
    /// <param name="unit">The unit.</param>
    public static string UnitName(ClaimUnit unit) => Units.First(u => u.Value == unit).Key;
}
