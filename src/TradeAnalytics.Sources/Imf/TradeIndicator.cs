namespace TradeAnalytics.Sources.Imf;

/// <summary>What an IMF indicator code means for this library.</summary>
internal enum IndicatorRole
{
    Exports,
    Imports,
    Balance,
    OtherFlow,
    NotTrade,
}

/// <summary>The IMF's trade indicator codes, old (DOTS: TXG_FOB_USD) and new (IMTS: XG_FOB_USD).</summary>
internal static class TradeIndicator
{
    internal static IndicatorRole Classify(string code) => code.Trim().ToUpperInvariant() switch
    {
        "XG_FOB_USD" or "TXG_FOB_USD" => IndicatorRole.Exports,
        "MG_CIF_USD" or "TMG_CIF_USD" => IndicatorRole.Imports,
        "TBG_USD" => IndicatorRole.Balance,
        "MG_FOB_USD" or "TMG_FOB_USD" => IndicatorRole.OtherFlow,
        _ => IndicatorRole.NotTrade,
    };
}

/// <summary>Opens the CSV files of IMF systems: invariant, comma-separated, quoted fields may hold commas and newlines.</summary>
internal static class ImfCsv
{
    /// <summary>
    /// The longest line a trade CSV may have, in characters (1 Mi): a row of any format read here is under a thousand.
    /// A longer one is damage, refused before it is buffered whole (a 60 MB answer on one line took 851 MB).
    /// </summary>
    internal const int MaxLineChars = 1 << 20;

    /// <summary>A reader positioned after the header, and the header with any byte-order mark and padding removed.</summary>
    /// <exception cref="FormatException">The file is empty, or has a line longer than <see cref="MaxLineChars"/>.</exception>
    internal static (CsvHelper.CsvReader Csv, string[] Header) Open(TextReader reader, string fileName)
    {
        var csv = new CsvHelper.CsvReader(new BoundedLines(reader, fileName), new CsvHelper.Configuration.CsvConfiguration(System.Globalization.CultureInfo.InvariantCulture)
        {
            Delimiter = ",",
            DetectColumnCountChanges = false,
            BadDataFound = null,
        });
        if (!csv.Read())
        {
            csv.Dispose();
            throw new FormatException($"{fileName}: the file is empty.");
        }

        csv.ReadHeader();
        return (csv, csv.HeaderRecord!.Select(h => h.Trim().TrimStart('\uFEFF')).ToArray());
    }

    /// <summary>Passes a text through, refusing a line longer than <see cref="MaxLineChars"/> as soon as it is seen.</summary>
    private sealed class BoundedLines(TextReader inner, string fileName) : TextReader
    {
        private int _lineLength;
        private int _line = 1;

        public override int Peek() => inner.Peek();

        public override int Read()
        {
            var c = inner.Read();
            if (c >= 0)
            {
                Count(((char)c).ToString());
            }

            return c;
        }

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        public override int Read(Span<char> buffer)
        {
            var read = inner.Read(buffer);
            Count(buffer[..read]);
            return read;
        }

        public override int ReadBlock(char[] buffer, int index, int count)
        {
            var read = inner.ReadBlock(buffer, index, count);
            Count(buffer.AsSpan(index, read));
            return read;
        }

        public override Task<int> ReadAsync(char[] buffer, int index, int count) => Task.FromResult(Read(buffer, index, count));

        public override ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default) => ValueTask.FromResult(Read(buffer.Span));

        private void Count(ReadOnlySpan<char> text)
        {
            while (true)
            {
                var newline = text.IndexOf('\n');
                if (newline < 0)
                {
                    _lineLength += text.Length;
                    break;
                }

                _lineLength += newline;
                Check();
                _line++;
                _lineLength = 0;
                text = text[(newline + 1)..];
            }

            Check();
        }

        private void Check()
        {
            if (_lineLength > MaxLineChars)
            {
                throw new FormatException($"{fileName}:{_line}: a line of over {MaxLineChars:N0} characters, which no row of a trade table is: damaged, not read.");
            }
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }

    /// <summary>
    /// The current row, which must have exactly <paramref name="columns"/> fields and close every quote it
    /// opens: a row cut short (a download that stopped mid-row, a quoted field left open at the end of the
    /// file) is an error naming the file and line, never a row read from its surviving fields.
    /// </summary>
    /// <exception cref="FormatException">The row has another number of fields, or a quote left open.</exception>
    internal static string[] Row(CsvHelper.CsvReader csv, int columns, string fileName)
    {
        var row = csv.Parser.Record ?? [];
        var line = csv.Parser.RawRow;
        if (csv.Parser.RawRecord.Count(c => c == '"') % 2 != 0)
        {
            throw new FormatException($"{fileName}:{line}: a quoted field is left open (no closing quote before the end of the file) — truncated?");
        }

        if (row.Length != columns)
        {
            throw new FormatException(row.Length < columns
                ? $"{fileName}:{line}: has {row.Length} of {columns} fields — truncated?"
                : $"{fileName}:{line}: has {row.Length} fields; the header has {columns}.");
        }

        return row;
    }
}

