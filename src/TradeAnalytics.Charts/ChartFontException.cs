namespace TradeAnalytics.Charts;

/// <summary>
/// Thrown when the bundled font cannot be loaded. Rendering without a font would silently draw a
/// chart with no text, so the library refuses instead.
/// </summary>
public sealed class ChartFontException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What could not be loaded, and where it was looked for.</param>
    public ChartFontException(string message)
        : base(message)
    {
    }
}
