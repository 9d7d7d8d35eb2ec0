using System.Globalization;
using Parquet;
using Parquet.Schema;

namespace TradeAnalytics.Parquet;

/// <summary>
/// The interchange table (see <see cref="InterchangeCsv"/>) as a Parquet file, one row per value:
/// <c>reporter</c>, <c>partner</c>, <c>flow</c> (strings: economy codes, exports|imports|re-exports|re-imports),
/// <c>year</c> (int32), <c>value_musd</c> (double, US$ millions), <c>estimated</c> (boolean), <c>source</c>
/// (string), <c>product</c> (string: the HS code, empty for all goods) and <c>classification</c> (string, null
/// where none). Strings that repeat (codes, flows, products) are dictionary-encoded; the file is compressed
/// with Zstandard; rows are written in the order given, in row groups of at most a million rows. Reading
/// applies every check of the CSV reader, with the row number in place of the line.
/// </summary>
public static class InterchangeParquet
{
    private static readonly DataField<string> Reporter = new("reporter", nullable: false);
    private static readonly DataField<string> Partner = new("partner", nullable: false);
    private static readonly DataField<string> Flow = new("flow", nullable: false);
    private static readonly DataField<int> Year = new("year");
    private static readonly DataField<double> Value = new("value_musd");
    private static readonly DataField<bool> Estimated = new("estimated");
    private static readonly DataField<string> Source = new("source", nullable: false);
    private static readonly DataField<string> Product = new("product", nullable: false);
    private static readonly DataField<string> Classification = new("classification", nullable: true);

    /// <summary>The schema every file of this format has.</summary>
    public static ParquetSchema Schema { get; } = new(Reporter, Partner, Flow, Year, Value, Estimated, Source, Product, Classification);

    private const int RowGroupSize = 1_000_000;

    /// <summary>Writes observations to a Parquet file, replaced only when whole (<see cref="SafeFile"/>).</summary>
    /// <param name="path">The file.</param>
    /// <param name="observations">The values, in the order they are to be written.</param>
    public static void WriteFile(string path, IEnumerable<TradeObservation> observations)
    {
        Preconditions.NotNull(path);
        SafeFile.Write(path, stream => Write(stream, observations));
    }

    /// <summary>Writes observations as Parquet to <paramref name="stream"/>.</summary>
    /// <param name="stream">A writable, seekable stream.</param>
    /// <param name="observations">The values.</param>
    public static void Write(Stream stream, IEnumerable<TradeObservation> observations)
        => WriteAsync(stream, observations, byReporter: false).GetAwaiter().GetResult();

    /// <summary>
    /// Writes observations with one row group per reporter (in the order they come; they must come grouped by
    /// reporter), and the reporters of the row groups in the file's metadata (<c>trade-analytics.reporters</c>),
    /// so that a reader can load one reporter's values without the others (as the data package does) and
    /// engines that partition by reporter find the file ready.
    /// </summary>
    /// <param name="path">The file (replaced).</param>
    /// <param name="observations">The values, grouped by reporter.</param>
    /// <exception cref="ArgumentException">A reporter's values come in two separate runs.</exception>
    public static void WriteByReporter(string path, IEnumerable<TradeObservation> observations)
    {
        Preconditions.NotNull(path);
        SafeFile.Write(path, stream => WriteAsync(stream, observations, byReporter: true).GetAwaiter().GetResult());
    }

    /// <summary>The metadata key that lists the reporter of each row group, comma-separated.</summary>
    public const string ReportersKey = "trade-analytics.reporters";

