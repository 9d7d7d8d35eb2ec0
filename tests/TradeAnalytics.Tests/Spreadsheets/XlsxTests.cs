using ExcelDataReader;
using TradeAnalytics.Catalogue;
using TradeAnalytics.Reports;
using TradeAnalytics.Tests.Support;
using CliRunner = TradeAnalytics.Tests.Cli.Cli;

namespace TradeAnalytics.Tests.Spreadsheets;

/// <summary>Issue 42, spreadsheets: every table command's --format xlsx --out FILE, and the library's workbook, read back with ExcelDataReader.</summary>
public class XlsxTests
{
    static XlsxTests() => System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);

    /// <summary>Each sheet of a workbook as ExcelDataReader reads it: name, then rows of typed values.</summary>
    private static Dictionary<string, List<object?[]>> Read(string path)
    {
        using var stream = File.OpenRead(path);
        using var reader = ExcelReaderFactory.CreateReader(stream);
        var sheets = new Dictionary<string, List<object?[]>>(StringComparer.Ordinal);
        do
        {
            var rows = new List<object?[]>();
            while (reader.Read())
            {
                var row = new object?[reader.FieldCount];
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    row[i] = reader.GetValue(i);
                }

                rows.Add(row);
            }

            sheets[reader.Name] = rows;
        }
        while (reader.NextResult());
        return sheets;
    }

    [Fact]
    public void A_series_as_xlsx_has_typed_cells_an_empty_cell_for_a_gap_and_an_about_sheet_first()
    {
        // DOTS_103.xlsx!Exports, FOB!W39 = 1535.743023: Kazakhstan's exports to Israel in 2012.
        var path = Path.Combine(Directory.CreateTempSubdirectory("xlsx-series-").FullName, "kz.xlsx");

        var (code, output, error) = CliRunner.Run("series", "KAZ", "ISR", "--flow", "exports", "--from", "2011", "--to", "2013", "--format", "xlsx", "--out", path);

        Assert.True(code == 0, error);
        Assert.StartsWith($"wrote {path}", output, StringComparison.Ordinal);
        var sheets = Read(path);
        Assert.Equal(["About", "table"], sheets.Keys);
        var table = sheets["table"];
        Assert.Equal(["year", "value_musd", "estimated", "partial", "missing", "source"], table[0].Select(v => (string)v!));
        var y2012 = table.Single(r => r[0] is double y && y == 2012);
        Assert.Equal(1535.743023, (double)y2012[1]!);
        Assert.Equal(false, y2012[2]);
        Assert.Equal("DOTS_103.xlsx!Exports!W39", y2012[5]);
        Assert.Contains(sheets["About"], r => r[0] is "question" && ((string)r[1]!).StartsWith("trade-analytics series KAZ ISR", StringComparison.Ordinal));
        Assert.Contains(sheets["About"], r => r[0] is "tool" && ((string)r[1]!).StartsWith("TradeAnalytics ", StringComparison.Ordinal));
    }

    [Trait("Category", "Slow")]
    [Theory]
    [InlineData("growth", "KAZ", "ISR", "--from", "2010", "--to", "2012")]
    [InlineData("share", "KAZ", "ISR", "--year", "2018")]
    [InlineData("compare", "KAZ", "ISR", "--flow", "exports")]
    [InlineData("products", "AZE", "ISR", "--year", "2021", "--top", "5")]
    [InlineData("indicators", "KAZ", "ISR", "--year", "2012")]
    [InlineData("sources")]
    [InlineData("partners", "KAZ", "--year", "2018")]
    [InlineData("sql", "select 1 as one, 'two' as two")]
    [InlineData("check-claims")]
    public void Every_table_command_writes_a_workbook_with_its_table(params string[] args)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("xlsx-every-").FullName, "out.xlsx");

        var (code, _, error) = CliRunner.Run([.. args, "--format", "xlsx", "--out", path]);

        Assert.True(code == 0, error);
        var sheets = Read(path);
        Assert.Equal("About", sheets.Keys.First());
        Assert.True(sheets.Count >= 2 && sheets.Values.Skip(1).All(s => s.Count >= 2), string.Join("; ", sheets.Select(s => $"{s.Key}: {s.Value.Count} rows")));
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void Runs_side_by_side_in_one_process_each_write_their_own_workbook()
    {
        // In CI, another test's run of the tool (in-process, in parallel) reset the workbook a run was filling.
        var folder = Directory.CreateTempSubdirectory("xlsx-parallel-").FullName;
        var results = new (int Code, string Error)[8];
        using var start = new Barrier(results.Length);

        // Eight threads of their own, started together: every run's command overlaps the others'.
        var threads = Enumerable.Range(0, results.Length).Select(i => new Thread(() =>
        {
            start.SignalAndWait();
            var (code, _, error) = i % 2 == 0
                ? CliRunner.Run("indicators", "AZE", "ISR", "--year", "2015", "--format", "xlsx", "--out", Path.Combine(folder, $"{i}.xlsx"))
                : CliRunner.Run("indicators", "AZE", "ISR", "--year", "2015");
            results[i] = (code, error);
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        Assert.All(results, r => Assert.True(r.Code == 0, r.Error));
        Assert.All(Enumerable.Range(0, results.Length).Where(i => i % 2 == 0), i => Assert.Equal(["About", "table"], Read(Path.Combine(folder, $"{i}.xlsx")).Keys));
    }

    [Fact]
    public void Xlsx_without_out_or_with_another_extension_is_refused_and_a_failure_leaves_the_earlier_file()
    {
        var folder = Directory.CreateTempSubdirectory("xlsx-refuse-").FullName;
        var earlier = Path.Combine(folder, "kept.xlsx");
        File.WriteAllText(earlier, "earlier");

        var (noOut, _, noOutError) = CliRunner.Run("series", "KAZ", "ISR", "--format", "xlsx");
        var (csv, _, csvError) = CliRunner.Run("series", "KAZ", "ISR", "--format", "xlsx", "--out", Path.Combine(folder, "x.csv"));
        var (failed, _, _) = CliRunner.Run("series", "KAZ", "XXX", "--format", "xlsx", "--out", earlier);

        Assert.Equal(1, noOut);
        Assert.Contains("give --out FILE.xlsx", noOutError, StringComparison.Ordinal);
        Assert.Equal(1, csv);
        Assert.Contains("a spreadsheet is written as .xlsx", csvError, StringComparison.Ordinal);
        Assert.Equal(1, failed);
        Assert.Equal("earlier", File.ReadAllText(earlier));

        // check-claims' --out is the draft's with --draft: a spreadsheet there is refused before anything is written.
        var article = Path.Combine(folder, "article.txt");
        File.WriteAllText(article, "Trade between Kazakhstan and Israel reached $1.5 billion in 2012.");
        var (draft, _, draftError) = CliRunner.Run("check-claims", "--draft", article, "--format", "xlsx", "--out", earlier);
        Assert.Equal(1, draft);
        Assert.Contains("--format xlsx is for the claim report", draftError, StringComparison.Ordinal);
        Assert.Equal("earlier", File.ReadAllText(earlier));
    }

    [Fact]
    public void The_library_writes_a_dataset_and_claims_with_numbers_as_numbers()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("xlsx-library-").FullName, "lib.xlsx");
        var claims = new TradeAnalytics.Claims.ClaimEvaluator(ShippedData.ImfDots2022).Evaluate(ShippedData.Paper2020Claims().Take(3));

        new XlsxWorkbook("the paper's first three claims")
            .AddDataset(ShippedData.ImfDots2022Caucasus)
            .AddClaims("paper-2020", claims)
            .Save(path);

        var sheets = Read(path);
        Assert.Equal(["About", "data", "paper-2020"], sheets.Keys);
        // 329 values (ShippedData.ImfDots2022Caucasus), and the header.
        Assert.Equal(330, sheets["data"].Count);
        Assert.All(sheets["data"].Skip(1), r => Assert.IsType<double>(r[4]));
        Assert.Equal(4, sheets["paper-2020"].Count);
    }
}
