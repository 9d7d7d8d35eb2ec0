using System.Globalization;
using TradeAnalytics.Analytics;
using TradeAnalytics.Sources;
using TradeAnalytics.Sources.UnComtrade;
using TradeAnalytics.Tests.Support;
using CliRunner = TradeAnalytics.Tests.Cli.Cli;

namespace TradeAnalytics.Tests.Products;

/// <summary>Issue 25: UN Comtrade by HS chapter for Israel and the Caucasus, and what a pair trades by chapter.</summary>
public class ChapterTests
{
    [Trait("Category", "Slow")]
    [RequiresChapterArchiveFact]
    public void The_archive_is_read_whole_with_the_source_examples_value()
    {
        var import = TradeFileImporter.Import(TestPaths.ChapterArchive);

        Assert.Equal(ComtradeChapterFiles.FormatName, import.Format);
        Assert.True(import.Reconciles);
        // SOURCE.md: Azerbaijan's exports to Israel, 2018, chapter 27 = 1,308,698,672 US$ (Azerbaijan;2018;Export;27.csv, line 23).
        var oil = import.Observations.Single(o => o.Reporter.Code == "AZE" && o.Partner.Code == "ISR" && o.Flow == TradeFlow.Exports && o.Year == 2018 && o.Product == Product.Hs("27"));
        Assert.Equal((1308.698672, "Azerbaijan;2018;Export;27.csv:23"), (oil.Value.Value, oil.Source));
        // "Central Asia" is the UN M49 subregion 143: an aggregate, never a country.
        Assert.Contains(import.Observations, o => o.Partner.Code == "M143");
        Assert.False(Economies.Get("M143").IsCountry);
        // The files of other layouts (mena…, rtList.csv, coordinates) are listed as not read; chapter 34 has no file at all.
        Assert.Contains(import.Report, l => l.Contains("not read, of other layouts or not regular files (162)", StringComparison.Ordinal));
        Assert.Contains(import.Report, l => l.Contains("(34 never appear)", StringComparison.Ordinal));
        // SOURCE.md: Azerbaijan 2017 has no chapter-27 file: a gap, reported, and no value.
        Assert.DoesNotContain(import.Observations, o => o.Reporter.Code == "AZE" && o.Year == 2017 && o.Flow == TradeFlow.Exports && o.Product == Product.Hs("27"));
        Assert.Contains(import.Report, l => l.StartsWith("gaps, not zeros:", StringComparison.Ordinal));
    }

    [Trait("Category", "Slow")]
    [RequiresChapterArchiveFact]
    public void The_committed_extract_and_chapter_names_are_what_import_makes_of_the_archive()
    {
        var folder = Directory.CreateTempSubdirectory("chapters-").FullName;
        var output = Path.Combine(folder, "comtrade-hs2-caucasus.csv");
        var names = Path.Combine(folder, "hs-chapters.csv");

        var (code, _, error) = CliRunner.Run("import", TestPaths.ChapterArchive, "--partners", "ISR,AZE,GEO,ARM,M143,WLD", "--out", output, "--chapter-names", names);

        Assert.True(code == 0, error);
        Assert.Equal(File.ReadAllBytes(TestPaths.Repo("data", "comtrade-hs2-caucasus.csv")), File.ReadAllBytes(output));
        Assert.Equal(File.ReadAllBytes(TestPaths.Repo("data", "hs-chapters.csv")), File.ReadAllBytes(names));
    }

