using TradeAnalytics;
using TradeAnalytics.Analytics;
using TradeAnalytics.Charts;
using TradeAnalytics.Catalogue;

namespace PaperFigures;

/// <summary>One figure of the paper: its file name, chart and the values it plots.</summary>
/// <param name="Name">The file stem, e.g. "figure-1".</param>
/// <param name="Chart">The chart.</param>
/// <param name="Plotted">The plotted values, each with the economy whose series it belongs to.</param>
public sealed record Figure(string Name, TradeChart Chart, IReadOnlyList<(Economy Economy, YearlyValue Value)> Plotted)
{
    /// <summary>Which source each plotted value comes from ("dots", "national", "imts2025"), where a figure draws several; else empty.</summary>
    public IReadOnlyList<string> Datasets { get; init; } = [];

    /// <summary>The blocks of a chart of HS chapters (figure 8); else empty.</summary>
    public IReadOnlyList<ChapterPanel> Chapters { get; init; } = [];
}

/// <summary>
/// The five figures of "Israel's Central Asian policy within its New Peripheral Strategy" (Central Asia
/// and the Caucasus, 21(2), 2020), regenerated from the IMF DOTS 2022 extract the library ships.
/// Turnover is exports + imports as reported by the Central Asian country (the paper's sources say
/// "DOTS: Uzbekistan", "DOTS: Kazakhstan"); <paramref name="side"/> switches to Israel's mirror report.
/// With <paramref name="products"/> (UN Comtrade HS 27) a sixth figure shows the paper's two oil statements.
/// </summary>
public sealed class Figures(TradeDataset data, ReportingSide side = ReportingSide.Reporter, TradeDataset? products = null)
{
    /// <summary>The figures the main job draws: 1–6 from the shipped DOTS and HS 27 extracts, 7 from every shipped source, 8 from the HS chapters.</summary>
    /// <param name="side">Whose report the paper's figures draw.</param>
    public static Figures Shipped(ReportingSide side = ReportingSide.Reporter) => new(ShippedData.ImfDots2022, side, ShippedData.ComtradeHs27Israel)
    {
        Caucasus = ShippedData.ImfDots2022Caucasus,
        National = ShippedNational,
        Copy2025 = ShippedData.ImtsCopy2025,
        // Figure 8 is about Israel and Azerbaijan: their reports of each other and of their trade with the World (for gaps and world shares).
        Chapters = ShippedData.ComtradeHs2CaucasusAmong(Economies.Israel, Economies.Get("AZE"), Economies.World),
    };

    /// <summary>
    /// DOTS as reported by Armenia, Azerbaijan and Georgia (figure 7), whose tables the paper's extract does not hold
    /// (<see cref="ShippedData.ImfDots2022Caucasus"/>); or null (the Caucasus then has no DOTS line).
    /// </summary>
    public TradeDataset? Caucasus { get; init; }

    /// <summary>
    /// The statistics offices' figures the main job draws (figure 7) and sets beside the others in the report: the Central Asian
    /// and Caucasus states' trade with Israel (and with each other), all of the offices' files that either uses, read once.
    /// </summary>
    public static TradeDataset ShippedNational => ShippedNationalRead.Value;

    private static readonly Lazy<TradeDataset> ShippedNationalRead = new(() => ShippedData.NationalStatisticsAmong([.. Figure7States, Economies.Israel]));

    /// <summary>The statistics offices' figures (figure 7), or null.</summary>
    public TradeDataset? National { get; init; }

    /// <summary>The copy of the IMF's 2025 exports (figure 7), or null.</summary>
    public TradeDataset? Copy2025 { get; init; }

    /// <summary>UN Comtrade by HS chapter (figure 8), or null.</summary>
    public TradeDataset? Chapters { get; init; }

    /// <summary>The Central Asian states, then the Caucasus: the partners of figure 7.</summary>
    public static IReadOnlyList<Economy> Figure7States => [.. Economies.CentralAsia, Economies.Get("ARM"), Economies.Get("AZE"), Economies.Get("GEO")];

    /// <summary>The economies and years a figure draws (figure 6: Kazakhstan, 2002–2017), so a report can link claims to it.</summary>
    public static IEnumerable<(Economy Economy, int Year)> Covers(Figure figure)
        => figure.Plotted.Count > 0
            ? figure.Plotted.Select(p => (p.Economy, p.Value.Year))
            : figure.Chart.Shares.SelectMany(s => s.Years.Select(y => (Economies.Kazakhstan, y.Year))).Distinct();

