namespace TradeAnalytics;

/// <summary>
/// The one way the library and its tools write CSV (RFC 4180): fields separated by commas, rows ended by a line feed,
/// a field in double quotes (inner quotes doubled) where it holds a comma, a quote or a line break, or starts or
/// ends with a space; as it is otherwise. Every CSV the project writes — the interchange format, year-over-year
/// files, figure CSVs, claim reports and drafts, every command's <c>--format csv</c> — goes through it.
/// </summary>
public static class CsvText
{
    /// <summary>Writes <paramref name="text"/> as one field, quoted where RFC 4180 needs it.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="text">The field's text; null is written as an empty field.</param>
    public static void Field(TextWriter writer, string? text)
    {
        Preconditions.NotNull(writer);
        if (NeedsQuotes(text))
        {
            writer.Write('"');
            writer.Write(text!.Replace("\"", "\"\"", StringComparison.Ordinal));
            writer.Write('"');
            return;
        }

        writer.Write(text);
    }

    /// <summary>The field as it is written: <paramref name="text"/> itself, or in double quotes with inner quotes doubled.</summary>
    /// <param name="text">The field's text; null is an empty field.</param>
    public static string Quote(string? text)
        => NeedsQuotes(text) ? "\"" + text!.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text ?? "";

    /// <summary>Writes one row for programs: every field verbatim (quoted where needed), then a line feed.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="fields">The row's fields.</param>
    public static void Row(TextWriter writer, IEnumerable<string?> fields) => Row(writer, fields, forPeople: false);

    /// <summary>
    /// Writes one row for people (a spreadsheet may open it): each field with control and direction characters shown
    /// visibly (<see cref="VisibleText"/>) and through <see cref="SpreadsheetText.Safe"/>, so that no header or cell runs
    /// as a formula or reverses its text, then quoted where needed; then a line feed.
    /// </summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="fields">The row's fields, header names included.</param>
    public static void RowForPeople(TextWriter writer, IEnumerable<string?> fields) => Row(writer, fields, forPeople: true);

    private static void Row(TextWriter writer, IEnumerable<string?> fields, bool forPeople)
    {
        Preconditions.NotNull(writer);
        Preconditions.NotNull(fields);
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                writer.Write(',');
            }

            Field(writer, forPeople ? SpreadsheetText.Safe(VisibleText.Of(field, keepLineBreaks: true)) : field);
            first = false;
        }

        writer.Write('\n');
    }

    private static bool NeedsQuotes(string? text)
        => !string.IsNullOrEmpty(text) && (text.AsSpan().IndexOfAny(",\"\r\n") >= 0 || text[0] == ' ' || text[^1] == ' ');
}
