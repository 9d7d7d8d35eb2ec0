using System.Globalization;

namespace TradeAnalytics;

/// <summary>
/// Makes text fields of CSV written for people safe to open in a spreadsheet: a field that begins with
/// <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return would be run as a formula by Excel,
/// LibreOffice or Google Sheets; it is written with a leading apostrophe (<c>'=HYPERLINK(…)</c>), which
/// spreadsheets show as text. A field that is a number (<c>-32.5</c>, <c>+4.6</c>) is left unchanged.
/// Used for the claim report, figure CSVs and the command line's CSV output; the interchange format is
/// for programs and is written verbatim so that it round-trips.
/// </summary>
public static class SpreadsheetText
{
    /// <summary>The field as it should be written: unchanged, or with a leading apostrophe when a spreadsheet would run it.</summary>
    /// <param name="field">The text of one CSV field.</param>
    public static string Safe(string? field)
    {
        if (string.IsNullOrEmpty(field) || field[0] is not ('=' or '+' or '-' or '@' or '\t' or '\r'))
        {
            return field ?? "";
        }

        return double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out _) ? field : "'" + field;
    }
}
