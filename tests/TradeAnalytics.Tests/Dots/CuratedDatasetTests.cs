using TradeAnalytics.Sources.Imf;
using TradeAnalytics.Tests.Support;

namespace TradeAnalytics.Tests.Dots;

public class CuratedDatasetTests
{
    /// <summary>The six workbooks of the paper, as data/README.md lists them.</summary>
    internal static readonly string[] PaperWorkbooks = ["DOTS_98.xlsx", "DOTS_103.xlsx", "DOTS_109.xlsx", "DOTS_192.xlsx", "DOTS_201.xlsx", "DOTS_210.xlsx"];

    [RequiresDotsWorkbooksFact]
    public void The_committed_dataset_is_exactly_what_the_importer_makes_from_the_six_workbooks()
    {
        var output = Path.Combine(Path.GetTempPath(), $"imf-dots-2022-{Guid.NewGuid():N}.csv");
        try
        {
            var report = DotsFolderImporter.ImportToCsv(PaperWorkbooks.Select(TestPaths.Dots), output);

            Assert.True(report.Reconciles, report.Describe());
            Assert.Equal(File.ReadAllBytes(TestPaths.Repo("data", "imf-dots-2022.csv")), File.ReadAllBytes(output));
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Fact]
    public void The_committed_dataset_is_the_one_embedded_in_the_library()
    {
        var fromFile = InterchangeCsv.ReadFile(TestPaths.Repo("data", "imf-dots-2022.csv"));

        Assert.Equal(fromFile.RowsAccepted, ShippedData.ImfDots2022.Observations.Count);
        Assert.Equal(fromFile.RowsRead, fromFile.RowsAccepted);
    }
}
