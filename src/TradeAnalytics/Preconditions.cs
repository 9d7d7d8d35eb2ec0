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

    /// <summary>
    /// As <see cref="Check(bool, string, string)"/>, with an interpolated message that is formatted only when the condition
    /// fails: a check in a loop over a hundred thousand series made a hundred thousand strings it never threw.
    /// </summary>
    internal static void Check(bool condition, [InterpolatedStringHandlerArgument(nameof(condition))] ref FailureMessage message, string name)
    {
        if (!condition)
        {
            throw new ArgumentException(message.ToStringAndClear(), name);
        }
    }

    /// <summary>A message built only for a failed check.</summary>
    [InterpolatedStringHandler]
    internal ref struct FailureMessage
    {
        private DefaultInterpolatedStringHandler _text;

        public FailureMessage(int literalLength, int formattedCount, bool condition, out bool build)
        {
            build = !condition;
            _text = build ? new DefaultInterpolatedStringHandler(literalLength, formattedCount, System.Globalization.CultureInfo.InvariantCulture) : default;
        }

        public void AppendLiteral(string text) => _text.AppendLiteral(text);

        public void AppendFormatted<T>(T value) => _text.AppendFormatted(value);

        public void AppendFormatted<T>(T value, string? format) => _text.AppendFormatted(value, format);

        internal string ToStringAndClear() => _text.ToStringAndClear();
    }
}
