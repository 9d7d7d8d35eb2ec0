using System.Buffers.Binary;
using TradeAnalytics.Parquet;
using TradeAnalytics.Sources;
using TradeAnalytics.Sql;
using TradeAnalytics.Tests.Support;

namespace TradeAnalytics.Tests.Inputs;

/// <summary>Issue 24, classes 8 (Parquet), 9, 10 and 11: values no trade statistic can have, counts that are not counts, Parquet from other writers and Parquet that lies.</summary>
public class ValuesAndFormatsTests
{
    private static readonly string Shipped = TestPaths.Repo("data", "imf-dots-2022-all.parquet");

    private static string Temp(string name, string text)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("values-").FullName, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void A_value_beyond_a_quadrillion_dollars_is_rejected_with_file_and_line()
    {
        // Before: 1e308 and 1.7e308 were accepted; turnover printed Infinity, growth NaN %, CAGR -100 %.
        var file = Temp("huge.csv", "reporter,partner,flow,year,value_musd,estimated,source\nKAZ,ISR,exports,2008,1e308,false,a\nKAZ,ISR,imports,2008,1.7e308,false,b\n");

        var (code, output, error) = TradeAnalytics.Tests.Cli.Cli.Run("growth", "KAZ", "ISR", "--data", file, "--no-shipped-data");

        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Contains("huge.csv:2: value_musd: 1E+308 $m is beyond ±1e9 $m (US$ 1 quadrillion), which no trade value can be", error);
        Assert.Contains("huge.csv:3:", error);
    }

    [Fact]
    public void A_dots_cell_beyond_a_quadrillion_is_a_rejected_cell()
    {
        var folder = Directory.CreateTempSubdirectory("huge-dots-").FullName;
        File.WriteAllBytes(Path.Combine(folder, "DOTS_1.xlsx"), TinyXlsx.Dots("Kazakhstan, Rep. of", [2018, 2019], [("Israel", [1e308, 2.0])], []));

        var (code, text, _) = TradeAnalytics.Tests.Cli.Cli.Run("import-dots", folder, "--out", folder + ".csv", "--strict");

        Assert.Equal(1, code);
        Assert.Contains("1 values imported; 1 rejected; 0 flagged", text);
        Assert.DoesNotContain("E+308,", File.ReadAllText(folder + ".csv"));
    }

