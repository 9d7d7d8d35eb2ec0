using System.Text.Json;
using Parquet;
using Parquet.Schema;

namespace TradeAnalytics.Parquet;

/// <summary>
/// A dataset in the layout it has in memory, as a Parquet file that loads with no text decoded per value: one row per
/// value with <c>series</c> (int32: a number into the file's series table), <c>year</c> (int32), <c>value_musd</c>
/// (double, US$ millions), <c>estimated</c> (boolean), <c>classification</c> (int32: 0 = none, else a number into the
/// classification table), <c>source_prefix</c> (int32: a number into the prefix table) and <c>source_number</c>
/// (int32: the source's trailing number, −1 = none — <c>DOTS_103.xlsx!Exports!S</c> and 39 give
/// <c>DOTS_103.xlsx!Exports!S39</c>). The three tables are JSON arrays in the file's metadata
/// (<see cref="SeriesKey"/>: a line per series, <c>KAZ,ISR,exports,</c> = reporter, partner, flow, product (empty = all
/// goods); <see cref="PrefixesKey"/> and <see cref="ClassificationsKey"/>: JSON arrays of strings). Rows keep the dataset's order. The interchange Parquet
/// (<see cref="InterchangeParquet"/>) is the format to exchange; this one is for loading fast what this library wrote.
/// </summary>
public static class ColumnarParquet
{
    /// <summary>The metadata key of the series table.</summary>
    public const string SeriesKey = "trade-analytics.columns.series";

    /// <summary>The metadata key of the source-prefix table.</summary>
    public const string PrefixesKey = "trade-analytics.columns.source-prefixes";

    /// <summary>The metadata key that lists the reporter of each row group, comma-separated (a row group holds one reporter's values; the World's report is in several, a few dozen series each).</summary>
    public const string ReportersKey = "trade-analytics.columns.reporters";

    /// <summary>The metadata key of the classification table (its entry 0, none, is not listed).</summary>
    public const string ClassificationsKey = "trade-analytics.columns.classifications";

    /// <summary>
    /// The metadata key a file carries when its series and prefix tables are in a tables file beside it (<see cref="TablesPathOf"/>)
    /// instead of its metadata: <c>series count,prefix count,token</c>, the token shared with the tables file so that a pair written
    /// apart is never read together.
    /// </summary>
    public const string TablesKey = "trade-analytics.columns.tables";

    private static readonly DataField<int> TableKind = new("table");
    private static readonly DataField<int> TableNumber = new("number");
    private static readonly DataField<string> TableText = new("text", nullable: false);

    /// <summary>
    /// The schema of a tables file: a row per series line (<c>table</c> 0) or source prefix (<c>table</c> 1) with its <c>number</c> in
    /// the rows and its <c>text</c>; row group <c>g</c> holds every entry row group <c>g</c> of the values file uses, so that a reader of
    /// a few reporters decodes a few hundred strings, not the whole tables.
    /// </summary>
    public static ParquetSchema TablesSchema { get; } = new(TableKind, TableNumber, TableText);

    private static readonly DataField<int> Series = new("series");
    private static readonly DataField<int> Year = new("year");
    private static readonly DataField<double> Value = new("value_musd");
    private static readonly DataField<bool> Estimated = new("estimated");
    private static readonly DataField<int> Classification = new("classification");
    private static readonly DataField<int> Prefix = new("source_prefix");
    private static readonly DataField<int> Number = new("source_number");

    /// <summary>The schema every file of this layout has.</summary>
    public static ParquetSchema Schema { get; } = new(Series, Year, Value, Estimated, Classification, Prefix, Number);

    private const int RowGroupSize = 500_000;

    /// <summary>Writes a dataset in this layout, replaced only when whole (<see cref="SafeFile"/>).</summary>
    /// <param name="path">The file.</param>
    /// <param name="dataset">The values, written in their order.</param>
    public static void WriteFile(string path, TradeDataset dataset)
    {
        Preconditions.NotNull(path);
        Preconditions.NotNull(dataset);
        SafeFile.Write(path, stream => WriteAsync(stream, dataset).GetAwaiter().GetResult());
    }

    /// <summary>
    /// Writes a dataset in this layout with its series and prefix tables in a second Parquet file, <paramref name="tablesPath"/>
    /// (<see cref="TablesSchema"/>), so that reading a few reporters decodes their entries only, not tables of a hundred thousand
    /// lines (the shipped DOTS package: 2.2 MB of metadata parsed at every start). Each file is replaced only when whole; both carry
    /// one token, so a values file is never read with another write's tables.
    /// </summary>
    /// <param name="path">The values file.</param>
    /// <param name="tablesPath">The tables file (by convention <see cref="TablesPathOf"/>, where <see cref="ReadFile"/> looks).</param>
    /// <param name="dataset">The values, written in their order.</param>
    public static void WriteFiles(string path, string tablesPath, TradeDataset dataset)
    {
        Preconditions.NotNull(path);
        Preconditions.NotNull(tablesPath);
        Preconditions.NotNull(dataset);
        if (Path.GetFullPath(path) == Path.GetFullPath(tablesPath))
        {
            throw new ArgumentException("The values and the tables need two files.", nameof(tablesPath));
        }

        var rows = Table(dataset);
        var groups = Groups(rows);
        var token = Token(rows);
        SafeFile.Write(tablesPath, stream => WriteTablesAsync(stream, rows, groups, token).GetAwaiter().GetResult());
        SafeFile.Write(path, stream => WriteAsync(stream, rows, groups, token).GetAwaiter().GetResult());
    }

