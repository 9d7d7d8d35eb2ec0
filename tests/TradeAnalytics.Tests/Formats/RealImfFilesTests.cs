using TradeAnalytics.Sources.Imf;
using TradeAnalytics.Tests.Support;

namespace TradeAnalytics.Tests.Formats;

public class RealImfFilesTests
{
    private static string Format(string file) => Path.Combine(TestPaths.FormatsFolder, file);

    [RequiresDotsAndImfFormatsFact]
    public void Nicaragua_IMTS_summed_by_year_agrees_with_the_DOTS_2022_workbook_for_2017_to_2020()
    {
        // Two editions of the same statistics: both files are read, no number is typed in here.
        var imts = new TradeDataset(ImfFileImporter.Import(Format("imts-sdmx-csv-NIC-G001-monthly.csv")).Observations);
        var dots = new TradeDataset(DotsWorkbookReader.Read(TestPaths.Dots("DOTS_143.xlsx")).Observations);

        var comparison = DatasetComparison.Compare(dots, imts, tolerance: 0.0001);
        var recent = comparison.Values.Where(v => v.Year is >= 2017 and <= 2020).ToList();

        Assert.Equal(8, recent.Count);   // 4 years × 2 flows, World partner
        Assert.All(recent, v => Assert.True(Math.Abs(v.Difference.Value) <= 0.0001, $"{v.Flow} {v.Year}: {v.A} vs {v.B}"));
        Assert.True(comparison.Revised > 0, "earlier years were revised between the editions");
    }

    [RequiresImfFormatsFact]
    public void Every_file_in_imf_formats_imports_with_a_reconciled_report()
    {
        foreach (var file in Directory.GetFiles(TestPaths.FormatsFolder).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)))
        {
            var import = ImfFileImporter.Import(file);

            Assert.True(import.Reconciles, $"{Path.GetFileName(file)}: {string.Join(Environment.NewLine, import.Report)}");
        }
    }

    [RequiresImfFormatsFact]
    public void The_IMTS_file_reports_its_attribute_row_its_balance_checks_and_the_incomplete_2026()
    {
        var import = ImfFileImporter.Import(Format("imts-sdmx-csv-NIC-G001-monthly.csv"));

        // The file (SOURCE.md): monthly 1990-M01..2026-M04, three indicators, one attribute-only row with empty dimensions.
        Assert.Contains(import.Report, l => l.Contains("1 × empty dimension (country, counterpart)"));
        Assert.Contains("  incomplete year left out: NIC→WLD exports 2026: 4 of 12 months", import.Report);
        Assert.Contains(import.Report, l => l.Contains("differ: 0"));
        Assert.Equal(Enumerable.Range(1990, 36), import.Observations.Where(o => o.Flow == TradeFlow.Exports).Select(o => o.Year));
    }

    [RequiresImfFormatsFact]
    public void The_legacy_json_gives_US_exports_to_the_world_in_millions()
    {
        // dots-legacy-compactdata.json: W00, 2023, OBS_VALUE 2019551.635133 with UNIT_MULT 6 (SOURCE.md).
        var import = ImfFileImporter.Import(Format("dots-legacy-compactdata.json"));

        var o = import.Observations.Single(x => x.Partner == Economies.World && x.Year == 2023);
        Assert.Equal((Economies.Get("USA"), 2019551.635133), (o.Reporter, o.Value.Value));
    }

    [RequiresImfFormatsFact]
    public void The_legacy_portal_csv_is_read_and_its_single_month_is_not_passed_off_as_a_year()
    {
        var import = ImfFileImporter.Import(Format("dots-legacy-portal-query.csv"));

        Assert.True(import.Reconciles);
        Assert.Empty(import.Observations);
        Assert.Contains(import.Report, l => l.Contains("status attached to the value row above"));
        Assert.Contains(import.Report, l => l.StartsWith("  incomplete year left out: ", StringComparison.Ordinal) && l.EndsWith("2024: 1 of 12 months", StringComparison.Ordinal));
    }
}
