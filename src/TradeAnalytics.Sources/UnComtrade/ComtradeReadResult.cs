namespace TradeAnalytics.Sources.UnComtrade;

/// <summary>A row of a file that became no observation, and why.</summary>
/// <param name="Source">File and line (CSV) or file and row index (JSON).</param>
/// <param name="Reason">Why ("empty trade value (missing, not zero)", "has 12 of 22 fields").</param>
public sealed record RejectedRow(string Source, string Reason)
{
    /// <summary>"processed_data_2008.csv:12: has 12 of 22 fields".</summary>
    public override string ToString() => $"{Source}: {Reason}";
}

/// <summary>
/// What a Comtrade reader got from a file: <see cref="RowsRead"/> = <see cref="Observations"/>.Count +
/// <see cref="Rejected"/>.Count + <see cref="Repeated"/>.Count — every row is accounted for.
/// </summary>
/// <param name="File">The file name.</param>
/// <param name="Format">The format read.</param>
/// <param name="RowsRead">Data rows read (the header excluded).</param>
/// <param name="Observations">The values, in US$ millions, each with its HS code, HS revision and source line.</param>
/// <param name="Rejected">Rows without an observation, with reasons.</param>
/// <param name="Repeated">Rows that repeat an earlier row's key with the same value: kept once, reported.</param>
public sealed record ComtradeReadResult(
    string File,
    string Format,
    int RowsRead,
    IReadOnlyList<TradeObservation> Observations,
    IReadOnlyList<RejectedRow> Rejected,
    IReadOnlyList<RejectedRow> Repeated)
{
    /// <summary>True when every row read is accounted for (a month row of a year summed from its twelve months is one of <see cref="MonthRows"/>).</summary>
    public bool Reconciles => RowsRead == Observations.Count - ValuesFromMonths + MonthRows + Rejected.Count + Repeated.Count;

    /// <summary>Rows of monthly data that went into annual values (twelve each); 0 for annual data.</summary>
    public int MonthRows { get; init; }

    /// <summary>Annual values among <see cref="Observations"/> summed from twelve months; 0 for annual data.</summary>
    public int ValuesFromMonths { get; init; }

    /// <summary>Values kept as published but flagged (a negative value), among <see cref="Observations"/>.</summary>
    public IReadOnlyList<RejectedRow> Warnings { get; init; } = [];

    /// <summary>The format and the counts, e.g. "UN Comtrade bulk CSV: 14,300 rows = 14,300 observations + 0 rejected + 0 repeated".</summary>
    public override string ToString()
        => ValuesFromMonths == 0
            ? $"{File} ({Format}): {RowsRead} rows = {Observations.Count} observations + {Rejected.Count} rejected + {Repeated.Count} repeated"
            : $"{File} ({Format}): {RowsRead} rows = {MonthRows} month rows summed into {ValuesFromMonths} annual values + {Rejected.Count} rejected + {Repeated.Count} repeated";
}

/// <summary>Collects what a Comtrade reader finds: observations, rejections with reasons, repeats, unknown codes.</summary>
internal sealed class ComtradeAccumulator(string file, string format)
{
    private readonly List<TradeObservation> _observations = [];
    private readonly List<RejectedRow> _rejected = [];
    private readonly List<RejectedRow> _repeated = [];
    private readonly List<RejectedRow> _warnings = [];
    private readonly Dictionary<(string, string, TradeFlow, int, string), TradeObservation> _seen = [];
    private readonly SortedDictionary<int, string> _unknownCodes = [];
    private int _rows;
    private int _monthRows;
    private int _valuesFromMonths;

    /// <summary>A row that repeats an earlier one (a month given twice with the same value): counted, kept once.</summary>
    internal void Repeat(string source, string reason)
    {
        _rows++;
        _repeated.Add(new RejectedRow(source, reason));
    }

    /// <summary>An annual value summed from <paramref name="rows"/> month rows.</summary>
    internal void AcceptSum(TradeObservation annual, int rows)
    {
        Accept(annual);
        _rows += rows - 1;
        _monthRows += rows;
        _valuesFromMonths++;
    }

    internal void Reject(string source, string reason)
    {
        _rows++;
        _rejected.Add(new RejectedRow(source, reason));
    }

    /// <summary>The economy of a numeric code; checks the ISO code the file gives beside it, if any.</summary>
    internal Economy? Economy(string source, string role, string codeText, string? iso3, List<string> problems)
    {
        if (!int.TryParse(codeText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var code))
        {
            problems.Add($"{role} code '{codeText}' is not a number");
            return null;
        }

        if (!ComtradeCodes.TryGet(code, out var entry))
        {
            _unknownCodes.TryAdd(code, source);
            problems.Add($"{role} code {code} is not in the Comtrade code table");
            return null;
        }

        // The data API writes the World (0) as "W00" where the bulk files write WLD (its partner2ISO beside partner2Code 0 in every
        // recorded answer, e.g. ropensci/comtradr's tests/testthat/goods/…/HS-5e2730.R).
        if (!string.IsNullOrEmpty(iso3) && !string.Equals(iso3, entry.Iso3, StringComparison.OrdinalIgnoreCase) && !(code == 0 && iso3 == "W00"))
        {
            problems.Add($"{role} code {code} is {entry.Iso3} in the code table but '{iso3}' in the file");
            return null;
        }

        return entry.Economy;
    }

    /// <summary>Adds one row's observation, or counts it as a repeat; two different values for one key are an error naming both rows.</summary>
    /// <exception cref="FormatException">The key was seen with another value.</exception>
    internal void Accept(TradeObservation observation)
    {
        _rows++;
        if (_seen.TryGetValue(observation.Key, out var earlier))
        {
            if (earlier.Value == observation.Value && earlier.Classification == observation.Classification)
            {
                _repeated.Add(new RejectedRow(observation.Source, $"repeats {earlier.Source}; kept once"));
                return;
            }

            throw new FormatException($"{observation.Source}: {observation.Reporter.Code}→{observation.Partner.Code} {InterchangeCsv.FlowName(observation.Flow)} {observation.Year} {observation.Product} "
                + $"appears twice with different values: {earlier.Value.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)} $m ({earlier.Source}) and {observation.Value.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)} $m.");
        }

        _seen.Add(observation.Key, observation);
        _observations.Add(observation);
        if (observation.Value.Value < 0)
        {
            _warnings.Add(new RejectedRow(observation.Source, TradeValueGate.NegativeNote));
        }
    }

    /// <exception cref="FormatException">The file uses codes the code table does not have (each named with the first row that uses it).</exception>
    internal ComtradeReadResult Result()
    {
        if (_unknownCodes.Count > 0)
        {
            throw new FormatException($"{file}: Comtrade code(s) not in the code table: {string.Join(", ", _unknownCodes.Select(u => $"{u.Key} (first at {u.Value})"))}. "
                + "Add them to UnComtrade/comtrade-codes.csv with the file that shows what they stand for.");
        }

        return new ComtradeReadResult(file, format, _rows, _observations, _rejected, _repeated) { Warnings = _warnings, MonthRows = _monthRows, ValuesFromMonths = _valuesFromMonths };
    }
}
