namespace TradeAnalytics;

/// <summary>How <see cref="InterchangeCsv.Read(TextReader, string, InterchangeReadOptions)"/> reads: what the data are called, and which rows.</summary>
public sealed record InterchangeReadOptions
{
    /// <summary>What reports call the data (<see cref="TradeDataset.Name"/>); the file's name when null.</summary>
    public string? DatasetName { get; init; }

    /// <summary>What an estimate flag means in these data (<see cref="TradeDataset.EstimateMeaning"/>); the default wording when null.</summary>
    public string? EstimateMeaning { get; init; }

    /// <summary>
    /// Economy codes: only the rows whose reporter or partner is one of them are parsed and checked (with <see cref="BothAmong"/>,
    /// whose reporter and partner both are); the others are passed over as CSV records. Null: every row.
    /// </summary>
    public IReadOnlyList<string>? Economies { get; init; }

    /// <summary>With <see cref="Economies"/>: a row is read only when its reporter and its partner are both among them (their trade with each other).</summary>
    public bool BothAmong { get; init; }

    /// <summary>Economy codes: only the rows these economies report are read. Null: every reporter.</summary>
    public IReadOnlyList<string>? Reporters { get; init; }

    /// <summary>The rows expected, so that the columns are made once (they grow beyond).</summary>
    public int ExpectedRows { get; init; } = 16;
}
