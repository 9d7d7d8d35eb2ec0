namespace TradeAnalytics.Analytics;

/// <summary>One economy's exports of one product, in any one unit for the whole table.</summary>
/// <param name="Economy">The exporter, by code.</param>
/// <param name="Product">The product, by code.</param>
/// <param name="Value">The exports; a cell not listed is no exports (zero), as in the tables these indices are computed on.</param>
public readonly record struct ExportCell(string Economy, string Product, double Value);

/// <summary>Balassa's revealed comparative advantage over a whole economy × product table.</summary>
public sealed class RevealedAdvantage
{
    private readonly Dictionary<(string Economy, string Product), double> _rca;

    private RevealedAdvantage(Dictionary<(string, string), double> rca, IReadOnlyList<string> economies, IReadOnlyList<string> products)
    {
        _rca = rca;
        Economies = economies;
        Products = products;
    }

    /// <summary>The economies of the table, in code order.</summary>
    public IReadOnlyList<string> Economies { get; }

    /// <summary>The products of the table, in code order.</summary>
    public IReadOnlyList<string> Products { get; }

    /// <summary>The number of cells with a positive value.</summary>
    public int Cells => _rca.Count;

    /// <summary>
    /// Balassa's index for every positive cell: RCA_cp = (x_cp / x_c) / (x_p / x), x_c the economy's exports of all products
    /// of the table, x_p the World's (the table's sum over economies) exports of the product, x the table's total.
    /// </summary>
    /// <remarks>
    /// Balassa (1965), "Trade liberalisation and 'revealed' comparative advantage", The Manchester School 33; WITS, "Revealed
    /// comparative advantage". The "World" is the table: an index is only as wide as the economies and products it holds.
    /// A cell listed twice is an error; a negative or non-finite value is an error; a cell not listed is zero exports.
    /// </remarks>
    /// <param name="cells">The table's positive cells.</param>
    /// <exception cref="ArgumentException">A cell repeated, or a value negative or not finite.</exception>
    public static RevealedAdvantage Balassa(IEnumerable<ExportCell> cells)
    {
        Preconditions.NotNull(cells);
        var values = new Dictionary<(string, string), double>();
        var byEconomy = new Dictionary<string, double>(StringComparer.Ordinal);
        var byProduct = new Dictionary<string, double>(StringComparer.Ordinal);
        double total = 0;
        foreach (var c in cells)
        {
            if (!double.IsFinite(c.Value) || c.Value < 0)
            {
                throw new ArgumentException($"{c.Economy} × {c.Product}: {c.Value} is not an export value (negative or not finite).", nameof(cells));
            }

            if (c.Value == 0)
            {
                continue;
            }

            if (!values.TryAdd((c.Economy, c.Product), c.Value))
            {
                throw new ArgumentException($"{c.Economy} × {c.Product} is listed twice ({values[(c.Economy, c.Product)]} and {c.Value}): two values for one cell.", nameof(cells));
            }

            byEconomy[c.Economy] = byEconomy.GetValueOrDefault(c.Economy) + c.Value;
            byProduct[c.Product] = byProduct.GetValueOrDefault(c.Product) + c.Value;
            total += c.Value;
        }

        var rca = values.ToDictionary(kv => kv.Key, kv => (kv.Value / byEconomy[kv.Key.Item1]) / (byProduct[kv.Key.Item2] / total));
        return new RevealedAdvantage(rca, [.. byEconomy.Keys.Order(StringComparer.Ordinal)], [.. byProduct.Keys.Order(StringComparer.Ordinal)]);
    }

    /// <summary>The continuous index of a cell; 0 for a cell with no exports.</summary>
    /// <param name="economy">The economy's code.</param>
    /// <param name="product">The product's code.</param>
    public double Of(string economy, string product) => _rca.GetValueOrDefault((economy, product));

    /// <summary>The binary index: 1 where RCA ≥ <paramref name="cutoff"/> (1 by convention), else 0.</summary>
    /// <param name="economy">The economy's code.</param>
    /// <param name="product">The product's code.</param>
    /// <param name="cutoff">The threshold.</param>
    public int Binary(string economy, string product, double cutoff = 1) => Of(economy, product) >= cutoff ? 1 : 0;

