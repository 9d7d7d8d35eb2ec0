using System.Collections;
using System.Globalization;

namespace TradeAnalytics;

/// <summary>
/// The values of a <see cref="TradeDataset"/> as columns: each row a series number (reporter, partner, flow and
/// product, dictionary-encoded once per series), a year, a value, an estimate flag, a classification number and its
/// source as a shared prefix (once per file, sheet and column: <c>DOTS_103.xlsx!Exports!S</c>) with the trailing
/// number (<c>39</c>); a <see cref="TradeObservation"/> is rebuilt from them on demand. About 30 bytes a value, where
/// an object per value with its own source string took about 400. Rows keep the order they were added in; the rows of
/// each series are also reachable at once (<see cref="SeriesRows"/>), in that order. Immutable once built.
/// </summary>
internal sealed class ObservationTable : IReadOnlyList<TradeObservation>
{
    private readonly Economy[] _economies;
    private readonly Product[] _products;
    private readonly string?[] _classifications;
    private readonly string[] _prefixes;
    private readonly SeriesKey[] _series;
    private readonly Dictionary<SeriesKey, int> _seriesIndex;
    private readonly Dictionary<Economy, int> _economyIndex;
    private readonly Dictionary<Product, int> _productIndex;
    private readonly int[] _rowSeries;
    private readonly int[] _years;
    private readonly double[] _values;
    private readonly bool[] _estimated;
    /// <summary>Each row's classification, a number into <see cref="_classifications"/>; null when no row has one.</summary>
    private readonly ushort[]? _classification;
    private readonly int[] _prefix;
    private readonly int[] _number;
    private readonly int[] _seriesStart;

    /// <summary>The rows of each series one after the other (series 0's, then 1's, …); null when the rows themselves are in that order.</summary>
    private readonly int[]? _rowsBySeries;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    internal ObservationTable(TradeDatasetBuilder b)
    {
        Count = b.Count;
        _economies = [.. b.Economies];
        _products = [.. b.Products];
        _classifications = [.. b.Classifications];
        _prefixes = [.. b.Prefixes];
        _series = [.. b.Series];
        _seriesIndex = b.SeriesIndex;
        _economyIndex = b.EconomyIndex;
        _productIndex = b.ProductIndex;
        _rowSeries = Trim(b.RowSeries, Count);
        _years = Trim(b.Years, Count);
        _values = Trim(b.Values, Count);
        _estimated = Trim(b.Estimated, Count);
        _classification = b.Classifications.Count == 1 ? null : Trim(b.Classification, Count);
        _prefix = Trim(b.Prefix, Count);
        _number = Trim(b.Number, Count);

        // The rows of each series, in the order added: a stable counting sort by series, unless the rows are already grouped by
        // series in the order the series were first seen (as a file written series by series is: the data package's 2.58 M
        // rows), which one pass finds along with the years' range.
        _seriesStart = new int[_series.Length + 1];
        var grouped = true;
        var previous = 0;
        var first = int.MaxValue;
        var last = int.MinValue;
        for (var row = 0; row < Count; row++)
        {
            var s = _rowSeries[row];
            _seriesStart[s + 1]++;
            grouped &= s >= previous;
            previous = s;
            var y = _years[row];
            first = Math.Min(first, y);
            last = Math.Max(last, y);
        }

        for (var s = 0; s < _series.Length; s++)
        {
            _seriesStart[s + 1] += _seriesStart[s];
        }

        if (!grouped)
        {
            _rowsBySeries = new int[Count];
            var next = _seriesStart[..^1];
            for (var row = 0; row < Count; row++)
            {
                _rowsBySeries[next[_rowSeries[row]]++] = row;
            }
        }

        if (Count > 0)
        {
            YearRange = (first, last);
        }
    }

    /// <summary>The number of values.</summary>
    public int Count { get; }

    /// <summary>The first and last year with a value; null when empty.</summary>
    public (int First, int Last)? YearRange { get; }