    [Fact]
    public void A_row_that_disagrees_with_its_file_name_and_an_unknown_partner_are_rejected_with_their_lines()
    {
        var folder = Directory.CreateTempSubdirectory("chapter-files-").FullName;
        const string header = "yr,periodDesc,rgDesc,rtTitle,cmdCode,cmdDescE,Subregion,Region,TradeValue,rtLat,rtLon,ptLon,ptLat\n";
        File.WriteAllText(Path.Combine(folder, "Israel;2020;Import;27.csv"), header
            + "2020,2020,Import,Israel,27,Mineral fuels,World,World,5000000000,0,0,,\n"
            + "2019,2019,Import,Israel,27,Mineral fuels,Azerbaijan, Azerbaijan,700000000,0,0,,\n"
            + "2020,2020,Import,Israel,27,Mineral fuels,Atlantis, Atlantis,5,0,0,,\n"
            + "2020,2020,Import,Israel,27,Mineral fuels,Central Asia,Asia,12000000,0,0,,\n");
        File.WriteAllText(Path.Combine(folder, "rtList.csv"), "rtTitle\nIsrael\n");

        var import = TradeFileImporter.Import(folder);

        Assert.True(import.Reconciles);
        Assert.Equal(["M143", "WLD"], import.Observations.Select(o => o.Partner.Code).Order());
        Assert.Contains(import.Report, l => l.Contains("Israel;2020;Import;27.csv:3: year 2019, not the file name's 2020", StringComparison.Ordinal));
        Assert.Contains(import.Report, l => l.StartsWith("partner labels in no name table", StringComparison.Ordinal) && l.Contains("Atlantis", StringComparison.Ordinal));
        Assert.Contains(import.Report, l => l.Contains("rtList.csv", StringComparison.Ordinal));
        Assert.Equal(2, import.Rejected);
    }

    [RequiresChapterArchiveFact]
    public void A_cut_archive_is_an_error_naming_it_never_a_shorter_import()
    {
        var bytes = File.ReadAllBytes(TestPaths.ChapterArchive);
        var cut = Path.Combine(Directory.CreateTempSubdirectory("chapter-cut-").FullName, "cut.tar.gz");
        File.WriteAllBytes(cut, bytes[..(bytes.Length * 2 / 3)]);

        var error = Assert.ThrowsAny<Exception>(() => TradeFileImporter.Import(cut));

        Assert.Contains("cut.tar.gz", error.Message);
    }

