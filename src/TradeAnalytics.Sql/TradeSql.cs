using System.Globalization;
using System.Data.Common;
using DuckDB.NET.Data;

namespace TradeAnalytics.Sql;

/// <summary>A query's columns and its rows, read one at a time (dispose it to release the engine).</summary>
public sealed class SqlResult : IDisposable
{
    private readonly DuckDBConnection _connection;
    private readonly DbCommand _command;
    private readonly DbDataReader _reader;

    private readonly QueryClock? _clock;
    private readonly string? _spill;

    internal SqlResult(DuckDBConnection connection, DbCommand command, DbDataReader reader, QueryClock? clock = null, string? spill = null)
    {
        _connection = connection;
        _command = command;
        _reader = reader;
        _spill = spill;
        _clock = clock;
        Columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
    }

    /// <summary>True once the time limit stopped the query.</summary>
    public bool StoppedByTimeLimit => _clock?.Stopped ?? false;

    /// <summary>The column names.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>The rows, streamed from the engine: each value a .NET value (long, double, string, bool, …) or null.</summary>
    /// <exception cref="SqlQueryException">The engine failed while the rows were read, or the time limit stopped it.</exception>
    public IEnumerable<object?[]> Rows()
    {
        while (Next())
        {
            var row = new object?[_reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = _reader.IsDBNull(i) ? null : _reader.GetValue(i);
            }

            yield return row;
        }
    }

    private bool Next()
    {
        try
        {
            // An interrupted engine may end the rows as if they were all there: once the limit has stopped it, the end of the rows is
            // the limit's, never a whole result (CI saw `count(*)` of an endless query end with no row and exit 0).
            var more = _reader.Read();
            return !more && StoppedByTimeLimit ? throw _clock!.Exceeded(new OperationCanceledException("interrupted")) : more;
        }
        catch (Exception e) when (e is DuckDBException or OperationCanceledException && StoppedByTimeLimit)
        {
            throw _clock!.Exceeded(e);
        }
        catch (DuckDBException e)
        {
            throw new SqlQueryException(e.Message, e);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _clock?.Dispose();
        _reader.Dispose();
        _command.Dispose();
        _connection.Dispose();
        if (_spill is not null && Directory.Exists(_spill))
        {
            // The spill folder is the query's own: removed with everything the engine wrote there.
            Directory.Delete(_spill, recursive: true);
        }
    }
}

/// <summary>
/// The bounds of a query: the engine's memory, how much it may spill to disk (in a temporary folder of its own, deleted with the
/// result), and how long it may run. Zero (or less) means no bound for that one.
/// </summary>
/// <param name="MemoryMiB">The engine's memory, MiB (default 2,048; DuckDB's own default is 80 % of the machine).</param>
/// <param name="SpillMiB">What it may write to its own temporary folder when memory runs short, MiB (default 4,096).</param>
/// <param name="TimeLimit">How long the query may run from its start, rows read included (zero: no bound; <see cref="Default"/> has 120 s).</param>
public sealed record SqlLimits(int MemoryMiB = 2048, int SpillMiB = 4096, TimeSpan TimeLimit = default)
{
    /// <summary>The default bounds: 2,048 MiB of memory, 4,096 MiB of spill, 120 s.</summary>
    public static SqlLimits Default { get; } = new(TimeLimit: TimeSpan.FromSeconds(120));
}

/// <summary>What a query may do beyond reading the files it is given.</summary>
public enum SqlAccess
{
    /// <summary>
    /// The default: one read-only statement (a query: SELECT, WITH, VALUES …); the engine reads only the Parquet files
    /// given (DuckDB's <c>allowed_paths</c>, external access off), installs and loads no extension, and its
    /// configuration is locked, so that a query from an article, a colleague or a web page can neither read another file
    /// (<c>read_csv('/etc/passwd')</c>), write one (<c>COPY … TO</c>), attach a database nor download code.
    /// </summary>
    ReadOnly,