    [RequiresComtradeFact]
    public void A_comtrade_count_must_be_a_whole_number_equal_to_the_rows()
    {
        // The real answer (shared/data/comtrade-formats, 4 rows), its "count" replaced: before, 4.0 and 5000000000 passed
        // with 4 rows, and "5" gave a runtime message without the file.
        var recorded = Path.Combine(TestPaths.ComtradeFormatsFolder, "comtradeapi-data-v1-get-C-A-HS-CHN-2010.json");
        foreach (var (count, expected) in new[]
        {
            ("4.0", "\"count\" is 4.0, not a whole number"),
            ("5000000000", "\"count\" is 5000000000 but \"data\" holds 4 rows"),
            ("\"4\"", "\"count\" is \"4\", not a whole number"),
        })
        {
            var text = System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(recorded), "\"count\"\\s*:\\s*\\d+", "\"count\": " + count);
            Assert.Contains("\"count\": " + count, text);
            var file = Temp("answer.json", text);

            var error = Assert.Throws<FormatException>(() => TradeFileImporter.Import(file));

            Assert.Contains("answer.json: " + expected, error.Message);
        }
    }

    [Fact]
    public void Parquet_written_by_duckdb_with_optional_columns_and_an_int64_year_reads_as_the_same_values()
    {
        // Before: DuckDB's optional columns gave "Definition levels buffer is required", an int64 year a type-conversion message.
        var folder = Directory.CreateTempSubdirectory("duck-").FullName;
        var asWritten = Path.Combine(folder, "as-written.parquet");
        var wideYear = Path.Combine(folder, "int64-year.parquet");
        var query = "select * from trade where reporter = 'KAZ' and partner = 'ISR' order by flow, year";
        Copy($"COPY ({query}) TO '{asWritten}' (FORMAT parquet)");
        Copy($"COPY (select reporter, partner, flow, CAST(year AS BIGINT) as year, value_musd, estimated, source, product, classification from ({query})) TO '{wideYear}' (FORMAT parquet)");

        // The shipped values of the pair (DOTS_103.xlsx, e.g. S39 = 2,226.593035 for 2008 exports).
        var expected = TradeAnalytics.Data.ImfDots2022All.Of("KAZ").Observations.Where(o => o.Partner.Code == "ISR").ToDictionary(o => o.Key, o => (o.Value.Value, o.Source));
        foreach (var file in new[] { asWritten, wideYear })
        {
            var read = InterchangeParquet.ReadFile(file).Dataset.Observations.ToDictionary(o => o.Key, o => (o.Value.Value, o.Source));
            Assert.Equal(expected, read);
        }
    }

    [Fact]
    public void A_null_value_and_a_text_year_are_named_by_row_and_by_column()
    {
        var folder = Directory.CreateTempSubdirectory("duck-bad-").FullName;
        var withNull = Path.Combine(folder, "null.parquet");
        var textYear = Path.Combine(folder, "text-year.parquet");
        Copy($"COPY (select reporter, partner, flow, year, CASE WHEN year = 2000 THEN NULL ELSE value_musd END as value_musd, estimated, source, product, classification from trade where reporter = 'KAZ' and partner = 'ISR' and flow = 'exports' order by year) TO '{withNull}' (FORMAT parquet)");
        Copy($"COPY (select reporter, partner, flow, CAST(year AS VARCHAR) as year, value_musd, estimated, source, product, classification from trade limit 3) TO '{textYear}' (FORMAT parquet)");

        Assert.Contains("is null, where a value is required", Assert.Throws<InterchangeFormatException>(() => InterchangeParquet.ReadFile(withNull)).Message);
        Assert.Equal("text-year.parquet: the column year holds String values; expected whole numbers (a year)", Assert.Throws<InterchangeFormatException>(() => InterchangeParquet.ReadFile(textYear)).Message);
    }

    [Fact]
    public void An_estimated_column_of_integers_is_one_error_naming_the_column_not_a_line_per_row()
    {
        // Issue 39, finding 8: the commands reading one pair of a Parquet file printed 21,362 lines of "'' is not 'true' or 'false'".
        var folder = Directory.CreateTempSubdirectory("int-flag-").FullName;
        var file = Path.Combine(folder, "int-flag.parquet");
        Copy($"COPY (select reporter, partner, flow, year, value_musd, CAST(estimated AS INTEGER) as estimated, source, product, classification from trade where reporter in ('KAZ', 'ISR')) TO '{file}' (FORMAT parquet)");

        var (code, _, error) = TradeAnalytics.Tests.Cli.Cli.Run("series", "KAZ", "ISR", "--data", file);

        Assert.Equal(1, code);
        Assert.Contains("the column estimated holds Int32, not booleans (true or false)", error, StringComparison.Ordinal);
        Assert.True(error.Split('\n').Length < 6, error);
    }

    [Fact]
    public void A_parquet_that_claims_200_million_rows_in_2_kb_is_damage_found_before_allocating()
    {
        // Before: 200 M rows claimed in a small file took more than 4 GB (4.7 GB measured) before failing.
        var folder = Directory.CreateTempSubdirectory("dense-").FullName;
        var small = Path.Combine(folder, "small.parquet");
        Copy($"COPY (select * from trade limit 1000) TO '{small}' (FORMAT parquet)");
        var bytes = File.ReadAllBytes(small);
        var footerLength = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(bytes.Length - 8, 4));
        var footer = bytes.AsSpan(bytes.Length - 8 - footerLength, footerLength).ToArray();
        // Every varint 2000 (1000 rows, zigzag-encoded in the Thrift footer) becomes 400,000,000 (200 M rows).
        var patched = Replace(footer, Varint(2000), Varint(400_000_000));
        var lying = Path.Combine(folder, "claims-200m.parquet");
        File.WriteAllBytes(lying, [.. bytes.AsSpan(0, bytes.Length - 8 - footerLength), .. patched, .. BitConverter.GetBytes(patched.Length), .. "PAR1"u8]);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var error = Assert.Throws<InterchangeFormatException>(() => InterchangeParquet.ReadFile(lying));

        Assert.Contains("its metadata claims 200,000,000 rows in", error.Message);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 64 << 20);

        // Issue 39, finding 6: sql answered count(*) from the forged footer, 200000000, where the other commands refuse the file.
        var (code, output, sqlError) = TradeAnalytics.Tests.Cli.Cli.Run("sql", "select count(*) from trade", "--data", lying);
        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Contains("claims-200m.parquet: its metadata claims 200,000,000 rows in", sqlError, StringComparison.Ordinal);
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void One_series_of_a_file_in_one_row_group_of_millions_of_rows_is_read_in_bounded_pieces()
    {
        // Before: one row group of 5 M rows took 3 GB (2.2 GB in the tester's run) to answer one series: Parquet.Net
        // decodes a row group whole, and every row became an observation before the pair was picked out.
        var folder = Directory.CreateTempSubdirectory("one-group-").FullName;
        var file = Path.Combine(folder, "one-group.parquet");
        Copy($"COPY (select * from trade) TO '{file}' (FORMAT parquet, ROW_GROUP_SIZE 3000000)");
        long about;
        using (var count = TradeSql.Query("select count(*) from trade where reporter in ('KAZ', 'ISR') or partner in ('KAZ', 'ISR')", [file]))
        {
            about = (long)count.Rows().Single()[0]!;
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var slice = InterchangeSlice.Read(file, [Economies.Get("KAZ"), Economies.Get("ISR")]);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // The whole file's rows as objects are more than 500 MB; the rows about the two, a few MB.
        Assert.True(allocated < 64 << 20, $"{allocated:N0} bytes");
        Assert.Equal(about, slice.RowsRead);
        Assert.Equal(slice.RowsRead, slice.RowsAccepted);
        Assert.All(slice.Dataset.Observations, o => Assert.True(o.Reporter.Code is "KAZ" or "ISR" || o.Partner.Code is "KAZ" or "ISR"));

        // The values and sources are the shipped file's, read by its own reader.
        static IEnumerable<TradeObservation> KazToIsrael(TradeDataset d) => d.Observations.Where(o => o.Reporter.Code == "KAZ" && o.Partner.Code == "ISR" && o.Flow == TradeFlow.Exports);
        var shipped = KazToIsrael(ShippedData.ImfDots2022).ToList();
        var read = KazToIsrael(slice.Dataset).ToList();
        Assert.NotEmpty(read);
        Assert.Equal(shipped.Select(o => (o.Year, o.Value, o.Source)), read.Select(o => (o.Year, o.Value, o.Source)));
    }

    [Fact]
    public void A_command_about_a_pair_reads_only_its_rows_of_a_parquet_file()
    {
        var folder = Directory.CreateTempSubdirectory("pair-rows-").FullName;
        var file = Path.Combine(folder, "kaz-more.parquet");
        Copy($"COPY (select * from trade where reporter in ('KAZ', 'UZB')) TO '{file}' (FORMAT parquet)");

        var (code, output, error) = TradeAnalytics.Tests.Cli.Cli.Run("series", "KAZ", "ISR", "--data", file, "--no-shipped-data", "--format", "csv");

        Assert.Equal(0, code);
        Assert.Contains("kaz-more.parquet: read the ", error);
        Assert.Contains(" rows about KAZ, ISR", error);
        // DOTS_103.xlsx (Kazakhstan), Exports row 39 (Israel), column AD (2019): 513.947 is the turnover with imports (AD39 of Imports).
        Assert.Contains("2019,513.947,", output);
    }

    private static void Copy(string sql)
    {
        using var result = TradeSql.Query(sql, [Shipped], SqlAccess.Unrestricted);
        _ = result.Rows().ToList();
    }

    private static byte[] Varint(long n)
    {
        var bytes = new List<byte>();
        do
        {
            var b = (byte)(n & 0x7f);
            n >>= 7;
            bytes.Add(n > 0 ? (byte)(b | 0x80) : b);
        }
        while (n > 0);
        return [.. bytes];
    }

    private static byte[] Replace(byte[] source, byte[] find, byte[] with)
    {
        var result = new List<byte>();
        for (var i = 0; i < source.Length;)
        {
            if (source.AsSpan(i).StartsWith(find))
            {
                result.AddRange(with);
                i += find.Length;
            }
            else
            {
                result.Add(source[i++]);
            }
        }

        return [.. result];
    }
}
