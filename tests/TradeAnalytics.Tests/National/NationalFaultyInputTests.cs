using TradeAnalytics.Sources;
using TradeAnalytics.Sources.NationalStatistics;
using TradeAnalytics.Tests.Support;

namespace TradeAnalytics.Tests.National;

/// <summary>Issue 25: faulty inputs of each office's layout — a group row, an unknown name, a cut file, an incomplete year.</summary>
public class NationalFaultyInputTests
{
    private const string ArmeniaHeader = "\"country\",\"year\",\"month\",\"export\",\"import_origin\",\"import_consignment\",\"date\"\n";

    private static string Temp(string name, string text)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("national-bad-").FullName, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static string Months(string country, int year, int months, string export = "1.5")
        => string.Concat(Enumerable.Range(1, months).Select(m => $"\"{country}\",{year},{m},{export},2,3,\"{year}-{m:00}-01\"\n"));

    [Fact]
    public void An_armenian_january_only_year_is_left_out_and_said()
    {
        var file = Temp("arm.csv", ArmeniaHeader + Months("Israel", 2022, 12) + Months("Israel", 2023, 1));

        var import = TradeFileImporter.Import(file);

        Assert.True(import.Reconciles);
        Assert.Equal([2022], import.Observations.Select(o => o.Year).Distinct());
        // Twelve months of 1.5 thousand US$: 18 thousand = 0.018 $m.
        Assert.Equal(0.018, import.Observations.Single(o => o.Flow == TradeFlow.Exports).Value.Value);
        Assert.Contains("2023: the file holds months 1 only: an incomplete year, left out", import.Report);
        Assert.Equal(2, import.Rejected);   // the January row's export and import cells
    }

    [Fact]
    public void An_armenian_residual_row_and_an_unknown_name_are_rejected_with_their_lines()
    {
        // The file ends with a December (a last line in another month is where a cut file ends: see FourthRoundTests).
        var file = Temp("arm.csv", ArmeniaHeader + Months("EU countries not specified", 2022, 1) + Months("Atlantis", 2022, 1) + Months("Israel", 2022, 12));

        var import = TradeFileImporter.Import(file);

        Assert.True(import.Reconciles);
        Assert.All(import.Observations, o => Assert.Equal("ISR", o.Partner.Code));
        Assert.Contains(import.Report, l => l.Contains("never partners", StringComparison.Ordinal) && l.Contains("EU countries not specified", StringComparison.Ordinal));
        Assert.Contains(import.Report, l => l.StartsWith("partner labels in no name table", StringComparison.Ordinal) && l.EndsWith("Atlantis", StringComparison.Ordinal));
        Assert.Equal(4, import.Rejected);
    }

    [Fact]
    public void An_armenian_file_cut_mid_row_names_the_line()
    {
        var text = ArmeniaHeader + Months("Israel", 2022, 12);
        var file = Temp("arm.csv", text[..^20]);

        var error = Assert.ThrowsAny<FormatException>(() => TradeFileImporter.Import(file));

        Assert.Contains("arm.csv", error.Message);
        Assert.Contains("13", error.Message);   // the last line, cut
    }

    [Fact]
    public void An_uzbek_table_with_an_unknown_russian_name_lists_it_and_a_cut_one_names_the_line()
    {
        const string header = "Code,Klassifikator,Klassifikator_ru,Klassifikator_en,2022,2023\n";
        var file = Temp("sdmx_data_1105.csv", header + "376,Isroil,Израиль,Israel,15786.0,13731.0\n999,Nomaʼlum,Неведомая страна,,1.0,2.0\n0,Boshqa mamlakatlar,Другие страны,Other countries,5.0,6.0\n");

        var import = TradeFileImporter.Import(file);

        Assert.True(import.Reconciles);
        Assert.Equal(2, import.Observations.Count);
        Assert.Contains(import.Report, l => l.StartsWith("partner labels in no name table", StringComparison.Ordinal) && l.EndsWith("Неведомая страна", StringComparison.Ordinal));
        Assert.Equal(4, import.Rejected);   // the unknown name's two years and the residual's two

        var cut = Temp("sdmx_data_1176.csv", header + "376,Isroil,Израиль,Israel,15786.0\n");
        Assert.Contains("sdmx_data_1176.csv", Assert.ThrowsAny<FormatException>(() => TradeFileImporter.Import(cut)).Message);

        var unknownTable = Temp("sdmx_data_2000.csv", header + "376,Isroil,Израиль,Israel,1,2\n");
        Assert.Contains("1105 (exports) and 1176 (imports)", Assert.Throws<FormatException>(() => TradeFileImporter.Import(unknownTable)).Message);
    }

    [RequiresNationalFact]
    public void A_cut_workbook_of_kazakhstan_or_kyrgyzstan_is_an_error_naming_the_file()
    {
        var kazakh = Directory.GetFiles(Path.Combine(TestPaths.NationalFolder, "kazakhstan"), "*_2022.xls").Single();
        var kyrgyz = Directory.GetFiles(Path.Combine(TestPaths.NationalFolder, "kyrgyzstan"), "4.03.00.18*").Single();
        foreach (var (source, name) in new[] { (kazakh, "cut.xls"), (kyrgyz, "cut.xlsx") })
        {
            var bytes = File.ReadAllBytes(source);
            var cut = Path.Combine(Directory.CreateTempSubdirectory("national-cut-").FullName, name);
            File.WriteAllBytes(cut, bytes[..(bytes.Length / 2)]);

            // A cut workbook is not recognised as the office's (its title cannot be read) and no reader takes it as whole.
            var error = Assert.ThrowsAny<Exception>(() => TradeFileImporter.Import(cut));
            Assert.Contains(name, error.Message);
            Assert.False(NationalStatisticsImporter.Recognises(cut));
        }
    }
}