    /// <summary>The value of row <paramref name="index"/>, rebuilt.</summary>
    public TradeObservation this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            return Row(index);
        }
    }

    /// <inheritdoc />
    public IEnumerator<TradeObservation> GetEnumerator()
    {
        for (var row = 0; row < Count; row++)
        {
            yield return Row(row);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The economies that report a value, each once.</summary>
    internal IEnumerable<Economy> Reporters => _series.Select(s => s.Reporter).Distinct().Select(e => _economies[e]);

    /// <summary>The products with a value, each once.</summary>
    internal IEnumerable<Product> Products => _series.Select(s => s.Product).Distinct().Select(p => _products[p]);

    /// <summary>The partners <paramref name="reporter"/> reports a value with, in the order first seen.</summary>
    internal IEnumerable<Economy> PartnersOf(Economy reporter)
        => _economyIndex.TryGetValue(reporter, out var r)
            ? _series.Where(s => s.Reporter == r).Select(s => s.Partner).Distinct().Select(p => _economies[p])
            : [];

    /// <summary>True when <paramref name="economy"/> reports a value.</summary>
    internal bool HasReporter(Economy economy) => _economyIndex.TryGetValue(economy, out var r) && _series.Any(s => s.Reporter == r);

    /// <summary>The rows of one series, in the order added (empty when the dataset has none).</summary>
    internal SeriesRowList SeriesRows(Economy reporter, Economy partner, TradeFlow flow, Product product)
    {
        if (!_economyIndex.TryGetValue(reporter, out var r) || !_economyIndex.TryGetValue(partner, out var p) || !_productIndex.TryGetValue(product, out var g)
            || !_seriesIndex.TryGetValue(new SeriesKey(r, p, flow, g), out var s))
        {
            return default;
        }

        return RowsOf(s);
    }

    private SeriesRowList RowsOf(int series)
    {
        var (start, length) = (_seriesStart[series], _seriesStart[series + 1] - _seriesStart[series]);
        return _rowsBySeries is null ? new SeriesRowList(start, length) : new SeriesRowList(_rowsBySeries.AsSpan(start, length));
    }

    /// <summary>The rows of one series: numbers listed, or a run of consecutive rows.</summary>
    internal readonly ref struct SeriesRowList
    {
        private readonly ReadOnlySpan<int> _listed;
        private readonly int _first;
        private readonly bool _run;

        internal SeriesRowList(ReadOnlySpan<int> listed)
        {
            _listed = listed;
            Length = listed.Length;
        }

        internal SeriesRowList(int first, int length) => (_first, Length, _run) = (first, length, true);

        public int Length { get; }

        public int this[int index] => _run ? _first + index : _listed[index];

        public Enumerator GetEnumerator() => new(this);

        public ref struct Enumerator(SeriesRowList rows)
        {
            private readonly SeriesRowList _rows = rows;
            private int _index = -1;

            public readonly int Current => _rows[_index];

            public bool MoveNext() => ++_index < _rows.Length;
        }
    }

    /// <summary>The values of one series, rebuilt, in the order added.</summary>
    internal TradeObservation[] Of(Economy reporter, Economy partner, TradeFlow flow, Product product)
    {
        var rows = SeriesRows(reporter, partner, flow, product);
        var values = new TradeObservation[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            values[i] = Row(rows[i]);
        }

        return values;
    }

    /// <summary>The year of row <paramref name="row"/>.</summary>
    internal int Year(int row) => _years[row];

    /// <summary>The value of row <paramref name="row"/>.</summary>
    internal UsdMillions Value(int row) => new(_values[row]);

    /// <summary>Row <paramref name="row"/> as an observation.</summary>
    internal TradeObservation Row(int row)
    {
        var key = _series[_rowSeries[row]];
        return new TradeObservation(_economies[key.Reporter], _economies[key.Partner], key.Flow, _years[row], new UsdMillions(_values[row]), _estimated[row], Source(row))
        {
            Product = _products[key.Product],
            Classification = _classification is null ? null : _classifications[_classification[row]],
        };
    }

    /// <summary>The source of row <paramref name="row"/>: its prefix and, where it had one, its trailing number.</summary>
    internal string Source(int row)
    {
        var prefix = _prefixes[_prefix[row]];
        var number = _number[row];
        return number < 0 ? prefix : string.Concat(prefix, number.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// The first two rows that share reporter, partner, flow, year and product, in the order added; null when every key
    /// is unique. Years are compared within each series.
    /// </summary>
    internal (int First, int Second)? FirstRepeatedKey()
    {
        (int First, int Second)? found = null;
        var years = Array.Empty<long>();
        for (var s = 0; s < _series.Length; s++)
        {
            var rows = RowsOf(s);
            var length = rows.Length;
            if (length < 2)
            {
                continue;
            }

            // A series written year after year (every file this library writes, most published ones) needs no sort.
            var increasing = true;
            for (var i = 1; i < length && increasing; i++)
            {
                increasing = _years[rows[i]] > _years[rows[i - 1]];
            }

            if (increasing)
            {
                continue;
            }

            if (years.Length < length)
            {
                years = new long[Math.Max(length, years.Length * 2)];
            }

            // Year and row in one number: sorting puts a repeated year's rows side by side, the earlier row first.
            for (var i = 0; i < length; i++)
            {
                var row = rows[i];
                years[i] = ((long)_years[row] << 32) | (uint)row;
            }

            var span = years.AsSpan(0, length);
            span.Sort();
            for (var i = 1; i < length; i++)
            {
                if (span[i] >> 32 == span[i - 1] >> 32)
                {
                    var pair = ((int)(uint)span[i - 1], (int)(uint)span[i]);
                    if (found is null || pair.Item2 < found.Value.Second)
                    {
                        found = pair;
                    }
                }
            }
        }

        return found;
    }

    private static T[] Trim<T>(T[] array, int count) => array.Length == count ? array : array[..count];

    /// <summary>A series: reporter, partner and product as numbers in the table's dictionaries, and the flow.</summary>
    internal readonly record struct SeriesKey(int Reporter, int Partner, TradeFlow Flow, int Product);

    /// <summary>
    /// Splits a source into a prefix and a trailing number that together give it back exactly: <c>DOTS_103.xlsx!Exports!S39</c>
    /// → <c>DOTS_103.xlsx!Exports!S</c> and 39. At most nine digits are taken, never a leading zero (<c>A039</c> → <c>A0</c>, 39);
    /// a source without trailing digits is all prefix (number −1).
    /// </summary>
    /// <returns>The length of the prefix.</returns>
    internal static int SplitTrailingNumber(ReadOnlySpan<char> source, out int number)
    {
        var start = source.Length;
        while (start > 0 && char.IsAsciiDigit(source[start - 1]) && source.Length - start < 9)
        {
            start--;
        }

        while (start < source.Length - 1 && source[start] == '0')
        {
            start++;
        }

        if (start == source.Length)
        {
            number = -1;
            return source.Length;
        }

        number = int.Parse(source[start..], NumberStyles.None, CultureInfo.InvariantCulture);
        return start;
    }
}
