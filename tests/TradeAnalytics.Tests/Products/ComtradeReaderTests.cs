using System.Text;
using CliRunner = TradeAnalytics.Tests.Cli.Cli;
using TradeAnalytics.Sources;
using TradeAnalytics.Sources.UnComtrade;
using TradeAnalytics.Tests.Support;

namespace TradeAnalytics.Tests.Products;

public class ComtradeReaderTests
{
    private const string Header = "\uFEFF" + ComtradeBulkCsvReader.Header;

    // Rows in the layout of ../shared/data/comtrade-hs27 (the first is processed_data_2008.csv line 14085, verbatim).
    private const string KazIsr2008 = "H2,2008,2008,2008,2,0,2,Export,398,Kazakhstan,KAZ,376,Israel,ISR,27,\"Mineral fuels, mineral oils and products of their distillation\",1,No Quantity,,,2211123481,0";
    private const string IsrNes2008 = "H3,2008,2008,2008,2,0,1,Import,376,Israel,ISR,899,\"Areas, nes\",,27,\"Mineral fuels, mineral oils and products of their distillation; bituminous substances; mineral waxes\",1,No Quantity,,,10110260000,0";
    private const string IsrReExport = "H3,2008,2008,2008,2,0,3,Re-Export,376,Israel,ISR,0,World,WLD,27,\"Mineral fuels\",1,No Quantity,,,5000000,0";

    private static ComtradeReadResult Read(params string[] rows)
        => ComtradeBulkCsvReader.Read(new StringReader(Header + "\n" + string.Join("\n", rows) + "\n"), "t.csv");

    [Fact]
    public void Dollars_become_millions_codes_map_to_economies_and_899_is_a_residual_never_a_country()
    {
        var result = Read(KazIsr2008, IsrNes2008, IsrReExport);

        Assert.True(result.Reconciles);
        var kaz = result.Observations[0];
        Assert.Equal((Economies.Kazakhstan, Economies.Israel, TradeFlow.Exports, 2008, 2211.123481, "27", "H2", "t.csv:2"),
            (kaz.Reporter, kaz.Partner, kaz.Flow, kaz.Year, kaz.Value.Value, kaz.Product.HsCode, kaz.Classification, kaz.Source));
        var nes = result.Observations[1].Partner;
        Assert.Equal(("X899", EconomyKind.Residual, "Areas, nes"), (nes.Code, nes.Kind, nes.Name));
        Assert.False(nes.IsCountry);
        Assert.Equal(TradeFlow.ReExports, result.Observations[2].Flow);
    }

    [Fact]
    public void A_row_that_cannot_be_read_is_rejected_with_its_line_and_reason_and_the_counts_reconcile()
    {
        var text = Header + "\n" + string.Join("\n",
            KazIsr2008,
            KazIsr2008.Replace("2211123481,0", ",0", StringComparison.Ordinal).Replace("376,Israel", "417,Kyrgyzstan", StringComparison.Ordinal).Replace(",ISR,", ",KGZ,", StringComparison.Ordinal), // empty value
            KazIsr2008.Replace(",ISR,", ",ISL,", StringComparison.Ordinal),                                     // ISO disagrees with the code
            KazIsr2008.Replace("2008,2008,2008", "2008,200801,2008", StringComparison.Ordinal));                // monthly
        var result = ComtradeBulkCsvReader.Read(new StringReader(text), "t.csv");

        Assert.Equal(4, result.RowsRead);
        Assert.Single(result.Observations);
        Assert.Equal(
        [
            "t.csv:3: empty trade value (missing, not zero)",
            "t.csv:4: partner code 376 is ISR in the code table but 'ISL' in the file",
            "t.csv:5: period '200801' is not the year 2008: not annual data",
        ], result.Rejected.Select(r => r.ToString()));
        Assert.True(result.Reconciles);
    }

    [Fact]
    public void A_download_cut_off_mid_row_is_an_error_never_a_shorter_file_read_as_whole()
    {
        var cut = Header + "\n" + KazIsr2008 + "\n" + "H2,2008,2008,2008,2,0,2,Export,398,Kazakhstan,KAZ,376,Israel,ISR,27,\"Mineral";
        var e = Assert.Throws<FormatException>(() => ComtradeBulkCsvReader.Read(new StringReader(cut), "t.csv"));
        Assert.Equal("t.csv:3: a quoted field is left open (no closing quote before the end of the file) — truncated?", e.Message);

        var shortRow = Header + "\n" + KazIsr2008 + "\n" + "H2,2008,2008,2008,2,0,2,Export,398";
        e = Assert.Throws<FormatException>(() => ComtradeBulkCsvReader.Read(new StringReader(shortRow), "t.csv"));
        Assert.Equal("t.csv:3: has 9 of 22 fields — truncated?", e.Message);
    }

