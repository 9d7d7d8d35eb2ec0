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
public sealed record InterchangeReadResult(TradeDataset Dataset, int RowsRead, int RowsAccepted, IReadOnlyList<InterchangeRowError> DuplicateRows);
