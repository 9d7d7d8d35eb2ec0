using TradeAnalytics;
using TradeAnalytics.Analytics;
using TradeAnalytics.Charts;

namespace PaperFigures;

/// <summary>One figure of the paper: its file name, chart and the values it plots.</summary>
/// <param name="Name">The file stem, e.g. "figure-1".</param>
/// <param name="Chart">The chart.</param>
/// <param name="Plotted">The plotted values, each with the economy whose series it belongs to.</param>
public sealed record Figure(string Name, TradeChart Chart, IReadOnlyList<(Economy Economy, YearlyValue Value)> Plotted);

/// <summary>
/// The five figures of "Israel's Central Asian policy within its New Peripheral Strategy" (Central Asia
/// and the Caucasus, 21(2), 2020), regenerated from the IMF DOTS 2022 extract the library ships.
/// Turnover is exports + imports as reported by the Central Asian country (the paper's sources say
/// "DOTS: Uzbekistan", "DOTS: Kazakhstan"); <paramref name="side"/> switches to Israel's mirror report.
/// With <paramref name="products"/> (UN Comtrade HS 27) a sixth figure shows the paper's two oil statements.
/// </summary>
public sealed class Figures(TradeDataset data, ReportingSide side = ReportingSide.Reporter, TradeDataset? products = null)
{
    /// <summary>The economies and years a figure draws (figure 6: Kazakhstan, 2002–2017), so a report can link claims to it.</summary>
    public static IEnumerable<(Economy Economy, int Year)> Covers(Figure figure)
        => figure.Plotted.Count > 0
            ? figure.Plotted.Select(p => (p.Economy, p.Value.Year))
            : figure.Chart.Shares.SelectMany(s => s.Years.Select(y => (Economies.Kazakhstan, y.Year))).Distinct();

    /// <summary>All five, in order, and the sixth when product data were given.</summary>
    public IReadOnlyList<Figure> All() =>
    [
        Figure1UzbekistanIsrael1999To2008(),
        Figure2KazakhstanIsrael1999To2008(),
        Figure3CentralAsiaIsrael2009To2018(),
        Figure4KazakhstanIsrael2009To2018(),
        Figure5UzbekistanIsrael2009To2018(),
        .. products is null ? Array.Empty<Figure>() : [Figure6OilShares2002To2017(products)],
    ];

    /// <summary>
    /// Fig. 6 (not in the paper) — the two oil statements of the paper as data: HS 27's share of
    /// Kazakhstan's exports to Israel (HS 27 from UN Comtrade, all goods from IMF DOTS, both as Kazakhstan
    /// reports them) and Kazakhstan's share of Israel's HS 27 imports (Kazakhstan's exports, FOB, against
    /// Israel's imports from the World, CIF: Israel books most fuel imports to "Areas, nes"), 2002–2017
    /// (Kazakhstan reports no Comtrade data before 2002; the Comtrade files end in 2017).
    /// </summary>
    public Figure Figure6OilShares2002To2017(TradeDataset productData)
    {
        var oil = Product.Hs("27");
        var ofExports = ProductShares.OfFlow(productData, data, Economies.Kazakhstan, Economies.Israel, oil, TradeMeasure.Exports, ReportingSide.Reporter, 2002, 2017);
        var ofImports = ProductShares.OfImportsFrom(productData, Economies.Israel, Economies.Kazakhstan, oil, 2002, 2017);
        var options = new ChartOptions(
            "Fig. 6. Oil (HS 27) in Kazakhstan–Israel trade, 2002–2017 (%)",
            "Sources: UN Comtrade, HS 27 (mineral fuels and oils); IMF, Direction of Trade Statistics (2022 edition) for Kazakhstan's exports to Israel in all goods.")
        {
            FromYear = 2002,
            ToYear = 2017,
            Width = 1200,
            Height = 680,
            ValueAxisTitle = "Share, percent",
        };
        var chart = LineChart.Create([ofExports, ofImports], options,
            ["HS 27 in Kazakhstan's exports to Israel", "Kazakhstan in Israel's HS 27 imports (mirror)"]);
        return new Figure("figure-6", chart, []);
    }

