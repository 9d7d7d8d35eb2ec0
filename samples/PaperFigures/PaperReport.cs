using TradeAnalytics;
using TradeAnalytics.Charts;
using TradeAnalytics.Claims;
using TradeAnalytics.Reports;

namespace PaperFigures;

/// <summary>The paper's one-page report: its claims, its figures, and each Central Asian state's trade with Israel.</summary>
public static class PaperReport
{
    /// <summary>Builds the report charts/report.html holds.</summary>
    /// <param name="data">The IMF DOTS data of the pairs.</param>
    /// <param name="results">The paper's claims, evaluated.</param>
    /// <param name="figures">The figures (figure 6, of shares, is about HS 27).</param>
    /// <param name="drawn">Each figure as drawn when it is saved, in the same order (still being drawn, perhaps): the report inlines it without drawing it again.</param>
    public static HtmlReport Build(TradeDataset data, IReadOnlyList<ClaimResult> results, IReadOnlyList<Figure> figures, IReadOnlyList<Task<ChartSvg>> drawn)
    {
        var report = new HtmlReport(
            "Israel and Central Asia: the figures and numbers of the 2020 paper, checked",
            "Israel's Central Asian policy within its New Peripheral Strategy (Central Asia and the Caucasus, 21(2), 2020): its figures regenerated from IMF DOTS (2022 edition) and UN Comtrade, and every trade number it states checked against them.");
        report.AddClaims("Israel's Central Asian policy (2020)", results);
        foreach (var (figure, svg) in figures.Zip(drawn))
        {
            report.AddFigure(figure.Name, svg.GetAwaiter().GetResult(), Figures.Covers(figure), figure.Chart.Shares.Count > 0 ? Product.Hs("27") : Product.AllGoods);
        }

        foreach (var state in Economies.CentralAsia)
        {
            report.AddPair(data, state, Economies.Israel, 1992, 2020);
        }

        return report;
    }
}
