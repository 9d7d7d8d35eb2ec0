using Parquet;
using Parquet.Schema;
using TradeAnalytics.Data;
using TradeAnalytics.Parquet;
using TradeAnalytics.Tests.Support;
using CliRunner = TradeAnalytics.Tests.Cli.Cli;

namespace TradeAnalytics.Tests.Scale;

/// <summary>Issue 26: the dataset kept as columns, and the columnar file the data package loads from.</summary>
public class ColumnarTests
{
    [Theory]
    [InlineData("DOTS_103.xlsx!Exports!S39", "DOTS_103.xlsx!Exports!S", 39)]
    [InlineData("processed_data_2008.csv:14085", "processed_data_2008.csv:", 14085)]
    [InlineData("A039", "A0", 39)]
    [InlineData("A00", "A0", 0)]
    [InlineData("x.csv:1234567890123", "x.csv:1234", 567890123)]
    [InlineData("no digits", "no digits", -1)]
    [InlineData("", "", -1)]
    [InlineData("7", "", 7)]
    public void A_source_splits_into_a_prefix_and_a_number_that_give_it_back(string source, string prefix, int number)
    {
        var length = ObservationTable.SplitTrailingNumber(source, out var n);

        Assert.Equal((prefix, number), (source[..length], n));
        Assert.Equal(source, n < 0 ? source[..length] : source[..length] + n);
    }

    [Fact]
    public void Observations_rebuilt_from_columns_equal_the_ones_given_in_order_and_by_series()
    {
        var kaz = new TradeObservation(Economies.Kazakhstan, Economies.Israel, TradeFlow.Exports, 2008, new UsdMillions(1.5), false, "a.xlsx!Exports!S39");
        var given = new[]
        {
            kaz,
            kaz with { Partner = Economies.World, Source = "a.xlsx!Exports!S40" },
            kaz with { Year = 2009, Value = new UsdMillions(2), Estimated = true, Source = "note without a number" },
            kaz with { Product = Product.Hs("2709"), Classification = "H4", Source = "c.csv:007" },
        };

        var dataset = new TradeDataset(given);

        Assert.Equal(given, dataset.Observations);
        Assert.Equal([given[0], given[2]], dataset.ObservationsOf(Economies.Kazakhstan, Economies.Israel, TradeFlow.Exports));
        Assert.Equal([given[3]], dataset.ObservationsOf(Economies.Kazakhstan, Economies.Israel, TradeFlow.Exports, Product.Hs("2709")));
        Assert.Equal([Economies.Israel, Economies.World], dataset.PartnersOf(Economies.Kazakhstan));
        Assert.Equal((2008, 2009), dataset.YearRange);
        Assert.True(dataset.TryGet(Economies.Kazakhstan, Economies.Israel, TradeFlow.Exports, 2009, out var found));
        Assert.Equal(given[2], found);
    }

    [Fact]
    public void A_repeated_key_still_names_both_sources()
    {
        var kaz = new TradeObservation(Economies.Kazakhstan, Economies.Israel, TradeFlow.Exports, 2008, new UsdMillions(1), false, "first:1");
        var other = kaz with { Year = 2010, Source = "other:2" };

        var error = Assert.Throws<ArgumentException>(() => new TradeDataset([kaz, other, kaz with { Value = new UsdMillions(2), Source = "second:3" }]));

        Assert.StartsWith("Two values for KAZ→ISR Exports 2008: first:1 and second:3.", error.Message);
    }