    /// <summary>
    /// DuckDB's own defaults: several statements, any statement, any file the process can read or write, extensions
    /// installed over the network and loaded. Only for SQL you wrote yourself: a hostile query can then read, write or
    /// send away anything the user can.
    /// </summary>
    Unrestricted,
}

/// <summary>
/// SQL over interchange Parquet files (see TradeAnalytics.Parquet) with DuckDB embedded: the files are a
/// view named <c>trade</c> (and <c>trade1</c>, <c>trade2</c>, … one per file) with the interchange columns
/// reporter, partner, flow, year, value_musd, estimated, source, product, classification; beside it the table
/// <c>economies</c> (code, name, imf_name, iso2, kind) names every code and tells countries from aggregates and residuals. DuckDB reads only
/// the columns and row groups a query needs and streams the result, so files far larger than memory can be
/// queried (HS 6-digit Comtrade or CEPII BACI for all countries).
/// </summary>
public static class TradeSql
{
    /// <summary>Runs one read-only statement <paramref name="sql"/> over <paramref name="parquetFiles"/> (<see cref="SqlAccess.ReadOnly"/>).</summary>
    /// <param name="sql">One SQL query (DuckDB's dialect) over the view <c>trade</c>.</param>
    /// <param name="parquetFiles">Interchange Parquet files.</param>
    /// <exception cref="FileNotFoundException">A file does not exist.</exception>
    /// <exception cref="ArgumentException">No file given.</exception>
    /// <exception cref="SqlQueryException">DuckDB refused the query or a file (the message is DuckDB's), or the SQL is not one read-only statement.</exception>
    public static SqlResult Query(string sql, IReadOnlyList<string> parquetFiles) => Query(sql, parquetFiles, SqlAccess.ReadOnly);

    /// <summary>Runs <paramref name="sql"/> over <paramref name="parquetFiles"/> with the access given.</summary>
    /// <param name="sql">SQL (DuckDB's dialect) over the view <c>trade</c>: one query, or with <see cref="SqlAccess.Unrestricted"/> any statements.</param>
    /// <param name="parquetFiles">Interchange Parquet files.</param>
    /// <param name="access">What the SQL may do besides reading the files (see <see cref="SqlAccess"/> for the risk).</param>
    /// <exception cref="FileNotFoundException">A file does not exist.</exception>
    /// <exception cref="ArgumentException">No file given.</exception>
    /// <exception cref="SqlQueryException">DuckDB refused the query or a file, or the SQL is not one read-only statement.</exception>
    public static SqlResult Query(string sql, IReadOnlyList<string> parquetFiles, SqlAccess access) => Query(sql, parquetFiles, access, SqlLimits.Default);