    private static async Task WriteAsync(Stream stream, IEnumerable<TradeObservation> observations, bool byReporter)
    {
        Preconditions.NotNull(stream);
        Preconditions.NotNull(observations);
        // Zstandard at its default level: the smallest-size level took 15 s a million sources for 25 % less.
        var options = new ParquetOptions { CompressionMethod = CompressionMethod.Zstd, CompressionLevel = System.IO.Compression.CompressionLevel.Optimal };
        await using var writer = await ParquetWriter.CreateAsync(Schema, stream, options).ConfigureAwait(false);
        var groups = byReporter ? ByReporter(observations) : observations.Chunk(RowGroupSize);
        var reporters = new List<string>();
        foreach (var chunk in groups)
        {
            if (byReporter)
            {
                if (reporters.Contains(chunk[0].Reporter.Code))
                {
                    throw new ArgumentException($"The values of {chunk[0].Reporter.Code} come in two separate runs; write them grouped by reporter.", nameof(observations));
                }

                reporters.Add(chunk[0].Reporter.Code);
            }

            using var group = writer.CreateRowGroup();
            await group.WriteAsync(Reporter, chunk.Select(o => o.Reporter.Code).ToArray()).ConfigureAwait(false);
            await group.WriteAsync(Partner, chunk.Select(o => o.Partner.Code).ToArray()).ConfigureAwait(false);
            await group.WriteAsync(Flow, chunk.Select(o => InterchangeCsv.FlowName(o.Flow)).ToArray()).ConfigureAwait(false);
            await group.WriteAsync<int>(Year, chunk.Select(o => o.Year).ToArray()).ConfigureAwait(false);
            await group.WriteAsync<double>(Value, chunk.Select(o => o.Value.Value).ToArray()).ConfigureAwait(false);
            await group.WriteAsync<bool>(Estimated, chunk.Select(o => o.Estimated).ToArray()).ConfigureAwait(false);
            await group.WriteAsync(Source, chunk.Select(o => o.Source).ToArray()).ConfigureAwait(false);
            await group.WriteAsync(Product, chunk.Select(o => o.Product.ToCode()).ToArray()).ConfigureAwait(false);
            await group.WriteAsync(Classification, chunk.Select(o => o.Classification).ToArray()).ConfigureAwait(false);
        }

        if (byReporter)
        {
            writer.CustomMetadata = new Dictionary<string, string> { [ReportersKey] = string.Join(",", reporters) };
        }
    }

    private static IEnumerable<TradeObservation[]> ByReporter(IEnumerable<TradeObservation> observations)
    {
        var run = new List<TradeObservation>();
        foreach (var o in observations)
        {
            if (run.Count > 0 && !run[0].Reporter.Equals(o.Reporter))
            {
                yield return run.ToArray();
                run.Clear();
            }

            run.Add(o);
        }

        if (run.Count > 0)
        {
            yield return run.ToArray();
        }
    }

    /// <summary>Reads a Parquet file of this format, with every check of the CSV reader.</summary>
    /// <param name="path">The file.</param>
    /// <exception cref="FileNotFoundException">No such file.</exception>
    /// <exception cref="InterchangeFormatException">Not a Parquet file of this format, or a row is malformed (row number and field named).</exception>
    public static InterchangeReadResult ReadFile(string path)
    {
        Preconditions.NotNull(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No Parquet file at '{path}'.", path);
        }

        using var stream = InputFile.OpenRead(path);
        return Read(stream, Path.GetFileName(path));
    }

    /// <summary>Reads Parquet of this format from <paramref name="stream"/>; <paramref name="fileName"/> names it in messages.</summary>
    /// <param name="stream">A readable, seekable stream.</param>
    /// <param name="fileName">The name used in messages and as the dataset's name.</param>
    /// <exception cref="InterchangeFormatException">Not a Parquet file of this format, or a row is malformed.</exception>
    public static InterchangeReadResult Read(Stream stream, string fileName)
    {
        Preconditions.NotNull(stream);
        Preconditions.NotNull(fileName);
        var columns = ReadColumnsAsync(stream, fileName).GetAwaiter().GetResult();
        var products = columns.Product.Any(p => p!.Length > 0) || columns.Classification.Any(c => c is not null);
        var rows = new InterchangeCsv.Rows(fileName, products);
        for (var i = 0; i < columns.Count; i++)
        {
            string[] record = products
                ? [columns.Reporter[i]!, columns.Partner[i]!, columns.Flow[i]!, Text(columns.Year[i]), Text(columns.Value[i]), columns.Estimated[i] ? "true" : "false", columns.Source[i]!, columns.Product[i]!, columns.Classification[i] ?? ""]
                : [columns.Reporter[i]!, columns.Partner[i]!, columns.Flow[i]!, Text(columns.Year[i]), Text(columns.Value[i]), columns.Estimated[i] ? "true" : "false", columns.Source[i]!];
            rows.Add(record, i + 1);
        }

        return rows.Result(fileName);
    }

