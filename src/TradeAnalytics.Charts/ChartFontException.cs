namespace TradeAnalytics.Charts;

/// <summary>
/// Thrown when the bundled font cannot be loaded. Rendering without a font would silently draw a
/// chart with no text, so the library refuses instead.
/// </summary>
public sealed class ChartFontException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    public ChartFontException(string message)
        : base(message)
    {
    }
}
