using System.Diagnostics.CodeAnalysis;

namespace TradeAnalytics;

/// <summary>
/// What goods a value covers: all goods (the default), or one Harmonized System (HS) code kept as
/// text, because its leading zeros matter ("0901" is coffee, "27" mineral fuels, "2709" crude
/// petroleum oils). Codes are compared at the level asked for: chapter 27 <see cref="Includes"/>
/// heading 2709, never the other way round.
/// </summary>
/// <remarks>
/// An HS code has 2 (chapter), 4 (heading) or 6 (subheading) digits. Which HS revision a reporter
/// used (H0 = HS 1992 … H5 = HS 2017) is kept with each value, in
/// <see cref="TradeObservation.Classification"/>, because a code's content can change between revisions.
/// </remarks>
public readonly struct Product : IEquatable<Product>, IComparable<Product>
{
    private readonly string? _hs;

    private Product(string hs) => _hs = hs;

    /// <summary>All goods: a reporter's total merchandise trade with a partner (the default value).</summary>
    public static Product AllGoods => default;

    /// <summary>True for all goods; false for an HS code.</summary>
    public bool IsAllGoods => _hs is null;

    /// <summary>The HS code ("27", "2709"), or null for all goods.</summary>
    public string? HsCode => _hs;

    /// <summary>The number of digits of the HS code (2, 4 or 6), or 0 for all goods.</summary>
    public int Digits => _hs?.Length ?? 0;

    /// <summary>The product with HS code <paramref name="code"/>.</summary>
    /// <param name="code">2, 4 or 6 digits, leading zeros kept ("0901").</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not 2, 4 or 6 digits.</exception>
    public static Product Hs(string code)
    {
        Preconditions.NotNull(code);
        return TryParse(code, out var product) && !product.IsAllGoods
            ? product
            : throw new ArgumentException($"'{code}' is not an HS code; expected 2, 4 or 6 digits such as 27, 2709 or 270900.", nameof(code));
    }

    /// <summary>
    /// Reads a product as the interchange format and the command line write it: empty, "all" or
    /// "TOTAL" (the Comtrade API's word) for all goods, else an HS code of 2, 4 or 6 digits; a
    /// leading "HS" and spaces are allowed ("HS 27").
    /// </summary>
    /// <param name="text">The text to read.</param>
    /// <param name="product">The product read, or all goods when the text is not a product.</param>
    /// <returns>True when <paramref name="text"/> is a product.</returns>
    public static bool TryParse(string? text, out Product product)
    {
        product = AllGoods;
        var t = (text ?? "").Trim();
        if (t.Length == 0 || t.Equals("all", StringComparison.OrdinalIgnoreCase) || t.Equals("TOTAL", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (t.StartsWith("HS", StringComparison.OrdinalIgnoreCase))
        {
            t = t[2..].Trim();
        }

        if (t.Length is not (2 or 4 or 6) || !t.All(char.IsAsciiDigit))
        {
            return false;
        }

        product = new Product(t);
        return true;
    }

    /// <summary>
    /// True when every good of <paramref name="other"/> is a good of this product: all goods include
    /// everything; HS 27 includes 27, 2709 and 270900; HS 2709 does not include HS 27.
    /// </summary>
    /// <param name="other">The product that may be part of this one.</param>
    public bool Includes(Product other)
        => _hs is null || (other._hs is not null && other._hs.StartsWith(_hs, StringComparison.Ordinal));

    /// <summary>The code as the interchange format writes it: "" for all goods, else the HS code.</summary>
    public string ToCode() => _hs ?? "";

    /// <summary>"all goods" or "HS 27".</summary>
    public override string ToString() => _hs is null ? "all goods" : "HS " + _hs;

    /// <inheritdoc />
    public bool Equals(Product other) => string.Equals(_hs, other._hs, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Product p && Equals(p);

    /// <inheritdoc />
    public override int GetHashCode() => _hs is null ? 0 : StringComparer.Ordinal.GetHashCode(_hs);

    /// <summary>All goods first, then HS codes in text order.</summary>
    /// <param name="other">The product to compare with.</param>
    public int CompareTo(Product other) => string.CompareOrdinal(_hs ?? "", other._hs ?? "");

    /// <summary>Equality by code.</summary>
    /// <param name="left">One product.</param>
    /// <param name="right">The other.</param>
    public static bool operator ==(Product left, Product right) => left.Equals(right);

    /// <summary>Inequality by code.</summary>
    /// <param name="left">One product.</param>
    /// <param name="right">The other.</param>
    public static bool operator !=(Product left, Product right) => !left.Equals(right);

    /// <summary>Order: all goods first, then HS codes in text order.</summary>
    /// <param name="left">One product.</param>
    /// <param name="right">The other.</param>
    public static bool operator <(Product left, Product right) => left.CompareTo(right) < 0;

    /// <summary>Order: all goods first, then HS codes in text order.</summary>
    /// <param name="left">One product.</param>
    /// <param name="right">The other.</param>
    public static bool operator >(Product left, Product right) => left.CompareTo(right) > 0;

    /// <summary>Order: all goods first, then HS codes in text order.</summary>
    /// <param name="left">One product.</param>
    /// <param name="right">The other.</param>
    public static bool operator <=(Product left, Product right) => left.CompareTo(right) <= 0;

    /// <summary>Order: all goods first, then HS codes in text order.</summary>
    /// <param name="left">One product.</param>
    /// <param name="right">The other.</param>
    public static bool operator >=(Product left, Product right) => left.CompareTo(right) >= 0;
}