    /// <summary>The columns of a file, concatenated over its row groups.</summary>
    private sealed record ColumnData(int Count, string?[] Reporter, string?[] Partner, string?[] Flow, int[] Year, double[] Value, bool[] Estimated, string?[] Source, string?[] Product, string?[] Classification);

    /// <summary>The columns of every row group, in file order.</summary>
    /// <exception cref="InterchangeFormatException">Not Parquet, or not this schema.</exception>
    private static async Task<ColumnData> ReadColumnsAsync(Stream stream, string fileName)
    {
        try
        {
            return await ReadColumnsCoreAsync(stream, fileName).ConfigureAwait(false);
        }
        catch (Exception e) when (IsDecoderFailure(e))
        {
            throw Error(fileName, $"a damaged Parquet file ({e.GetType().Name}: {e.Message})");
        }
    }

    private static async Task<ColumnData> ReadColumnsCoreAsync(Stream stream, string fileName)
    {
        ParquetReader reader;
        try
        {
            reader = await ParquetReader.CreateAsync(stream).ConfigureAwait(false);
        }
        catch (Exception e) when (IsDecoderFailure(e))
        {
            throw Error(fileName, $"not a Parquet file, or a damaged one ({e.GetType().Name}: {e.Message})");
        }

        await using (reader.ConfigureAwait(false))
        {
            var names = reader.Schema.GetDataFields().Select(f => f.Name).ToList();
            var expected = Schema.GetDataFields().Select(f => f.Name).ToList();
            if (!names.SequenceEqual(expected))
            {
                throw Error(fileName, $"the columns are {string.Join(",", names)}; expected {string.Join(",", expected)}");
            }

            var fields = reader.Schema.GetDataFields();
            var wanted = Enumerable.Range(0, reader.RowGroupCount).ToList();

            var total = 0L;
            foreach (var g in wanted)
            {
                using var group = reader.OpenRowGroupReader(g);
                total += group.RowCount;
            }

            if (total > int.MaxValue)
            {
                throw Error(fileName, $"{total} rows; more than one table in memory holds (use 'trade-analytics sql' over it instead)");
            }

            // A row count no file of its size can hold is damage, found before anything is allocated for it: the densest
            // real file holds a row in about 7 bytes (the shipped 19 MB, 2.58 M rows); 1,000 rows a byte is far beyond any.
            if (stream.CanSeek && total > Math.Max(1_000_000L, stream.Length * MaxRowsPerByte))
            {
                throw Error(fileName, $"its metadata claims {total:N0} rows in {stream.Length:N0} bytes, which no interchange file can hold (a damaged or hostile file)");
            }

            var n = (int)total;
            var data = new ColumnData(n, new string?[n], new string?[n], new string?[n], new int[n], new double[n], new bool[n], new string?[n], new string?[n], new string?[n]);
            var offset = 0;
            try
            {
                foreach (var g in wanted)
                {
                    using var group = reader.OpenRowGroupReader(g);
                    var count = (int)group.RowCount;
                    await group.ReadAsync(fields[0], data.Reporter.AsMemory(offset, count)).ConfigureAwait(false);
                    await group.ReadAsync(fields[1], data.Partner.AsMemory(offset, count)).ConfigureAwait(false);
                    await group.ReadAsync(fields[2], data.Flow.AsMemory(offset, count)).ConfigureAwait(false);
                    await ReadYearsAsync(group, fields[3], data.Year.AsMemory(offset, count), offset, fileName).ConfigureAwait(false);
                    await ReadRequiredAsync(group, fields[4], data.Value.AsMemory(offset, count), offset, fileName).ConfigureAwait(false);
                    await ReadRequiredAsync(group, fields[5], data.Estimated.AsMemory(offset, count), offset, fileName).ConfigureAwait(false);
                    await group.ReadAsync(fields[6], data.Source.AsMemory(offset, count)).ConfigureAwait(false);
                    await group.ReadAsync(fields[7], data.Product.AsMemory(offset, count)).ConfigureAwait(false);
                    await group.ReadAsync(fields[8], data.Classification.AsMemory(offset, count)).ConfigureAwait(false);
                    offset += count;
                }
            }
            catch (Exception e) when (IsDecoderFailure(e))
            {
                throw Error(fileName, $"a damaged column ({e.GetType().Name}: {e.Message})");
            }

            // A required string column that came back null was not written by this library.
            if (data.Reporter.Any(s => s is null) || data.Partner.Any(s => s is null) || data.Flow.Any(s => s is null) || data.Source.Any(s => s is null) || data.Product.Any(s => s is null))
            {
                throw Error(fileName, "a required column holds nulls");
            }

            return data;
        }
    }