    /// <summary>Runs <paramref name="sql"/> over <paramref name="parquetFiles"/> with the access and bounds given.</summary>
    /// <param name="sql">SQL (DuckDB's dialect) over the view <c>trade</c>.</param>
    /// <param name="parquetFiles">Interchange Parquet files.</param>
    /// <param name="access">What the SQL may do besides reading the files.</param>
    /// <param name="limits">Memory, spill and time bounds (<see cref="SqlLimits.Default"/>).</param>
    /// <exception cref="FileNotFoundException">A file does not exist.</exception>
    /// <exception cref="ArgumentException">No file given.</exception>
    /// <exception cref="SqlQueryException">DuckDB refused the query or a file, or the SQL is not one read-only statement.</exception>
    public static SqlResult Query(string sql, IReadOnlyList<string> parquetFiles, SqlAccess access, SqlLimits limits)
    {
        Preconditions.NotNull(limits);
        ArgumentException.ThrowIfNullOrWhiteSpace(sql);
        Preconditions.NotNull(parquetFiles);
        if (parquetFiles.Count == 0)
        {
            throw new ArgumentException("SQL needs at least one Parquet file.", nameof(parquetFiles));
        }

        foreach (var file in parquetFiles.Where(f => !File.Exists(f)))
        {
            throw new FileNotFoundException($"No Parquet file at '{file}'.", file);
        }

        var connection = new DuckDBConnection("Data Source=:memory:");
        QueryClock? clock = null;
        var spill = Path.Combine(Path.GetTempPath(), "trade-analytics-sql-" + Guid.NewGuid().ToString("N"));
        try
        {
            connection.Open();
            using (var setup = connection.CreateCommand())
            {
                var list = string.Join(", ", parquetFiles.Select(Literal));
                // Bounded before anything runs: memory, and spilling only into a folder of the query's own, itself bounded.
                Directory.CreateDirectory(spill);
                var bounds = (limits.MemoryMiB > 0 ? $"SET memory_limit = '{limits.MemoryMiB}MiB'; " : "")
                    + $"SET temp_directory = {Literal(spill)}; "
                    + (limits.SpillMiB > 0 ? $"SET max_temp_directory_size = '{limits.SpillMiB}MiB'; " : "");
                var views = $"CREATE VIEW trade AS SELECT * FROM read_parquet([{list}]);"
                    + string.Concat(parquetFiles.Select((f, i) => $"CREATE VIEW trade{i + 1} AS SELECT * FROM read_parquet({Literal(f)});"))
                    + EconomiesTable();
                setup.CommandText = access == SqlAccess.Unrestricted
                    ? bounds + views
                    : $"{bounds}SET allowed_paths = [{list}, {Literal(spill)}]; SET autoinstall_known_extensions = false; SET autoload_known_extensions = false; {views}"
                      + "SET enable_external_access = false; SET lock_configuration = true;";
                setup.ExecuteNonQuery();
            }

            RefuseImplausibleRowCounts(connection, parquetFiles);
            if (access == SqlAccess.ReadOnly)
            {
                CheckOneQuery(connection, sql);
            }

            var command = connection.CreateCommand();
            command.CommandText = sql;
            // Rows as DuckDB produces them, a chunk at a time, instead of the whole result materialised first.
            command.UseStreamingMode = true;
            // The time limit counts from here: a query that computes long before its first row is stopped too.
            clock = limits.TimeLimit > TimeSpan.Zero ? new QueryClock(command, limits.TimeLimit) : null;
            return new SqlResult(connection, command, command.ExecuteReader(), clock, spill);
        }
        catch (Exception e) when (e is DuckDBException or OperationCanceledException && clock is { Stopped: true })
        {
            clock.Dispose();
            connection.Dispose();
            DeleteSpill(spill);
            throw clock.Exceeded(e);
        }
        catch (DuckDBException e)
        {
            clock?.Dispose();
            connection.Dispose();
            DeleteSpill(spill);
            throw new SqlQueryException(e.Message, e);
        }
        catch
        {
            clock?.Dispose();
            connection.Dispose();
            DeleteSpill(spill);
            throw;
        }
    }

    /// <summary>
    /// Refuses a file whose footer claims more rows than its size can hold (over 1,000 a byte, the rule every other reader
    /// keeps): DuckDB answers count(*) from the footer, so a forged one said 200,000,000 where the file holds 1,000.
    /// </summary>
    private static void RefuseImplausibleRowCounts(DuckDBConnection connection, IReadOnlyList<string> parquetFiles)
    {
        using var check = connection.CreateCommand();
        check.CommandText = $"SELECT file_name, num_rows FROM parquet_file_metadata([{string.Join(", ", parquetFiles.Select(Literal))}])";
        using var rows = check.ExecuteReader();
        while (rows.Read())
        {
            var file = rows.GetString(0);
            var claimed = rows.IsDBNull(1) ? 0 : rows.GetInt64(1);
            var length = new FileInfo(file).Length;
            if (claimed > Math.Max(1_000_000L, length * 1000))
            {
                throw new SqlQueryException(string.Create(CultureInfo.InvariantCulture,
                    $"{Path.GetFileName(file)}: its metadata claims {claimed:N0} rows in {length:N0} bytes, which no interchange file can hold (a damaged or hostile file): not queried."), null);
            }
        }
    }

