using System.Runtime.CompilerServices;

namespace TradeAnalytics;

/// <summary>
/// The one precondition helper of every package (compiled into each, src/Directory.Build.targets): null checks (<see cref="NotNull{T}"/>, in place of <see cref="ArgumentNullException.ThrowIfNull(object?, string?)"/>,
/// which no package calls) and argument rules whose messages state the rule that was broken.
/// </summary>
internal static class Preconditions
{
    internal static T NotNull<T>(T? value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : class
        => value ?? throw new ArgumentNullException(name);

    internal static void YearOrder(int from, int to, [CallerArgumentExpression(nameof(to))] string? name = null)
    {
        if (to < from)
        {
            throw new ArgumentException($"The end year {to} is before the start year {from}.", name);
        }
    }

    /// <summary>Throws an <see cref="ArgumentException"/> naming <paramref name="name"/>, the parameter at fault (never the condition's text).</summary>
    internal static void Check(bool condition, string message, string name)
    {
        if (!condition)
        {
            throw new ArgumentException(message, name);
        }
    }
}
