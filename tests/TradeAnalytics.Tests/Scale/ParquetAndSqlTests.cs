using TradeAnalytics.Data;
using TradeAnalytics.Parquet;
using TradeAnalytics.Sql;
using TradeAnalytics.Tests.Support;
using CliRunner = TradeAnalytics.Tests.Cli.Cli;

namespace TradeAnalytics.Tests.Scale;

public class ParquetAndSqlTests
{
    [Trait("Category", "Slow")]
    [Theory]
    [InlineData("imf-dots-2022.csv")]
    [InlineData("comtrade-hs27-israel.csv")]
    public void Csv_to_parquet_to_csv_is_byte_identical_on_the_shipped_datasets(string file)
    {
        var folder = Directory.CreateTempSubdirectory("roundtrip-").FullName;
        var original = TestPaths.Repo("data", file);
        var parquet = Path.Combine(folder, "x.parquet");
        var back = Path.Combine(folder, "back.csv");

        InterchangeParquet.WriteFile(parquet, InterchangeCsv.ReadFile(original).Dataset.Observations);
        InterchangeCsv.WriteFile(back, InterchangeParquet.ReadFile(parquet).Dataset.Observations);

        Assert.Equal(File.ReadAllBytes(original), File.ReadAllBytes(back));
        Assert.True(new FileInfo(parquet).Length < new FileInfo(original).Length / 3, "compressed well below the CSV");
    }