    /// <summary>All five, in order, the sixth when product data were given, and the seventh and eighth when their sources were (<see cref="BeyondThePaper"/>).</summary>
    public IReadOnlyList<Figure> All() =>
    [
        Figure1UzbekistanIsrael1999To2008(),
        Figure2KazakhstanIsrael1999To2008(),
        Figure3CentralAsiaIsrael2009To2018(),
        Figure4KazakhstanIsrael2009To2018(),
        Figure5UzbekistanIsrael2009To2018(),
        .. products is null ? Array.Empty<Figure>() : [Figure6OilShares2002To2017(products)],
        .. BeyondThePaper(),
    ];

    /// <summary>The figures numbered <paramref name="numbers"/> (1 to 8), in the order given: the same figures as <see cref="All"/> draws.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A number is not 1 to 8.</exception>
    /// <exception cref="InvalidOperationException">Figure 6, 7 or 8 was asked for without the source it draws (the message says which).</exception>
    public IReadOnlyList<Figure> Numbered(IEnumerable<int> numbers) => [.. numbers.Select(Numbered)];

    private Figure Numbered(int number) => number switch
    {
        1 => Figure1UzbekistanIsrael1999To2008(),
        2 => Figure2KazakhstanIsrael1999To2008(),
        3 => Figure3CentralAsiaIsrael2009To2018(),
        4 => Figure4KazakhstanIsrael2009To2018(),
        5 => Figure5UzbekistanIsrael2009To2018(),
        6 => Figure6OilShares2002To2017(products ?? throw Missing(6, "UN Comtrade HS 27")),
        7 => Figure7BySource1992To2025(National ?? throw Missing(7, "the statistics offices' figures"), Copy2025 ?? throw Missing(7, "the copy of the IMF's 2025 figures")),
        8 => Figure8AzerbaijanIsraelByChapter(Chapters ?? throw Missing(8, "UN Comtrade by HS chapter")),
        _ => throw new ArgumentOutOfRangeException(nameof(number), number, "The figures are numbered 1 to 8."),
    };

    private static InvalidOperationException Missing(int figure, string source) => new($"Figure {figure} draws {source}, which these figures were not given.");

    /// <summary>Figure 7 when the statistics offices' figures and the 2025 copy were given, and figure 8 when the HS chapters were.</summary>
    public IReadOnlyList<Figure> BeyondThePaper() =>
    [
        .. National is null || Copy2025 is null ? Array.Empty<Figure>() : [Figure7BySource1992To2025(National, Copy2025)],
        .. Chapters is null ? Array.Empty<Figure>() : [Figure8AzerbaijanIsraelByChapter(Chapters)],
    ];

    /// <summary>
    /// Fig. 7 (not in the paper) — Israel's turnover with each Central Asian and Caucasus state, 1992–2025, a colour per state and a
    /// line per source, never merged: IMF DOTS 2022 as reported by the state (solid, to 2020), the state's statistics office (dashed:
    /// Kazakhstan, Uzbekistan, Kyrgyzstan, Armenia, to 2023–2024) and the IMF's 2025 figures from a rounded third-party copy of
    /// preliminary data (diamonds). The copy holds exports only: its turnover is the state's exports to Israel plus Israel's exports
    /// to the state, each as its exporter reports it, partial where one is missing. Log scale: Kazakhstan's hundreds of $m and
    /// Tajikistan's tenths both show. Gaps stay gaps (no line bridges a missing year).
    /// </summary>
    /// <param name="national">The statistics offices' figures.</param>
    /// <param name="copy">The copy of the IMF's 2025 exports.</param>
    public Figure Figure7BySource1992To2025(TradeDataset national, TradeDataset copy)
    {
        var lines = new List<StyledSeries>();
        var datasets = new List<string>();
        var plotted = new List<(Economy, YearlyValue)>();
        void Add(TradeSeries series, Economy state, LineKind kind, string dataset)
        {
            var shown = series.Slice(1992, 2025);
            if (shown.IsEmpty)
            {
                return;
            }

            lines.Add(new StyledSeries(shown, state.Name, kind));
            plotted.AddRange(shown.Select(v => (state, v)));
            datasets.AddRange(shown.Select(_ => dataset));
        }

        foreach (var state in Figure7States)
        {
            var dots = data.HasReporter(side == ReportingSide.Reporter ? state : Economies.Israel) || Caucasus is null ? data : Caucasus;
            Add(dots.Bilateral(state, Economies.Israel).Turnover(side), state, LineKind.Solid, "dots");
            Add(national.Bilateral(state, Economies.Israel).Turnover(side), state, LineKind.Dashed, "national");
            Add(ExportsBothWays(copy, state), state, LineKind.Markers, "imts2025");
        }

        var options = new ChartOptions(
            "Fig. 7. Israel's trade turnover with the Central Asian and Caucasus states by source, 1992–2025 ($m)",
            "Sources, side by side and never merged: solid, IMF Direction of Trade Statistics (2022 edition), as reported by each state; "
            + "dashed, the state's own statistics office (Kazakhstan, Uzbekistan, Kyrgyzstan, Armenia); diamonds, IMF IMTS 2025, a rounded third-party copy "
            + "of preliminary data: the state's exports to Israel plus Israel's exports to the state, each as its exporter reports them. "
            + "Where a dashed line lies on a solid one the two sources agree. Kazakhstan's 2025 exports to Israel in the copy (49.4 $m) look partial beside its own 363.4 $m of 2023.")
        {
            FromYear = 1992,
            ToYear = 2025,
            LogScale = true,
            Width = 1400,
            Height = 860,
            ValueAxisTitle = "Trade turnover, US$ million (current prices, log scale)",
        };
        var chart = LineChart.Create(lines, options, new Dictionary<LineKind, string>
        {
            [LineKind.Solid] = "IMF DOTS 2022",
            [LineKind.Dashed] = "national statistics office",
            [LineKind.Markers] = "IMF 2025 (third-party copy)",
        });
        return new Figure("figure-7", chart, plotted) { Datasets = datasets };
    }

