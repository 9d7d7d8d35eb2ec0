using CliRunner = TradeAnalytics.Tests.Cli.Cli;
using TradeAnalytics.Sources;
using TradeAnalytics.Sources.NationalStatistics;
using TradeAnalytics.Tests.Support;

namespace TradeAnalytics.Tests.National;

/// <summary>Issue 25: the statistics offices' readers, on the real files, each value cited by file, sheet and cell or line.</summary>
public class NationalReaderTests
{
    private static string Office(string folder) => Path.Combine(TestPaths.NationalFolder, folder);

    private static TradeObservation One(FileImport import, string reporter, string partner, TradeFlow flow, int year)
        => import.Observations.Single(o => o.Reporter.Code == reporter && o.Partner.Code == partner && o.Flow == flow && o.Year == year);

    [RequiresNationalFact]
    public void Kazakhstan_israel_2022_is_the_2022_workbooks_row_for_israel()
    {
        var import = TradeFileImporter.Import(Office("kazakhstan"));

        Assert.Equal(KazakhstanWorkbooks.FormatName, import.Format);
        Assert.True(import.Reconciles);
        // Основные показатели внешней торговли по странам_2022.xls, sheet 2022, row 82 (Израиль): D 817006.69185, F 66410.79765 thousand US$.
        var exports = One(import, "KAZ", "ISR", TradeFlow.Exports, 2022);
        Assert.Equal(817.00669185, exports.Value.Value);
        Assert.Equal("Основные показатели внешней торговли по странам_2022.xls!2022!D82", exports.Source);
        Assert.Equal(66.41079765, One(import, "KAZ", "ISR", TradeFlow.Imports, 2022).Value.Value);
        // SOURCE.md's example: …_2019.xls, sheet 12_2018, row 78: exports 397,850.4, imports 63,216.1.
        Assert.Equal(397.8504, One(import, "KAZ", "ISR", TradeFlow.Exports, 2018).Value.Value);
        Assert.Equal(63.2161, One(import, "KAZ", "ISR", TradeFlow.Imports, 2018).Value.Value);
        // …_2023.xls, sheet 2023, row 80: D 363354.94748 (SOURCE.md of the 2025 copy quotes 363.4).
        Assert.Equal(363.35494748, One(import, "KAZ", "ISR", TradeFlow.Exports, 2023).Value.Value);
    }

    [RequiresNationalFact]
    public void Kazakhstan_groups_are_never_partners_and_unknown_russian_names_are_listed()
    {
        var import = TradeFileImporter.Import(Office("kazakhstan"));

        // …_2022.xls, sheet 2022: row 8 "Страны СНГ" and row 9 "Страны ЕАЭС" are groups; row 7 "Всего" is the World.
        Assert.DoesNotContain(import.Observations, o => o.Source.EndsWith("!2022!D8", StringComparison.Ordinal) || o.Source.EndsWith("!2022!D9", StringComparison.Ordinal));
        Assert.Equal("Основные показатели внешней торговли по странам_2022.xls!2022!D7", One(import, "KAZ", "WLD", TradeFlow.Exports, 2022).Source);
        Assert.Contains(import.Report, l => l.StartsWith("groups and residuals, never partners", StringComparison.Ordinal) && l.Contains("Страны СНГ", StringComparison.Ordinal));
        // Liechtenstein, once in no name table (its values rejected), is now a partner (issue 38): …_2019.xls, sheet 12_2018, row 60
        // "Лихтенштейн": D60 = 37.4, F60 = 974.6 thousand US$ (read with python3-xlrd).
        Assert.Equal(0.0374, One(import, "KAZ", "LIE", TradeFlow.Exports, 2018).Value.Value, 10);
        Assert.Equal("Основные показатели внешней торговли_2019.xls!12_2018!F60", One(import, "KAZ", "LIE", TradeFlow.Imports, 2018).Source);
        Assert.DoesNotContain(import.Report, l => l.StartsWith("partner labels in no name table", StringComparison.Ordinal));
        // A blank flow whose row's published turnover equals the other flow is zero, and says so: row 52 "Андорра" has B52 = 0.4,
        // D52 blank, F52 = 0.4 (xlrd), so Kazakhstan's exports to Andorra in 2018 are 0, not missing (the audit: 409 such turnovers
        // were called partial).
        var andorra = One(import, "KAZ", "AND", TradeFlow.Exports, 2018);
        Assert.Equal(0, andorra.Value.Value);
        Assert.EndsWith("!12_2018!D52 (blank; the published turnover Основные показатели внешней торговли_2019.xls!12_2018!B52 equals F52: zero)", andorra.Source, StringComparison.Ordinal);
        // A flow published as a number is read as it stands: row 60's D60 = 37.4 above.
        // Each year is read once: the 2023 workbook repeats 2022, the 2022 workbook 2021, and so on.
        Assert.Contains(import.Report, l => l.StartsWith("2022 is read from Основные показатели внешней торговли по странам_2022.xls!2022; the other edition", StringComparison.Ordinal));
        Assert.Equal(6, import.Observations.Select(o => o.Year).Distinct().Count());
    }

