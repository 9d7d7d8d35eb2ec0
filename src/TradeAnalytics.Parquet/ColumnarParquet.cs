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

    /// <summary>The metadata key that lists the reporter of each row group, comma-separated (a row group holds one reporter's values).</summary>
    public const string ReportersKey = "trade-analytics.columns.reporters";

    /// <summary>The metadata key of the classification table (its entry 0, none, is not listed).</summary>
    public const string ClassificationsKey = "trade-analytics.columns.classifications";

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
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(dataset);
        SafeFile.Write(path, stream => WriteAsync(stream, dataset).GetAwaiter().GetResult());
    }

    private static async Task WriteAsync(Stream stream, TradeDataset dataset)
    {
        var rows = new ObservationTable.Builder(dataset.Observations.Count);
        foreach (var o in dataset.Observations)
        {
            rows.Add(o);
        }

        // Zstandard at Parquet.Net's default level: "optimal" made the values 23 % larger (14.0 against 11.4 MB, measured).
        var options = new ParquetOptions { CompressionMethod = CompressionMethod.Zstd };
        await using var writer = await ParquetWriter.CreateAsync(Schema, stream, options).ConfigureAwait(false);
        // A row group per run of one reporter's values (at most RowGroupSize rows), its reporter listed in the metadata, so
        // that a reader can take some reporters' values without decoding the others.
        var groups = new List<(int Start, int Count)>();
        var reporters = new List<string>();
        for (var start = 0; start < rows.Count;)
        {
            var reporter = rows.Series[rows.RowSeries[start]].Reporter;
            var end = start + 1;
            while (end < rows.Count && end - start < RowGroupSize && rows.Series[rows.RowSeries[end]].Reporter == reporter)
            {
                end++;
            }

            groups.Add((start, end - start));
            reporters.Add(rows.Economies[reporter].Code);
            start = end;
        }

        writer.CustomMetadata = new Dictionary<string, string>
        {
            [SeriesKey] = string.Join('\n', rows.Series.Select(s => string.Join(',', rows.Economies[s.Reporter].Code, rows.Economies[s.Partner].Code, InterchangeCsv.FlowName(s.Flow), rows.Products[s.Product].ToCode()))),
            [PrefixesKey] = JsonArray(rows.Prefixes),
            [ClassificationsKey] = JsonArray(rows.Classifications.Skip(1)),
            [ReportersKey] = string.Join(',', reporters),
        };
        foreach (var (start, n) in groups)
        {
            using var group = writer.CreateRowGroup();
            await group.WriteAsync<int>(Series, rows.RowSeries.AsMemory(start, n)).ConfigureAwait(false);
            await group.WriteAsync<int>(Year, rows.Years.AsMemory(start, n)).ConfigureAwait(false);
            await group.WriteAsync<double>(Value, rows.Values.AsMemory(start, n)).ConfigureAwait(false);
            await group.WriteAsync<bool>(Estimated, rows.Estimated.AsMemory(start, n)).ConfigureAwait(false);
            await group.WriteAsync<int>(Classification, rows.Classification.AsSpan(start, n).ToArray().Select(c => (int)c).ToArray()).ConfigureAwait(false);
            await group.WriteAsync<int>(Prefix, rows.Prefix.AsMemory(start, n)).ConfigureAwait(false);
            await group.WriteAsync<int>(Number, rows.Number.AsMemory(start, n)).ConfigureAwait(false);
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
        ArgumentNullException.ThrowIfNull(path);
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
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No Parquet file at '{path}'.", path);
        }

        return Read(() => InputFile.OpenRead(path), Path.GetFileName(path), name ?? Path.GetFileName(path));
    }

    /// <summary>
    /// Reads a file of this layout from streams <paramref name="open"/> gives (each call a new stream over the same bytes:
    /// the row groups are decoded on two threads).
    /// </summary>
    /// <param name="open">Opens the file (twice).</param>
    /// <param name="fileName">The name used in messages.</param>
    /// <param name="name">The dataset's name.</param>
    /// <exception cref="InterchangeFormatException">Not a file of this layout, or a damaged one.</exception>
    public static TradeDataset Read(Func<Stream> open, string fileName, string name) => Read(open, fileName, name, null, keysAreUnique: false, null);

    /// <summary>
    /// Reads a file this library wrote and its tests keep whole (a shipped data package): no check that keys are unique.
    /// </summary>
    /// <param name="open">Opens the file (twice).</param>
    /// <param name="fileName">The name used in messages.</param>
    /// <param name="name">The dataset's name.</param>
    /// <param name="estimateMeaning">What an estimate flag means in these data.</param>
    /// <param name="reporters">Only these reporters' row groups (all when null).</param>
    internal static TradeDataset ReadTrusted(Func<Stream> open, string fileName, string name, string estimateMeaning, IReadOnlySet<string>? reporters = null)
        => Read(open, fileName, name, estimateMeaning, keysAreUnique: true, reporters);

    private static TradeDataset Read(Func<Stream> open, string fileName, string name, string? estimateMeaning, bool keysAreUnique, IReadOnlySet<string>? reporters)
    {
        ArgumentNullException.ThrowIfNull(open);
        ArgumentNullException.ThrowIfNull(fileName);
        try
        {
            return ReadCoreAsync(open, fileName, name, estimateMeaning, keysAreUnique, reporters).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException or InterchangeFormatException))
        {
            throw Error(fileName, $"a damaged file ({e.GetType().Name}: {e.Message})");
        }
    }

    /// <summary>The columns being decoded; <paramref name="Classification"/> is empty when the file has no classification table (every row's is 0).</summary>
    private sealed record Columns(int[] Series, int[] Year, double[] Value, bool[] Estimated, ushort[] Classification, int[] Prefix, int[] Number);

    /// <summary>What a decoding thread found: the first row of each series, and the first classification out of its table (row, value).</summary>
    private sealed class Decoded(int seriesCount)
    {
        internal int[] FirstRow { get; } = NoRow(seriesCount);

        internal (int Row, int Value) BadClassification { get; set; } = (int.MaxValue, 0);
    }

    private static async Task<TradeDataset> ReadCoreAsync(Func<Stream> open, string fileName, string name, string? estimateMeaning, bool keysAreUnique, IReadOnlySet<string>? reporters)
    {
        using var stream = open();
        await using var reader = await ParquetReader.CreateAsync(stream).ConfigureAwait(false);
        var names = reader.Schema.GetDataFields().Select(f => f.Name).ToList();
        var expected = Schema.GetDataFields().Select(f => f.Name).ToList();
        if (!names.SequenceEqual(expected) || reader.Schema.GetDataFields().Any(f => f.IsNullable))
        {
            throw Error(fileName, $"the columns are {string.Join(",", names)}; expected {string.Join(",", expected)}, none optional (the columnar layout)");
        }

        // The series table (about a hundred thousand lines for the DOTS package) is indexed, not split: a read of a few reporters
        // resolves only the lines its rows use (splitting made a string of every line: a fifth of a cold two-reporter read).
        var series = new TableLines(Metadata(reader, SeriesKey, fileName));
        var prefixes = Table(reader, PrefixesKey, fileName);
        var classifications = Table(reader, ClassificationsKey, fileName);
        var wanted = Enumerable.Range(0, reader.RowGroupCount).ToList();
        if (reporters is not null)
        {
            var byGroup = reader.CustomMetadata.TryGetValue(ReportersKey, out var list) ? list.Split(',') : [];
            if (byGroup.Length != reader.RowGroupCount)
            {
                throw Error(fileName, "the file lists no reporter for each row group; read it whole");
            }

            wanted = wanted.Where(g => reporters.Contains(byGroup[g])).ToList();
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
        var decoded = new[] { new Decoded(series.Length), new Decoded(series.Length) };
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

        var rows = new ObservationTable.Builder(0);
        if (bad != 0)
        {
            Check(columns.Series, series.Length, "series");
        }

        // Only the series the rows read use are resolved (a few reporters' rows use a few of the table's lines), in the order
        // the rows first use them.
        var seriesIds = new int[series.Length];
        var used = new List<(int Row, int Series)>();
        for (var s = 0; s < series.Length; s++)
        {
            var row = Math.Min(decoded[0].FirstRow[s], decoded[1].FirstRow[s]);
            if (row != int.MaxValue)
            {
                used.Add((row, s));
            }
        }

        used.Sort();
        rows.ReserveSeries(used.Count);

        // A few hundred economies name about a hundred thousand series: each code is looked up once.
        var economyIds = new Dictionary<string, int>(StringComparer.Ordinal);
#if NET9_0_OR_GREATER
        var economyIdsBySpan = economyIds.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
        foreach (var (_, s) in used)
        {
            seriesIds[s] = Resolve(s);
        }

        int EconomyId(ReadOnlySpan<char> code, int s)
        {
#if NET9_0_OR_GREATER
            if (economyIdsBySpan.TryGetValue(code, out var id))
#else
            if (economyIds.TryGetValue(code.ToString(), out var id))
#endif
            {
                return id;
            }

            id = Economies.TryGet(code, out var economy) ? rows.EconomyId(economy) : throw Error(fileName, $"series {s}: '{code}' is not a known economy code");
            economyIds[code.ToString()] = id;
            return id;
        }

        int Resolve(int s)
        {
            var line = series[s];
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
            return rows.SeriesId(reporter, partner, flow, rows.ProductId(product));
        }

        if (prefixes.Any(p => p.Length != 1) || classifications.Any(c => c.Length != 1))
        {
            throw Error(fileName, "the prefix and classification tables must be arrays of strings");
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

                if (!double.IsFinite(columns.Value[i]) || UsdMillions.Implausible(columns.Value[i]) is not null)
                {
                    throw Error(fileName, $"row {i + 1}: value_musd {columns.Value[i]} is not a trade value");
                }
            }
        }

        rows.AdoptColumns(seriesIds, [null, .. classifications.Select(c => c[0])], prefixes.Select(p => p[0]).ToArray(), columns.Series, columns.Year, columns.Value, columns.Estimated, columns.Classification, columns.Prefix, columns.Number);
        return new TradeDataset(rows, keysAreUnique, name) { EstimateMeaning = estimateMeaning! };

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

    /// <summary>An array of <paramref name="length"/> entries that say "no row yet".</summary>
    private static int[] NoRow(int length)
    {
        var rows = new int[length];
        Array.Fill(rows, int.MaxValue);
        return rows;
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
                if (firstRow[s] == int.MaxValue)
                {
                    firstRow[s] = i;
                }

                previous = s;
            }

            // Not (|v| ≤ the plausible bound) also holds for NaN and the infinities.
            fits &= (uint)prefix[i] < (uint)prefixCount && number[i] >= -1 && Math.Abs(value[i]) <= UsdMillions.MaxPlausible;
        }

        return fits;
    }

    private static string Metadata(ParquetReader reader, string key, string fileName)
        => reader.CustomMetadata.TryGetValue(key, out var text) ? text : throw Error(fileName, $"the metadata has no {key} (not the columnar layout)");

    /// <summary>A metadata table, a JSON array of strings: each entry as an array of one.</summary>
    private static string[][] Table(ParquetReader reader, string key, string fileName)
    {
        var json = Metadata(reader, key, fileName);
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.EnumerateArray()
                .Select(e => new[] { e.GetString() ?? throw new FormatException("null") })
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
