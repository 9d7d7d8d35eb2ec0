using System.Globalization;

namespace TradeAnalytics;

/// <summary>
/// Collects the values of a <see cref="TradeDataset"/> as columns, for readers of large files: each row a series number
/// (reporter, partner, flow and product, numbered once per series by <see cref="SeriesId(Economy, Economy, TradeFlow, Product)"/>), a year, a value in US$
/// millions, an estimate flag, a classification and a source kept as a shared prefix and a trailing number. A row costs
/// about 30 bytes where an object per value with its own source string costs about 400. <see cref="Build"/> makes the
/// dataset and refuses two rows of one series and year. Not thread-safe; not to be used after <see cref="Build"/>.
/// </summary>
/// <remarks>
/// The columns (<see cref="SeriesColumn"/>, <see cref="YearColumn"/>, …) are read-only views of the rows added so far, for
/// writers of columnar files. A reader of such a file hands whole columns to <see cref="AdoptColumns"/>, which checks every
/// number in them against its table before taking them.
/// </remarks>
public sealed class TradeDatasetBuilder
{
    internal readonly List<Economy> Economies = [];
    internal readonly Dictionary<Economy, int> EconomyIndex = [];
    internal readonly List<Product> Products = [];
    internal readonly Dictionary<Product, int> ProductIndex = [];
    internal readonly List<string?> Classifications = [null];
    private readonly Dictionary<string, int> _classificationIndex = new(StringComparer.Ordinal);
    internal readonly List<string> Prefixes = [];
    private readonly Dictionary<string, int> _prefixIndex = new(StringComparer.Ordinal);
#if NET9_0_OR_GREATER
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _prefixLookup;
#endif
    internal readonly List<ObservationTable.SeriesKey> Series = [];
    internal readonly Dictionary<ObservationTable.SeriesKey, int> SeriesIndex = [];
    internal int[] RowSeries;
    internal int[] Years;
    internal double[] Values;
    internal bool[] Estimated;
    internal ushort[] Classification;
    internal int[] Prefix;
    internal int[] Number;
    private ObservationTable.SeriesKey _lastKey = new(-1, -1, default, -1);
    private int _lastSeries = -1;
    private bool _built;

