using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace TradeAnalytics.Claims;

/// <summary>Writes claim results as a Markdown table and as CSV (<c>id,quote,stated,computed,verdict,note</c>).</summary>
public static class ClaimReport
{
    /// <summary>A readable report: a summary line, then one table row per claim with a one-line explanation.</summary>
    public static string ToMarkdown(IReadOnlyList<ClaimResult> results, string title, string dataDescription)
    {
        ArgumentNullException.ThrowIfNull(results);
        var text = new StringBuilder();
        text.Append("# ").Append(title).Append("\n\n");
        text.Append(dataDescription).Append("\n\n");
        var counts = Enum.GetValues<ClaimVerdict>().Select(v => $"{results.Count(r => r.Verdict == v)} {ClaimResult.VerdictName(v)}");
        text.Append(CultureInfo.InvariantCulture, $"{results.Count} claims: {string.Join(", ", counts)}.\n\n");
        text.Append("Verdicts: **reproduced** = within the precision the wording implies; **approximate** = same direction and within a factor of two, outside that precision; **not-reproduced** = the data disagree; **not-checkable** = the data cannot answer. For a claim not reproduced, the note lists the alternative definitions tried (the partner's mirror statistics, exports or imports alone, the neighbouring years).\n\n");
        text.Append("| id | claim (quote) | stated | computed | verdict | explanation |\n");
        text.Append("|---|---|---|---|---|---|\n");
        foreach (var r in results)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {Cell(r.Claim.Id)} | {Cell("“" + r.Claim.Quote + "”")} | {Cell(r.Stated)} | {Cell(r.Computed)} | **{r.VerdictText}** | {Cell(r.Note)} |\n");
        }

        return text.ToString();
    }

    /// <summary>CSV with the header <c>id,quote,stated,computed,verdict,note</c>, invariant culture.</summary>
    public static string ToCsv(IReadOnlyList<ClaimResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = ",", NewLine = "\n" }, leaveOpen: true))
        {
            foreach (var column in new[] { "id", "quote", "stated", "computed", "verdict", "note" })
            {
                csv.WriteField(column);
            }

            csv.NextRecord();
            foreach (var r in results)
            {
                foreach (var field in new[] { r.Claim.Id, r.Claim.Quote, r.Stated, r.Computed, r.VerdictText, r.Note })
                {
                    csv.WriteField(SpreadsheetText.Safe(field));
                }

                csv.NextRecord();
            }
        }

        return writer.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
