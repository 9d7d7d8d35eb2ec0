namespace TradeAnalytics.Sources.Imf;

/// <summary>Progress of a folder import: after each workbook.</summary>
/// <param name="WorkbooksDone">Workbooks finished so far.</param>
/// <param name="WorkbooksTotal">Workbooks to read.</param>
/// <param name="CurrentFile">The workbook just finished.</param>
/// <param name="ObservationsSoFar">Observations accepted so far.</param>
public sealed record DotsImportProgress(int WorkbooksDone, int WorkbooksTotal, string CurrentFile, long ObservationsSoFar);

/// <summary>A workbook left out because another workbook of the same reporter holds identical values.</summary>
/// <param name="Reporter">The reporter both workbooks describe.</param>
/// <param name="KeptFile">The workbook kept.</param>
/// <param name="DuplicateFile">The identical workbook left out.</param>
/// <param name="Observations">How many observations the duplicate held (all equal to the kept ones).</param>
public sealed record DuplicateWorkbook(Economy Reporter, string KeptFile, string DuplicateFile, int Observations);

/// <summary>
/// The reconciliation of a folder import: cells read = observations accepted + cells rejected +
/// cells of repeated rows + cells of duplicate workbooks.
/// </summary>
/// <param name="WorkbooksRead">Workbooks opened and read.</param>
/// <param name="CellsRead">Non-empty data cells read in all workbooks.</param>
/// <param name="ObservationsAccepted">Observations passed on.</param>
/// <param name="Rejected">Cells that were not values, with reasons.</param>
/// <param name="RepeatedRows">Partner rows repeated within a sheet with identical values (kept once).</param>
/// <param name="Duplicates">Workbooks left out as identical copies.</param>
/// <param name="DuplicateCells">Data cells of the duplicate workbooks.</param>
public sealed record DotsImportReport(
    int WorkbooksRead,
    long CellsRead,
    long ObservationsAccepted,
    IReadOnlyList<RejectedCell> Rejected,
    IReadOnlyList<RepeatedRow> RepeatedRows,
    IReadOnlyList<DuplicateWorkbook> Duplicates,
    long DuplicateCells)
{
    /// <summary>Values kept as published but flagged (negative flows): counted among the observations accepted.</summary>
    public IReadOnlyList<FlaggedCell> Flagged { get; init; } = [];

    /// <summary>True when every cell read is accounted for.</summary>
    public bool Reconciles => CellsRead == ObservationsAccepted + Rejected.Count + RepeatedCells + DuplicateCells;

    /// <summary>Data cells in repeated partner rows.</summary>
    public long RepeatedCells => RepeatedRows.Sum(r => (long)r.Cells);

    /// <summary>A few lines for a person: counts, duplicates, rejections.</summary>
    public string Describe()
    {
        var lines = new List<string>
        {
            $"workbooks read:        {WorkbooksRead}",
            $"data cells read:       {CellsRead}",
            $"observations accepted: {ObservationsAccepted}",
            $"cells rejected:        {Rejected.Count}",
            $"values flagged:        {Flagged.Count} (kept as published; among those accepted)",
            $"repeated rows:         {RepeatedRows.Count} ({RepeatedCells} cells, identical to the row kept)",
            $"duplicate workbooks:   {Duplicates.Count} ({DuplicateCells} cells, identical to the kept copy)",
            $"reconciles:            {(Reconciles ? "yes" : "NO")} ({CellsRead} = {ObservationsAccepted} accepted + {Rejected.Count} rejected + {RepeatedCells} repeated + {DuplicateCells} duplicate)",
        };
        lines.AddRange(Duplicates.Select(d => $"  duplicate: {d.DuplicateFile} repeats {d.KeptFile} ({d.Reporter.Name}); kept {d.KeptFile}"));
        lines.AddRange(RepeatedRows.Take(12).Select(r => "  repeated: " + r));
        if (RepeatedRows.Count > 12)
        {
            lines.Add($"  ... and {RepeatedRows.Count - 12} more repeated rows");
        }

        lines.AddRange(Flagged.Take(20).Select(f => "  flagged: " + f));
        if (Flagged.Count > 20)
        {
            lines.Add($"  ... and {Flagged.Count - 20} more flagged values");
        }

        lines.AddRange(Rejected.Take(50).Select(r => "  rejected: " + r));
        if (Rejected.Count > 50)
        {
            lines.Add($"  ... and {Rejected.Count - 50} more rejected cells");
        }

        return string.Join(Environment.NewLine, lines);
    }
}