    [Fact]
    public void A_negative_value_is_kept_as_published_and_flagged()
    {
        var result = Read(KazIsr2008.Replace("2211123481", "-5000000", StringComparison.Ordinal));

        Assert.Equal(-5, result.Observations.Single().Value.Value);
        Assert.Equal("t.csv:2: negative, which a trade flow cannot be; kept as published", result.Warnings.Single().ToString());
    }

    [Fact]
    public void An_unknown_code_is_an_error_naming_it()
    {
        var e = Assert.Throws<FormatException>(() => Read(KazIsr2008.Replace("376,Israel,ISR", "999,Nowhere,", StringComparison.Ordinal)));

        Assert.Contains("t.csv: Comtrade code(s) not in the code table: 999 (first at t.csv:2)", e.Message);
    }

    [Fact]
    public void A_repeated_row_is_kept_once_and_reported_and_a_conflicting_one_names_both_lines()
    {
        var repeated = Read(KazIsr2008, KazIsr2008);
        Assert.Single(repeated.Observations);
        Assert.Equal("t.csv:3: repeats t.csv:2; kept once", repeated.Repeated.Single().ToString());
        Assert.True(repeated.Reconciles);

        var e = Assert.Throws<FormatException>(() => Read(KazIsr2008, KazIsr2008.Replace("2211123481", "2211123480", StringComparison.Ordinal)));
        Assert.Contains("t.csv:3: KAZ→ISR exports 2008 HS 27 appears twice with different values: 2211.123481 $m (t.csv:2) and 2211.12348 $m", e.Message);
    }

    [Fact]
    public void An_api_answer_with_count_0_is_no_data_not_an_error_and_not_zeros()
    {
        var result = ComtradeApiJsonReader.Read(new MemoryStream(Encoding.UTF8.GetBytes("{\"elapsedTime\":\"0.1 secs\",\"count\":0,\"data\":[],\"error\":\"\"}")), "empty.json");

        Assert.Equal((0, 0, true), (result.RowsRead, result.Observations.Count, result.Reconciles));
    }