    [Fact]
    public void Products_of_azerbaijan_and_israel_in_2021_answer_from_the_shipped_data()
    {
        var (code, output, error) = CliRunner.Run("products", "AZE", "ISR", "--year", "2021", "--format", "csv", "--top", "3");

        Assert.True(code == 0, error);
        var lines = output.Split('\n');
        // Azerbaijan;2021;Export;27.csv line 24: Israel 888,011,215 US$; line 18: World 19,631,204,365 US$ (888.011215 / 19,631.204365 = 4.5 %).
        Assert.StartsWith("exports,1,27,\"Mineral fuels, mineral oils and products of their distillation; bituminous substances; mineral waxes\",888.011,", lines[1]);
        Assert.EndsWith(",4.5,2021", lines[1]);
        // Azerbaijan;2021;Import;28.csv line 19: Israel 9,545,875 US$; Import;84.csv line 24: 7,736,764 US$.
        Assert.Contains(lines, l => l.StartsWith("imports,1,28,", StringComparison.Ordinal) && l.Contains(",9.546,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("imports,2,84,", StringComparison.Ordinal) && l.Contains(",7.737,", StringComparison.Ordinal));
    }

    [Fact]
    public void The_diversification_is_that_of_the_extracts_rows()
    {
        // Every chapter Azerbaijan reports exporting to Israel in 2021, read straight from the committed extract.
        var rows = File.ReadLines(TestPaths.Repo("data", "comtrade-hs2-caucasus.csv")).Skip(1).Select(l => l.Split(','))
            .Where(f => f[0] == "AZE" && f[1] == "ISR" && f[2] == "exports" && f[3] == "2021")
            .Select(f => double.Parse(f[4], CultureInfo.InvariantCulture)).ToList();
        var total = rows.Sum();
        var hhi = rows.Sum(v => (v / total) * (v / total));

        var mix = ProductMix.Of(ShippedData.ComtradeHs2Caucasus, Economies.Get("AZE"), Economies.Israel, TradeFlow.Exports, 2021, 2021);

        Assert.Equal(rows.Count, mix.Chapters.Count);
        Assert.Equal(total, mix.Total!.Value.Value, 9);
        Assert.Equal(hhi, mix.Herfindahl!.Value, 12);
        Assert.Equal(1, mix.ChaptersFor90Percent);   // chapter 27 alone: 888.011 of the total
        Assert.Equal("27", mix.Chapters[0].Chapter.ToCode());
    }

    [Fact]
    public void The_chapters_among_a_few_economies_are_their_rows_of_the_extract_and_give_the_same_mixes()
    {
        var (israel, azerbaijan) = (Economies.Israel, Economies.Get("AZE"));
        var among = ShippedData.ComtradeHs2CaucasusAmong(israel, azerbaijan, Economies.World);

        // Rows of data/comtrade-hs2-caucasus.csv whose reporter and partner are both ISR, AZE or WLD, counted by
        // awk -F, 'NR>1 && ($1=="ISR"||$1=="AZE"||$1=="WLD") && ($2=="ISR"||$2=="AZE"||$2=="WLD")' data/comtrade-hs2-caucasus.csv | wc -l
        Assert.Equal(11_528, among.Observations.Count);
        Assert.DoesNotContain(among.Observations, o => o.Reporter.Code is not ("ISR" or "AZE" or "WLD") || o.Partner.Code is not ("ISR" or "AZE" or "WLD"));
        var oil = Assert.Single(among.Observations, o => o is { Reporter.Code: "AZE", Partner.Code: "ISR", Flow: TradeFlow.Exports, Year: 2021 } && o.Product == Product.Hs("27"));
        Assert.Equal((888.011215, "Azerbaijan;2021;Export;27.csv:24"), (oil.Value.Value, oil.Source));   // line 21726
        var machines = Assert.Single(among.Observations, o => o is { Reporter.Code: "ISR", Partner.Code: "AZE", Flow: TradeFlow.Exports, Year: 2021 } && o.Product == Product.Hs("84"));
        Assert.Equal((8.774, "Israel;2021;Export;84.csv:19"), (machines.Value.Value, machines.Source));   // line 51262
        Assert.Equal(ShippedData.ComtradeHs2Caucasus.Name, among.Name);

        // Figure 8's mixes (with the gaps and world shares that need the World rows) are those of the whole extract.
        foreach (var (reporter, partner, flow) in new[] { (israel, azerbaijan, TradeFlow.Exports), (azerbaijan, israel, TradeFlow.Exports), (israel, azerbaijan, TradeFlow.Imports) })
        {
            var whole = ProductMix.Of(ShippedData.ComtradeHs2Caucasus, reporter, partner, flow, 2015, 2021);
            var part = ProductMix.Of(among, reporter, partner, flow, 2015, 2021);
            Assert.NotEmpty(whole.Chapters);
            Assert.Equal(whole.Chapters.Select(c => (c.Chapter, c.Value, c.ShareOfPair, c.World, string.Join("|", c.Sources))), part.Chapters.Select(c => (c.Chapter, c.Value, c.ShareOfPair, c.World, string.Join("|", c.Sources))));
            Assert.Equal(whole.Gaps, part.Gaps);
        }

        Assert.Throws<ArgumentException>(() => ShippedData.ComtradeHs2CaucasusAmong());
    }

    [Fact]
    public void A_reporter_without_chapter_data_is_told_whose_report_to_read()
    {
        var (code, _, error) = CliRunner.Run("products", "KAZ", "ISR", "--year", "2021");

        Assert.Equal(1, code);
        Assert.Contains("no chapter data reported by Kazakhstan (KAZ)", error);
    }

    [Fact]
    public void A_reporters_chapters_are_read_alone_with_the_same_values_and_cells()
    {
        var azerbaijan = Economies.Get("AZE");
        var read = ShippedData.ComtradeHs2CaucasusReportedBy(azerbaijan, Economies.Israel, Economies.World);

        Assert.Equal(["AZE"], read.Reporters.Select(r => r.Code));
        // data/comtrade-hs2-caucasus.csv:21726: AZE,ISR,exports,2021,888.011215 (Azerbaijan;2021;Export;27.csv:24), chapter 27.
        var oil = read.ObservationsOf(azerbaijan, Economies.Israel, TradeFlow.Exports, Product.Hs("27")).Single(o => o.Year == 2021);
        Assert.Equal((888.011215, "Azerbaijan;2021;Export;27.csv:24"), (oil.Value.Value, oil.Source));
        Assert.Equal(
            ShippedData.ComtradeHs2Caucasus.ObservationsOf(azerbaijan, Economies.World, TradeFlow.Exports, Product.Hs("27")),
            read.ObservationsOf(azerbaijan, Economies.World, TradeFlow.Exports, Product.Hs("27")));
    }
}