    /// <summary>The cells whose binary index is 1: the economy × product specialisation matrix complexity is computed on.</summary>
    /// <param name="cutoff">The threshold.</param>
    public IReadOnlySet<(string Economy, string Product)> Specialised(double cutoff = 1)
        => _rca.Where(kv => kv.Value >= cutoff).Select(kv => kv.Key).ToHashSet();
}

/// <summary>Complexity of the economies and products of a specialisation matrix.</summary>
/// <param name="Economies">Each economy's index, by code.</param>
/// <param name="Products">Each product's index, by code.</param>
/// <param name="Method">How it was computed, with its parameters and normalisation.</param>
/// <remarks>An economy or product with no comparative advantage at all has no index: it is absent here, never zero.</remarks>
public sealed record ComplexityIndices(IReadOnlyDictionary<string, double> Economies, IReadOnlyDictionary<string, double> Products, string Method);

/// <summary>Economic complexity (ECI and PCI) by the fitness method and by the method of reflections.</summary>
public static class Complexity
{
    /// <summary>
    /// Fitness and complexity (Tacchella et al. 2012): from F = Q = 1, for n = 2 … <paramref name="iterations"/>:
    /// F_c ← Σ_p M_cp Q_p and Q_p ← 1 / (Σ_c M_cp (1 / F_c)^γ)^(1/γ), each using the other's previous iterate, and each
    /// divided by its mean (mean 1 at every iteration). The economies' fitness is the ECI, the products' complexity the PCI.
    /// </summary>
    /// <remarks>
    /// Tacchella, Cristelli, Caldarelli, Gabrielli and Pietronero (2012), "A new metrics for countries' fitness and products'
    /// complexity", Scientific Reports 2:723; γ (<paramref name="extremality"/>) = 1 is their form. The iteration count and
    /// the mean normalisation are those of the R package economiccomplexity (default 20 iterations counting the start),
    /// whose published results on 1998–2000 trade the tests reproduce to 1e-12.
    /// </remarks>
    /// <param name="specialised">The cells where an economy has a comparative advantage in a product (binary RCA = 1).</param>
    /// <param name="iterations">Iterations, counting the starting vector (at least 2).</param>
    /// <param name="extremality">γ, at least 1.</param>
    public static ComplexityIndices Fitness(IReadOnlySet<(string Economy, string Product)> specialised, int iterations = 20, double extremality = 1)
    {
        Preconditions.NotNull(specialised);
        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(extremality, 1);
        var (economies, products, byEconomy, byProduct) = Index(specialised);
        if (economies.Length == 0)
        {
            throw new ArgumentException("No economy has a comparative advantage in any product: complexity has nothing to measure.", nameof(specialised));
        }

        var f = Enumerable.Repeat(1d, economies.Length).ToArray();
        var q = Enumerable.Repeat(1d, products.Length).ToArray();
        for (var n = 2; n <= iterations; n++)
        {
            var nextF = byEconomy.Select(ps => ps.Sum(p => q[p])).ToArray();
            var nextQ = byProduct.Select(cs => 1 / Math.Pow(cs.Sum(c => Math.Pow(1 / f[c], extremality)), 1 / extremality)).ToArray();
            Normalise(nextF, mean: true);
            Normalise(nextQ, mean: true);
            (f, q) = (nextF, nextQ);
        }

        return Result(economies, f, products, q, $"fitness (Tacchella et al. 2012), {iterations} iterations, extremality {extremality}, each iterate divided by its mean");
    }

