namespace TradeAnalytics.Sources.Imf;

/// <summary>One value of an IMF file, in the period the file gives it.</summary>
/// <param name="Reporter">The reporting economy.</param>
/// <param name="Partner">The counterpart.</param>
/// <param name="Flow">Exports (FOB) or imports (CIF).</param>
/// <param name="Period">The year, quarter or month.</param>
/// <param name="Value">The value in US$ millions (converted from the file's unit).</param>
/// <param name="Estimated">True where the file flags the value as an estimate.</param>
/// <param name="Status">The file's status or observation flag, verbatim ("r", "e"), or null.</param>
/// <param name="Source">Where the value came from: file and line (and column for wide files).</param>
public sealed record PeriodObservation(Economy Reporter, Economy Partner, TradeFlow Flow, Period Period, UsdMillions Value, bool Estimated, string? Status, string Source);

/// <summary>A record of a file that carries no observation, and why (counted, never silently dropped).</summary>
/// <param name="Source">File and line.</param>
/// <param name="Reason">Why there is no observation ("empty TIME_PERIOD", "indicator NGDPD is not a trade flow").</param>
public sealed record SkippedRecord(string Source, string Reason);

/// <summary>A reported trade balance compared with exports − imports of the same file.</summary>
/// <param name="Reporter">The reporter.</param>
/// <param name="Partner">The partner.</param>
/// <param name="Period">The period.</param>
/// <param name="Balance">The balance the file reports, US$ millions.</param>
/// <param name="ExportsMinusImports">Exports (FOB) − imports (CIF) of the same file, US$ millions.</param>
public sealed record BalanceCheck(Economy Reporter, Economy Partner, Period Period, double Balance, double ExportsMinusImports)
{
    /// <summary>True when the two agree to a thousandth of a million dollars (rounding).</summary>
    public bool Agrees => Math.Abs(Balance - ExportsMinusImports) <= 0.001 + 1e-9 * Math.Abs(Balance);
}

/// <summary>
/// What a reader got from a file. <see cref="RecordsRead"/> = <see cref="Observations"/>.Count +
/// <see cref="Skipped"/>.Count + <see cref="BalanceRecords"/> + <see cref="OtherFlowRecords"/>: every
/// record (a row, or a row × period cell in wide files) is accounted for.
/// </summary>
/// <param name="File">The file name.</param>
/// <param name="Format">The format read ("IMTS SDMX-CSV").</param>
/// <param name="RecordsRead">Records read.</param>
/// <param name="Observations">Exports and imports observations.</param>
/// <param name="Skipped">Records without an observation, with reasons.</param>
/// <param name="BalanceRecords">Trade-balance records read (checked, not stored as a flow).</param>
/// <param name="OtherFlowRecords">Trade records of a flow the library does not store (imports FOB): counted, not stored.</param>
/// <param name="BalanceChecks">Each balance compared with exports − imports.</param>
public sealed record ImfReadResult(
    string File,
    string Format,
    int RecordsRead,
    IReadOnlyList<PeriodObservation> Observations,
    IReadOnlyList<SkippedRecord> Skipped,
    int BalanceRecords,
    int OtherFlowRecords,
    IReadOnlyList<BalanceCheck> BalanceChecks)
{
    /// <summary>True when every record read is accounted for.</summary>
    public bool Reconciles => RecordsRead == Observations.Count + Skipped.Count + BalanceRecords + OtherFlowRecords;

    /// <summary>Values kept as published but odd (a negative flow), each with its file and line.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
