namespace TradeAnalytics.Sources.Imf;

/// <summary>Thrown when a file is not a DOTS country workbook as described, naming the file and the cell.</summary>
public sealed class DotsFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, naming the file and the cell.</param>
    /// <param name="inner">The exception that revealed it (a damaged zip or XML), if any.</param>
    public DotsFormatException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