    [Fact]
    public void A_parquet_file_is_read_with_the_csv_readers_checks()
    {
        var folder = Directory.CreateTempSubdirectory("pq-").FullName;
        var path = Path.Combine(folder, "dup.parquet");
        var kaz = new TradeObservation(Economies.Kazakhstan, Economies.Israel, TradeFlow.Exports, 2008, new UsdMillions(1), false, "a");
        InterchangeParquet.WriteFile(path, [kaz, kaz with { Source = "b" }, kaz with { Year = 2009, Value = new UsdMillions(-2) }]);

        var read = InterchangeParquet.ReadFile(path);

        Assert.Equal((3, 2), (read.RowsRead, read.RowsAccepted));
        Assert.Equal("dup.parquet:2: repeats the row for KAZ→ISR exports 2008; kept once", read.DuplicateRows.Single().ToString());
        Assert.Equal("dup.parquet:3: value_musd: -2 is negative, which a trade flow cannot be; kept as published", read.Warnings.Single().ToString());

        File.WriteAllText(Path.Combine(folder, "not.parquet"), "reporter,partner\n");
        var e = Assert.Throws<InterchangeFormatException>(() => InterchangeParquet.ReadFile(Path.Combine(folder, "not.parquet")));
        // A whole-file error reads as one sentence (issue 24, class 12), not as "1 bad row(s)" at line 0.
        Assert.StartsWith("not.parquet: not a Parquet file", e.Message);
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void Duckdb_reads_the_parquet_the_tool_writes_with_the_same_numbers_as_the_in_memory_api()
    {
        var folder = Directory.CreateTempSubdirectory("sql-").FullName;
        var parquet = Path.Combine(folder, "dots.parquet");
        InterchangeParquet.WriteFile(parquet, ShippedData.ImfDots2022.Observations);

        using var result = TradeSql.Query("select year, sum(value_musd) from trade where reporter = 'KAZ' and partner = 'ISR' and year between 2007 and 2009 group by year order by year", [parquet]);
        var rows = result.Rows().ToList();

        var turnover = ShippedData.ImfDots2022.Bilateral("KAZ", "ISR").Turnover();
        Assert.Equal([2007, 2008, 2009], rows.Select(r => Convert.ToInt32(r[0], System.Globalization.CultureInfo.InvariantCulture)));
        foreach (var row in rows)
        {
            var year = Convert.ToInt32(row[0], System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(turnover[year]!.Value.Value, (double)row[1]!, 9);   // 2008: 2,226.593035 + 204.897815 (DOTS_103.xlsx S39)
        }

        using var count = TradeSql.Query("select count(*), count(distinct reporter), cast(sum(case when estimated then 1 else 0 end) as bigint) from trade", [parquet]);
        var c = count.Rows().Single();
        Assert.Equal(ShippedData.ImfDots2022.Observations.Count, Convert.ToInt32(c[0], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(ShippedData.ImfDots2022.Reporters.Count, Convert.ToInt32(c[1], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(ShippedData.ImfDots2022.Observations.Count(o => o.Estimated), Convert.ToInt32(c[2], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_bad_query_is_duckdbs_message_not_a_crash()
    {
        var parquet = Path.Combine(Directory.CreateTempSubdirectory("sqlbad-").FullName, "d.parquet");
        InterchangeParquet.WriteFile(parquet, ShippedData.ComtradeHs27Israel.Observations);

        var (code, _, error) = CliRunner.Run("sql", "select nonsense from trade", "--data", parquet);

        Assert.Equal(1, code);
        Assert.Contains("error: DuckDB: Binder Error", error);
    }

    [Fact]
    public void The_data_package_holds_every_dots_value_and_one_pair_is_read_without_the_rest()
    {
        var pair = ImfDots2022All.Of("KAZ", "ISR");

        Assert.Equal(["ISR", "KAZ"], pair.Reporters.Select(r => r.Code));
        // DOTS_103.xlsx!Exports!S39: Kazakhstan's exports to Israel, 2008.
        var exports = pair.Bilateral("KAZ", "ISR").Exports()[2008]!;
        Assert.Equal((2226.593035, "DOTS_103.xlsx!Exports!S39"), (exports.Value.Value, exports.Source));
        // The same values as the six-workbook extract, for both reporters.
        var extract = ShippedData.ImfDots2022.Observations.Where(o => o.Reporter.Code is "KAZ" or "ISR").ToDictionary(o => o.Key, o => (o.Value.Value, o.Source, o.Estimated));
        Assert.Equal(extract, pair.Observations.ToDictionary(o => o.Key, o => (o.Value.Value, o.Source, o.Estimated)));
    }

    [Fact]
    public void The_whole_data_package_loads_all_235_reporters()
    {
        var all = ImfDots2022All.Dataset;

        // The whole-folder import: 2,581,017 distinct values, 13 of them negative (DOTS_221/222), 235 workbooks of 234 reporters (DOTS_144 repeats DOTS_143).
        Assert.Equal(2_581_017, all.Observations.Count);
        Assert.Equal(13, all.Observations.Count(o => o.Value.Value < 0));
        Assert.Equal(234, all.Reporters.Count);
        Assert.Equal(204_098.062, Math.Round(all.Bilateral("DEU", "CHN").Turnover()[2020]!.Value.Value, 3));
    }

    [Trait("Category", "Slow")]
    [RequiresDotsWorkbooksFact]
    public void The_committed_data_package_file_is_exactly_what_import_dots_writes_from_the_workbooks()
    {
        var output = Path.Combine(Directory.CreateTempSubdirectory("all-").FullName, "all.parquet");

        var (code, _, error) = CliRunner.Run("import-dots", TestPaths.DotsFolder, "--out", output);

        Assert.True(code == 0, error);
        Assert.Equal(File.ReadAllBytes(TestPaths.Repo("data", "imf-dots-2022-all.parquet")), File.ReadAllBytes(output));
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void Every_command_reads_data_parquet()
    {
        var parquet = Path.Combine(Directory.CreateTempSubdirectory("cli-pq-").FullName, "d.parquet");
        InterchangeParquet.WriteFile(parquet, ShippedData.ImfDots2022.Observations);

        var (code, output, _) = CliRunner.Run("series", "KAZ", "ISR", "--from", "2008", "--to", "2008", "--data", parquet, "--format", "csv");

        Assert.Equal(0, code);
        Assert.Contains("2008,2431.491,false,false,false,DOTS_103.xlsx!Exports!S39 + DOTS_103.xlsx!Imports!S39", output);
    }
}
