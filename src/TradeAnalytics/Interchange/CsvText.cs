namespace TradeAnalytics;

/// <summary>Writes CSV fields the way the library's CSV files have always been written (CsvHelper's rule), without a CSV library.</summary>
internal static class CsvText
{
    /// <summary>
    /// Writes <paramref name="text"/> as one field: in double quotes (inner quotes doubled) where it holds a
    /// comma, a quote or a line break, or starts or ends with a space; as it is otherwise.
    /// </summary>
    internal static void Field(TextWriter writer, string text)
    {
        if (text.Length > 0 && (text.AsSpan().IndexOfAny(",\"\r\n") >= 0 || text[0] == ' ' || text[^1] == ' '))
        {
            writer.Write('"');
            writer.Write(text.Replace("\"", "\"\"", StringComparison.Ordinal));
            writer.Write('"');
            return;
        }

        writer.Write(text);
    }
}