    [Fact]
    public void A_columnar_file_reads_back_the_same_values_sources_and_order()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("columns-").FullName, "x.parquet");
        var extract = ShippedData.ComtradeHs27Israel;

        ColumnarParquet.WriteFile(path, extract);
        var back = ColumnarParquet.ReadFile(path);

        Assert.Equal(extract.Observations, back.Observations);
        Assert.Equal("x.parquet", back.Name);
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void The_committed_columnar_files_are_exactly_what_the_columns_command_writes_from_the_data_package_file()
    {
        var output = Path.Combine(Directory.CreateTempSubdirectory("columns-").FullName, "all.columns.parquet");

        var (code, text, error) = CliRunner.Run("columns", TestPaths.Repo("data", "imf-dots-2022-all.parquet"), "--out", output, "--tables-apart");

        Assert.True(code == 0, error);
        Assert.Contains("wrote 2,581,017 values", text);
        Assert.Contains("its tables to " + ColumnarParquet.TablesPathOf(output), text);
        Assert.Equal(File.ReadAllBytes(TestPaths.Repo("data", "imf-dots-2022-all.columns.parquet")), File.ReadAllBytes(output));
        Assert.Equal(File.ReadAllBytes(TestPaths.Repo("data", "imf-dots-2022-all.columns.tables.parquet")), File.ReadAllBytes(ColumnarParquet.TablesPathOf(output)));
    }

    [Trait("Category", "Slow")]
    [Fact]
    public async Task The_package_values_file_keeps_no_table_in_its_metadata_and_a_reporter_read_decodes_its_entries_only()
    {
        // The footer holds the row groups and each group's reporter; the series lines and source prefixes are in the tables file.
        using (var stream = File.OpenRead(TestPaths.Repo("data", "imf-dots-2022-all.columns.parquet")))
        {
            await using var reader = await ParquetReader.CreateAsync(stream);
            Assert.False(reader.CustomMetadata.ContainsKey(ColumnarParquet.SeriesKey));
            Assert.False(reader.CustomMetadata.ContainsKey(ColumnarParquet.PrefixesKey));
            // data/README.md: 96,933 series lines and 22,224 source prefixes.
            Assert.StartsWith("96933,22224,", reader.CustomMetadata[ColumnarParquet.TablesKey]);
        }

        // Turkey's exports to Israel, every year, value, flag and cell: as the interchange file's reader gives them (another reader
        // of another file), and through Of, which decodes Turkey's row group and its entries of the tables file only.
        var turkey = ImfDots2022All.Of("TUR");
        var interchange = InterchangeParquet.ReadFile(TestPaths.Repo("data", "imf-dots-2022-all.parquet")).Dataset;
        Assert.Equal(
            interchange.ObservationsOf(Economies.Get("TUR"), Economies.Israel, TradeFlow.Exports),
            turkey.ObservationsOf(Economies.Get("TUR"), Economies.Israel, TradeFlow.Exports));
        Assert.Equal(["TUR"], turkey.Reporters.Select(e => e.Code));
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void A_values_file_with_its_tables_apart_reads_back_and_refuses_missing_or_foreign_tables()
    {
        var folder = Directory.CreateTempSubdirectory("columns-apart-").FullName;
        var path = Path.Combine(folder, "x.parquet");
        var tables = ColumnarParquet.TablesPathOf(path);
        Assert.Equal(Path.Combine(folder, "x.tables.parquet"), tables);
        var extract = ShippedData.ComtradeHs27Israel;

        ColumnarParquet.WriteFiles(path, tables, extract);
        Assert.Equal(extract.Observations, ColumnarParquet.ReadFile(path).Observations);

        // Another write's tables beside it: never read together.
        var other = Path.Combine(folder, "other.parquet");
        ColumnarParquet.WriteFiles(other, ColumnarParquet.TablesPathOf(other), ShippedData.ImfDots2022Caucasus);
        File.Copy(ColumnarParquet.TablesPathOf(other), tables, overwrite: true);
        Assert.Contains("its tables file belongs to another write", Assert.Throws<InterchangeFormatException>(() => ColumnarParquet.ReadFile(path)).Message);

        // No tables file at all.
        File.Delete(tables);
        Assert.Contains("its tables file x.tables.parquet is missing", Assert.Throws<InterchangeFormatException>(() => ColumnarParquet.ReadFile(path)).Message);

        // The values file alone, from a stream.
        Assert.Contains("in a tables file beside it", Assert.Throws<InterchangeFormatException>(() => ColumnarParquet.Read(() => File.OpenRead(path), "x.parquet", "x")).Message);
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void The_data_package_writes_back_the_interchange_file_byte_for_byte()
    {
        var output = Path.Combine(Directory.CreateTempSubdirectory("interchange-").FullName, "all.parquet");
        var committed = TestPaths.Repo("data", "imf-dots-2022-all.parquet");

        ImfDots2022All.WriteInterchangeFile(output);

        Assert.Equal(File.ReadAllBytes(committed), File.ReadAllBytes(output));
        Assert.Equal(ImfDots2022All.InterchangeSha256, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(committed))));
    }

    [Fact]
    public void Of_reads_only_the_row_groups_of_the_reporters_asked_for()
    {
        var pair = ImfDots2022All.Of("KAZ", "ISR");

        // DuckDB over the interchange file: select count(*) from trade where reporter in ('KAZ', 'ISR') → 21,362.
        Assert.Equal(21_362, pair.Observations.Count);
        Assert.Equal(["ISR", "KAZ"], pair.Reporters.Select(e => e.Code));
        Assert.Equal(2226.593035, pair.Bilateral("KAZ", "ISR").Exports()[2008]!.Value.Value);
    }

    [Fact]
    public void Of_with_World_partners_reads_the_pair_whole_and_of_the_World_its_trade_with_them_only()
    {
        var read = ImfDots2022All.Of(["KAZ", "ISR"], ["KAZ", "ISR", "WLD"]);

        // DuckDB over the interchange file (the sql command): reporter in ('KAZ', 'ISR') → 21,362; reporter = 'WLD' and partner in
        // ('ISR', 'KAZ', 'WLD') → 302 (ISR 61 + 61, KAZ 29 + 29, WLD 61 + 61, exports + imports).
        Assert.Equal(21_362 + 302, read.Observations.Count);
        Assert.Equal(["ISR", "KAZ", "WLD"], read.Reporters.Select(e => e.Code));
        Assert.Equal(["ISR", "KAZ", "WLD"], read.Observations.Where(o => o.Reporter.Equals(Economies.World)).Select(o => o.Partner.Code).Distinct().Order());
        Assert.Equal("IMF DOTS (2022 edition), all 235 reporters: ISR, KAZ; WLD with ISR, KAZ, WLD", read.Name);

        // The same query: WLD → KAZ exports 2012 = 45122.714065, DOTS_221.xlsx!Exports!BC126; WLD → WLD exports 2012 = 18315141.938235 (BC9).
        var toKazakhstan = read.ObservationsOf(Economies.World, Economies.Kazakhstan, TradeFlow.Exports).Single(o => o.Year == 2012);
        Assert.Equal((45122.714065, "DOTS_221.xlsx!Exports!BC126"), (toKazakhstan.Value.Value, toKazakhstan.Source));
        Assert.Equal(18315141.938235, read.ObservationsOf(Economies.World, Economies.World, TradeFlow.Exports).Single(o => o.Year == 2012).Value.Value);
        Assert.Empty(read.ObservationsOf(Economies.World, Economies.Get("DEU"), TradeFlow.Exports));

        // With the World among the reporters, its report is read whole (DuckDB: reporter = 'WLD' → 25,591).
        Assert.Equal(25_591, ImfDots2022All.Of(["WLD"], ["KAZ"]).Observations.Count);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_reporter_read_in_part_gives_its_series_with_the_partners_asked_for_in_their_order(bool tablesApart)
    {
        // The World with 40 partners, 30 years each: 2,400 rows, more than one part of its report; Kazakhstan with two.
        var partners = Economies.All.Where(e => e.Kind == EconomyKind.Country).Take(40).ToList();
        var rows = partners.SelectMany(p => Enumerable.Range(1991, 30).Select(y => new TradeObservation(Economies.World, p, TradeFlow.Exports, y, new UsdMillions(y - 1990), false, $"w.csv:{p.Code}{y}")))
            .Concat(partners.Take(2).Select(p => new TradeObservation(Economies.Kazakhstan, p, TradeFlow.Imports, 2000, new UsdMillions(7), false, $"k.csv:{p.Code}")))
            .ToList();
        var path = Path.Combine(Directory.CreateTempSubdirectory("columns-part-").FullName, "x.parquet");
        if (tablesApart)
        {
            ColumnarParquet.WriteFiles(path, ColumnarParquet.TablesPathOf(path), new TradeDataset(rows));
        }
        else
        {
            ColumnarParquet.WriteFile(path, new TradeDataset(rows));
        }

        var wanted = new HashSet<string>(StringComparer.Ordinal) { partners[3].Code, partners[37].Code };
        var read = ColumnarParquet.Read(
            () => File.OpenRead(path), tablesApart ? () => File.OpenRead(ColumnarParquet.TablesPathOf(path)) : null, "x.parquet", "x", null,
            new HashSet<string>(StringComparer.Ordinal) { "KAZ" }, new Dictionary<string, IReadOnlySet<string>> { ["WLD"] = wanted });

        Assert.Equal(rows.Where(o => o.Reporter.Equals(Economies.Kazakhstan) || wanted.Contains(o.Partner.Code)), read.Observations);
    }

    [Trait("Category", "Slow")]
    [Fact]
    public async Task The_World_s_report_is_in_parts_of_whole_series_that_read_back_as_the_interchange_file_gives_it()
    {
        using (var stream = File.OpenRead(TestPaths.Repo("data", "imf-dots-2022-all.columns.parquet")))
        {
            await using var reader = await ParquetReader.CreateAsync(stream);
            var byGroup = reader.CustomMetadata[ColumnarParquet.ReportersKey].Split(',');
            Assert.Equal(25, byGroup.Count(r => r == "WLD"));
            Assert.Equal(234 + 24, reader.RowGroupCount);
        }

        var interchange = InterchangeParquet.ReadFile(TestPaths.Repo("data", "imf-dots-2022-all.parquet")).Dataset;
        var read = ImfDots2022All.Of(["DEU"], ["CHN", "WLD"]);
        foreach (var partner in new[] { "CHN", "WLD" })
        {
            foreach (var flow in new[] { TradeFlow.Exports, TradeFlow.Imports })
            {
                Assert.Equal(interchange.ObservationsOf(Economies.World, Economies.Get(partner), flow), read.ObservationsOf(Economies.World, Economies.Get(partner), flow));
            }
        }

        Assert.Equal(interchange.Observations.Count(o => o.Reporter.Code == "DEU"), read.Observations.Count(o => o.Reporter.Code == "DEU"));
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void The_data_package_loaded_from_columns_gives_the_interchange_files_values_and_cells()
    {
        // The columnar load gives the same observations, value, flag and cell, as the interchange file's own row groups of
        // Germany and China (read by the interchange reader, ImfDots2022All.Of).
        var all = ImfDots2022All.Load();
        var pair = ImfDots2022All.Of("DEU", "CHN");

        foreach (var (r, p) in new[] { ("DEU", "CHN"), ("CHN", "DEU") })
        {
            foreach (var flow in new[] { TradeFlow.Exports, TradeFlow.Imports })
            {
                Assert.Equal(
                    pair.ObservationsOf(Economies.Get(r), Economies.Get(p), flow),
                    all.ObservationsOf(Economies.Get(r), Economies.Get(p), flow));
            }
        }

        Assert.Equal(TradeDataset.ImfDotsEstimate, all.EstimateMeaning);
        // DuckDB over the interchange file: select min(year), max(year) from trade → 1960, 2020.
        Assert.Equal((1960, 2020), all.YearRange);
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void Every_command_reads_a_columnar_file_given_as_data()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("columns-cli-").FullName, "paper.parquet");
        ColumnarParquet.WriteFile(path, ShippedData.ImfDots2022);

        var (code, text, error) = CliRunner.Run("series", "KAZ", "ISR", "--from", "2008", "--to", "2008", "--data", path, "--no-shipped-data", "--format", "csv");

        // Turnover: data/imf-dots-2022.csv:14213 (exports 2226.593035, DOTS_103.xlsx!Exports!S39) + :17747 (imports
        // 204.897815, DOTS_103.xlsx!Imports!S39) = 2431.490850, shown to three decimals.
        Assert.True(code == 0, error);
        Assert.Contains("2008,2431.491,false,false,false,DOTS_103.xlsx!Exports!S39 + DOTS_103.xlsx!Imports!S39", text);
        Assert.True(ColumnarParquet.IsColumnarFile(path));
        Assert.False(ColumnarParquet.IsColumnarFile(TestPaths.Repo("data", "imf-dots-2022-all.parquet")));
    }

    [Trait("Category", "Slow")]
    [Fact]
    public async Task A_damaged_columnar_file_is_refused_with_what_is_wrong()
    {
        var folder = Directory.CreateTempSubdirectory("columns-bad-").FullName;
        var good = Path.Combine(folder, "good.parquet");
        ColumnarParquet.WriteFile(good, new TradeDataset([new TradeObservation(Economies.Kazakhstan, Economies.Israel, TradeFlow.Exports, 2008, new UsdMillions(1), false, "a:1")]));

        // A series number outside the series table (written with Parquet.Net, the metadata copied from the good file).
        var bad = Path.Combine(folder, "bad.parquet");
        await RewriteSeries(good, bad, 5);
        var outside = Assert.Throws<InterchangeFormatException>(() => ColumnarParquet.ReadFile(bad));
        Assert.Contains("series 5 is outside its table of 1", outside.Message);

        // Each other number of a row outside what the file's tables and the format allow (the row checks run on the decoding threads).
        foreach (var (row, message) in new[]
        {
            ((0, 2008, 1.0, 3, 0, 1), "classification 3 is outside its table of 1"),
            ((0, 2008, 1.0, 0, 2, 1), "source_prefix 2 is outside its table of 1"),
            ((0, 2008, 1.0, 0, 0, -2), "row 1: source_number -2 is below −1"),
            ((0, 2008, double.NaN, 0, 0, 1), "row 1: value_musd NaN is not a trade value"),
            ((0, 2008, 2e9, 0, 0, 1), "row 1: value_musd 2000000000 is not a trade value"),
        })
        {
            await RewriteRow(good, bad, row);
            Assert.Contains(message, Assert.Throws<InterchangeFormatException>(() => ColumnarParquet.ReadFile(bad)).Message);
        }

        // The interchange layout is not the columnar one.
        var interchange = Path.Combine(folder, "interchange.parquet");
        InterchangeParquet.WriteFile(interchange, ShippedData.ImfDots2022Caucasus.Observations);
        var layout = Assert.Throws<InterchangeFormatException>(() => ColumnarParquet.ReadFile(interchange));
        Assert.Contains("expected series,year,value_musd,estimated,classification,source_prefix,source_number", layout.Message);

        // Not Parquet at all.
        var text = Path.Combine(folder, "text.parquet");
        File.WriteAllText(text, "reporter,partner\n");
        Assert.Throws<InterchangeFormatException>(() => ColumnarParquet.ReadFile(text));
    }

    private static Task RewriteSeries(string from, string to, int series) => RewriteRow(from, to, (series, 2008, 1.0, 0, 0, 1));

    /// <summary>Writes <paramref name="to"/> with the metadata of <paramref name="from"/> and one row of the numbers given.</summary>
    private static async Task RewriteRow(string from, string to, (int Series, int Year, double Value, int Classification, int Prefix, int Number) row)
    {
        Dictionary<string, string> metadata;
        using (var stream = File.OpenRead(from))
        {
            await using var reader = await ParquetReader.CreateAsync(stream);
            metadata = reader.CustomMetadata.ToDictionary();
        }

        using var output = File.Create(to);
        await using var writer = await ParquetWriter.CreateAsync(ColumnarParquet.Schema, output);
        writer.CustomMetadata = metadata;
        using var group = writer.CreateRowGroup();
        var fields = ColumnarParquet.Schema.GetDataFields();
        await group.WriteAsync<int>((DataField<int>)fields[0], new[] { row.Series });
        await group.WriteAsync<int>((DataField<int>)fields[1], new[] { row.Year });
        await group.WriteAsync<double>((DataField<double>)fields[2], new[] { row.Value });
        await group.WriteAsync<bool>((DataField<bool>)fields[3], new[] { false });
        await group.WriteAsync<int>((DataField<int>)fields[4], new[] { row.Classification });
        await group.WriteAsync<int>((DataField<int>)fields[5], new[] { row.Prefix });
        await group.WriteAsync<int>((DataField<int>)fields[6], new[] { row.Number });
    }

    [Fact]
    public void The_shipped_extract_about_a_pair_holds_their_own_and_their_partners_reports_of_them_and_nothing_else()
    {
        var about = ShippedData.ImfDots2022About(Economies.Get("KAZ"), Economies.Get("ISR"));

        // Rows of data/imf-dots-2022.csv with KAZ or ISR as reporter or partner, counted by
        // awk -F, 'NR>1 && ($1=="KAZ"||$1=="ISR"||$2=="KAZ"||$2=="ISR")' data/imf-dots-2022.csv | wc -l
        Assert.Equal(21_763, about.Observations.Count);
        var exports = Assert.Single(about.Observations, o => o is { Reporter.Code: "KAZ", Partner.Code: "ISR", Flow: TradeFlow.Exports, Year: 2008 });
        Assert.Equal((2226.593035, "DOTS_103.xlsx!Exports!S39"), (exports.Value.Value, exports.Source)); // line 14213
        var mirror = Assert.Single(about.Observations, o => o is { Reporter.Code: "UZB", Partner.Code: "ISR", Flow: TradeFlow.Exports, Year: 2008 });
        Assert.Equal((0.119695, "DOTS_210.xlsx!Exports!S37"), (mirror.Value.Value, mirror.Source)); // line 36759
        Assert.DoesNotContain(about.Observations, o => o.Reporter.Code is not ("KAZ" or "ISR") && o.Partner.Code is not ("KAZ" or "ISR"));
        Assert.Equal(ShippedData.ImfDots2022.Name, about.Name);
    }
}

/// <summary>
/// The extract's one-set cache, alone: a test of another class asking for another pair between the two calls would replace the
/// set (it did once, under a parallel load), so these run after every parallel test, one at a time.
/// </summary>
[Collection(nameof(ShippedExtractCacheTests))]
public class ShippedExtractCacheTests
{
    [Fact]
    public void The_set_of_economies_asked_for_last_is_kept_in_any_order_and_replaced_by_another()
    {
        var about = ShippedData.ImfDots2022About(Economies.Get("KAZ"), Economies.Get("ISR"));

        Assert.Same(about, ShippedData.ImfDots2022About(Economies.Get("ISR"), Economies.Get("KAZ")));
        var other = ShippedData.ImfDots2022About(Economies.Get("UZB"), Economies.Get("ISR"));
        Assert.NotSame(about, other);
        Assert.NotSame(about, ShippedData.ImfDots2022About(Economies.Get("KAZ"), Economies.Get("ISR")));
    }
}

/// <summary>A collection run on its own, after the parallel ones.</summary>
[CollectionDefinition(nameof(ShippedExtractCacheTests), DisableParallelization = true)]
public class ShippedExtractCacheCollection;
