namespace TradeAnalytics;

/// <summary>
/// The outcome of reading an interchange CSV: the dataset and the reconciliation
/// <see cref="RowsRead"/> = <see cref="RowsAccepted"/> + <see cref="DuplicateRows"/>.Count
/// (bad rows throw instead of being dropped).
/// </summary>
/// <param name="Dataset">The observations accepted.</param>
/// <param name="RowsRead">Data rows in the file (the header excluded).</param>
/// <param name="RowsAccepted">Rows that became an observation.</param>
/// <param name="DuplicateRows">Rows that repeated an earlier row's key with the same value: reported, kept once.</param>
public sealed record InterchangeReadResult(TradeDataset Dataset, int RowsRead, int RowsAccepted, IReadOnlyList<InterchangeRowError> DuplicateRows)
{
    /// <summary>Rows kept as published but odd (a negative value), each with file, line and field.</summary>
    public IReadOnlyList<InterchangeRowError> Warnings { get; init; } = [];

    /// <summary>"file: 12 rows read = 11 accepted + 1 repeated (kept once); 0 warnings".</summary>
    public override string ToString()
        => $"{Dataset.Name}: {RowsRead} rows read = {RowsAccepted} accepted + {DuplicateRows.Count} repeated (kept once); {Warnings.Count} warning(s)";
}
