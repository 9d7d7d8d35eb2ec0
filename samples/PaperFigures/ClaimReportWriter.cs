using TradeAnalytics;
using System.Text;
using TradeAnalytics.Catalogue;
using TradeAnalytics.Claims;

namespace PaperFigures;

/// <summary>Writes the paper's claim report next to the figures.</summary>
public static class ClaimReportWriter
{
    /// <summary>The Markdown report's title.</summary>
    public const string Title = "Claim check: Israel's Central Asian policy (Central Asia and the Caucasus, 21(2), 2020)";

    /// <summary>What the claims are checked against.</summary>
    public const string DataDescription = "Every trade number of the paper (data/claims/paper-2020.csv) checked against each shipped source of totals side by side — dots: IMF Direction of Trade Statistics, 2022 edition (data/imf-dots-2022.csv); national: the statistics offices of Kazakhstan, Uzbekistan, Kyrgyzstan and Armenia (data/national-*.csv); imts2025: the 2025 copy (data/imts-2025-copy.csv) — and the oil claims against UN Comtrade, HS 27 (data/comtrade-hs27-israel.csv). The verdict is the best among the sources and names its source. Turnover = exports + imports in current US$ millions, as reported by the Central Asian state unless the note says otherwise.";

    /// <summary>
    /// The paper's claims, each checked against every shipped source of totals side by side — dots (<paramref name="data"/>), the
    /// statistics offices, the 2025 copy — with <paramref name="products"/> for the oil claims; the headline is the best verdict and names its source.
    /// </summary>
    /// <param name="data">The IMF DOTS data.</param>
    /// <param name="products">The product data (UN Comtrade HS 27).</param>
    public static IReadOnlyList<ClaimAcrossSources> Check(TradeDataset data, TradeDataset products)
        => ClaimAcrossSources.Evaluate(
            [("dots", new ClaimEvaluator(data, products)), ("national", new ClaimEvaluator(ShippedData.NationalStatistics, products)), ("imts2025", new ClaimEvaluator(ShippedData.ImtsCopy2025, products))],
            ShippedData.Paper2020Claims());

    /// <summary>Writes <c>claims.md</c> and <c>claims.csv</c> into <paramref name="folder"/>.</summary>
    public static void Write(IReadOnlyList<ClaimAcrossSources> results, string folder)
    {
        SafeFile.WriteText(Path.Combine(folder, "claims.md"), ClaimReport.ToMarkdown(results, Title, DataDescription));
        SafeFile.WriteText(Path.Combine(folder, "claims.csv"), ClaimReport.ToCsv(results));
    }
}