    /// <summary>A builder with room for <paramref name="capacity"/> rows (it grows beyond).</summary>
    /// <param name="capacity">The rows expected; at least 16 are made room for.</param>
    public TradeDatasetBuilder(int capacity = 16)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        capacity = Math.Max(capacity, 16);
        RowSeries = new int[capacity];
        Years = new int[capacity];
        Values = new double[capacity];
        Estimated = new bool[capacity];
        Classification = new ushort[capacity];
        Prefix = new int[capacity];
        Number = new int[capacity];
#if NET9_0_OR_GREATER
        _prefixLookup = _prefixIndex.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
    }

    /// <summary>The rows added.</summary>
    public int Count { get; private set; }

    /// <summary>The series numbered so far (<see cref="SeriesId(Economy, Economy, TradeFlow, Product)"/>).</summary>
    public int SeriesCount => Series.Count;

    /// <summary>Each row's series number (<see cref="SeriesId(Economy, Economy, TradeFlow, Product)"/>).</summary>
    public ReadOnlyMemory<int> SeriesColumn => RowSeries.AsMemory(0, Count);

    /// <summary>Each row's year.</summary>
    public ReadOnlyMemory<int> YearColumn => Years.AsMemory(0, Count);

    /// <summary>Each row's value, US$ millions.</summary>
    public ReadOnlyMemory<double> ValueColumn => Values.AsMemory(0, Count);

    /// <summary>Each row's estimate flag.</summary>
    public ReadOnlyMemory<bool> EstimatedColumn => Estimated.AsMemory(0, Count);

    /// <summary>Each row's classification, a number into <see cref="ClassificationTable"/> (0: none).</summary>
    public ReadOnlyMemory<ushort> ClassificationColumn => Classification.AsMemory(0, Count);

    /// <summary>Each row's source prefix, a number into <see cref="SourcePrefixTable"/>.</summary>
    public ReadOnlyMemory<int> SourcePrefixColumn => Prefix.AsMemory(0, Count);

    /// <summary>Each row's source number, the digits ending its source (−1: none; the source is its prefix alone).</summary>
    public ReadOnlyMemory<int> SourceNumberColumn => Number.AsMemory(0, Count);

    /// <summary>The classifications the rows name; entry 0 is none (null).</summary>
    public IReadOnlyList<string?> ClassificationTable => Classifications;

    /// <summary>The source prefixes the rows share (<c>DOTS_103.xlsx!Exports!S</c> for <c>DOTS_103.xlsx!Exports!S39</c>).</summary>
    public IReadOnlyList<string> SourcePrefixTable => Prefixes;

    /// <summary>Series <paramref name="series"/>: reporter, partner, flow and product.</summary>
    /// <param name="series">A number from <see cref="SeriesId(Economy, Economy, TradeFlow, Product)"/>.</param>
    public TradeSeriesKey SeriesKeyOf(int series)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(series);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(series, Series.Count);
        var key = Series[series];
        return new(Economies[key.Reporter], Economies[key.Partner], key.Flow, Products[key.Product]);
    }

    /// <summary>The source of row <paramref name="row"/>, rebuilt from its prefix and number.</summary>
    /// <param name="row">A row number below <see cref="Count"/>.</param>
    public string SourceOf(int row)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, Count);
        return Number[row] < 0 ? Prefixes[Prefix[row]] : string.Concat(Prefixes[Prefix[row]], Number[row].ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Adds one value; returns its row.</summary>
    /// <param name="observation">The value.</param>
    public int Add(TradeObservation observation)
    {
        Preconditions.NotNull(observation);
        return AddRow(SeriesId(observation.Reporter, observation.Partner, observation.Flow, observation.Product), observation.Year, observation.Value.Value,
            observation.Estimated, observation.Source, observation.Classification);
    }

    /// <summary>The number of the series of <paramref name="reporter"/>, <paramref name="partner"/>, <paramref name="flow"/> and <paramref name="product"/>, made when new.</summary>
    /// <param name="reporter">Whose statistics.</param>
    /// <param name="partner">The counterpart.</param>
    /// <param name="flow">The flow as the reporter records it.</param>
    /// <param name="product">The goods.</param>
    public int SeriesId(Economy reporter, Economy partner, TradeFlow flow, Product product)
    {
        Preconditions.NotNull(reporter);
        Preconditions.NotNull(partner);
        return SeriesId(EconomyId(reporter), EconomyId(partner), flow, ProductId(product));
    }

    /// <summary>The number of a series given by the numbers of its economies and product, made when new.</summary>
    internal int SeriesId(int reporter, int partner, TradeFlow flow, int product)
    {
        var key = new ObservationTable.SeriesKey(reporter, partner, flow, product);
        if (key != _lastKey)
        {
            if (!SeriesIndex.TryGetValue(key, out _lastSeries))
            {
                _lastSeries = Series.Count;
                SeriesIndex.Add(key, _lastSeries);
                Series.Add(key);
            }

            _lastKey = key;
        }

        return _lastSeries;
    }

    /// <summary>Room for <paramref name="count"/> series without growing.</summary>
    /// <param name="count">The series expected.</param>
    public void ReserveSeries(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        SeriesIndex.EnsureCapacity(count);
        Series.Capacity = Math.Max(Series.Capacity, count);
    }

    /// <summary>Adds one value of series <paramref name="series"/> (<see cref="SeriesId(Economy, Economy, TradeFlow, Product)"/>); returns its row.</summary>
    /// <param name="series">A number from <see cref="SeriesId(Economy, Economy, TradeFlow, Product)"/>.</param>
    /// <param name="year">The year.</param>
    /// <param name="valueMusd">The value, US$ millions: finite and within the range a trade value can take (<see cref="UsdMillions"/>).</param>
    /// <param name="estimated">Whether the publisher flags the value as an estimate.</param>
    /// <param name="source">Where the value comes from (file and cell); the text is copied only where its prefix is new.</param>
    /// <param name="classification">The HS revision the value is classified in, or null.</param>
    /// <exception cref="ArgumentException">The series is not one of this builder's, or the value is not a trade value.</exception>
    public int AddRow(int series, int year, double valueMusd, bool estimated, ReadOnlySpan<char> source, string? classification = null)
    {
        if ((uint)series >= (uint)Series.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(series), series, $"Not a series of this builder ({Series.Count} numbered).");
        }

        if (TradeValueGate.Refusal(valueMusd) is { } refusal)
        {
            throw new ArgumentException($"{valueMusd.ToString(CultureInfo.InvariantCulture)} is {refusal}.", nameof(valueMusd));
        }

        ObjectDisposedException.ThrowIf(_built, this);
        if (Count == RowSeries.Length)
        {
            Grow();
        }

        var row = Count++;
        RowSeries[row] = series;
        Years[row] = year;
        Values[row] = valueMusd;
        Estimated[row] = estimated;
        Classification[row] = ClassificationId(classification);
        var prefixLength = ObservationTable.SplitTrailingNumber(source, out Number[row]);
        Prefix[row] = PrefixId(source[..prefixLength]);
        return row;
    }

    /// <summary>
    /// Takes whole columns as the rows of this builder, which must hold none, without copying them: the caller gives the
    /// arrays away and must not touch them after. <paramref name="series"/>, <paramref name="classification"/> and
    /// <paramref name="prefix"/> hold numbers into the tables given and are rewritten in place into this builder's numbers.
    /// Every number is checked against its table, every value against what a trade value can be, before anything is taken.
    /// </summary>
    /// <param name="seriesIds">For each series number the columns use, this builder's number for it (<see cref="SeriesId(Economy, Economy, TradeFlow, Product)"/>).</param>
    /// <param name="classifications">The classifications <paramref name="classification"/> numbers; entry 0 is none (null).</param>
    /// <param name="prefixes">The source prefixes <paramref name="prefix"/> numbers.</param>
    /// <param name="series">Each row's series, a number into <paramref name="seriesIds"/>.</param>
    /// <param name="years">Each row's year.</param>
    /// <param name="values">Each row's value, US$ millions.</param>
    /// <param name="estimated">Each row's estimate flag.</param>
    /// <param name="classification">Each row's classification, a number into <paramref name="classifications"/>.</param>
    /// <param name="prefix">Each row's source prefix, a number into <paramref name="prefixes"/>.</param>
    /// <param name="number">Each row's source number (−1: none).</param>
    /// <exception cref="InvalidOperationException">The builder already holds rows.</exception>
    /// <exception cref="ArgumentException">Columns of different lengths, or a number outside its table (the message names the row).</exception>
    public void AdoptColumns(int[] seriesIds, string?[] classifications, string[] prefixes, int[] series, int[] years, double[] values, bool[] estimated, ushort[] classification, int[] prefix, int[] number)
    {
        Preconditions.NotNull(seriesIds);
        Preconditions.NotNull(classifications);
        Preconditions.NotNull(prefixes);
        Preconditions.NotNull(series);
        Preconditions.NotNull(years);
        Preconditions.NotNull(values);
        Preconditions.NotNull(estimated);
        Preconditions.NotNull(classification);
        Preconditions.NotNull(prefix);
        Preconditions.NotNull(number);
        ObjectDisposedException.ThrowIf(_built, this);
        if (Count != 0)
        {
            throw new InvalidOperationException("Columns are taken only by an empty builder.");
        }

        var n = series.Length;
        Preconditions.Check(years.Length == n && values.Length == n && estimated.Length == n && prefix.Length == n && number.Length == n
            && (classification.Length == n || (classification.Length == 0 && classifications.Length <= 1)), "Every column must hold one entry per row.", nameof(series));
        Preconditions.Check(classifications.Length > 0 && classifications[0] is null, "Entry 0 of the classifications is none (null).", nameof(classifications));
        Preconditions.Check(Array.TrueForAll(prefixes, p => p is not null), "A source prefix cannot be null.", nameof(prefixes));
        foreach (var id in seriesIds)
        {
            // The message is an interpolated handler's: formatted only when the check fails.
            Preconditions.Check((uint)id < (uint)Series.Count, $"Series number {id} is not one of this builder's ({Series.Count} numbered).", nameof(seriesIds));
        }

        CheckColumns(seriesIds.Length, classifications.Length, prefixes.Length, series, values, classification, prefix, number);
        var classificationIds = classifications.Select(c => (int)ClassificationId(c)).ToArray();
        var prefixIds = prefixes.Select(s => PrefixId(s)).ToArray();
        var cls = Renumber(seriesIds, prefixIds, classificationIds, series, prefix, classification.Length == 0 ? new ushort[n] : classification);
        (RowSeries, Years, Values, Estimated, Classification, Prefix, Number) = (series, years, values, estimated, cls, prefix, number);
        Count = n;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void CheckColumns(int seriesCount, int classificationCount, int prefixCount, int[] series, double[] values, ushort[] classification, int[] prefix, int[] number)
    {
        // One pass with no branch taken on good columns; the row is looked for only when one is wrong.
        // NaN and ±∞ fail the comparison as values beyond the gate do: one test admits exactly what the gate admits.
        var bad = false;
        for (var i = 0; i < series.Length; i++)
        {
            bad |= (uint)series[i] >= (uint)seriesCount | (uint)prefix[i] >= (uint)prefixCount | number[i] < -1 | !(Math.Abs(values[i]) <= UsdMillions.MaxPlausible);
        }

        for (var i = 0; i < classification.Length; i++)
        {
            bad |= classification[i] >= classificationCount;
        }

        if (!bad)
        {
            return;
        }

        for (var i = 0; i < series.Length; i++)
        {
            var reason = (uint)series[i] >= (uint)seriesCount ? $"series {series[i]} is outside its table of {seriesCount}"
                : (uint)prefix[i] >= (uint)prefixCount ? $"source prefix {prefix[i]} is outside its table of {prefixCount}"
                : number[i] < -1 ? $"source number {number[i]} is below −1"
                : i < classification.Length && classification[i] >= classificationCount ? $"classification {classification[i]} is outside its table of {classificationCount}"
                : TradeValueGate.Refusal(values[i]) is { } refusal ? $"value {values[i].ToString(CultureInfo.InvariantCulture)} is {refusal}"
                : null;
            if (reason is not null)
            {
                throw new ArgumentException($"Row {i + 1}: {reason}.", nameof(series));
            }
        }
    }

    /// <summary>
    /// Makes the dataset. Two rows of one series and year are refused, naming both sources (a reader that has already told
    /// a repeated row from a conflicting one reports them before this).
    /// </summary>
    /// <param name="name">What the data are, as reports name them; "the dataset" when omitted.</param>
    /// <param name="estimateMeaning">What an estimate flag means in these data (<see cref="TradeDataset.EstimateMeaning"/>).</param>
    /// <param name="notes">What the reader reported while reading (<see cref="TradeDataset.Notes"/>).</param>
    /// <exception cref="ArgumentException">Two rows share reporter, partner, flow, year and product.</exception>
    public TradeDataset Build(string? name = null, string? estimateMeaning = null, IReadOnlyList<string>? notes = null)
    {
        ObjectDisposedException.ThrowIf(_built, this);
        _built = true;
        return new TradeDataset(this, keysAreUnique: false, name) { EstimateMeaning = estimateMeaning!, Notes = notes ?? [] };
    }

    /// <summary>The table; the builder is not to be used after.</summary>
    internal ObservationTable BuildTable()
    {
        _built = true;
        return new(this);
    }

    /// <summary>The number of <paramref name="economy"/> in this builder's table of economies, added when new.</summary>
    internal int EconomyId(Economy economy) => IdOf(EconomyIndex, Economies, economy);

    /// <summary>The number of <paramref name="product"/> in this builder's table of products, added when new.</summary>
    internal int ProductId(Product product) => IdOf(ProductIndex, Products, product);

    private static int IdOf<T>(Dictionary<T, int> index, List<T> values, T value)
        where T : notnull
    {
        if (!index.TryGetValue(value, out var id))
        {
            id = values.Count;
            index.Add(value, id);
            values.Add(value);
        }

        return id;
    }

    /// <summary>
    /// Rewrites <paramref name="series"/>, <paramref name="prefix"/> and <paramref name="classification"/> in place by their tables of
    /// new numbers and returns the classification column; a table that keeps every number as it is (a file this library wrote,
    /// read whole) is not applied. A file without classifications gives an empty column, and the table keeps none.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static ushort[] Renumber(int[] seriesIds, int[] prefixIds, int[] classificationIds, int[] series, int[] prefix, ushort[] classification)
    {
        static bool KeepsAll(int[] ids)
        {
            for (var i = 0; i < ids.Length; i++)
            {
                if (ids[i] != i)
                {
                    return false;
                }
            }

            return true;
        }

        var n = series.Length;
        if (!KeepsAll(seriesIds))
        {
            for (var i = 0; i < n; i++)
            {
                series[i] = seriesIds[series[i]];
            }
        }

        if (!KeepsAll(prefixIds))
        {
            for (var i = 0; i < n; i++)
            {
                prefix[i] = prefixIds[prefix[i]];
            }
        }

        if (!KeepsAll(classificationIds))
        {
            for (var i = 0; i < n; i++)
            {
                classification[i] = (ushort)classificationIds[classification[i]];
            }
        }

        return classification;
    }

    private ushort ClassificationId(string? classification)
    {
        if (classification is null)
        {
            return 0;
        }

        if (!_classificationIndex.TryGetValue(classification, out var id))
        {
            if (Classifications.Count > ushort.MaxValue)
            {
                throw new ArgumentException($"More than {ushort.MaxValue} different classifications in one dataset; a classification names an HS revision (H0 … H6).");
            }

            id = Classifications.Count;
            _classificationIndex.Add(classification, id);
            Classifications.Add(classification);
        }

        return (ushort)id;
    }

    private int PrefixId(ReadOnlySpan<char> prefix)
    {
#if NET9_0_OR_GREATER
        if (!_prefixLookup.TryGetValue(prefix, out var id))
#else
        if (!_prefixIndex.TryGetValue(prefix.ToString(), out var id))
#endif
        {
            id = Prefixes.Count;
            var text = prefix.ToString();
            _prefixIndex.Add(text, id);
            Prefixes.Add(text);
        }

        return id;
    }

    private void Grow()
    {
        var size = (int)Math.Min(Array.MaxLength, Math.Max(16L, RowSeries.Length * 2L));
        if (size <= RowSeries.Length)
        {
            throw new InvalidOperationException($"A dataset holds at most {Array.MaxLength:N0} values.");
        }

        Array.Resize(ref RowSeries, size);
        Array.Resize(ref Years, size);
        Array.Resize(ref Values, size);
        Array.Resize(ref Estimated, size);
        Array.Resize(ref Classification, size);
        Array.Resize(ref Prefix, size);
        Array.Resize(ref Number, size);
    }
}
