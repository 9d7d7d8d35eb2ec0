using System.Globalization;
using System.Runtime.CompilerServices;

namespace TradeAnalytics;

/// <summary>
/// The library's one long CSV format, culture-invariant and comma-separated, with the header
/// <c>reporter,partner,flow,year,value_musd,estimated,source</c>: economy codes (see
/// <see cref="Economies"/>), flow <c>exports</c>|<c>imports</c>|<c>re-exports</c>|<c>re-imports</c>,
/// value in current US$ millions (a negative value is kept as published and reported as a warning), estimated <c>true</c>|<c>false</c>, and the source
/// of the value (e.g. <c>DOTS_103.xlsx!Exports!S39</c>). A file that holds products has two more
/// columns, <c>product,classification</c> (<see cref="ProductHeader"/>): the HS code as text (empty =
/// all goods) and the HS revision the reporter used (e.g. <c>H2</c>; empty where none applies), so
/// totals and products can stand side by side. Files with the short header read unchanged.
/// </summary>
public static class InterchangeCsv
{
    /// <summary>The header of a file of totals (all goods) only.</summary>
    public const string Header = "reporter,partner,flow,year,value_musd,estimated,source";

    /// <summary>The header of a file that holds products: <see cref="Header"/> and <c>product,classification</c>.</summary>
    public const string ProductHeader = Header + ",product,classification";

    private static readonly string[] Headers = [Header, ProductHeader];

    /// <summary>The columns of a file of totals, then of a file with products.</summary>
    internal static string[] Columns(bool products) => (products ? ProductHeader : Header).Split(',');

    /// <summary>Reads a file. See <see cref="Read(TextReader, string)"/>.</summary>
    /// <param name="path">The file to read.</param>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InterchangeFormatException">The header or any row is malformed.</exception>
    public static InterchangeReadResult ReadFile(string path)
    {
        Preconditions.NotNull(path);
        if (Directory.Exists(path))
        {
            throw new FileNotFoundException($"'{path}' is a folder, not an interchange CSV file: name the file.", path);
        }

        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No interchange CSV file at '{path}'.", path);
        }

