using TradeAnalytics;
using TradeAnalytics.Analytics;
using TradeAnalytics.Charts;
using TradeAnalytics.Claims;
using TradeAnalytics.Reports;
using TradeAnalytics.Catalogue;

namespace PaperFigures;

/// <summary>The paper's one-page report: its claims, its figures, and each Central Asian state's trade with Israel.</summary>
public static class PaperReport
{
    /// <summary>The shipped sources, as the main job sets them side by side: DOTS 2022, the statistics offices, the 2025 copy.</summary>
    public static IReadOnlyList<(string Name, TradeDataset Data)> ShippedSources =>
        [("dots", ShippedData.ImfDots2022), ("national", Figures.ShippedNational), ("imts2025", ShippedData.ImtsCopy2025)];

    /// <summary>Builds the report charts/report.html holds.</summary>
    /// <param name="data">The IMF DOTS data of the pairs.</param>
    /// <param name="results">The paper's claims, each checked against every source.</param>
    /// <param name="figures">The figures (figure 6, of shares, is about HS 27).</param>
    /// <param name="drawn">Each figure as drawn when it is saved, in the same order (still being drawn, perhaps): the report inlines it without drawing it again, and waits for it only when the page is written.</param>
    /// <param name="sources">The sources whose values each pair's section sets side by side ("what each source says"), named; none for no such table.</param>
    public static HtmlReport Build(TradeDataset data, IReadOnlyList<ClaimAcrossSources> results, IReadOnlyList<Figure> figures, IReadOnlyList<Task<ChartSvg>> drawn, IReadOnlyList<(string Name, TradeDataset Data)>? sources = null)
    {
        var report = new HtmlReport(
            "Israel and Central Asia: the figures and numbers of the 2020 paper, checked",
            "Israel's Central Asian policy within its New Peripheral Strategy (Central Asia and the Caucasus, 21(2), 2020): its figures regenerated from IMF DOTS (2022 edition) and UN Comtrade, and every trade number it states checked against them; "
            + "beyond the paper, Israel's trade with each Central Asian and Caucasus state to 2025 from every shipped source side by side (figure 7: DOTS, the statistics offices, a copy of the IMF's preliminary 2025 figures) and Israel–Azerbaijan trade by HS chapter (figure 8).");
        report.AddClaims("Israel's Central Asian policy (2020)", results);
        foreach (var (figure, svg) in figures.Zip(drawn))
        {
            report.AddFigure(figure.Name, figure.Chart, svg, Figures.Covers(figure), figure.Chart.Shares.Count > 0 ? Product.Hs("27") : Product.AllGoods);
        }

        foreach (var state in Economies.CentralAsia)
        {
            report.AddPair(data, state, Economies.Israel, 1992, 2020);
            if (sources is { Count: > 0 })
            {
                // Israel's own report of the same trade is the reference that tells which of two disagreeing values stands apart.
                report.AddSources(SourceComparison.Compare(
                    sources.Select(s => new NamedSeries(s.Name, s.Data.Bilateral(state, Economies.Israel).Turnover())).ToList(),
                    new NamedSeries("ISR's own report (dots)", data.Bilateral(state, Economies.Israel).Turnover(ReportingSide.Partner))));
            }
        }

        return report;
    }
}
