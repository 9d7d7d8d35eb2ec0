namespace TradeAnalytics;

/// <summary>One problem with one row of an interchange CSV file.</summary>
/// <param name="File">The file name (or a label for a stream).</param>
/// <param name="Line">The 1-based line number in the file.</param>
/// <param name="Field">The column at fault, or null when the row as a whole is.</param>
/// <param name="Message">What is wrong, e.g. "'12,5' is not a number".</param>
public sealed record InterchangeRowError(string File, int Line, string? Field, string Message)
{
    /// <summary>"file:line: field: message".</summary>
    public override string ToString() => Field is null ? $"{File}:{Line}: {Message}" : $"{File}:{Line}: {Field}: {Message}";
}

/// <summary>Thrown when an interchange CSV file has bad rows; lists every one (the message shows the first 20).</summary>
public sealed class InterchangeFormatException : FormatException
{
    /// <summary>Creates the exception from its row errors.</summary>
    /// <param name="file">The file name (or a label for a stream).</param>
    /// <param name="errors">Every bad row found, in file order.</param>
    public InterchangeFormatException(string file, IReadOnlyList<InterchangeRowError> errors)
        : base(BuildMessage(file, errors))
    {
        File = file;
        Errors = errors;
    }

    /// <summary>The file that was read.</summary>
    public string File { get; }

    /// <summary>Every bad row found.</summary>
    public IReadOnlyList<InterchangeRowError> Errors { get; }

    private static string BuildMessage(string file, IReadOnlyList<InterchangeRowError> errors)
    {
        if (errors is [{ Line: 0 } whole])
        {
            // An error of the whole file (line 0: before any row) reads as one sentence.
            return whole.Field is null ? $"{file}: {whole.Message}" : $"{file}: {whole.Field}: {whole.Message}";
        }

        var shown = string.Join(Environment.NewLine, errors.Take(20).Select(e => "  " + e));
        var more = errors.Count > 20 ? $"{Environment.NewLine}  ... and {errors.Count - 20} more" : "";
        return $"{file}: {errors.Count} bad row(s):{Environment.NewLine}{shown}{more}";
    }
}