/// <summary>
/// Imports a folder of DOTS country workbooks (DOTS_*.xlsx), one workbook at a time so memory stays
/// bounded by the largest workbook, not the folder. Workbooks are read in the order of their number
/// (DOTS_1, DOTS_2, ..., DOTS_235). Two workbooks for the same reporter with identical values are
/// reported once and the first kept; with different values they are an error naming both files and
/// the first differing cell.
/// </summary>
public static class DotsFolderImporter
{
    /// <summary>The DOTS workbooks in <paramref name="folder"/>, in the order of their number.</summary>
    /// <param name="folder">A folder holding DOTS_*.xlsx workbooks.</param>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static IReadOnlyList<string> Workbooks(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"No folder at '{folder}'.");
        }

        return Directory.GetFiles(folder, "*.xlsx")
            .OrderBy(f => Number(Path.GetFileName(f)))
            .ThenBy(f => Path.GetFileName(f), StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// Reads <paramref name="workbooks"/> and hands each accepted observation to <paramref name="sink"/>,
    /// workbook by workbook, in reading order.
    /// </summary>
    /// <param name="workbooks">The workbook paths, e.g. from <see cref="Workbooks"/>.</param>
    /// <param name="sink">Called once per accepted observation; it is not called concurrently.</param>
    /// <param name="progress">Told after each workbook; may be null.</param>
    /// <exception cref="DotsFormatException">A workbook is malformed, or two workbooks of one reporter disagree.</exception>
    public static DotsImportReport Import(IEnumerable<string> workbooks, Action<TradeObservation> sink, IProgress<DotsImportProgress>? progress = null)
    {
        Preconditions.NotNull(workbooks);
        Preconditions.NotNull(sink);
        return ImportWorkbooks(workbooks, workbook =>
        {
            foreach (var observation in workbook)
            {
                sink(observation);
            }
        }, progress);
    }

    /// <summary>The import itself: each accepted workbook's observations (one reporter's, in reading order) go to <paramref name="accept"/> whole.</summary>
    private static DotsImportReport ImportWorkbooks(IEnumerable<string> workbooks, Action<IReadOnlyList<TradeObservation>> accept, IProgress<DotsImportProgress>? progress)
    {
        var files = workbooks.ToList();
        var seen = new Dictionary<Economy, string>();
        var rejected = new List<RejectedCell>();
        var flagged = new List<FlaggedCell>();
        var repeated = new List<RepeatedRow>();
        var duplicates = new List<DuplicateWorkbook>();
        long cells = 0, accepted = 0, duplicateCells = 0;
        // Workbooks are read in parallel, a few at a time, and handed on strictly in order: the output is
        // the same as a sequential read, and memory holds at most `ahead` workbooks.
        var ahead = Math.Max(2, Environment.ProcessorCount + 1);
        var pending = new Queue<Task<DotsWorkbook>>();
        var started = 0;
        void StartNext()
        {
            var path = files[started++];
            pending.Enqueue(Task.Run(() => DotsWorkbookReader.Read(path)));
        }

        while (started < files.Count && pending.Count < ahead)
        {
            StartNext();
        }

        for (var i = 0; i < files.Count; i++)
        {
            var workbook = pending.Dequeue().GetAwaiter().GetResult();
            if (started < files.Count)
            {
                StartNext();
            }

            cells += workbook.CellsRead;
            if (seen.TryGetValue(workbook.Reporter, out var earlierPath))
            {
                // Rare (one reporter in the 235 workbooks): re-read the kept copy once and compare cell by cell.
                var first = DotsWorkbookReader.Read(earlierPath);
                var difference = FirstDifference(first, workbook);
                if (difference is not null)
                {
                    throw new DotsFormatException(
                        $"{first.FileName} and {workbook.FileName} both report {workbook.Reporter.Name} with different values; first difference: {difference}.");
                }

                duplicates.Add(new DuplicateWorkbook(workbook.Reporter, first.FileName, workbook.FileName, workbook.Observations.Count));
                duplicateCells += workbook.CellsRead;
                progress?.Report(new DotsImportProgress(i + 1, files.Count, workbook.FileName, accepted));
                continue;
            }

            seen.Add(workbook.Reporter, files[i]);
            accept(workbook.Observations);

            accepted += workbook.Observations.Count;
            rejected.AddRange(workbook.Rejected);
            flagged.AddRange(workbook.Flagged);
            repeated.AddRange(workbook.RepeatedRows);
            progress?.Report(new DotsImportProgress(i + 1, files.Count, workbook.FileName, accepted));
        }

        return new DotsImportReport(files.Count, cells, accepted, rejected, repeated, duplicates, duplicateCells) { Flagged = flagged };
    }

    /// <summary>Imports <paramref name="workbooks"/> into one in-memory dataset.</summary>
    /// <param name="workbooks">The workbook paths, e.g. from <see cref="Workbooks"/>.</param>
    /// <param name="progress">Told after each workbook; may be null.</param>
    public static (TradeDataset Dataset, DotsImportReport Report) ImportDataset(IEnumerable<string> workbooks, IProgress<DotsImportProgress>? progress = null)
    {
        var all = new List<TradeObservation>();
        var report = Import(workbooks, all.Add, progress);
        return (new TradeDataset(all) { EstimateMeaning = TradeDataset.ImfDotsEstimate }, report);
    }

    /// <summary>
    /// Imports <paramref name="workbooks"/> straight into an interchange CSV file at <paramref name="outputPath"/>,
    /// streaming: only one workbook is held in memory at a time.
    /// </summary>
    public static DotsImportReport ImportToCsv(IEnumerable<string> workbooks, string outputPath, IProgress<DotsImportProgress>? progress = null)
        => ImportToCsv(workbooks, outputPath, progress, null);

    /// <summary>
    /// Imports into an interchange CSV file as <see cref="ImportToCsv(IEnumerable{string}, string, IProgress{DotsImportProgress}?)"/>,
    /// and hands each reporter's observations, in order, to <paramref name="onReporter"/> as soon as they are
    /// written (for work that runs beside the import, such as growth rates per series).
    /// </summary>
    /// <param name="workbooks">The workbooks, in the order to read them.</param>
    /// <param name="outputPath">The CSV file to write.</param>
    /// <param name="progress">Told of each workbook read; may be null.</param>
    /// <param name="onReporter">Given each reporter's observations once they are all read; may be null.</param>
    public static DotsImportReport ImportToCsv(IEnumerable<string> workbooks, string outputPath, IProgress<DotsImportProgress>? progress, Action<IReadOnlyList<TradeObservation>>? onReporter)
        => ImportToCsv(workbooks, outputPath, progress, onReporter, null);

    /// <summary>
    /// Imports into an interchange CSV file as <see cref="ImportToCsv(IEnumerable{string}, string, IProgress{DotsImportProgress}?, Action{IReadOnlyList{TradeObservation}}?)"/>,
    /// and calls <paramref name="whenRead"/> once every workbook is read and written, before the file is flushed to disk and moved
    /// into place: work on a companion file (flushing it to disk, say) can then run meanwhile instead of after.
    /// </summary>
    /// <param name="workbooks">The workbooks, in the order to read them.</param>
    /// <param name="outputPath">The CSV file to write.</param>
    /// <param name="progress">Told of each workbook read; may be null.</param>
    /// <param name="onReporter">Given each reporter's observations once they are all read; may be null.</param>
    /// <param name="whenRead">Called when all is read, before the commit; may be null. Not called when the import fails first.</param>
    public static DotsImportReport ImportToCsv(IEnumerable<string> workbooks, string outputPath, IProgress<DotsImportProgress>? progress, Action<IReadOnlyList<TradeObservation>>? onReporter, Action? whenRead)
    {
        // Written in 64 KiB pieces straight to the file: 164 MB for the whole folder would be some 40,000 writes of 4 KiB, the default.
        // Written beside the target and moved into place only when every workbook was read (a failure leaves the earlier file).
        using var file = SafeFile.Open(outputPath);
        DotsImportReport report;
        using (var writer = new StreamWriter(file.Stream, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16, leaveOpen: true))
        {
            InterchangeCsv.Write(writer, []);
            // A workbook at a time, as read: no copy of the observations (an import's lists are large enough that copies showed in its garbage collections).
            report = ImportWorkbooks(workbooks, observations =>
            {
                InterchangeCsv.WriteRows(writer, observations);
                onReporter?.Invoke(observations);
            }, progress);
        }

        whenRead?.Invoke();
        file.Commit();
        return report;
    }

    private static string? FirstDifference(DotsWorkbook a, DotsWorkbook b)
    {
        var left = a.Observations.ToDictionary(o => o.Key);
        foreach (var o in b.Observations)
        {
            if (!left.Remove(o.Key, out var other))
            {
                return $"{o.Source} = {o.Value.Value} has no counterpart in {a.FileName}";
            }

            if (other.Value != o.Value || other.Estimated != o.Estimated)
            {
                return $"{other.Source} = {other.Value.Value}{(other.Estimated ? " e" : "")} but {o.Source} = {o.Value.Value}{(o.Estimated ? " e" : "")}";
            }
        }

        return left.Count == 0 ? null : $"{left.Values.First().Source} has no counterpart in {b.FileName}";
    }

    private static int Number(string fileName)
    {
        var digits = new string(fileName.Where(char.IsDigit).ToArray());
        return int.TryParse(digits, out var n) ? n : int.MaxValue;
    }
}
