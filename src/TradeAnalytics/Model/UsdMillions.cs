using System.Globalization;

namespace TradeAnalytics;

/// <summary>
/// An amount of money in millions of current US dollars, the unit of the IMF's Direction of Trade
/// Statistics. Keeping the unit in the type stops a value in dollars or billions from being added to it.
/// </summary>
/// <param name="Value">The amount in millions of US dollars (2,431.491 means $2.431491 billion).</param>
public readonly record struct UsdMillions(double Value) : IComparable<UsdMillions>
{
    /// <summary>
    /// The largest amount a trade value can be, 10⁹ $m (US$ 1 quadrillion): more than ten times world merchandise trade in
    /// a year. Every reader rejects a value beyond it (with its file and line or cell) as damage, never as data.
    /// </summary>
    public const double MaxPlausible = 1e9;

    /// <summary>Why <paramref name="musd"/> cannot be a trade value (not finite, or beyond ±<see cref="MaxPlausible"/>); null when it can.</summary>
    /// <param name="musd">An amount in US$ millions.</param>
    public static string? Implausible(double musd)
        => !double.IsFinite(musd) ? "not a finite number"
            : Math.Abs(musd) > MaxPlausible ? $"{musd.ToString("R", CultureInfo.InvariantCulture)} $m is beyond ±1e9 $m (US$ 1 quadrillion), which no trade value can be"
            : null;

    /// <summary>Zero dollars.</summary>
    public static UsdMillions Zero => new(0);

    /// <summary>Converts whole US dollars (as IMTS SDMX files give them) to millions.</summary>
    /// <param name="dollars">An amount in whole US dollars.</param>
    public static UsdMillions FromDollars(double dollars) => new(dollars / 1_000_000d);

    /// <summary>The amount in billions of US dollars.</summary>
    public double Billions => Value / 1000d;

    /// <summary>The amount in whole US dollars.</summary>
    public double Dollars => Value * 1_000_000d;

    /// <summary>
    /// Sum of two amounts, exact: each is taken as a decimal of 15 significant digits (the number as published and
    /// shown) and added in decimal, so 0.051389 + 11.783879 is 11.835268, never 11.835268000000001.
    /// </summary>
    /// <param name="a">The first amount.</param>
    /// <param name="b">The second amount.</param>
    public static UsdMillions operator +(UsdMillions a, UsdMillions b)
        => Exact(a.Value) is { } x && Exact(b.Value) is { } y ? new((double)(x + y)) : new(a.Value + b.Value);

    /// <summary>Difference of two amounts, exact as <see cref="op_Addition"/> is.</summary>
    /// <param name="a">The amount subtracted from.</param>
    /// <param name="b">The amount subtracted.</param>
    public static UsdMillions operator -(UsdMillions a, UsdMillions b)
        => Exact(a.Value) is { } x && Exact(b.Value) is { } y ? new((double)(x - y)) : new(a.Value - b.Value);

    /// <summary>The sum of <paramref name="amounts"/>, exact as <see cref="op_Addition"/> is; zero for none.</summary>
    /// <param name="amounts">The amounts.</param>
    public static UsdMillions Sum(IEnumerable<UsdMillions> amounts)
    {
        Preconditions.NotNull(amounts);
        var exact = 0m;
        var inexact = 0d;
        var allExact = true;
        foreach (var a in amounts)
        {
            inexact += a.Value;
            if (allExact && Exact(a.Value) is { } x)
            {
                exact += x;
            }
            else
            {
                allExact = false;
            }
        }

        return new(allExact ? (double)exact : inexact);
    }

    /// <summary>
    /// The amount as a decimal of 15 significant digits — the precision spreadsheets store and show, finer than any
    /// trade value is known (a dollar in a quadrillion) — or null where no decimal holds it (beyond ±7.9e27, infinite
    /// or NaN: such sums stay in floating point). A workbook cell stored as 15.100000000000007 (DOTS_103.xlsx!Imports!J39,
    /// shown as 15.1) is added as 15.1.
    /// </summary>
    private static decimal? Exact(double value) => double.IsFinite(value) && Math.Abs(value) < 7.9e27 ? (decimal)value : null;

    /// <summary>Ratio of two amounts (a plain number).</summary>
    /// <param name="a">The numerator.</param>
    /// <param name="b">The denominator; zero gives infinity or NaN, as for doubles.</param>
    public static double operator /(UsdMillions a, UsdMillions b) => a.Value / b.Value;

    /// <summary>Compares by amount.</summary>
    /// <param name="a">The left amount.</param>
    /// <param name="b">The right amount.</param>
    public static bool operator <(UsdMillions a, UsdMillions b) => a.Value < b.Value;

    /// <summary>Compares by amount.</summary>
    /// <param name="a">The left amount.</param>
    /// <param name="b">The right amount.</param>
    public static bool operator >(UsdMillions a, UsdMillions b) => a.Value > b.Value;

    /// <summary>Compares by amount.</summary>
    /// <param name="a">The left amount.</param>
    /// <param name="b">The right amount.</param>
    public static bool operator <=(UsdMillions a, UsdMillions b) => a.Value <= b.Value;

    /// <summary>Compares by amount.</summary>
    /// <param name="a">The left amount.</param>
    /// <param name="b">The right amount.</param>
    public static bool operator >=(UsdMillions a, UsdMillions b) => a.Value >= b.Value;

    /// <inheritdoc />
    public int CompareTo(UsdMillions other) => Value.CompareTo(other.Value);

    /// <summary>The amount with three decimals and the unit, invariantly: "2,431.491 $m".</summary>
    public override string ToString() => Value.ToString("#,0.000", CultureInfo.InvariantCulture) + " $m";
}