    [RequiresNationalFact]
    public void Uzbekistan_tables_1105_and_1176_are_exports_and_imports_by_the_imf_mirror()
    {
        var import = TradeFileImporter.Import(Office("uzbekistan"));

        Assert.True(import.Reconciles);
        // sdmx_data_1105.csv line 42 (376, Israel), column 2023: 13731.0; sdmx_data_1176.csv line 43: 26354.9.
        Assert.Equal(13.731, One(import, "UZB", "ISR", TradeFlow.Exports, 2023).Value.Value);
        Assert.Equal("sdmx_data_1176.csv:43:2023", One(import, "UZB", "ISR", TradeFlow.Imports, 2023).Source);
        Assert.Equal(26.3549, One(import, "UZB", "ISR", TradeFlow.Imports, 2023).Value.Value);

        // The mirror: what China, Russia and Kazakhstan report exporting to Uzbekistan in 2019 (IMF DOTS 2022) is far
        // nearer table 1176 than table 1105 (lines 48, 54 and 46 of 1176; 47, 53 and 45 of 1105).
        var dots = TradeAnalytics.Data.ImfDots2022All.Of("CHN", "RUS", "KAZ");
        foreach (var partner in new[] { "CHN", "RUS", "KAZ" })
        {
            var mirror = dots.Observations.Single(o => o.Reporter.Code == partner && o.Partner.Code == "UZB" && o.Flow == TradeFlow.Exports && o.Year == 2019).Value.Value;
            var asImports = One(import, "UZB", partner, TradeFlow.Imports, 2019).Value.Value;
            var asExports = One(import, "UZB", partner, TradeFlow.Exports, 2019).Value.Value;
            Assert.True(Math.Abs(asImports - mirror) < Math.Abs(asExports - mirror), $"{partner}: 1176 {asImports}, 1105 {asExports}, mirror {mirror}");
        }
    }

    [RequiresNationalFact]
    public void Kyrgyzstan_reads_dollars_refuses_soms_and_flags_the_preliminary_year()
    {
        var import = TradeFileImporter.Import(Office("kyrgyzstan"));

        Assert.True(import.Reconciles);
        // 4.03.00.18 (exports), row 65 (Israel), column AG (2023): 40.4 thousand US$.
        var exports = One(import, "KGZ", "ISR", TradeFlow.Exports, 2023);
        Assert.Equal((0.0404, false), (exports.Value.Value, exports.Estimated));
        // 4.03.00.20 (imports), row 72, AG: 5137.024, under the header "2023 1" whose footnote (C210) reads "1 Рreliminary data".
        var imports = One(import, "KGZ", "ISR", TradeFlow.Imports, 2023);
        Assert.Equal((5.137024, true), (imports.Value.Value, imports.Estimated));
        Assert.Contains(import.Report, l => l.Contains("footnote '1 Рreliminary data'", StringComparison.Ordinal));
        Assert.Contains(import.Report, l => l.Contains("values in thousand soms, not US dollars: not read", StringComparison.Ordinal));

        var soms = Directory.GetFiles(Office("kyrgyzstan"), "4.03.00.17*").Single();
        Assert.Contains("soms are never mixed with dollars", Assert.Throws<FormatException>(() => TradeFileImporter.Import(soms)).Message);
    }

    [Trait("Category", "Slow")]
    [RequiresNationalFact]
    public void Armenia_2024_is_the_sum_of_its_twelve_monthly_rows_with_imports_by_origin_unless_asked()
    {
        var file = Path.Combine(Office("armenia"), "arm_trade_country.csv");
        var import = TradeFileImporter.Import(file);

        Assert.True(import.Reconciles);
        // arm_trade_country.csv lines 2–13 of "Israel",2024 (months 1–12): exports 750.2307 + 603.3662 + … + 1240.3831 = 9297.15393 thousand US$.
        var exports = One(import, "ARM", "ISR", TradeFlow.Exports, 2024);
        Assert.Equal(9.29715393, exports.Value.Value);
        Assert.Equal(12, exports.Source.Split('+').Length);
        // import_origin of the same rows sums to 13433.75214; import_consignment to 13483.10108.
        Assert.Equal(13.43375214, One(import, "ARM", "ISR", TradeFlow.Imports, 2024).Value.Value);
        var consignment = ArmeniaMonthlyCsv.Import(file, ArmeniaImports.Consignment);
        Assert.Equal(13.48310108, One(consignment, "ARM", "ISR", TradeFlow.Imports, 2024).Value.Value);
        Assert.Contains(import.Report, l => l.StartsWith("imports by country of origin (the default", StringComparison.Ordinal));
    }

    [Trait("Category", "Slow")]
    [RequiresNationalFact]
    public void The_committed_extracts_are_exactly_what_import_makes_of_the_offices_files()
    {
        foreach (var (input, extract) in new[] { ("kazakhstan", "national-kaz.csv"), ("uzbekistan", "national-uzb.csv"), ("kyrgyzstan", "national-kgz.csv"), (Path.Combine("armenia", "arm_trade_country.csv"), "national-arm.csv") })
        {
            var output = Path.Combine(Directory.CreateTempSubdirectory("national-").FullName, extract);
            var (code, _, error) = CliRunner.Run("import", Office(input), "--out", output);

            Assert.True(code == 0, error);
            Assert.Equal(File.ReadAllBytes(TestPaths.Repo("data", extract)), File.ReadAllBytes(output));
        }
    }
}