    /// <summary>Fig. 1 — Trade Turnover between Uzbekistan and Israel (1999–2008) ($m).</summary>
    public Figure Figure1UzbekistanIsrael1999To2008()
        => Bars("figure-1", Economies.Uzbekistan, 1999, 2008, "Fig. 1. Trade turnover between Uzbekistan and Israel, 1999–2008 ($m)");

    /// <summary>Fig. 2 — Trade Turnover between Kazakhstan and Israel (1999–2008) ($m).</summary>
    public Figure Figure2KazakhstanIsrael1999To2008()
        => Bars("figure-2", Economies.Kazakhstan, 1999, 2008, "Fig. 2. Trade turnover between Kazakhstan and Israel, 1999–2008 ($m)");

    /// <summary>
    /// Fig. 3 — Israel's turnover with each of the five Central Asian states, 2009–2018. Kazakhstan's
    /// turnover (hundreds to thousands of $m) is two orders of magnitude above the others (around $1m to
    /// $50m): on a linear axis four of the five lines would lie flat on zero. A logarithmic axis shows all
    /// five, and equal vertical distances mean equal ratios, which is how growth is compared.
    /// </summary>
    public Figure Figure3CentralAsiaIsrael2009To2018()
    {
        var series = Economies.CentralAsia.Select(c => data.Bilateral(c, Economies.Israel).Turnover(side)).ToList();
        var options = new ChartOptions(
            "Fig. 3. Trade turnover of the Central Asian states with Israel, 2009–2018 ($m)",
            side == ReportingSide.Reporter
                ? "Source: IMF, Direction of Trade Statistics (2022 edition), as reported by each Central Asian state."
                : ChartOptions.DotsSource(Economies.Israel) + " (mirror statistics)")
        {
            FromYear = 2009,
            ToYear = 2018,
            LogScale = true,
            Width = 1100,
            ValueAxisTitle = "Trade turnover, US$ million (current prices, log scale)",
        };
        var chart = LineChart.Create(series, options, Economies.CentralAsia.Select(c => c.Name).ToList());
        return new Figure("figure-3", chart, series.SelectMany(s => s.Slice(2009, 2018).Select(v => (s.Context.Economy, v))).ToList());
    }

    /// <summary>Fig. 4 — Kazakhstan–Israel trade turnover over the last decade (2009–2018).</summary>
    public Figure Figure4KazakhstanIsrael2009To2018()
        => Bars("figure-4", Economies.Kazakhstan, 2009, 2018, "Fig. 4. Trade turnover between Kazakhstan and Israel, 2009–2018 ($m)");

    /// <summary>
    /// Fig. 5 — Trade Turnover between Israel and Uzbekistan (2009–2018). The paper drew it from the State
    /// Committee of the Republic of Uzbekistan for Statistics, which is not available here; this is IMF
    /// DOTS as reported by Uzbekistan, and the footnote says so.
    /// </summary>
    public Figure Figure5UzbekistanIsrael2009To2018()
        => Bars("figure-5", Economies.Uzbekistan, 2009, 2018, "Fig. 5. Trade turnover between Israel and Uzbekistan, 2009–2018 ($m)",
            "The paper's source (State Committee of the Republic of Uzbekistan for Statistics) is not available; IMF DOTS is drawn instead.");

    private Figure Bars(string name, Economy economy, int from, int to, string title, string? note = null)
    {
        var series = data.Bilateral(economy, Economies.Israel).Turnover(side);
        var source = ChartOptions.DotsSource(series.Context.ReportedBy) + (side == ReportingSide.Partner ? " (mirror statistics)" : "");
        var options = new ChartOptions(title, note is null ? source : source + "\n" + note) { FromYear = from, ToYear = to };
        return new Figure(name, BarChart.Create(series, options), series.Slice(from, to).Select(v => (economy, v)).ToList());
    }
}
