using TradeAnalytics.Sources.Imf;
using TradeAnalytics.Tests.Support;

namespace TradeAnalytics.Tests.Dots;

public class DotsFolderImporterTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dots-test-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Two_workbooks_of_one_reporter_with_different_values_name_both_files_and_the_first_differing_cell()
    {
        File.WriteAllBytes(Path.Combine(_folder, "DOTS_1.xlsx"), TinyXlsx.Dots("Nicaragua", [2019], [("World", [10.0])], []));
        File.WriteAllBytes(Path.Combine(_folder, "DOTS_2.xlsx"), TinyXlsx.Dots("Nicaragua", [2019], [("World", [11.0])], []));

        var e = Assert.Throws<DotsFormatException>(() => DotsFolderImporter.ImportDataset(DotsFolderImporter.Workbooks(_folder)));

        Assert.Equal("DOTS_1.xlsx and DOTS_2.xlsx both report Nicaragua with different values; first difference: DOTS_1.xlsx!Exports!C8 = 10 but DOTS_2.xlsx!Exports!C8 = 11.", e.Message);
    }

    [Fact]
    public void Workbooks_are_read_in_the_order_of_their_number_and_progress_is_reported()
    {
        File.WriteAllBytes(Path.Combine(_folder, "DOTS_10.xlsx"), TinyXlsx.Dots("Israel", [2019], [("World", [1.0])], []));
        File.WriteAllBytes(Path.Combine(_folder, "DOTS_9.xlsx"), TinyXlsx.Dots("Kyrgyz Rep.", [2019], [("World", [2.0])], []));
        var seen = new List<string>();

        var (dataset, report) = DotsFolderImporter.ImportDataset(DotsFolderImporter.Workbooks(_folder), new SyncProgress<DotsImportProgress>(p => seen.Add(p.CurrentFile)));

        Assert.Equal(["DOTS_9.xlsx", "DOTS_10.xlsx"], seen);
        Assert.Equal(2, dataset.Observations.Count);
        Assert.True(report.Reconciles);
    }

    [Fact]
    public void The_hook_when_all_is_read_runs_once_after_the_last_workbook_and_before_the_file_is_in_place()
    {
        File.WriteAllBytes(Path.Combine(_folder, "DOTS_9.xlsx"), TinyXlsx.Dots("Kyrgyz Rep.", [2019], [("World", [2.0])], []));
        File.WriteAllBytes(Path.Combine(_folder, "DOTS_10.xlsx"), TinyXlsx.Dots("Israel", [2019], [("World", [1.0])], []));
        var output = Path.Combine(_folder, "all.csv");
        File.WriteAllText(output, "earlier");
        var reporters = new List<string>();
        var calls = new List<(int Reporters, string InPlace)>();

        var report = DotsFolderImporter.ImportToCsv(DotsFolderImporter.Workbooks(_folder), output, null,
            observations => reporters.Add(observations[0].Reporter.Code), () => calls.Add((reporters.Count, File.ReadAllText(output))));

        Assert.Equal([(2, "earlier")], calls);
        Assert.Equal(["KGZ", "ISR"], reporters);
        Assert.True(report.Reconciles);
        Assert.StartsWith(InterchangeCsv.Header + "\nKGZ,WLD,exports,2019,2,false,DOTS_9.xlsx!Exports!C8\n", File.ReadAllText(output));
    }

    [Fact]
    public void The_hook_when_all_is_read_is_not_called_when_a_workbook_fails()
    {
        File.WriteAllBytes(Path.Combine(_folder, "DOTS_1.xlsx"), TinyXlsx.Dots("Israel", [2019], [("World", [1.0])], []));
        File.WriteAllBytes(Path.Combine(_folder, "DOTS_2.xlsx"), [0x50, 0x4B, 0x03, 0x04, 1, 2, 3]);
        var calls = 0;

        Assert.ThrowsAny<Exception>(() => DotsFolderImporter.ImportToCsv(DotsFolderImporter.Workbooks(_folder), Path.Combine(_folder, "all.csv"), null, null, () => calls++));

        Assert.Equal(0, calls);
        Assert.False(File.Exists(Path.Combine(_folder, "all.csv")));
    }

    [RequiresDotsWorkbooksFact]
    public void Nicaraguas_two_identical_workbooks_are_reported_once_and_kept_once()
    {
        var (dataset, report) = DotsFolderImporter.ImportDataset([TestPaths.Dots("DOTS_143.xlsx"), TestPaths.Dots("DOTS_144.xlsx")]);

        var duplicate = Assert.Single(report.Duplicates);
        Assert.Equal(("DOTS_143.xlsx", "DOTS_144.xlsx"), (duplicate.KeptFile, duplicate.DuplicateFile));
        Assert.All(dataset.Observations, o => Assert.StartsWith("DOTS_143.xlsx!", o.Source));
        Assert.True(report.Reconciles);
    }

    [RequiresDotsWorkbooksFact]
    public void The_Kazakhstan_workbook_reads_its_cited_cells()
    {
        var book = DotsWorkbookReader.Read(TestPaths.Dots("DOTS_103.xlsx"));

        // DOTS_103.xlsx!Exports!S39 = 2226.5930349999999 (Israel row, 2008 column); title cell B4 "Kazakhstan, Rep. of"; years C7..AE7 = 1992..2020.
        Assert.Equal(Economies.Kazakhstan, book.Reporter);
        Assert.Equal((1992, 2020), (book.FirstYear, book.LastYear));
        var cell = book.Observations.Single(o => o.Source == "DOTS_103.xlsx!Exports!S39");
        Assert.Equal((Economies.Israel, TradeFlow.Exports, 2008, 2226.593035, false), (cell.Partner, cell.Flow, cell.Year, cell.Value.Value, cell.Estimated));
    }

    [Trait("Category", "Slow")]
    [RequiresDotsWorkbooksFact]
    public void The_whole_folder_imports_and_reconciles()
    {
        long observations = 0;
        var report = DotsFolderImporter.Import(DotsFolderImporter.Workbooks(TestPaths.DotsFolder), _ => observations++);

        // 235 workbooks (SOURCE.md index); 2,607,443 non-empty data cells, counted independently of this
        // code by walking every sheet's XML with a zipfile script while writing the economy table.
        Assert.Equal(235, report.WorkbooksRead);
        Assert.Equal(2_607_443, report.CellsRead);
        Assert.True(report.Reconciles, report.Describe());
        Assert.Equal(report.ObservationsAccepted, observations);
        Assert.Equal("DOTS_144.xlsx", Assert.Single(report.Duplicates).DuplicateFile);
        // Every published value is kept: 2,607,443 cells less the repeated Australia rows and the duplicate
        // workbook DOTS_144 leave 2,581,017 distinct values, 13 of them negative (aggregate workbooks
        // DOTS_221 and DOTS_222, partner Malaysia, 1992-1995), kept and flagged, none rejected.
        Assert.Empty(report.Rejected);
        Assert.Equal(2_581_017, report.ObservationsAccepted);
        Assert.Equal(13, report.Flagged.Count);
        Assert.All(report.Flagged, f => Assert.Matches(@"^DOTS_22[12]\.xlsx!", f.Source));
    }

    private sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