    [Theory]
    [InlineData("{\"count\":4,\"data\":[{\"refYear\":2010", "not complete JSON")]
    [InlineData("{\"count\":2,\"data\":[]}", "\"count\" is 2 but \"data\" holds 0 rows; the answer is incomplete")]
    [InlineData("{\"count\":0,\"data\":[],\"error\":\"Invalid subscription key\"}", "the Comtrade API answered with an error: Invalid subscription key")]
    [InlineData("<html><body>502 Bad Gateway</body></html>", "not complete JSON")]
    [InlineData("[1,2,3]", "not a Comtrade API answer")]
    public void A_cut_short_or_error_answer_is_an_error_naming_the_file(string body, string expected)
    {
        var e = Assert.Throws<FormatException>(() => ComtradeApiJsonReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(body)), "answer.json"));

        Assert.StartsWith("answer.json: ", e.Message);
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void A_breakdown_by_customs_procedure_is_not_a_total_and_is_rejected_with_the_reason()
    {
        const string row = "{\"freqCode\":\"A\",\"refYear\":2010,\"period\":\"2010\",\"reporterCode\":156,\"reporterISO\":\"CHN\",\"flowCode\":\"M\",\"partnerCode\":32,\"partnerISO\":\"ARG\",\"partner2Code\":0,\"classificationCode\":\"H3\",\"cmdCode\":\"TOTAL\",\"customsCode\":\"C01\",\"motCode\":0,\"primaryValue\":5.0}";
        var result = ComtradeApiJsonReader.Read(new MemoryStream(Encoding.UTF8.GetBytes($"{{\"count\":1,\"data\":[{row}]}}")), "a.json");

        Assert.Equal("a.json#data[0]: customsCode C01: a breakdown, not the total (customsCode C00)", result.Rejected.Single().ToString());
        Assert.True(result.Reconciles);
    }

    [Trait("Category", "Slow")]
    [RequiresComtradeFact]
    public void Every_file_of_the_hs27_folder_imports_and_reconciles_with_the_cited_rows()
    {
        var import = TradeFileImporter.Import(TestPaths.ComtradeFolder);

        // SOURCE.md: 370,391 data rows in the 30 files; no reporter-partner-flow-year appears twice.
        Assert.True(import.Reconciles, string.Join("\n", import.Report));
        Assert.Equal(370_391, import.Observations.Count);
        Assert.Contains("files read:                   30", import.Report);

        // processed_data_2008.csv line 14085: Kazakhstan's exports of HS 27 to Israel, 2,211,123,481 US$.
        var kaz = import.Observations.Single(o => o.Source == "processed_data_2008.csv:14085");
        Assert.Equal((Economies.Kazakhstan, Economies.Israel, TradeFlow.Exports, 2008, 2211.123481, Product.Hs("27"), "H2"),
            (kaz.Reporter, kaz.Partner, kaz.Flow, kaz.Year, kaz.Value.Value, kaz.Product, kaz.Classification));

        // processed_data_2008.csv line 5299: Israel's imports of HS 27 from the World, 12,842,427,000 US$.
        var world = import.Observations.Single(o => o.Source == "processed_data_2008.csv:5299");
        Assert.Equal((Economies.Israel, Economies.World, TradeFlow.Imports, 12842.427), (world.Reporter, world.Partner, world.Flow, world.Value.Value));

        // SOURCE.md: Israel books 9,511 of 10,441 US$ m of its 2010 fuel imports to "Areas, nes".
        var nes2010 = import.Observations.Single(o => o.Reporter.Code == "ISR" && o.Partner.Code == "X899" && o.Flow == TradeFlow.Imports && o.Year == 2010);
        Assert.Equal(9511, nes2010.Value.Value, 0);
    }

    [RequiresComtradeFact]
    public void The_real_api_answer_imports_with_its_four_rows()
    {
        var import = TradeFileImporter.Import(Path.Combine(TestPaths.ComtradeFormatsFolder, "comtradeapi-data-v1-get-C-A-HS-CHN-2010.json"));

        Assert.True(import.Reconciles);
        Assert.Equal(4, import.Observations.Count);
        // data[1]: China's imports from Germany, all goods, 2010, primaryValue 74251272075.0 US$.
        var deu = import.Observations[1];
        Assert.Equal((Economies.Get("CHN"), Economies.Get("DEU"), TradeFlow.Imports, 2010, 74251.272075, true, "H3"),
            (deu.Reporter, deu.Partner, deu.Flow, deu.Year, deu.Value.Value, deu.Product.IsAllGoods, deu.Classification));
    }

    [Trait("Category", "Slow")]
    [RequiresComtradeFact]
    public void The_committed_extract_is_exactly_what_the_import_command_makes_from_the_folder()
    {
        var output = Path.Combine(Path.GetTempPath(), $"comtrade-{Guid.NewGuid():N}.csv");
        try
        {
            var (code, _, error) = CliRunner.Run("import", TestPaths.ComtradeFolder, "--economy", "ISR", "--partners", "KAZ,UZB,TKM,TJK,KGZ,AZE,GEO,ARM,WLD,X899", "--reporter-totals", "WLD,X899", "--out", output);

            Assert.True(code == 0, error);
            Assert.Equal(File.ReadAllBytes(TestPaths.Repo("data", "comtrade-hs27-israel.csv")), File.ReadAllBytes(output));
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Trait("Category", "Slow")]
    [RequiresComtradeFact]
    public void The_committed_world_extract_is_exactly_what_the_import_command_makes_from_the_folder()
    {
        var output = Path.Combine(Directory.CreateTempSubdirectory("hs27-world-").FullName, "comtrade-hs27-world.csv");
        var (code, _, error) = CliRunner.Run("import", TestPaths.ComtradeFolder, "--partners", "WLD", "--out", output);

        Assert.True(code == 0, error);
        Assert.Equal(File.ReadAllBytes(TestPaths.Repo("data", "comtrade-hs27-world.csv")), File.ReadAllBytes(output));
        Assert.Equal(9_090, TradeAnalytics.Catalogue.ShippedData.ComtradeHs27World.Observations.Count);
    }

    [Fact]
    public void The_committed_extract_is_the_one_embedded_in_the_library()
    {
        var fromFile = InterchangeCsv.ReadFile(TestPaths.Repo("data", "comtrade-hs27-israel.csv"));

        Assert.Equal(fromFile.RowsAccepted, ShippedData.ComtradeHs27Israel.Observations.Count);
        // processed_data_2008.csv line 14085 (data/comtrade-hs27-israel.csv keeps the source).
        Assert.Equal(2211.123481, ShippedData.ComtradeHs27Israel.Bilateral(Economies.Kazakhstan, Economies.Israel, Product.Hs("27")).Exports()[2008]!.Value.Value);
        Assert.Equal("UN Comtrade", ShippedData.ComtradeHs27Israel.Name);
    }
}