    /// <summary>
    /// The method of reflections (Hidalgo and Hausmann 2009): k_c,0 = diversity, k_p,0 = ubiquity, then k_c,n = Σ_p M_cp
    /// k_p,n−1 / k_c,0 and k_p,n = Σ_c M_cp k_c,n−1 / k_p,0; the ECI is k_c at iteration <paramref name="iterations"/> − 1
    /// (odd), the PCI k_p at <paramref name="iterations"/> (even), each standardised (mean 0, standard deviation 1 with n − 1).
    /// Converges to the eigenvector of the second-largest eigenvalue that the Atlas of Economic Complexity uses.
    /// </summary>
    /// <remarks>
    /// Hidalgo and Hausmann (2009), "The building blocks of economic complexity", PNAS 106(26); the indexing of iterations
    /// (the starting vectors count as the first) follows the R package economiccomplexity.
    /// </remarks>
    /// <param name="specialised">The cells where an economy has a comparative advantage in a product.</param>
    /// <param name="iterations">Iterations, counting the start (at least 3, even by convention).</param>
    public static ComplexityIndices Reflections(IReadOnlySet<(string Economy, string Product)> specialised, int iterations = 20)
    {
        Preconditions.NotNull(specialised);
        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, 3);
        var (economies, products, byEconomy, byProduct) = Index(specialised);
        if (economies.Length < 2 || products.Length < 2)
        {
            throw new ArgumentException("Reflections need at least two economies and two products with a comparative advantage.", nameof(specialised));
        }

        var diversity = byEconomy.Select(ps => (double)ps.Length).ToArray();
        var ubiquity = byProduct.Select(cs => (double)cs.Length).ToArray();
        var kc = (double[])diversity.Clone();
        var kp = (double[])ubiquity.Clone();
        var eci = kc;
        for (var n = 2; n <= iterations; n++)
        {
            var nextC = byEconomy.Select((ps, c) => ps.Sum(p => kp[p]) / diversity[c]).ToArray();
            var nextP = byProduct.Select((cs, p) => cs.Sum(c => kc[c]) / ubiquity[p]).ToArray();
            (kc, kp) = (nextC, nextP);
            if (n == iterations - 1)
            {
                eci = kc;
            }
        }

        eci = (double[])eci.Clone();
        Normalise(eci, mean: false);
        Normalise(kp, mean: false);
        return Result(economies, eci, products, kp, $"reflections (Hidalgo and Hausmann 2009), economies at iteration {iterations - 1}, products at {iterations}, standardised");
    }

    private static (string[] Economies, string[] Products, int[][] ByEconomy, int[][] ByProduct) Index(IReadOnlySet<(string Economy, string Product)> cells)
    {
        var economies = cells.Select(c => c.Economy).Distinct().Order(StringComparer.Ordinal).ToArray();
        var products = cells.Select(c => c.Product).Distinct().Order(StringComparer.Ordinal).ToArray();
        var e = economies.Select((code, i) => (code, i)).ToDictionary(x => x.code, x => x.i, StringComparer.Ordinal);
        var p = products.Select((code, i) => (code, i)).ToDictionary(x => x.code, x => x.i, StringComparer.Ordinal);
        var byEconomy = economies.Select(_ => new List<int>()).ToArray();
        var byProduct = products.Select(_ => new List<int>()).ToArray();
        foreach (var (economy, product) in cells)
        {
            byEconomy[e[economy]].Add(p[product]);
            byProduct[p[product]].Add(e[economy]);
        }

        return (economies, products, byEconomy.Select(l => l.ToArray()).ToArray(), byProduct.Select(l => l.ToArray()).ToArray());
    }

    /// <summary>Divides by the mean, or standardises (mean 0, sample standard deviation 1).</summary>
    private static void Normalise(double[] values, bool mean)
    {
        var average = values.Average();
        if (mean)
        {
            for (var i = 0; i < values.Length; i++)
            {
                values[i] /= average;
            }

            return;
        }

        var sd = Math.Sqrt(values.Sum(v => (v - average) * (v - average)) / (values.Length - 1));
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = (values[i] - average) / sd;
        }
    }

    private static ComplexityIndices Result(string[] economies, double[] e, string[] products, double[] p, string method)
        => new(
            economies.Select((code, i) => (code, i)).ToDictionary(x => x.code, x => e[x.i], StringComparer.Ordinal),
            products.Select((code, i) => (code, i)).ToDictionary(x => x.code, x => p[x.i], StringComparer.Ordinal),
            method);
}