/// <summary>Collects what a reader finds, and builds the <see cref="ImfReadResult"/> with its balance checks.</summary>
internal sealed class ReadAccumulator(string file, string format, CodeScheme scheme)
{
    private readonly List<PeriodObservation> _observations = [];
    private readonly List<SkippedRecord> _skipped = [];
    private readonly List<(Economy Reporter, Economy Partner, Period Period, double Value)> _balances = [];
    private readonly Dictionary<(string, string, Period, IndicatorRole), (double Value, string Source)> _seen = [];
    private readonly List<string> _warnings = [];
    private readonly SortedSet<string> _unknownCodes = new(StringComparer.Ordinal);
    private int _records;
    private int _otherFlow;

    internal string File => file;

    internal void Skip(string source, string reason)
    {
        _records++;
        _skipped.Add(new SkippedRecord(source, reason));
    }

    /// <summary>One record with its dimensions and value; returns false (and counts why) if it carries no observation.</summary>
    internal void Record(string source, string country, string indicator, string counterpart, string period, string value, double unitToMillions, string? status)
    {
        if (country.Length == 0 || indicator.Length == 0 || counterpart.Length == 0)
        {
            Skip(source, "empty dimension (" + string.Join(", ", new[] { ("country", country), ("indicator", indicator), ("counterpart", counterpart) }.Where(x => x.Item2.Length == 0).Select(x => x.Item1)) + ")");
            return;
        }

        if (period.Length == 0)
        {
            Skip(source, "empty period");
            return;
        }

        var role = TradeIndicator.Classify(indicator);
        if (role == IndicatorRole.NotTrade)
        {
            Skip(source, $"indicator {indicator} is not a trade flow");
            return;
        }

        if (value.Length == 0)
        {
            Skip(source, "empty value (missing, not zero)");
            return;
        }

        if (!Period.TryParse(period, out var p))
        {
            throw new FormatException($"{source}: '{period}' is not a period (expected 2024, 2024-Q1, 2024Q1, 2024-M02 or 2024M2).");
        }

        if (!double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
        {
            throw new FormatException($"{source}: '{value}' is not a number.");
        }

        var reporter = Resolve(country);
        var partner = Resolve(counterpart);
        if (reporter is null || partner is null)
        {
            _records++;
            return;
        }

        if (TradeValueGate.Refusal(number * unitToMillions) is { } implausible)
        {
            Skip(source, implausible);
            return;
        }

        // Converted in decimal from the text as published: 100000 × 1e-6 in floating point is 0.09999999999999999, not 0.1.
        var millions = decimal.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var exact)
            && Math.Abs(number) < 1e20
            ? (double)(exact * (decimal)unitToMillions)
            : number * unitToMillions;
        _records++;
        var key = (reporter.Code, partner.Code, p, role);
        if (_seen.TryGetValue(key, out var earlier))
        {
            if (earlier.Value != millions)
            {
                throw new FormatException($"{source}: {reporter.Code}→{partner.Code} {indicator} {p} appears twice with different values: {earlier.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)} $m ({earlier.Source}) and {millions.ToString("R", System.Globalization.CultureInfo.InvariantCulture)} $m ({source}).");
            }

            _skipped.Add(new SkippedRecord(source, $"repeats {earlier.Source}; kept once"));
            return;
        }

        _seen.Add(key, (millions, source));
        switch (role)
        {
            case IndicatorRole.Balance:
                _balances.Add((reporter, partner, p, millions));
                return;
            case IndicatorRole.OtherFlow:
                _otherFlow++;
                return;
        }

        if (TradeValueGate.IsFlagged(millions))
        {
            // Kept as published (totals then match the source), and said.
            _warnings.Add($"{source}: {indicator} {value} is {TradeValueGate.NegativeNote}");
        }

        var estimated = string.Equals(status?.Trim(), "e", StringComparison.OrdinalIgnoreCase);
        _observations.Add(new PeriodObservation(reporter, partner, role == IndicatorRole.Exports ? TradeFlow.Exports : TradeFlow.Imports, p,
            new UsdMillions(millions), estimated, string.IsNullOrWhiteSpace(status) ? null : status.Trim(), source));
    }

    internal ImfReadResult Result()
    {
        if (_unknownCodes.Count > 0)
        {
            throw new FormatException($"{file}: economy code(s) not in the code tables ({scheme}): {string.Join(", ", _unknownCodes)}. Add them to Imf/imf-codes.csv with the file that shows what they stand for.");
        }

        // Every value kept is in _seen by reporter, partner, period and role: the balance checks look the flows up there.
        var checks = new List<BalanceCheck>();
        foreach (var b in _balances)
        {
            if (_seen.TryGetValue((b.Reporter.Code, b.Partner.Code, b.Period, IndicatorRole.Exports), out var exports)
                && _seen.TryGetValue((b.Reporter.Code, b.Partner.Code, b.Period, IndicatorRole.Imports), out var imports))
            {
                checks.Add(new BalanceCheck(b.Reporter, b.Partner, b.Period, b.Value, exports.Value - imports.Value));
            }
        }

        return new ImfReadResult(file, format, _records, _observations, _skipped, _balances.Count, _otherFlow, checks) { Warnings = _warnings };
    }

    private Economy? Resolve(string code)
    {
        if (ImfCodes.TryResolve(scheme, code, out var economy))
        {
            return economy;
        }

        _unknownCodes.Add(code);
        return null;
    }
}