    /// <summary>Refuses anything but one query, using DuckDB's own parser (json_serialize_sql serialises queries only).</summary>
    private static void CheckOneQuery(DuckDBConnection connection, string sql)
    {
        using var check = connection.CreateCommand();
        check.CommandText = "SELECT json_serialize_sql(CAST($1 AS VARCHAR))";
        check.Parameters.Add(new DuckDBParameter(sql));
        var parsed = System.Text.Json.JsonDocument.Parse((string)check.ExecuteScalar()!);
        var root = parsed.RootElement;
        if (root.TryGetProperty("error", out var error) && error.GetBoolean())
        {
            var message = root.TryGetProperty("error_message", out var m) ? m.GetString() : "";
            throw new SqlQueryException(message == "Only SELECT statements can be serialized to json!"
                ? "only a query (SELECT, WITH, VALUES, …) runs here: statements that write, attach, install, load, set or copy are refused. Open access explicitly (SqlAccess.Unrestricted) for SQL you wrote yourself."
                : message ?? "the SQL does not parse.", null);
        }

        var count = root.GetProperty("statements").GetArrayLength();
        if (count != 1)
        {
            throw new SqlQueryException($"one statement runs here; the SQL holds {count}. Run them one at a time (or open access explicitly for a script you wrote).", null);
        }
    }

    /// <summary>
    /// The table <c>economies</c> (code, name, imf_name, iso2, kind: country, aggregate or residual): the library's economy table,
    /// to join on <c>trade.reporter</c> or <c>trade.partner</c> — names beside codes, and aggregates and residuals told from countries.
    /// </summary>
    private static string EconomiesTable()
        => "CREATE TABLE economies (code VARCHAR, name VARCHAR, imf_name VARCHAR, iso2 VARCHAR, kind VARCHAR); INSERT INTO economies VALUES "
            + string.Join(", ", Economies.All.Select(e => $"({Text(e.Code)}, {Text(e.Name)}, {(e.ImfName.Length == 0 ? "NULL" : Text(e.ImfName))}, {(e.Iso2 is null ? "NULL" : Text(e.Iso2))}, {Text(e.Kind.ToString().ToLowerInvariant())})"))
            + ";";

    private static void DeleteSpill(string spill)
    {
        if (Directory.Exists(spill))
        {
            Directory.Delete(spill, recursive: true);
        }
    }

    private static string Text(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static string Literal(string path) => "'" + Path.GetFullPath(path).Replace("'", "''", StringComparison.Ordinal) + "'";
}

/// <summary>The time limit of one query: past it, the engine is interrupted (the command cancelled) and the query ends in an error that says so.</summary>
internal sealed class QueryClock : IDisposable
{
    private readonly Timer _timer;
    private readonly TimeSpan _limit;
    private int _stopped;

    internal QueryClock(DbCommand command, TimeSpan limit)
    {
        _limit = limit;
        _timer = new Timer(_ =>
        {
            Interlocked.Exchange(ref _stopped, 1);
            try
            {
                command.Cancel();
            }
            catch (Exception e) when (e is DuckDBException or InvalidOperationException or ObjectDisposedException)
            {
                // Already finished or disposed: nothing to stop.
            }
        }, null, limit, Timeout.InfiniteTimeSpan);
    }

    /// <summary>True once the limit was reached and the engine interrupted.</summary>
    internal bool Stopped => Volatile.Read(ref _stopped) == 1;

    /// <summary>The error a stopped query ends in.</summary>
    internal SqlQueryException Exceeded(Exception inner)
        => new($"the query ran past its time limit of {_limit.TotalSeconds.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)} s and was stopped (raise it with SqlLimits.TimeLimit; zero for none).", inner);

    public void Dispose() => _timer.Dispose();
}

/// <summary>DuckDB refused a query or a file; the message is DuckDB's own.</summary>
public sealed class SqlQueryException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">DuckDB's message.</param>
    /// <param name="inner">DuckDB's exception, if any.</param>
    public SqlQueryException(string message, Exception? inner)
        : base(message, inner)
    {
    }
}
