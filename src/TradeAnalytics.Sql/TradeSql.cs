using System.Data.Common;
using DuckDB.NET.Data;

namespace TradeAnalytics.Sql;

/// <summary>A query's columns and its rows, read one at a time (dispose it to release the engine).</summary>
public sealed class SqlResult : IDisposable
{
    private readonly DuckDBConnection _connection;
    private readonly DbCommand _command;
    private readonly DbDataReader _reader;

    internal SqlResult(DuckDBConnection connection, DbCommand command, DbDataReader reader)
    {
        _connection = connection;
        _command = command;
        _reader = reader;
        Columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
    }

    /// <summary>The column names.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>The rows, streamed from the engine: each value a .NET value (long, double, string, bool, …) or null.</summary>
    public IEnumerable<object?[]> Rows()
    {
        while (_reader.Read())
        {
            var row = new object?[_reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = _reader.IsDBNull(i) ? null : _reader.GetValue(i);
            }

            yield return row;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _reader.Dispose();
        _command.Dispose();
        _connection.Dispose();
    }
}

/// <summary>
/// SQL over interchange Parquet files (see TradeAnalytics.Parquet) with DuckDB embedded: the files are a
/// view named <c>trade</c> (and <c>trade1</c>, <c>trade2</c>, … one per file) with the interchange columns
/// reporter, partner, flow, year, value_musd, estimated, source, product, classification. DuckDB reads only
/// the columns and row groups a query needs and streams the result, so files far larger than memory can be
/// queried (HS 6-digit Comtrade or CEPII BACI for all countries).
/// </summary>
public static class TradeSql
{
    /// <summary>Runs <paramref name="sql"/> over <paramref name="parquetFiles"/>.</summary>
    /// <param name="sql">One SQL statement (DuckDB's dialect) over the view <c>trade</c>.</param>
    /// <param name="parquetFiles">Interchange Parquet files.</param>
    /// <exception cref="FileNotFoundException">A file does not exist.</exception>
    /// <exception cref="ArgumentException">No file given.</exception>
    /// <exception cref="SqlQueryException">DuckDB refused the query or a file; the message is DuckDB's.</exception>
    public static SqlResult Query(string sql, IReadOnlyList<string> parquetFiles)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sql);
        ArgumentNullException.ThrowIfNull(parquetFiles);
        if (parquetFiles.Count == 0)
        {
            throw new ArgumentException("SQL needs at least one Parquet file.", nameof(parquetFiles));
        }

        foreach (var file in parquetFiles.Where(f => !File.Exists(f)))
        {
            throw new FileNotFoundException($"No Parquet file at '{file}'.", file);
        }

        var connection = new DuckDBConnection("Data Source=:memory:");
        try
        {
            connection.Open();
            using (var setup = connection.CreateCommand())
            {
                var list = string.Join(", ", parquetFiles.Select(Literal));
                setup.CommandText = $"CREATE VIEW trade AS SELECT * FROM read_parquet([{list}]);"
                    + string.Concat(parquetFiles.Select((f, i) => $"CREATE VIEW trade{i + 1} AS SELECT * FROM read_parquet({Literal(f)});"));
                setup.ExecuteNonQuery();
            }

            var command = connection.CreateCommand();
            command.CommandText = sql;
            return new SqlResult(connection, command, command.ExecuteReader());
        }
        catch (DuckDBException e)
        {
            connection.Dispose();
            throw new SqlQueryException(e.Message, e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static string Literal(string path) => "'" + Path.GetFullPath(path).Replace("'", "''", StringComparison.Ordinal) + "'";
}

/// <summary>DuckDB refused a query or a file; the message is DuckDB's own.</summary>
public sealed class SqlQueryException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">DuckDB's message.</param>
    /// <param name="inner">DuckDB's exception.</param>
    public SqlQueryException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