        using var reader = InputFile.OpenText(path);
        return Read(reader, Path.GetFileName(path));
    }

    /// <summary>
    /// Reads the interchange format. Every row is checked: an unparsable number or year, an unknown
    /// economy code, an unknown flow, an estimated flag other than true/false, or a
    /// key (reporter, partner, flow, year) seen before with a different value is an error naming the
    /// file, the line and the field; all errors are collected and thrown together. A row that repeats
    /// an earlier key with the same value is kept once and reported in
    /// <see cref="InterchangeReadResult.DuplicateRows"/>; a negative value is kept and reported in
    /// <see cref="InterchangeReadResult.Warnings"/>. Both are also in the dataset's <see cref="TradeDataset.Notes"/>.
    /// </summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="fileName">The name used in messages.</param>
    /// <exception cref="InterchangeFormatException">The header or any row is malformed.</exception>
    public static InterchangeReadResult Read(TextReader reader, string fileName) => Read(reader, fileName, fileName);

    /// <summary>Reads the interchange format (see <see cref="Read(TextReader, string)"/>) into a dataset named <paramref name="datasetName"/>.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="fileName">The name used in messages.</param>
    /// <param name="datasetName">What reports call the data (<see cref="TradeDataset.Name"/>).</param>
    /// <exception cref="InterchangeFormatException">The header or any row is malformed.</exception>
    public static InterchangeReadResult Read(TextReader reader, string fileName, string datasetName)
        => Read(reader, fileName, new InterchangeReadOptions { DatasetName = datasetName });

    /// <summary>
    /// Reads the interchange format (see <see cref="Read(TextReader, string)"/>) as <paramref name="options"/> say: a selection of
    /// rows by economy is the caller's, and the rows outside it are passed over as CSV records (neither parsed nor counted as read).
    /// </summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="fileName">The name used in messages.</param>
    /// <param name="options">The dataset's name and estimate meaning, a selection of rows, the rows expected.</param>
    /// <exception cref="InterchangeFormatException">The header or any row read is malformed.</exception>
    public static InterchangeReadResult Read(TextReader reader, string fileName, InterchangeReadOptions options)
    {
        Preconditions.NotNull(reader);
        Preconditions.NotNull(fileName);
        Preconditions.NotNull(options);
        var csv = StrictCsv.Open(reader, fileName, Headers, out var headerIndex);
        var rows = new Rows(fileName, Headers[headerIndex].Split(','), options.ExpectedRows);
        Add(csv, rows, options);
        return rows.Result(options.DatasetName ?? fileName, options.EstimateMeaning);
    }

    /// <summary>
    /// Reads several files of the interchange format, all with the same header, into one dataset, in the order given (rows
    /// keep their own file and line in messages), without a dataset made of each first: a key in two files is an error naming both.
    /// </summary>
    /// <param name="files">The CSV texts and the names used in messages.</param>
    /// <param name="options">The dataset's name and estimate meaning, a selection of rows, the rows expected.</param>
    /// <exception cref="InterchangeFormatException">A header differs from the first file's, or a row read is malformed.</exception>
    /// <exception cref="ArgumentException">No file is given.</exception>
    public static InterchangeReadResult ReadAll(IEnumerable<(TextReader Reader, string FileName)> files, InterchangeReadOptions options)
    {
        Preconditions.NotNull(files);
        Preconditions.NotNull(options);
        Rows? rows = null;
        string? header = null;
        string? first = null;
        foreach (var (reader, fileName) in files)
        {
            var csv = StrictCsv.Open(reader, fileName, Headers, out var headerIndex);
            if (header is not null && Headers[headerIndex] != header)
            {
                throw new InterchangeFormatException(fileName, [new InterchangeRowError(fileName, 1, null, $"The header is '{Headers[headerIndex]}'; the files read with it have '{header}'.")]);
            }

            header = Headers[headerIndex];
            first ??= fileName;
            rows ??= new Rows(fileName, header.Split(','), options.ExpectedRows);
            rows.FileName = fileName;
            Add(csv, rows, options);
        }

        return (rows ?? throw new ArgumentException("No file given.", nameof(files))).Result(options.DatasetName ?? first!, options.EstimateMeaning);
    }

    private static void Add(CsvRecords csv, Rows rows, InterchangeReadOptions options)
    {
        var about = options.Economies?.ToArray();
        var among = options.BothAmong;
        var reporters = options.Reporters?.ToArray();
        while (csv.Read())
        {
            // A row too short to hold both codes is parsed, so that it is an error, whatever the selection.
            if (csv.Count < 2
                || ((about is null || (among ? IsAbout(csv[0], about) && IsAbout(csv[1], about) : IsAbout(csv[0], about) || IsAbout(csv[1], about)))
                    && (reporters is null || IsAbout(csv[0], reporters))))
            {
                rows.Add(new RowFields(csv), csv.Line);
            }
        }

        static bool IsAbout(ReadOnlySpan<char> code, string[] about)
        {
            foreach (var c in about)
            {
                if (code.SequenceEqual(c))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>
    /// Checks interchange rows one by one, whatever file they come from (CSV, Parquet): every field, duplicates
    /// (the same value kept once and reported, a different one an error naming both), negative values kept
    /// with a warning; errors are collected and thrown together.
    /// </summary>
    public sealed class Rows
    {
        private readonly List<InterchangeRowError> _errors = [];
        private readonly List<InterchangeRowError> _duplicates = [];
        private readonly List<InterchangeRowError> _warnings = [];
        private readonly string[] _columns;
        private readonly TradeDatasetBuilder _rows;

        /// <summary>A checker of rows of a file named <paramref name="fileName"/> in messages, with or without the product columns.</summary>
        /// <param name="fileName">The file the rows come from, as messages name it.</param>
        /// <param name="products">Whether the rows hold <c>product,classification</c> after the seven columns of <see cref="Header"/>.</param>
        /// <param name="capacity">The rows expected.</param>
        public Rows(string fileName, bool products, int capacity = 16)
            : this(fileName, Columns(products), capacity)
        {
        }

        internal Rows(string fileName, string[] columns, int capacity)
        {
            FileName = Preconditions.NotNull(fileName);
            _columns = columns;
            _rows = new(capacity);
        }

        /// <summary>The file the rows added next come from, as messages name it.</summary>
        public string FileName { get; set; }
        private readonly List<SeriesYears> _series = [];
        private int _read;

        /// <summary>One row: its fields in the order of the columns, and its line (or row number) for messages.</summary>
        /// <param name="record">The fields.</param>
        /// <param name="line">The line or row number messages name.</param>
        public void Add(string[] record, int line) => Add(new RowFields(Preconditions.NotNull(record)), line);

        /// <summary>One row: its fields in the order of the columns, and its line (or row number) for messages.</summary>
        internal void Add(RowFields record, int line)
        {
            _read++;
            if (ParseRow(record, _columns, FileName, line, _errors, _warnings) is not { } observation)
            {
                return;
            }

            var id = _rows.SeriesId(observation.Reporter, observation.Partner, observation.Flow, observation.Product);
            if (id == _series.Count)
            {
                _series.Add(new SeriesYears());
            }

            var series = _series[id];
            var earlier = series.Find(observation.Year, _rows);
            if (earlier >= 0)
            {
                if (_rows.ValueColumn.Span[earlier] == observation.Value && _rows.EstimatedColumn.Span[earlier] == observation.Estimated)
                {
                    _duplicates.Add(new InterchangeRowError(FileName, line, null, $"repeats the row for {Describe(observation)}; kept once"));
                }
                else
                {
                    _errors.Add(new InterchangeRowError(FileName, line, "value_musd",
                        $"{Describe(observation)} appears twice with different values: {Format(_rows.ValueColumn.Span[earlier])} ({_rows.SourceOf(earlier)}) and {Format(observation.Value)}"));
                }

                return;
            }

            // The source goes from the row's text straight into the columns: no string is made for it.
            series.Add(observation.Year, _rows.AddRow(id, observation.Year, observation.Value, observation.Estimated, record[6], observation.Classification));
        }

        /// <summary>The dataset of the rows accepted, with the reconciliation of rows read.</summary>
        /// <param name="datasetName">What reports call the data.</param>
        /// <param name="estimateMeaning">What an estimate flag means in these data (<see cref="TradeDataset.EstimateMeaning"/>).</param>
        /// <exception cref="InterchangeFormatException">A row was malformed: every error, each with file, line and field.</exception>
        public InterchangeReadResult Result(string datasetName, string? estimateMeaning = null)
        {
            if (_errors.Count > 0)
            {
                throw new InterchangeFormatException(FileName, _errors);
            }

            // Keys were checked row by row above.
            var notes = _duplicates.Concat(_warnings).OrderBy(n => n.Line).Select(n => n.ToString()).ToList();
            var accepted = _rows.Count;
            return new InterchangeReadResult(_rows.Build(datasetName, estimateMeaning, notes), _read, accepted, _duplicates)
            {
                Warnings = _warnings,
            };
        }

        /// <summary>
        /// The rows of one reporter, partner, flow and product, with the years seen as bits (the reader accepts
        /// 1800–2200), so that a repeated year is found without a dictionary of all keys.
        /// </summary>
        private sealed class SeriesYears
        {
            private const int FirstYear = 1800;
            private readonly ulong[] _years = new ulong[((2200 - FirstYear) / 64) + 1];
            private readonly List<int> _rows = [];

            /// <summary>The row of <paramref name="year"/>, or −1.</summary>
            internal int Find(int year, TradeDatasetBuilder rows)
            {
                var bit = year - FirstYear;
                if ((_years[bit >> 6] & (1UL << (bit & 63))) == 0)
                {
                    return -1;
                }

                foreach (var row in _rows)
                {
                    if (rows.YearColumn.Span[row] == year)
                    {
                        return row;
                    }
                }

                return -1;
            }

            internal void Add(int year, int row)
            {
                var bit = year - FirstYear;
                _years[bit >> 6] |= 1UL << (bit & 63);
                _rows.Add(row);
            }
        }
    }

    /// <summary>
    /// Writes observations in the interchange format, in the order given, with values in their
    /// shortest round-trip form so that reading the file back gives the same numbers. The product
    /// columns are written only when an observation names a product or a classification, so a file
    /// of totals keeps the short header.
    /// </summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="observations">The values.</param>
    public static void Write(TextWriter writer, IEnumerable<TradeObservation> observations)
    {
        Preconditions.NotNull(writer);
        var list = Preconditions.NotNull(observations).ToList();
        var productColumns = list.Any(o => !o.Product.IsAllGoods || o.Classification is not null);
        writer.Write(productColumns ? ProductHeader : Header);
        writer.Write('\n');
        WriteRows(writer, list, productColumns);
    }

    /// <summary>Writes observations as rows without the header, e.g. to append to a file being streamed.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="observations">The values.</param>
    /// <param name="productColumns">True when the file's header is <see cref="ProductHeader"/>.</param>
    /// <exception cref="ArgumentException">An observation names a product and <paramref name="productColumns"/> is false.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void WriteRows(TextWriter writer, IEnumerable<TradeObservation> observations, bool productColumns = false)
    {
        Preconditions.NotNull(writer);
        Preconditions.NotNull(observations);
        // Written field by field without a CSV library: this is the import's hot path (2.6 million rows), and
        // the quoting rule is CsvHelper's (quote a field holding a comma, quote or line break, or starting or
        // ending with a space), so files are byte-identical to what it wrote.
        Span<char> number = stackalloc char[32];
        foreach (var o in observations)
        {
            writer.Write(o.Reporter.Code);
            writer.Write(',');
            writer.Write(o.Partner.Code);
            writer.Write(',');
            writer.Write(FlowName(o.Flow));
            writer.Write(',');
            WriteFormatted(writer, o.Year, null, number);
            writer.Write(',');
            if (TradeValueGate.TryWrite(o.Value.Value, number, out var written))
            {
                writer.Write(number[..written]);
            }
            else
            {
                writer.Write(Format(o.Value.Value));
            }

            writer.Write(o.Estimated ? ",true," : ",false,");
            CsvText.Field(writer, o.Source);
            if (productColumns)
            {
                writer.Write(',');
                CsvText.Field(writer, o.Product.ToCode());
                writer.Write(',');
                CsvText.Field(writer, o.Classification ?? "");
            }
            else if (!o.Product.IsAllGoods || o.Classification is not null)
            {
                throw new ArgumentException($"{Describe(o)} is a product value; write it with the product columns.", nameof(observations));
            }

            writer.Write('\n');
        }
    }

    /// <summary>Writes <paramref name="value"/> formatted invariantly through a span (no string per value on the hot path), or as a string where it does not fit.</summary>
    private static void WriteFormatted<T>(TextWriter writer, T value, string? format, Span<char> scratch)
        where T : ISpanFormattable
    {
        if (value.TryFormat(scratch, out var length, format, CultureInfo.InvariantCulture))
        {
            writer.Write(scratch[..length]);
        }
        else
        {
            writer.Write(value.ToString(format, CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Writes observations to a file (see <see cref="Write(TextWriter, IEnumerable{TradeObservation})"/>).</summary>
    /// <param name="path">The file to write: replaced only when whole (<see cref="SafeFile"/>); a failure leaves the earlier file as it was.</param>
    /// <param name="observations">The values.</param>
    public static void WriteFile(string path, IEnumerable<TradeObservation> observations)
        => SafeFile.Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16, leaveOpen: true);
            Write(writer, observations);
        });

    /// <summary>The word the format uses for a flow: "exports", "imports", "re-exports" or "re-imports".</summary>
    /// <param name="flow">The flow.</param>
    public static string FlowName(TradeFlow flow) => flow switch
    {
        TradeFlow.Exports => "exports",
        TradeFlow.Imports => "imports",
        TradeFlow.ReExports => "re-exports",
        TradeFlow.ReImports => "re-imports",
        _ => throw new ArgumentOutOfRangeException(nameof(flow), flow, "Unknown flow."),
    };

    /// <summary>The flow a word of the format names, or null.</summary>
    /// <param name="word">The word as the file writes it.</param>
    public static TradeFlow? ParseFlow(ReadOnlySpan<char> word) => word switch
    {
        "exports" => TradeFlow.Exports,
        "imports" => TradeFlow.Imports,
        "re-exports" => TradeFlow.ReExports,
        "re-imports" => TradeFlow.ReImports,
        _ => null,
    };

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Describe(TradeObservation o)
        => $"{o.Reporter.Code}→{o.Partner.Code} {FlowName(o.Flow)} {o.Year}{(o.Product.IsAllGoods ? "" : " " + o.Product)}";

    private static string Describe(ParsedRow o)
        => $"{o.Reporter.Code}→{o.Partner.Code} {FlowName(o.Flow)} {o.Year}{(o.Product.IsAllGoods ? "" : " " + o.Product)}";

    /// <summary>A row's fields, checked (its source stays in the row's text).</summary>
    private readonly record struct ParsedRow(Economy Reporter, Economy Partner, TradeFlow Flow, int Year, double Value, bool Estimated, Product Product, string? Classification);

    /// <summary>The fields of one row, from a CSV record (spans over its buffer) or from strings (a Parquet row).</summary>
    internal readonly struct RowFields
    {
        private readonly CsvRecords? _csv;
        private readonly string[]? _strings;

        internal RowFields(CsvRecords csv) => _csv = csv;

        internal RowFields(string[] strings) => _strings = strings;

        internal int Count => _csv?.Count ?? _strings!.Length;

        internal ReadOnlySpan<char> this[int index] => _csv is not null ? _csv[index] : _strings![index];

        internal string String(int index) => _csv is not null ? _csv.GetString(index) : _strings![index];
    }

    private static ParsedRow? ParseRow(RowFields record, string[] columns, string file, int line, List<InterchangeRowError> errors, List<InterchangeRowError> warnings)
    {
        var before = errors.Count;
        if (record.Count != columns.Length)
        {
            errors.Add(new InterchangeRowError(file, line, null, $"has {record.Count} fields; expected {columns.Length} ({string.Join(",", columns)})"));
            return null;
        }

        var reporter = ParseEconomy(record[0], "reporter");
        var partner = ParseEconomy(record[1], "partner");
        TradeFlow? flow = record[2] switch
        {
            "exports" => TradeFlow.Exports,
            "imports" => TradeFlow.Imports,
            "re-exports" => TradeFlow.ReExports,
            "re-imports" => TradeFlow.ReImports,
            _ => Fail<TradeFlow?>("flow", $"'{record[2]}' is not a flow; expected 'exports', 'imports', 're-exports' or 're-imports'", null),
        };
        int? year = int.TryParse(record[3], NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1800 and <= 2200
            ? y
            : Fail<int?>("year", $"'{record[3]}' is not a year", null);
        double? value = null;
        if (!double.TryParse(record[4], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v))
        {
            Fail<double?>("value_musd", $"'{record[4]}' is not a number", null);
        }
        else if (TradeValueGate.Refusal(v) is { } implausible)
        {
            Fail<double?>("value_musd", implausible, null);
        }
        else
        {
            if (TradeValueGate.IsFlagged(v))
            {
                // What the publisher published is kept (the IMF's aggregate workbooks hold a few), and said.
                warnings.Add(new InterchangeRowError(file, line, "value_musd", $"{record[4]} is {TradeValueGate.NegativeNote}"));
            }

            value = v;
        }

        bool? estimated = record[5] switch
        {
            "true" => true,
            "false" => false,
            _ => Fail<bool?>("estimated", $"'{record[5]}' is not 'true' or 'false'", null),
        };
        if (record[6].IsWhiteSpace())
        {
            Fail<object?>("source", "is empty; every value must say where it came from", null);
        }

        var product = Product.AllGoods;
        string? classification = null;
        if (columns.Length > 7)
        {
            var code = record.String(7);
            if (!Product.TryParse(code, out product) || (code.Length > 0 && product.IsAllGoods))
            {
                Fail<object?>("product", $"'{code}' is not a product; expected an HS code of 2, 4 or 6 digits (leading zeros kept), or empty for all goods", null);
            }

            classification = record[8].Length == 0 ? null : record.String(8);
        }

        if (errors.Count > before)
        {
            return null;
        }

        return new ParsedRow(reporter!, partner!, flow!.Value, year!.Value, value!.Value, estimated!.Value, product, classification);

        Economy? ParseEconomy(ReadOnlySpan<char> code, string field)
        {
            if (Economies.TryGet(code, out var economy))
            {
                return economy;
            }

            var text = code.ToString();
            var suggestions = Economies.Suggest(text);
            var hint = suggestions.Count > 0 ? "; did you mean " + string.Join(", ", suggestions.Select(s => s.Code)) + "?" : "";
            return Fail<Economy?>(field, $"'{text}' is not a known economy code{hint}", null);
        }

        T Fail<T>(string field, string message, T fallback)
        {
            errors.Add(new InterchangeRowError(file, line, field, message));
            return fallback;
        }
    }
}
