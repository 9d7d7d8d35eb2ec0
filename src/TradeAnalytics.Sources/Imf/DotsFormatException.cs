namespace TradeAnalytics.Sources.Imf;

/// <summary>Thrown when a file is not a DOTS country workbook as described, naming the file and the cell.</summary>
public sealed class DotsFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    public DotsFormatException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
