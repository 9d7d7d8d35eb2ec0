namespace TradeAnalytics.Sources.Imf;

/// <summary>A data cell of a DOTS workbook that could not become an observation, and why.</summary>
/// <param name="Source">The cell, e.g. <c>DOTS_103.xlsx!Exports!S39</c>.</param>
/// <param name="Text">What the cell held.</param>
/// <param name="Reason">Why it was rejected.</param>
public sealed record RejectedCell(string Source, string Text, string Reason)
{
    /// <summary>"source: reason ('text')".</summary>
    public override string ToString() => $"{Source}: {Reason} ('{Text}')";
}

/// <summary>A data cell kept as published but odd, and why it is flagged (a negative flow).</summary>
/// <param name="Source">The cell, e.g. <c>DOTS_221.xlsx!Imports!F67</c>.</param>
/// <param name="Value">The value kept, US$ millions.</param>
/// <param name="Reason">Why it is flagged.</param>
public sealed record FlaggedCell(string Source, double Value, string Reason)
{
    /// <summary>"source: reason (value)".</summary>
    public override string ToString() => $"{Source}: {Reason} ({Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)})";
}

/// <summary>
/// What one DOTS country workbook holds: its reporter, one observation per non-empty data cell, the
/// cells it rejected and the partner rows it found repeated. <see cref="CellsRead"/> =
/// <see cref="Observations"/>.Count + <see cref="Rejected"/>.Count + the cells of <see cref="RepeatedRows"/>.
/// </summary>
/// <param name="FileName">The workbook's file name (DOTS_103.xlsx).</param>
/// <param name="Reporter">The reporting economy, from the title cell.</param>
/// <param name="Observations">The values, in sheet, row, column order.</param>
/// <param name="Rejected">Data cells that were not values.</param>
/// <param name="RepeatedRows">Partner rows that repeat an earlier row of the same sheet with identical values (kept once).</param>
/// <param name="CellsRead">Non-empty data cells read (both sheets).</param>
/// <param name="FirstYear">The first year of the header row.</param>
/// <param name="LastYear">The last year of the header row.</param>
public sealed record DotsWorkbook(
    string FileName,
    Economy Reporter,
    IReadOnlyList<TradeObservation> Observations,
    IReadOnlyList<RejectedCell> Rejected,
    IReadOnlyList<RepeatedRow> RepeatedRows,
    int CellsRead,
    int FirstYear,
    int LastYear)
{
    /// <summary>Values kept as published but flagged (negative flows); they are among <see cref="Observations"/>.</summary>
    public IReadOnlyList<FlaggedCell> Flagged { get; init; } = [];

    /// <summary>
    /// The workbook's values as a dataset named after the file, whose estimates are the IMF's — ready to merge with
    /// the shipped data: <c>TradeDataset.Merge([workbook.ToDataset(), ShippedData.ImfDots2022])</c>.
    /// </summary>
    public TradeDataset ToDataset() => new(Observations, FileName) { EstimateMeaning = TradeDataset.ImfDotsEstimate };

    /// <summary>"DOTS_103.xlsx: Kazakhstan, 1992–2020, 21,055 values from 21,112 cells (0 rejected, 2 repeated rows, 0 flagged)".</summary>
    public override string ToString()
        => string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{FileName}: {Reporter.Name}, {FirstYear}–{LastYear}, {Observations.Count:N0} values from {CellsRead:N0} cells ({Rejected.Count} rejected, {RepeatedRows.Count} repeated rows, {Flagged.Count} flagged)");
}

/// <summary>A partner row that repeats an earlier row of the same sheet with identical values; kept once.</summary>
/// <param name="Sheet">The workbook and sheet, e.g. <c>DOTS_103.xlsx!Exports</c>.</param>
/// <param name="Partner">The partner both rows name.</param>
/// <param name="KeptRow">The first row (kept).</param>
/// <param name="RepeatRow">The repeating row (left out).</param>
/// <param name="Cells">How many data cells the repeat held.</param>
public sealed record RepeatedRow(string Sheet, Economy Partner, int KeptRow, int RepeatRow, int Cells)
{
    /// <summary>"DOTS_103.xlsx!Exports: row 32 repeats row 8 (Australia), 27 cells; kept row 8".</summary>
    public override string ToString() => $"{Sheet}: row {RepeatRow} repeats row {KeptRow} ({Partner.ImfName}), {Cells} identical cells; kept row {KeptRow}";
}
