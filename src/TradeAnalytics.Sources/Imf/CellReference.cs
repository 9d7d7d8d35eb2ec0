namespace TradeAnalytics.Sources.Imf;

/// <summary>A1-style cell names.</summary>
internal static class CellReference
{
    /// <summary>The A1 name of a zero-based column and one-based row: (18, 39) → "S39".</summary>
    internal static string Of(int zeroBasedColumn, int oneBasedRow) => ColumnName(zeroBasedColumn) + oneBasedRow.ToString(System.Globalization.CultureInfo.InvariantCulture);

    internal static string ColumnName(int zeroBasedColumn)
    {
        Span<char> buffer = stackalloc char[4];
        var i = buffer.Length;
        var n = zeroBasedColumn + 1;
        while (n > 0)
        {
            var rem = (n - 1) % 26;
            buffer[--i] = (char)('A' + rem);
            n = (n - 1) / 26;
        }

        return new string(buffer[i..]);
    }
}
