using TradeAnalytics.Sources;
using TradeAnalytics.Sources.Imf;
using TradeAnalytics.Tests.Support;
using CliRunner = TradeAnalytics.Tests.Cli.Cli;

namespace TradeAnalytics.Tests.National;

/// <summary>Issue 25: the third-party copy of the IMF's 2025 exports, read as what it is.</summary>
public class ImtsCopyTests
{
    [RequiresImtsCopyFact]
    public void The_copy_is_read_whole_with_the_source_examples_values_each_flagged()
    {
        var import = TradeFileImporter.Import(TestPaths.ImtsCopy);

        Assert.Equal(ImtsCopyJson.FormatName, import.Format);
        Assert.True(import.Reconciles);
        // 22,100 edges and 196 nodes in trade_data.json (SOURCE.md: "196 economies").
        Assert.Equal(22_100 + 196, import.Observations.Count + import.Rejected);
        Assert.All(import.Observations, o => Assert.True(o.Estimated));
        Assert.All(import.Observations, o => Assert.Equal(2025, o.Year));

        // SOURCE.md examples: Azerbaijan → Israel 599.9, Israel → Azerbaijan 345.0, Uzbekistan → Israel 85.6, Kazakhstan → Israel 49.4.
        double Exports(string from, string to) => import.Observations.Single(o => o.Reporter.Code == from && o.Partner.Code == to).Value.Value;
        Assert.Equal(599.9, Exports("AZE", "ISR"));
        Assert.Equal(345.0, Exports("ISR", "AZE"));
        Assert.Equal(85.6, Exports("UZB", "ISR"));
        Assert.Equal(49.4, Exports("KAZ", "ISR"));
        var azerbaijan = import.Observations.Single(o => o.Reporter.Code == "AZE" && o.Partner.Code == "ISR");
        Assert.Contains("edges[10772]", azerbaijan.Source);
        Assert.Contains("third-party copy of preliminary IMF data", azerbaijan.Source);
        // The node's totalExports (Israel: 52,750.4) is the copy's own total, not the sum of its 131 edges (52,659.3 by python
        // over trade_data.json, edges whose source is "Israel"): the source gives both.
        var world = import.Observations.Single(o => o.Reporter.Code == "ISR" && o.Partner.Code == "WLD");
        Assert.Equal(52_750.4, world.Value.Value);
        Assert.Contains("not the IMF's World", world.Source);
        Assert.Contains("its 131 rounded edges sum to 52659.3", world.Source);
    }

    [RequiresImtsCopyFact]
    public void The_committed_extract_is_what_import_makes_of_the_copy()
    {
        var output = Path.Combine(Directory.CreateTempSubdirectory("imts-copy-").FullName, "imts-2025-copy.csv");
        const string states = "ISR,KAZ,KGZ,TJK,TKM,UZB,ARM,AZE,GEO";

        var (code, _, error) = CliRunner.Run("import", TestPaths.ImtsCopy, "--reporters", states, "--partners", states + ",WLD", "--out", output);

        Assert.True(code == 0, error);
        Assert.Equal(File.ReadAllBytes(TestPaths.Repo("data", "imts-2025-copy.csv")), File.ReadAllBytes(output));
    }

    [Fact]
    public void An_unknown_name_a_missing_value_and_a_repeated_pair_are_rejected_by_their_index()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("imts-copy-faulty-").FullName, "trade_data.json");
        File.WriteAllText(file, """
            {"nodes": [{"id": "Israel", "totalExports": 10.5}, {"id": "Atlantis", "totalExports": 1}],
             "edges": [{"source": "Israel", "target": "Azerbaijan", "value": 3.5},
                       {"source": "Atlantis", "target": "Israel", "value": 1.0},
                       {"source": "Israel", "target": "Georgia"},
                       {"source": "Israel", "target": "Azerbaijan", "value": 4.0}]}
            """);

        var import = TradeFileImporter.Import(file);

        Assert.True(import.Reconciles);
        Assert.Equal(2, import.Observations.Count);
        Assert.Equal(4, import.Rejected);
        Assert.Contains(import.Report, l => l.Contains("Atlantis", StringComparison.Ordinal) && l.StartsWith("economy names in no name table", StringComparison.Ordinal));
        Assert.Contains(import.Report, l => l.Contains("edges[2]", StringComparison.Ordinal) && l.Contains("no numeric value", StringComparison.Ordinal));
        Assert.Contains(import.Report, l => l.Contains("edges[3]", StringComparison.Ordinal) && l.Contains("a second time", StringComparison.Ordinal));
    }

    [Fact]
    public void A_cut_copy_is_an_error_naming_it_never_a_shorter_import()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("imts-copy-cut-").FullName, "trade_data.json");
        File.WriteAllText(file, """{"nodes": [{"id": "Israel", "totalExports": 10.5}], "edges": [{"source": "Israel", "target": "Azerb""");

        var error = Assert.Throws<FormatException>(() => TradeFileImporter.Import(file));

        Assert.Contains("trade_data.json", error.Message);
        Assert.Contains("cut short", error.Message);
    }

    [Fact]
    public void The_shipped_copy_answers_as_its_own_source_flagged()
    {
        var (code, output, error) = CliRunner.Run("series", "KAZ", "ISR", "--flow", "exports", "--source", "imts2025", "--format", "csv");

        Assert.True(code == 0, error);
        // data/imts-2025-copy.csv: KAZ,ISR,exports,2025,49.4 from trade_data.json:edges[4889].
        Assert.Contains("2025,49.400,true", output);
        Assert.Contains("edges[4889]", output);
    }
}
