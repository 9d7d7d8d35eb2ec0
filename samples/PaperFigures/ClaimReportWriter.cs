using TradeAnalytics;
using System.Text;
using TradeAnalytics.Claims;

namespace PaperFigures;

/// <summary>Writes the paper's claim report next to the figures.</summary>
public static class ClaimReportWriter
{
    /// <summary>The Markdown report's title.</summary>
    public const string Title = "Claim check: Israel's Central Asian policy (Central Asia and the Caucasus, 21(2), 2020)";

    /// <summary>What the claims are checked against.</summary>
    public const string DataDescription = "Every trade number of the paper (data/claims/paper-2020.csv) checked against IMF Direction of Trade Statistics, 2022 edition (data/imf-dots-2022.csv), and the oil claims against UN Comtrade, HS 27 (data/comtrade-hs27-israel.csv). Turnover = exports + imports in current US$ millions, as reported by the Central Asian state unless the note says otherwise.";

    /// <summary>Writes <c>claims.md</c> and <c>claims.csv</c> into <paramref name="folder"/>.</summary>
    public static void Write(IReadOnlyList<ClaimResult> results, string folder)
    {
        SafeFile.WriteText(Path.Combine(folder, "claims.md"), ClaimReport.ToMarkdown(results, Title, DataDescription));
        SafeFile.WriteText(Path.Combine(folder, "claims.csv"), ClaimReport.ToCsv(results));
    }
}
