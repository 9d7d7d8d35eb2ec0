using System.Globalization;
using TradeAnalytics.Analytics;
using TradeAnalytics.Tests.Support;

namespace TradeAnalytics.Tests.Indicators;

/// <summary>
/// Issue 41: the RCA and complexity code against another implementation's published results (R package economiccomplexity,
/// 1998–2000 world trade by SITC product; ../shared/data/oracles/economiccomplexity, CC BY-NC: read here, never shipped).
/// </summary>
public class ComplexityOracleTests
{
    private static string Oracle(string file) => Path.Combine(TestPaths.OraclesFolder, file);

    private static IEnumerable<string[]> Rows(string file) => File.ReadLines(Oracle(file)).Skip(1).Select(l => l.Split(',').Select(f => f.Trim('"')).ToArray());

    private static RevealedAdvantage Rca() => RevealedAdvantage.Balassa(Rows("world_trade_avg_1998_to_2000.csv")
        .Select(r => new ExportCell(r[0], r[1], double.Parse(r[2], CultureInfo.InvariantCulture))));

    [RequiresOraclesFact]
    public void The_binary_balassa_index_agrees_with_the_oracle_on_all_124336_cells()
    {
        var rca = Rca();
        var ones = Rows("balassa_index_binary_ones.csv").Select(r => (r[0], r[1])).ToHashSet();
        var cells = Rows("world_trade_avg_1998_to_2000.csv").Select(r => (r[0], r[1])).ToList();

        var disagree = cells.Where(c => rca.Binary(c.Item1, c.Item2) != (ones.Contains(c) ? 1 : 0)).ToList();

        Assert.Equal(124_336, cells.Count);
        Assert.Equal(31_951, ones.Count);
        Assert.Empty(disagree);
        Assert.Equal(ones, rca.Specialised().Select(c => (c.Economy, c.Product)).ToHashSet());
        // SOURCE.md: kaz,3330 (crude petroleum) RCA = 1.1979.
        Assert.Equal(1.1979, rca.Of("kaz", "3330"), 4);
    }

    [Trait("Category", "Slow")]
    [RequiresOraclesFact]
    public void Fitness_complexity_reproduces_the_oracles_eci_and_pci_with_the_mean_normalisation_at_each_iteration()
    {
        // The package's fitness run: 20 iterations counting the start, extremality 1, each iterate divided by its mean.
        var result = Complexity.Fitness(Rca().Specialised());
        var eci = Rows("eci_fitness_country.csv").ToDictionary(r => r[0], r => double.Parse(r[1], CultureInfo.InvariantCulture));
        var pci = Rows("pci_fitness_product.csv").ToDictionary(r => r[0], r => double.Parse(r[1], CultureInfo.InvariantCulture));

        Assert.Equal(eci.Keys.Order(), result.Economies.Keys.Order());
        Assert.Equal(pci.Keys.Order(), result.Products.Keys.Order());
        // Within 1e-12 (Assert.Equal's decimal places round both sides, so 0.4283299868455 and 0.42832998684549983 would differ).
        Assert.All(eci, e => Assert.True(Math.Abs(e.Value - result.Economies[e.Key]) < 1e-12, $"{e.Key}: {e.Value} against {result.Economies[e.Key]}"));
        Assert.All(pci, p => Assert.True(Math.Abs(p.Value - result.Products[p.Key]) < 1e-12, $"{p.Key}: {p.Value} against {result.Products[p.Key]}"));
        // SOURCE.md: isr 1.5927, kaz 0.7325, uzb 0.9117.
        Assert.Equal(1.5927, result.Economies["isr"], 4);
        Assert.Equal(0.7325, result.Economies["kaz"], 4);
        Assert.Equal(0.9117, result.Economies["uzb"], 4);
    }

    [Fact]
    public void Reflections_on_a_nested_matrix_rank_the_diversified_economy_first()
    {
        // Economy a exports products 1, 2, 3; b exports 1, 2; c exports 1. Diversity 3, 2, 1; ubiquity 3, 2, 1.
        // Iteration 2: k_c = mean ubiquity of its products: a (3+2+1)/3 = 2, b (3+2)/2 = 2.5, c 3. Iteration 3 ... the ECI (odd
        // iteration, standardised) orders a > b > c: the economy making the rare products is the complex one.
        var cells = new HashSet<(string, string)> { ("a", "1"), ("a", "2"), ("a", "3"), ("b", "1"), ("b", "2"), ("c", "1") };

        var result = Complexity.Reflections(cells, iterations: 4);

        Assert.True(result.Economies["a"] > result.Economies["b"] && result.Economies["b"] > result.Economies["c"]);
        Assert.True(result.Products["3"] > result.Products["2"] && result.Products["2"] > result.Products["1"]);
        Assert.Equal(0, result.Economies.Values.Average(), 12);
    }

    [Fact]
    public void A_cell_listed_twice_or_a_negative_value_is_refused()
    {
        Assert.Contains("listed twice", Assert.Throws<ArgumentException>(() => RevealedAdvantage.Balassa([new("a", "1", 1), new("a", "1", 2)])).Message, StringComparison.Ordinal);
        Assert.Contains("negative or not finite", Assert.Throws<ArgumentException>(() => RevealedAdvantage.Balassa([new("a", "1", -1)])).Message, StringComparison.Ordinal);
    }
}