    private const long MaxRowsPerByte = 1000;

    /// <summary>
    /// Checks a file's footer without decoding a row: the interchange columns, and a row count the file's size can hold.
    /// For readers that then take the rows some other way (DuckDB, a slice at a time).
    /// </summary>
    /// <returns>The rows the footer declares.</returns>
    /// <exception cref="InterchangeFormatException">Not Parquet, not this schema, or a row count no file of its size can hold.</exception>
    /// <param name="path">The file.</param>
    public static long CheckFooter(string path)
    {
        using var stream = InputFile.OpenRead(path);
        var fileName = Path.GetFileName(path);
        return CheckFooterAsync(stream, fileName).GetAwaiter().GetResult();
    }

    private static async Task<long> CheckFooterAsync(Stream stream, string fileName)
    {
        ParquetReader reader;
        try
        {
            reader = await ParquetReader.CreateAsync(stream).ConfigureAwait(false);
        }
        catch (Exception e) when (IsDecoderFailure(e))
        {
            throw Error(fileName, $"not a Parquet file, or a damaged one ({e.GetType().Name}: {e.Message})");
        }

        await using (reader.ConfigureAwait(false))
        {
            var names = reader.Schema.GetDataFields().Select(f => f.Name).ToList();
            var expected = Schema.GetDataFields().Select(f => f.Name).ToList();
            if (!names.SequenceEqual(expected))
            {
                throw Error(fileName, $"the columns are {string.Join(",", names)}; expected {string.Join(",", expected)}");
            }

            var total = 0L;
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                using var group = reader.OpenRowGroupReader(g);
                total += group.RowCount;
            }

            if (total > Math.Max(1_000_000L, stream.Length * MaxRowsPerByte))
            {
                throw Error(fileName, $"its metadata claims {total:N0} rows in {stream.Length:N0} bytes, which no interchange file can hold (a damaged or hostile file)");
            }

            return total;
        }
    }

    /// <summary>A column's type as a person reads it: String for text however the decoder holds it.</summary>
    private static string TypeName(Type type) => type == typeof(string) || type == typeof(ReadOnlyMemory<char>) || type == typeof(byte[]) ? "String" : type.Name;

    /// <summary>
    /// A value column as this library writes it (required, of type <typeparamref name="T"/>) or as DuckDB and pyarrow write
    /// it (optional): a null where a value is required is an error naming the row; another type, one naming the column.
    /// </summary>
    private static async Task ReadRequiredAsync<T>(ParquetRowGroupReader group, DataField field, Memory<T> target, int firstRow, string fileName)
        where T : struct
    {
        var type = Nullable.GetUnderlyingType(field.ClrType) ?? field.ClrType;
        if (type != typeof(T))
        {
            throw Error(fileName, $"the column {field.Name} holds {TypeName(type)} values; expected {typeof(T).Name}");
        }

        if (!field.IsNullable)
        {
            await group.ReadAsync(field, target).ConfigureAwait(false);
            return;
        }

        var values = new T?[target.Length];
        await group.ReadAsync<T>(field, values.AsMemory()).ConfigureAwait(false);
        var span = target.Span;
        for (var i = 0; i < values.Length; i++)
        {
            span[i] = values[i] ?? throw Error(fileName, $"row {firstRow + i + 1}: {field.Name} is null, where a value is required");
        }
    }

    /// <summary>The year column, of any integer width (int32 as written here, int64 or int16 as other writers choose), required or optional.</summary>
    private static async Task ReadYearsAsync(ParquetRowGroupReader group, DataField field, Memory<int> target, int firstRow, string fileName)
    {
        var type = Nullable.GetUnderlyingType(field.ClrType) ?? field.ClrType;
        if (type == typeof(int))
        {
            await ReadRequiredAsync(group, field, target, firstRow, fileName).ConfigureAwait(false);
            return;
        }

        long?[] wide = type switch
        {
            _ when type == typeof(long) => await Values<long>(group, field, target.Length, v => v).ConfigureAwait(false),
            _ when type == typeof(short) => await Values<short>(group, field, target.Length, v => v).ConfigureAwait(false),
            _ when type == typeof(ulong) => await Values<ulong>(group, field, target.Length, v => v > long.MaxValue ? long.MaxValue : (long)v).ConfigureAwait(false),
            _ when type == typeof(uint) => await Values<uint>(group, field, target.Length, v => v).ConfigureAwait(false),
            _ when type == typeof(ushort) => await Values<ushort>(group, field, target.Length, v => v).ConfigureAwait(false),
            _ when type == typeof(byte) => await Values<byte>(group, field, target.Length, v => v).ConfigureAwait(false),
            _ when type == typeof(sbyte) => await Values<sbyte>(group, field, target.Length, v => v).ConfigureAwait(false),
            _ => throw Error(fileName, $"the column {field.Name} holds {TypeName(type)} values; expected whole numbers (a year)"),
        };
        var span = target.Span;
        for (var i = 0; i < wide.Length; i++)
        {
            var year = wide[i] ?? throw Error(fileName, $"row {firstRow + i + 1}: {field.Name} is null, where a value is required");
            // Out of range: the row check names it as not a year (a value that no int holds becomes one that no year is).
            span[i] = year is > int.MaxValue or < int.MinValue ? int.MinValue : (int)year;
        }

        static async Task<long?[]> Values<T>(ParquetRowGroupReader group, DataField field, int count, Func<T, long> widen)
            where T : struct
        {
            var values = new T?[count];
            if (field.IsNullable)
            {
                await group.ReadAsync<T>(field, values.AsMemory()).ConfigureAwait(false);
            }
            else
            {
                var required = new T[count];
                await group.ReadAsync(field, required.AsMemory()).ConfigureAwait(false);
                for (var i = 0; i < count; i++)
                {
                    values[i] = required[i];
                }
            }

            return values.Select(v => v is { } x ? widen(x) : (long?)null).ToArray();
        }
    }

    /// <summary>
    /// What the Parquet decoder throws on a damaged file (Thrift and Zstandard errors of its own, invalid
    /// operations, out-of-range reads — the fuzz tests met each): everything but running out of memory and
    /// cancellation, which are not the file's fault.
    /// </summary>
    private static bool IsDecoderFailure(Exception e) => e is not (OutOfMemoryException or OperationCanceledException or InterchangeFormatException);

    private static string Text(int year) => year.ToString(CultureInfo.InvariantCulture);

    /// <summary>A value as the reader parses it back exactly.</summary>
    private static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static InterchangeFormatException Error(string fileName, string message)
        => new(fileName, [new InterchangeRowError(fileName, 0, null, message)]);
}
