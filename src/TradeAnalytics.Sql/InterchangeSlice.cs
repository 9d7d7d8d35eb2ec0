using System.Globalization;
using TradeAnalytics.Parquet;

namespace TradeAnalytics.Sql;

/// <summary>
/// The rows of an interchange Parquet file about some economies, read through DuckDB a vector (2,048 rows) at a
/// time: memory follows the rows kept, never the file or its row groups (Parquet.Net decodes a row group whole,
/// and one row group of 5 million rows took 3 GB to answer one series). Every check of
/// <see cref="InterchangeParquet.Read"/> applies to the rows kept, with the file's row number in messages.
/// </summary>
public static class InterchangeSlice
{
    /// <summary>Reads the rows of <paramref name="path"/> whose reporter or partner is one of <paramref name="economies"/>.</summary>
    /// <param name="path">An interchange Parquet file.</param>
    /// <param name="economies">The economies the rows are about (one or more).</param>
    /// <exception cref="FileNotFoundException">No such file.</exception>
    /// <exception cref="ArgumentException">No economy given.</exception>
    /// <exception cref="InterchangeFormatException">Not Parquet, not this schema, damaged, or a kept row is malformed (row number and field named).</exception>
    public static InterchangeReadResult Read(string path, IReadOnlyCollection<Economy> economies)
    {
        Preconditions.NotNull(path);
        Preconditions.NotNull(economies);
        if (economies.Count == 0)
        {
            throw new ArgumentException("Name at least one economy.", nameof(economies));
        }

        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No Parquet file at '{path}'.", path);
        }

        var fileName = Path.GetFileName(path);
        InterchangeParquet.CheckFooter(path);
        var file = $"read_parquet('{Path.GetFullPath(path).Replace("'", "''", StringComparison.Ordinal)}', file_row_number = true)";
        var codes = string.Join(", ", economies.Select(e => "'" + e.Code.Replace("'", "''", StringComparison.Ordinal) + "'").Distinct());
        var where = $"reporter IN ({codes}) OR partner IN ({codes})";
        try
        {
            bool products;
            using (var any = TradeSql.Query($"SELECT coalesce(bool_or(product <> '' OR classification IS NOT NULL), false) FROM {file} WHERE {where}", [path]))
            {
                products = any.Rows().Select(r => r[0] is true).Single();
            }

            var rows = new InterchangeCsv.Rows(fileName, products);
            using var result = TradeSql.Query(
                $"SELECT reporter, partner, flow, year, value_musd, estimated, source, product, classification, file_row_number FROM {file} WHERE {where}", [path]);
            foreach (var row in result.Rows())
            {
                var line = checked((int)((long)row[9]! + 1));
                string[] record = products
                    ? [Text(row[0], "reporter", fileName, line), Text(row[1], "partner", fileName, line), Text(row[2], "flow", fileName, line), Year(row[3], fileName, line), Value(row[4], fileName, line), Flag(row[5], fileName, line), Text(row[6], "source", fileName, line), Text(row[7], "product", fileName, line), Text(row[8], "classification", fileName, line)]
                    : [Text(row[0], "reporter", fileName, line), Text(row[1], "partner", fileName, line), Text(row[2], "flow", fileName, line), Year(row[3], fileName, line), Value(row[4], fileName, line), Flag(row[5], fileName, line), Text(row[6], "source", fileName, line)];
                rows.Add(record, line);
            }

            return rows.Result(fileName);
        }
        catch (SqlQueryException e)
        {
            throw Error(fileName, 0, $"a damaged Parquet file, or one of another layout (DuckDB: {e.Message})");
        }
    }

    // A column of the wrong type is one error naming it, at its first row: an estimated column of integers was read as
    // missing flags and gave 21,362 lines of "'' is not 'true' or 'false'".
    private static string Text(object? value, string column, string fileName, int line) => value switch
    {
        null => "",
        string s => s,
        _ => throw Error(fileName, line, $"the column {column} holds {value.GetType().Name}, not text"),
    };

    private static string Flag(object? value, string fileName, int line) => value switch
    {
        true => "true",
        false => "false",
        null => "",
        _ => throw Error(fileName, line, $"the column estimated holds {value.GetType().Name}, not booleans (true or false)"),
    };

    private static string Year(object? value, string fileName, int line) => value switch
    {
        null => "",
        int or long or short or sbyte or uint or ushort or byte => Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        _ => throw Error(fileName, line, $"the column year holds {value.GetType().Name}, not integers"),
    };

    private static string Value(object? value, string fileName, int line) => value switch
    {
        null => "",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => ((double)f).ToString("R", CultureInfo.InvariantCulture),
        _ => throw Error(fileName, line, $"the column value_musd holds {value.GetType().Name}, not floating-point numbers"),
    };

    private static InterchangeFormatException Error(string fileName, int line, string message)
        => new(fileName, [new InterchangeRowError(fileName, line, null, message)]);
}
