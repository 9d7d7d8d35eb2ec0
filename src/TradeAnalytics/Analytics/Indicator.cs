using System.Globalization;

namespace TradeAnalytics.Analytics;

/// <summary>One input of an indicator: what it is, its value in US$ millions (or as named), and where it came from.</summary>
/// <param name="Name">What the input is, in the formula's terms ("x_ij: KAZ's exports to ISR").</param>
/// <param name="Value">The value; null where the data hold none (missing, never zero).</param>
/// <param name="Source">The cell, line or sum it came from; or why it is missing.</param>
public sealed record IndicatorInput(string Name, double? Value, string Source);

/// <summary>
/// An indicator's value, or why it has none: its name, its formula as the documentation cited in the method's remarks gives
/// it, every input with its source, and notes (caveats, what was left out).
/// </summary>
/// <param name="Name">The indicator ("trade intensity").</param>
/// <param name="Formula">The formula, in plain text.</param>
/// <param name="Value">The value; null when it is undefined.</param>
/// <param name="Inputs">Every input, with its source.</param>
/// <param name="Undefined">Why there is no value; null when there is one.</param>
public sealed record Indicator(string Name, string Formula, double? Value, IReadOnlyList<IndicatorInput> Inputs, string? Undefined)
{
    /// <summary>Caveats that travel with the value (sources mixed, parts left out).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>Whether the indicator has a value.</summary>
    public bool IsDefined => Value is not null;

    /// <summary>"trade intensity = 12.3456" or "trade intensity: undefined (why)".</summary>
    public override string ToString()
        => Value is { } v ? $"{Name} = {v.ToString("0.####", CultureInfo.InvariantCulture)}" : $"{Name}: undefined ({Undefined})";

    /// <summary>An indicator without value, and why.</summary>
    internal static Indicator None(string name, string formula, IReadOnlyList<IndicatorInput> inputs, string why) => new(name, formula, null, inputs, why);
}