    /// <summary>Where <see cref="ReadFile"/> looks for the tables of a values file written by <see cref="WriteFiles"/>: <c>x.parquet</c> → <c>x.tables.parquet</c>.</summary>
    /// <param name="path">The values file.</param>
    public static string TablesPathOf(string path)
    {
        Preconditions.NotNull(path);
        return (path.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase) ? path[..^".parquet".Length] : path) + ".tables.parquet";
    }

    private static TradeDatasetBuilder Table(TradeDataset dataset)
    {
        var rows = new TradeDatasetBuilder(dataset.Observations.Count);
        foreach (var o in dataset.Observations)
        {
            rows.Add(o);
        }

        return rows;
    }

    /// <summary>
    /// The rows of a part of the World's report: every trade intensity and comparative advantage reads two or three of its series
    /// (the World's exports to the partner and to the World), so its run is cut into row groups of about this many rows, each a
    /// few dozen whole series, and a read of those series decodes their parts only (<see cref="Read(Func{Stream}, Func{Stream}?, string, string, string?, IReadOnlySet{string}?, IReadOnlyDictionary{string, IReadOnlySet{string}}?)"/>).
    /// Cutting every reporter so would multiply the footer every read parses (about 10 µs a row group, measured).
    /// </summary>
    private const int WorldPartRows = 1024;

    /// <summary>
    /// A row group per run of one reporter's values (at most RowGroupSize rows), with its reporter; the World's run cut into parts
    /// of about <see cref="WorldPartRows"/> rows at series boundaries.
    /// </summary>
    private static List<(int Start, int Count, string Reporter)> Groups(TradeDatasetBuilder rows)
    {
        var groups = new List<(int Start, int Count, string Reporter)>();
        for (var start = 0; start < rows.Count;)
        {
            var series = rows.SeriesColumn.Span;
            var reporter = rows.SeriesKeyOf(series[start]).Reporter;
            var limit = reporter.Equals(Economies.World) ? WorldPartRows : RowGroupSize;
            var end = start + 1;
            while (end < rows.Count && end - start < RowGroupSize
                && (series[end] == series[end - 1] || (rows.SeriesKeyOf(series[end]).Reporter == reporter && end - start < limit)))
            {
                end++;
            }

            groups.Add((start, end - start, reporter.Code));
            start = end;
        }

        return groups;
    }

    private static string SeriesLine(TradeDatasetBuilder rows, int s)
    {
        var series = rows.SeriesKeyOf(s);
        return string.Join(',', series.Reporter.Code, series.Partner.Code, InterchangeCsv.FlowName(series.Flow), series.Product.ToCode());
    }

    /// <summary>The tables' SHA-256 (series lines, then prefixes), shared by a values file and its tables file.</summary>
    private static string Token(TradeDatasetBuilder rows)
    {
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        for (var s = 0; s < rows.SeriesCount; s++)
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(SeriesLine(rows, s) + "\n"));
        }

        foreach (var p in rows.SourcePrefixTable)
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(p + "\n"));
        }

        return Convert.ToHexString(hash.GetHashAndReset()).ToLowerInvariant();
    }

    private static async Task WriteTablesAsync(Stream stream, TradeDatasetBuilder rows, List<(int Start, int Count, string Reporter)> groups, string token)
    {
        var options = new ParquetOptions { CompressionMethod = CompressionMethod.Zstd };
        await using var writer = await ParquetWriter.CreateAsync(TablesSchema, stream, options).ConfigureAwait(false);
        writer.CustomMetadata = new Dictionary<string, string>
        {
            [TablesKey] = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{rows.SeriesCount},{rows.SourcePrefixTable.Count},{token}"),
            [ReportersKey] = string.Join(',', groups.Select(g => g.Reporter)),
        };
        foreach (var (start, n, _) in groups)
        {
            // The entries the group's rows use, each once, in the order of their numbers.
            var series = new SortedSet<int>();
            var prefixes = new SortedSet<int>();
            var rowSeries = rows.SeriesColumn.Span;
            var rowPrefix = rows.SourcePrefixColumn.Span;
            for (var i = start; i < start + n; i++)
            {
                series.Add(rowSeries[i]);
                prefixes.Add(rowPrefix[i]);
            }

            using var group = writer.CreateRowGroup();
            await group.WriteAsync<int>(TableKind, series.Select(_ => 0).Concat(prefixes.Select(_ => 1)).ToArray()).ConfigureAwait(false);
            await group.WriteAsync<int>(TableNumber, series.Concat(prefixes).ToArray()).ConfigureAwait(false);
            await group.WriteAsync(TableText, [.. series.Select(x => SeriesLine(rows, x)), .. prefixes.Select(x => rows.SourcePrefixTable[x])]).ConfigureAwait(false);
        }
    }

    private static Task WriteAsync(Stream stream, TradeDataset dataset)
    {
        var rows = Table(dataset);
        return WriteAsync(stream, rows, Groups(rows), token: null);
    }

    private static async Task WriteAsync(Stream stream, TradeDatasetBuilder rows, List<(int Start, int Count, string Reporter)> groups, string? token)
    {

        // Zstandard at Parquet.Net's default level: "optimal" made the values 23 % larger (14.0 against 11.4 MB, measured).
        var options = new ParquetOptions { CompressionMethod = CompressionMethod.Zstd };
        await using var writer = await ParquetWriter.CreateAsync(Schema, stream, options).ConfigureAwait(false);
        // Each row group's reporter is listed in the metadata, so that a reader can take some reporters' values without decoding
        // the others; the tables are in the metadata, or (with a token) in the tables file.
        var metadata = new Dictionary<string, string>();
        if (token is null)
        {
            metadata[SeriesKey] = string.Join('\n', Enumerable.Range(0, rows.SeriesCount).Select(s => SeriesLine(rows, s)));
            metadata[PrefixesKey] = JsonArray(rows.SourcePrefixTable);
        }
        else
        {
            metadata[TablesKey] = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{rows.SeriesCount},{rows.SourcePrefixTable.Count},{token}");
        }

        metadata[ClassificationsKey] = JsonArray(rows.ClassificationTable.Skip(1));
        metadata[ReportersKey] = string.Join(',', groups.Select(g => g.Reporter));
        writer.CustomMetadata = metadata;
        foreach (var (start, n, _) in groups)
        {
            using var group = writer.CreateRowGroup();
            await group.WriteAsync<int>(Series, rows.SeriesColumn.Slice(start, n)).ConfigureAwait(false);
            await group.WriteAsync<int>(Year, rows.YearColumn.Slice(start, n)).ConfigureAwait(false);
            await group.WriteAsync<double>(Value, rows.ValueColumn.Slice(start, n)).ConfigureAwait(false);
            await group.WriteAsync<bool>(Estimated, rows.EstimatedColumn.Slice(start, n)).ConfigureAwait(false);
            await group.WriteAsync<int>(Classification, rows.ClassificationColumn.Slice(start, n).ToArray().Select(c => (int)c).ToArray()).ConfigureAwait(false);
            await group.WriteAsync<int>(Prefix, rows.SourcePrefixColumn.Slice(start, n)).ConfigureAwait(false);
            await group.WriteAsync<int>(Number, rows.SourceNumberColumn.Slice(start, n)).ConfigureAwait(false);
        }
    }

    /// <summary>Strings as a JSON array, written without reflection (the tool is compiled ahead of time).</summary>
    private static string JsonArray(IEnumerable<string?> values)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var v in values)
            {
                json.WriteStringValue(v);
            }

            json.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>True when <paramref name="path"/> is a Parquet file with this layout's columns (its rows are not read).</summary>
    /// <param name="path">The file.</param>
    public static bool IsColumnarFile(string path)
    {
        Preconditions.NotNull(path);
        try
        {
            return HasColumnsAsync(path).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException))
        {
            return false;
        }
    }

    private static async Task<bool> HasColumnsAsync(string path)
    {
        using var stream = InputFile.OpenRead(path);
        await using var reader = await ParquetReader.CreateAsync(stream).ConfigureAwait(false);
        return reader.Schema.GetDataFields().Select(f => f.Name).SequenceEqual(Schema.GetDataFields().Select(f => f.Name));
    }

    /// <summary>Reads a file of this layout.</summary>
    /// <param name="path">The file.</param>
    /// <param name="name">The dataset's name (default: the file's name).</param>
    /// <exception cref="FileNotFoundException">No such file.</exception>
    /// <exception cref="InterchangeFormatException">Not a file of this layout, or a damaged one (the message says what is wrong).</exception>
    public static TradeDataset ReadFile(string path, string? name = null)
    {
        Preconditions.NotNull(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No Parquet file at '{path}'.", path);
        }

        var tables = TablesPathOf(path);
        return ReadChecked(() => InputFile.OpenRead(path), () => InputFile.OpenRead(tables), Path.GetFileName(path), name ?? Path.GetFileName(path), null, null, null);
    }

    /// <summary>
    /// Reads a file of this layout from streams <paramref name="open"/> gives (each call a new stream over the same bytes:
    /// the row groups are decoded on two threads).
    /// </summary>
    /// <param name="open">Opens the file (twice).</param>
    /// <param name="fileName">The name used in messages.</param>
    /// <param name="name">The dataset's name.</param>
    /// <exception cref="InterchangeFormatException">Not a file of this layout, or a damaged one.</exception>
    public static TradeDataset Read(Func<Stream> open, string fileName, string name) => ReadChecked(open, null, fileName, name, null, null, null);

    /// <summary>Reads a values file and its tables file written by <see cref="WriteFiles"/>, from streams the two functions give.</summary>
    /// <param name="open">Opens the values file (each call a new stream over the same bytes).</param>
    /// <param name="openTables">Opens the tables file.</param>
    /// <param name="fileName">The name used in messages.</param>
    /// <param name="name">The dataset's name.</param>
    /// <exception cref="InterchangeFormatException">Not files of this layout, two files of different writes, or a damaged one.</exception>
    public static TradeDataset Read(Func<Stream> open, Func<Stream> openTables, string fileName, string name)
    {
        Preconditions.NotNull(openTables);
        return ReadChecked(open, openTables, fileName, name, null, null, null);
    }

    /// <summary>
    /// Reads a values file and its tables file (or a file with its tables inside, <paramref name="openTables"/> null), some reporters'
    /// row groups only: the others are not decoded (the shipped data package reads a pair's two reporters so).
    /// </summary>
    /// <param name="open">Opens the values file (each call a new stream over the same bytes).</param>
    /// <param name="openTables">Opens the tables file, for a values file whose tables are apart; null when they are inside.</param>
    /// <param name="fileName">The name used in messages.</param>
    /// <param name="name">The dataset's name.</param>
    /// <param name="estimateMeaning">What an estimate flag means in these data (<see cref="TradeDataset.EstimateMeaning"/>).</param>
    /// <param name="reporters">Only these reporters' row groups (all when null).</param>
    /// <exception cref="InterchangeFormatException">Not files of this layout, two files of different writes, or a damaged one.</exception>
    public static TradeDataset Read(Func<Stream> open, Func<Stream>? openTables, string fileName, string name, string? estimateMeaning, IReadOnlySet<string>? reporters)
        => ReadChecked(open, openTables, fileName, name, estimateMeaning, reporters, null);

    /// <summary>
    /// Reads some reporters' row groups whole, and of others only their trade with some partners (<paramref name="partnersOf"/>:
    /// reporter → partners, both flows, every product): the dataset holds those series and no other of that reporter. Where the
    /// tables are apart, a row group of such a reporter none of whose series is wanted is not decoded (the World's report is
    /// written in parts of a few dozen series for this: its trade with a pair is a few thousand rows, not 25,591).
    /// </summary>
    /// <param name="open">Opens the values file (each call a new stream over the same bytes).</param>
    /// <param name="openTables">Opens the tables file, for a values file whose tables are apart; null when they are inside.</param>
    /// <param name="fileName">The name used in messages.</param>
    /// <param name="name">The dataset's name.</param>
    /// <param name="estimateMeaning">What an estimate flag means in these data (<see cref="TradeDataset.EstimateMeaning"/>).</param>
    /// <param name="reporters">These reporters' row groups whole (with <paramref name="partnersOf"/> null: all when null; else none when null).</param>
    /// <param name="partnersOf">Reporters of which only the trade with the partners given is read; a reporter also in <paramref name="reporters"/> is read whole.</param>
    /// <exception cref="InterchangeFormatException">Not files of this layout, two files of different writes, or a damaged one.</exception>
    public static TradeDataset Read(Func<Stream> open, Func<Stream>? openTables, string fileName, string name, string? estimateMeaning, IReadOnlySet<string>? reporters, IReadOnlyDictionary<string, IReadOnlySet<string>>? partnersOf)
    {
        if (partnersOf is null)
        {
            return ReadChecked(open, openTables, fileName, name, estimateMeaning, reporters, null);
        }

        if (partnersOf.Any(p => p.Key is null || p.Value is null))
        {
            throw new ArgumentException("Each reporter read in part needs its set of partners.", nameof(partnersOf));
        }

        var whole = reporters ?? new HashSet<string>(StringComparer.Ordinal);
        var partial = partnersOf.Where(p => !whole.Contains(p.Key)).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        return ReadChecked(open, openTables, fileName, name, estimateMeaning, whole, partial);
    }

    private static TradeDataset ReadChecked(Func<Stream> open, Func<Stream>? openTables, string fileName, string name, string? estimateMeaning, IReadOnlySet<string>? reporters, Dictionary<string, IReadOnlySet<string>>? partnersOf)
    {
        Preconditions.NotNull(open);
        Preconditions.NotNull(fileName);
        try
        {
            return ReadCoreAsync(open, openTables, fileName, name, estimateMeaning, reporters, partnersOf).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException or InterchangeFormatException))
        {
            throw Error(fileName, $"a damaged file ({e.GetType().Name}: {e.Message})");
        }
    }

    /// <summary>The columns being decoded; <paramref name="Classification"/> is empty when the file has no classification table (every row's is 0).</summary>
    private sealed record Columns(int[] Series, int[] Year, double[] Value, bool[] Estimated, ushort[] Classification, int[] Prefix, int[] Number);

    /// <summary>
    /// What a decoding thread found: the first row of each series it met (a few hundred for a few reporters: by series, not an array
    /// of the whole table), and the first classification out of its table (row, value).
    /// </summary>
    private sealed class Decoded
    {
        internal Dictionary<int, int> FirstRow { get; } = [];

        internal (int Row, int Value) BadClassification { get; set; } = (int.MaxValue, 0);
    }

    private static async Task<TradeDataset> ReadCoreAsync(Func<Stream> open, Func<Stream>? openTables, string fileName, string name, string? estimateMeaning, IReadOnlySet<string>? reporters, Dictionary<string, IReadOnlySet<string>>? partnersOf)
    {
        using var stream = open();
        await using var reader = await ParquetReader.CreateAsync(stream).ConfigureAwait(false);
        var names = reader.Schema.GetDataFields().Select(f => f.Name).ToList();
        var expected = Schema.GetDataFields().Select(f => f.Name).ToList();
        if (!names.SequenceEqual(expected) || reader.Schema.GetDataFields().Any(f => f.IsNullable))
        {
            throw Error(fileName, $"the columns are {string.Join(",", names)}; expected {string.Join(",", expected)}, none optional (the columnar layout)");
        }

        var classifications = Table(reader, ClassificationsKey, fileName);
        var wanted = Enumerable.Range(0, reader.RowGroupCount).ToList();
        if (reporters is not null)
        {
            var byGroup = reader.CustomMetadata.TryGetValue(ReportersKey, out var list) ? list.Split(',') : [];
            if (byGroup.Length != reader.RowGroupCount)
            {
                throw Error(fileName, "the file lists no reporter for each row group; read it whole");
            }

            wanted = wanted.Where(g => reporters.Contains(byGroup[g]) || partnersOf?.ContainsKey(byGroup[g]) == true).ToList();
        }

        // The series table (about a hundred thousand lines for the DOTS package) is indexed, not split: a read of a few reporters
        // resolves only the lines its rows use (splitting made a string of every line: a fifth of a cold two-reporter read). Where
        // the tables are in a file apart, only the wanted row groups' entries are read (the rest stay null).
        SeriesTable series;
        string?[] prefixes;
        var apart = reader.CustomMetadata.TryGetValue(TablesKey, out var tablesKey);
        if (apart)
        {
            (series, prefixes, var unwanted) = await ReadTablesAsync(openTables, fileName, tablesKey!, reader.RowGroupCount, wanted, stream.Length, partnersOf).ConfigureAwait(false);
            wanted.RemoveAll(unwanted.Contains);
        }
        else
        {
            series = new SeriesTable(new TableLines(Metadata(reader, SeriesKey, fileName)));
            prefixes = Table(reader, PrefixesKey, fileName);
        }

        // Where each wanted row group's rows go in the columns.
        var starts = new long[wanted.Count + 1];
        var largest = 0L;
        for (var i = 0; i < wanted.Count; i++)
        {
            using var group = reader.OpenRowGroupReader(wanted[i]);
            starts[i + 1] = starts[i] + group.RowCount;
            largest = Math.Max(largest, group.RowCount);
        }

        var total = starts[^1];
        if (total > Math.Max(1_000_000L, stream.Length * 1000) || total > Array.MaxLength)
        {
            throw Error(fileName, $"its metadata claims {total:N0} rows in {stream.Length:N0} bytes, which no file of this layout can hold (a damaged or hostile file)");
        }

        var n = (int)total;
        if (classifications.Length > ushort.MaxValue)
        {
            throw Error(fileName, $"its classification table holds {classifications.Length:N0} entries; at most {ushort.MaxValue:N0} are read (a classification names an HS revision)");
        }

        // Classification numbers are decoded a row group at a time into a buffer of each thread, and kept (as 16 bits) only
        // when the file has classifications at all: the DOTS package has none, and 10 MB of its columns go unwritten.
        var columns = new Columns(new int[n], new int[n], new double[n], new bool[n], classifications.Length > 0 ? new ushort[n] : [], new int[n], new int[n]);
        var fields = reader.Schema.GetDataFields();

        // The row groups split between two threads at half the rows, each thread with its own stream, each decoding into its
        // rows of the columns; a few row groups are decoded on one.
        var split = 0;
        while (split < wanted.Count && starts[split] < total / 2)
        {
            split++;
        }

        // Each thread checks the rows it decoded (numbers within their tables, values plausible) and notes the first row of each
        // series it saw; the messages come from the checks below, run only when a row failed.
        var decoded = new[] { new Decoded(), new Decoded() };
        var bad = 0;
        if (n < 100_000)
        {
            await DecodeAsync(reader, 0, wanted.Count, decoded[0]).ConfigureAwait(false);
        }
        else
        {
            await Task.WhenAll(
                Task.Run(() => DecodeAsync(reader, 0, split, decoded[0])),
                Task.Run(async () =>
                {
                    using var other = open();
                    await using var second = await ParquetReader.CreateAsync(other).ConfigureAwait(false);
                    await DecodeAsync(second, split, wanted.Count, decoded[1]).ConfigureAwait(false);
                })).ConfigureAwait(false);
        }

        async Task DecodeAsync(ParquetReader r, int from, int to, Decoded found)
        {
            var classification = new int[from < to ? (int)largest : 0];
            for (var i = from; i < to; i++)
            {
                using var group = r.OpenRowGroupReader(wanted[i]);
                var at = (int)starts[i];
                var count = (int)group.RowCount;
                await group.ReadAsync(fields[0], columns.Series.AsMemory(at, count)).ConfigureAwait(false);
                await group.ReadAsync(fields[1], columns.Year.AsMemory(at, count)).ConfigureAwait(false);
                await group.ReadAsync(fields[2], columns.Value.AsMemory(at, count)).ConfigureAwait(false);
                await group.ReadAsync(fields[3], columns.Estimated.AsMemory(at, count)).ConfigureAwait(false);
                await group.ReadAsync(fields[4], classification.AsMemory(0, count)).ConfigureAwait(false);
                await group.ReadAsync(fields[5], columns.Prefix.AsMemory(at, count)).ConfigureAwait(false);
                await group.ReadAsync(fields[6], columns.Number.AsMemory(at, count)).ConfigureAwait(false);
                if (!RowsFit(columns, at, count, series.Length, prefixes.Length, classification, classifications.Length + 1, found))
                {
                    Interlocked.Exchange(ref bad, 1);
                }
            }
        }

        var rows = new TradeDatasetBuilder(0);
        if (bad != 0)
        {
            Check(columns.Series, series.Length, "series");
        }

        // Only the series the rows read use are resolved (a few reporters' rows use a few of the table's lines), in the order
        // the rows first use them.
        var seriesIds = new int[series.Length];
        var firstRows = decoded[0].FirstRow;
        foreach (var (s, row) in decoded[1].FirstRow)
        {
            if (!firstRows.TryGetValue(s, out var earlier) || row < earlier)
            {
                firstRows[s] = row;
            }
        }

        var used = firstRows.Select(f => (Row: f.Value, Series: f.Key)).ToList();

        // Of a reporter read in part, only the series with a partner asked for; the others' rows are dropped below. A series whose
        // line was not read stays, for its error.
        bool[]? dropped = null;
        if (partnersOf is { Count: > 0 })
        {
            foreach (var (_, s) in used)
            {
                if (series.Has(s) && !SeriesWanted(series[s], partnersOf))
                {
                    dropped ??= new bool[series.Length];
                    dropped[s] = true;
                }
            }

            if (dropped is not null)
            {
                used.RemoveAll(u => dropped[u.Series]);
            }
        }

        used.Sort();
        rows.ReserveSeries(used.Count);

        // A few hundred economies name about a hundred thousand series: each code is looked up once.
        var economyIds = new Dictionary<string, Economy>(StringComparer.Ordinal);
#if NET9_0_OR_GREATER
        var economyIdsBySpan = economyIds.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
        foreach (var (_, s) in used)
        {
            seriesIds[s] = Resolve(s);
        }

        Economy EconomyId(ReadOnlySpan<char> code, int s)
        {
#if NET9_0_OR_GREATER
            if (economyIdsBySpan.TryGetValue(code, out var id))
#else
            if (economyIds.TryGetValue(code.ToString(), out var id))
#endif
            {
                return id;
            }

            id = Economies.TryGet(code, out var economy) ? economy : throw Error(fileName, $"series {s}: '{code}' is not a known economy code");
            economyIds[code.ToString()] = id;
            return id;
        }

        int Resolve(int s)
        {
            var line = series.Has(s) ? series[s] : throw Error(fileName, $"series {s} is used by a row but its tables file does not list it for that row's group");
            Span<Range> fields = stackalloc Range[5];
            if (line.Split(fields, ',') != 4)
            {
                throw Error(fileName, $"line {s + 1} of the series table is not reporter,partner,flow,product");
            }

            var reporterCode = line[fields[0]];
            var partnerCode = line[fields[1]];
            var flowWord = line[fields[2]];
            var productCode = line[fields[3]];
            var reporter = EconomyId(reporterCode, s);
            var partner = EconomyId(partnerCode, s);
            var flow = InterchangeCsv.ParseFlow(flowWord) ?? throw Error(fileName, $"series {s}: '{flowWord}' is not a flow");
            var product = productCode.IsEmpty ? TradeAnalytics.Product.AllGoods
                : TradeAnalytics.Product.TryParse(productCode.ToString(), out var h) && !h.IsAllGoods ? h : throw Error(fileName, $"series {s}: '{productCode}' is not a product");
            return rows.SeriesId(reporter, partner, flow, product);
        }

        if (bad != 0)
        {
            Check(columns.Prefix, prefixes.Length, "source_prefix");
            if (decoded.MinBy(d => d.BadClassification.Row)!.BadClassification is (not int.MaxValue, var value))
            {
                throw Error(fileName, $"classification {value} is outside its table of {classifications.Length + 1}");
            }

            for (var i = 0; i < n; i++)
            {
                if (columns.Number[i] < -1)
                {
                    throw Error(fileName, $"row {i + 1}: source_number {columns.Number[i]} is below −1");
                }

                if (TradeValueGate.Refusal(columns.Value[i]) is not null)
                {
                    throw Error(fileName, $"row {i + 1}: value_musd {columns.Value[i]} is not a trade value");
                }
            }
        }

        if (dropped is not null)
        {
            columns = Without(columns, dropped);
        }

        var prefixTable = apart ? Compact(prefixes, columns.Prefix, fileName) : prefixes.Select(p => p!).ToArray();
        rows.AdoptColumns(seriesIds, [null, .. classifications], prefixTable, columns.Series, columns.Year, columns.Value, columns.Estimated, columns.Classification, columns.Prefix, columns.Number);
        return rows.Build(name, estimateMeaning);

        void Check(int[] column, int size, string field)
        {
            foreach (var v in column)
            {
                if ((uint)v >= (uint)size)
                {
                    throw Error(fileName, $"{field} {v} is outside its table of {size}");
                }
            }
        }
    }

    /// <summary>The rows of <paramref name="columns"/> whose series is not <paramref name="dropped"/>, in their order.</summary>
    private static Columns Without(Columns columns, bool[] dropped)
    {
        var (seriesOf, year, value, estimated, classification, prefix, number) = columns;
        var kept = 0;
        for (var i = 0; i < seriesOf.Length; i++)
        {
            if (dropped[seriesOf[i]])
            {
                continue;
            }

            (seriesOf[kept], year[kept], value[kept], estimated[kept], prefix[kept], number[kept]) = (seriesOf[i], year[i], value[i], estimated[i], prefix[i], number[i]);
            if (classification.Length > 0)
            {
                classification[kept] = classification[i];
            }

            kept++;
        }

        return new Columns(seriesOf[..kept], year[..kept], value[..kept], estimated[..kept], classification.Length > 0 ? classification[..kept] : [], prefix[..kept], number[..kept]);
    }

    /// <summary>The series lines: from the metadata's text, or the entries of a tables file (null where none was read).</summary>
    private readonly struct SeriesTable
    {
        private readonly TableLines _lines;
        private readonly Dictionary<int, string>? _texts;
        private readonly int _length;

        internal SeriesTable(TableLines lines) => (_lines, _length) = (lines, lines.Length);

        internal SeriesTable(Dictionary<int, string> texts, int length) => (_texts, _length) = (texts, length);

        internal int Length => _length;

        /// <summary>False when the tables file gave no text for line <paramref name="index"/>.</summary>
        internal bool Has(int index) => _texts is null || _texts.ContainsKey(index);

        /// <summary>Line <paramref name="index"/>.</summary>
        internal ReadOnlySpan<char> this[int index] => _texts is null ? _lines[index] : _texts[index];
    }

    /// <summary>
    /// The entries of the tables file's <paramref name="wanted"/> row groups: series lines and prefixes by number (null where not
    /// read), and the row groups of a reporter of <paramref name="partnersOf"/> that hold none of its series with those partners
    /// (their entries not kept: the values need not be decoded). The file must carry the values file's token and counts and one
    /// row group for each of its.
    /// </summary>
    private static async Task<(SeriesTable Series, string?[] Prefixes, HashSet<int> Unwanted)> ReadTablesAsync(
        Func<Stream>? openTables, string fileName, string key, int groupCount, List<int> wanted, long valuesBytes, Dictionary<string, IReadOnlySet<string>>? partnersOf)
    {
        var parts = key.Split(',');
        if (parts.Length != 3 || !int.TryParse(parts[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seriesCount)
            || !int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var prefixCount)
            || seriesCount > Math.Max(1_000_000L, valuesBytes * 1000) || prefixCount > Math.Max(1_000_000L, valuesBytes * 1000))
        {
            throw Error(fileName, $"its {TablesKey} is not 'series count,prefix count,token' with counts its size can hold");
        }

        if (openTables is null)
        {
            throw Error(fileName, $"its series and source tables are in a tables file beside it ({TablesPathOf(fileName)}); read the two together");
        }

        Stream stream;
        try
        {
            stream = openTables();
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw Error(fileName, $"its tables file {TablesPathOf(fileName)} is missing (the series and source tables are there, not in its metadata)");
        }

        using (stream)
        {
            await using var reader = await ParquetReader.CreateAsync(stream).ConfigureAwait(false);
            var names = reader.Schema.GetDataFields().Select(f => f.Name).ToList();
            var expected = TablesSchema.GetDataFields().Select(f => f.Name).ToList();
            if (!names.SequenceEqual(expected) || reader.Schema.GetDataFields().Any(f => f.IsNullable))
            {
                throw Error(fileName, $"its tables file's columns are {string.Join(",", names)}; expected {string.Join(",", expected)}, none optional");
            }

            if (!reader.CustomMetadata.TryGetValue(TablesKey, out var theirs) || theirs != key || reader.RowGroupCount != groupCount)
            {
                throw Error(fileName, "its tables file belongs to another write (its token, counts or row groups differ): write the two again together");
            }

            // The series lines read are a few hundred of a hundred thousand: kept by number, not in an array of the whole table.
            var series = new Dictionary<int, string>();
            var prefixes = new string?[prefixCount];
            var unwanted = new HashSet<int>();
            var fields = reader.Schema.GetDataFields();
            foreach (var g in wanted)
            {
                using var group = reader.OpenRowGroupReader(g);
                if (group.RowCount > (long)seriesCount + prefixCount)
                {
                    throw Error(fileName, $"its tables file's row group {g} holds {group.RowCount:N0} entries, more than its tables");
                }

                var count = (int)group.RowCount;
                var kinds = new int[count];
                var numbers = new int[count];
                var texts = new string?[count];
                await group.ReadAsync(fields[0], kinds.AsMemory()).ConfigureAwait(false);
                await group.ReadAsync(fields[1], numbers.AsMemory()).ConfigureAwait(false);
                await group.ReadAsync(fields[2], texts.AsMemory()).ConfigureAwait(false);
                if (partnersOf is not null && !Enumerable.Range(0, count).Any(i => kinds[i] == 0 && (texts[i] is not { } line || SeriesWanted(line, partnersOf))))
                {
                    // Its series are all of a reporter read in part, none with a partner asked for.
                    unwanted.Add(g);
                    continue;
                }

                for (var i = 0; i < count; i++)
                {
                    var (number, text) = (numbers[i], texts[i]);
                    var size = kinds[i] switch { 0 => seriesCount, 1 => prefixCount, _ => throw Error(fileName, $"its tables file's row group {g}, row {i + 1}: table {kinds[i]} is neither 0 (series) nor 1 (prefix)") };
                    if ((uint)number >= (uint)size || text is null)
                    {
                        throw Error(fileName, $"its tables file's row group {g}, row {i + 1}: number {number} is outside its table of {size}");
                    }

                    if ((kinds[i] == 0 ? series.GetValueOrDefault(number) : prefixes[number]) is { } earlier && earlier != text)
                    {
                        throw Error(fileName, $"its tables file gives entry {number} two texts: '{earlier}' and '{text}'");
                    }

                    if (kinds[i] == 0)
                    {
                        series[number] = text;
                    }
                    else
                    {
                        prefixes[number] = text;
                    }
                }
            }

            return (new SeriesTable(series, seriesCount), prefixes, unwanted);
        }
    }

    /// <summary>
    /// False when series line <paramref name="line"/> (<c>reporter,partner,flow,product</c>) is of a reporter of
    /// <paramref name="partnersOf"/> with a partner not among its partners; true otherwise (a line that is not four fields too:
    /// the reader's checks name it).
    /// </summary>
    private static bool SeriesWanted(ReadOnlySpan<char> line, Dictionary<string, IReadOnlySet<string>> partnersOf)
    {
        Span<Range> fields = stackalloc Range[5];
        return line.Split(fields, ',') != 4 || !partnersOf.TryGetValue(line[fields[0]].ToString(), out var partners) || partners.Contains(line[fields[1]].ToString());
    }

    /// <summary>
    /// The prefixes read (those of the wanted row groups), numbered afresh, with <paramref name="prefix"/> renumbered in place; a row
    /// whose prefix was not read is an error.
    /// </summary>
    private static string[] Compact(string?[] prefixes, int[] prefix, string fileName)
    {
        var map = new int[prefixes.Length];
        var kept = new List<string>();
        for (var i = 0; i < prefixes.Length; i++)
        {
            map[i] = prefixes[i] is null ? -1 : kept.Count;
            if (prefixes[i] is { } p)
            {
                kept.Add(p);
            }
        }

        if (kept.Count == prefixes.Length)
        {
            return [.. kept];
        }

        for (var i = 0; i < prefix.Length; i++)
        {
            var to = map[prefix[i]];
            prefix[i] = to >= 0 ? to : throw Error(fileName, $"row {i + 1}: source_prefix {prefix[i]} is not listed by its tables file for that row's group");
        }

        return [.. kept];
    }

    /// <summary>The lines of a metadata text, found by their starts: a line is sliced when asked for, never copied whole.</summary>
    private readonly struct TableLines
    {
        private readonly string _text;
        private readonly int[] _starts;

        internal TableLines(string text)
        {
            _text = text;
            if (text.Length == 0)
            {
                _starts = [];
                return;
            }

            var starts = new List<int>(text.Length / 16 + 1) { 0 };
            for (var at = text.IndexOf('\n'); at >= 0; at = text.IndexOf('\n', at + 1))
            {
                starts.Add(at + 1);
            }

            _starts = [.. starts];
        }

        /// <summary>How many lines (an empty text has none).</summary>
        internal int Length => _starts.Length;

        /// <summary>Line <paramref name="index"/>, without its line break.</summary>
        internal ReadOnlySpan<char> this[int index]
            => _text.AsSpan(_starts[index], (index + 1 < _starts.Length ? _starts[index + 1] - 1 : _text.Length) - _starts[index]);
    }

    /// <summary>
    /// True when rows <paramref name="from"/> to <paramref name="from"/> + <paramref name="count"/> − 1 hold numbers within their
    /// tables, source numbers of −1 or more and plausible values; notes in <paramref name="found"/> the first row of each
    /// series met and the first classification out of its table (the rows of one call come after those of the calls before
    /// it with the same <paramref name="found"/>). Classification numbers come from <paramref name="classification"/> (the
    /// row group's, from 0) and are kept in the columns when they keep any. One tight pass per row group, on the thread that
    /// decoded it.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static bool RowsFit(Columns columns, int from, int count, int seriesCount, int prefixCount, int[] classification, int classificationCount, Decoded found)
    {
        var (seriesOf, prefix, number, value, kept) = (columns.Series, columns.Prefix, columns.Number, columns.Value, columns.Classification);
        var firstRow = found.FirstRow;
        for (var i = 0; i < count; i++)
        {
            var c = classification[i];
            if ((uint)c >= (uint)classificationCount)
            {
                if (found.BadClassification.Row == int.MaxValue)
                {
                    found.BadClassification = (from + i, c);
                }
            }
            else if (kept.Length > 0)
            {
                kept[from + i] = (ushort)c;
            }
        }

        var fits = found.BadClassification.Row == int.MaxValue;
        var previous = -1;
        for (var i = from; i < from + count; i++)
        {
            var s = seriesOf[i];
            if ((uint)s >= (uint)seriesCount)
            {
                fits = false;
                continue;
            }

            if (s != previous)
            {
                firstRow.TryAdd(s, i);
                previous = s;
            }

            // Not (|v| ≤ the plausible bound) also holds for NaN and the infinities.
            fits &= (uint)prefix[i] < (uint)prefixCount && number[i] >= -1 && Math.Abs(value[i]) <= UsdMillions.MaxPlausible;
        }

        return fits;
    }

    private static string Metadata(ParquetReader reader, string key, string fileName)
        => reader.CustomMetadata.TryGetValue(key, out var text) ? text : throw Error(fileName, $"the metadata has no {key} (not the columnar layout)");

    /// <summary>A metadata table, a JSON array of strings.</summary>
    private static string[] Table(ParquetReader reader, string key, string fileName)
    {
        var json = Metadata(reader, key, fileName);
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.EnumerateArray()
                .Select(e => e.GetString() ?? throw new FormatException("null"))
                .ToArray();
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            throw Error(fileName, $"the metadata's {key} is not a JSON array of strings ({e.Message})");
        }
    }

    private static InterchangeFormatException Error(string fileName, string message)
        => new(fileName, [new InterchangeRowError(fileName, 0, null, message)]);
}