    /// <summary>
    /// The copy's 2025 turnover of <paramref name="state"/> with Israel: the state's exports to Israel plus Israel's exports to the state
    /// (the copy has no imports), each as its exporter reports it; partial where only one is there; flagged as the copy's values are.
    /// </summary>
    private static TradeSeries ExportsBothWays(TradeDataset copy, Economy state)
    {
        var trade = copy.Bilateral(state, Economies.Israel);
        var (outward, inward) = (trade.Exports(), trade.Imports(ReportingSide.Partner));
        var values = outward.Years.Union(inward.Years).Order().Select(year =>
        {
            var (x, m) = (outward[year], inward[year]);
            var parts = new[] { x, m }.Where(v => v is not null).Select(v => v!).ToList();
            return new YearlyValue(year, UsdMillions.Sum(parts.Select(v => v.Value)), parts.Any(v => v.Estimated), parts.Count < 2, string.Join(" + ", parts.Select(v => v.Source)));
        });
        return new TradeSeries(trade.Turnover().Context, values);
    }

    /// <summary>
    /// Fig. 8 (not in the paper) — what Israel sells to and buys from Azerbaijan by HS chapter, in the latest year both sides report
    /// chapters (UN Comtrade): Israel's exports as Israel reports them, and Azerbaijan's exports to Israel as Azerbaijan reports them —
    /// Israel books most fuel imports to "Areas, nes", so its own imports from Azerbaijan leave the oil out (the footnote gives that total).
    /// </summary>
    /// <param name="chapters">UN Comtrade by HS chapter.</param>
    public Figure Figure8AzerbaijanIsraelByChapter(TradeDataset chapters)
    {
        var (israel, azerbaijan) = (Economies.Israel, Economies.Get("AZE"));
        var year = Math.Min(
            ProductMix.LatestYear(chapters, israel, azerbaijan) ?? throw new ArgumentException("The chapter data hold no report by Israel with Azerbaijan.", nameof(chapters)),
            ProductMix.LatestYear(chapters, azerbaijan, israel) ?? throw new ArgumentException("The chapter data hold no report by Azerbaijan with Israel.", nameof(chapters)));
        var sells = ProductMix.Of(chapters, israel, azerbaijan, TradeFlow.Exports, year, year);
        var buys = ProductMix.Of(chapters, azerbaijan, israel, TradeFlow.Exports, year, year);
        var ownImports = ProductMix.Of(chapters, israel, azerbaijan, TradeFlow.Imports, year, year).Total;
        var y = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var panels = new List<ChapterPanel>
        {
            new($"What Israel sells to Azerbaijan: Israel's exports, {y}", sells),
            new($"What Israel buys from Azerbaijan: Azerbaijan's exports to Israel, {y}", buys),
        };
        var options = new ChartOptions(
            $"Fig. 8. Israel–Azerbaijan trade by HS chapter, {y}: the largest chapters' shares of each flow",
            "Source: UN Comtrade by HS chapter (US$, shown in $ millions), as each exporter reports it; chapter names as UN Comtrade gives them, cut at the first semicolon. "
            + "Israel books most fuel imports to \"Areas, nes\": its own report of imports from Azerbaijan"
            + (ownImports is { } own ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $" ({own.Value:#,0.0} $m in {y})") : "")
            + " leaves the oil out, so the lower block is Azerbaijan's report (mirror data).")
        {
            Width = 1400,
            Height = 900,
            YearAxisTitle = "Share of the flow, percent",
            ValueAxisTitle = "HS chapter",
        };
        return new Figure("figure-8", ChapterChart.Create(panels, options), []) { Chapters = panels };
    }

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
