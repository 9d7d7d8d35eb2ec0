using System.Globalization;
using System.Text;

namespace TradeAnalytics.Claims;

/// <summary>Writes claim results as a Markdown table and as CSV (<c>id,quote,stated,computed,verdict,distance,note</c>).</summary>
public static class ClaimReport
{
    /// <summary>The verdicts explained, with the bands in force: the header of every claim report.</summary>
    /// <param name="bands">The bands the results were judged with (default: <see cref="VerdictBands.Default"/>).</param>
    public static string VerdictLegend(VerdictBands? bands = null)
        => "Verdicts: **reproduced** = within the precision the wording implies; **approximate** = outside that precision but within "
            + (bands ?? VerdictBands.Default)
            + " of the stated number, what rounding of the source and ordinary revisions between editions explain; **not-reproduced** = further off; **not-checkable** = the data cannot answer. "
            + "The distance is computed − stated: percentage points (pp) for rates and shares, percent of the stated number for levels and ratios. "
            + "For a claim not reproduced, the note lists the alternative definitions tried (the partner's mirror statistics, exports or imports alone, the neighbouring years).";

    /// <summary>A readable report: a summary line, then one table row per claim with a one-line explanation.</summary>
    /// <param name="results">The evaluated claims.</param>
    /// <param name="title">The heading.</param>
    /// <param name="dataDescription">A paragraph saying what the claims were checked against.</param>
    /// <param name="bands">The bands the results were judged with (default: <see cref="VerdictBands.Default"/>).</param>
    public static string ToMarkdown(IReadOnlyList<ClaimResult> results, string title, string dataDescription, VerdictBands? bands = null)
    {
        Preconditions.NotNull(results);
        var text = new StringBuilder();
        text.Append("# ").Append(Cell(title)).Append("\n\n");
        text.Append(Cell(dataDescription)).Append("\n\n");
        var counts = Enum.GetValues<ClaimVerdict>().Select(v => $"{results.Count(r => r.Verdict == v)} {ClaimResult.VerdictName(v)}");
        text.Append(CultureInfo.InvariantCulture, $"{results.Count} claims: {string.Join(", ", counts)}.\n\n");
        text.Append(VerdictLegend(bands)).Append("\n\n");
        text.Append("| id | claim (quote) | stated | computed | verdict | distance | explanation |\n");
        text.Append("|---|---|---|---|---|---|---|\n");
        foreach (var r in results)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {Cell(r.Claim.Id)} | {Cell("“" + r.Claim.Quote + "”")} | {Cell(r.Stated)} | {Cell(r.Computed)} | **{r.VerdictText}** | {Cell(r.Distance)} | {Cell(r.Note)} |\n");
        }

        return text.ToString();
    }

    /// <summary>CSV with the header <c>id,quote,stated,computed,verdict,note</c>, invariant culture.</summary>
    /// <param name="results">The evaluated claims, in the order the rows are written.</param>
    public static string ToCsv(IReadOnlyList<ClaimResult> results)
    {
        Preconditions.NotNull(results);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        writer.Write("id,quote,stated,computed,verdict,distance,note\n");
        foreach (var r in results)
        {
            CsvText.RowForPeople(writer, [r.Claim.Id, r.Claim.Quote, r.Stated, r.Computed, r.VerdictText, r.Distance, r.Note]);
        }

        return writer.ToString();
    }

    /// <summary>
    /// A readable report of claims checked against several sources: the headline verdict with the source that gives it, and every
    /// source's verdict and distance side by side.
    /// </summary>
    /// <param name="results">The claims checked across sources.</param>
    /// <param name="title">The heading.</param>
    /// <param name="dataDescription">A paragraph saying what the sources are.</param>
    /// <param name="bands">The bands the results were judged with (default: <see cref="VerdictBands.Default"/>).</param>
    public static string ToMarkdown(IReadOnlyList<ClaimAcrossSources> results, string title, string dataDescription, VerdictBands? bands = null)
    {
        Preconditions.NotNull(results);
        var text = new StringBuilder();
        text.Append("# ").Append(Cell(title)).Append("\n\n");
        text.Append(Cell(dataDescription)).Append("\n\n");
        var counts = Enum.GetValues<ClaimVerdict>().Select(v => $"{results.Count(r => r.Headline.Verdict == v)} {ClaimResult.VerdictName(v)}");
        text.Append(CultureInfo.InvariantCulture, $"{results.Count} claims: {string.Join(", ", counts)}. Each verdict is the best among the sources, and names its source.\n\n");
        text.Append(VerdictLegend(bands)).Append("\n\n");
        text.Append("| id | claim (quote) | stated | computed | verdict | source | distance | explanation | by source |\n");
        text.Append("|---|---|---|---|---|---|---|---|---|\n");
        foreach (var r in results)
        {
            var h = r.Headline;
            var bySource = string.Join("; ", r.BySource.Select(s => $"{s.SourceId}: {s.Result.VerdictText}" + (s.Result.Distance.Length > 0 ? $" ({s.Result.Distance})" : "")));
            text.Append(CultureInfo.InvariantCulture, $"| {Cell(r.Claim.Id)} | {Cell("“" + r.Claim.Quote + "”")} | {Cell(h.Stated)} | {Cell(h.Computed)} | **{h.VerdictText}** | {Cell(r.HeadlineSource)} | {Cell(h.Distance)} | {Cell(h.Note)} | {Cell(bySource)} |\n");
        }

        return text.ToString();
    }

    /// <summary>
    /// CSV of claims checked against several sources: the columns of <see cref="ToCsv(IReadOnlyList{ClaimResult})"/> for the headline,
    /// then <c>verdict_source</c> (the source that gives it) and one <c>verdict_ID</c> column per source.
    /// </summary>
    /// <param name="results">The claims checked across sources; all with the same sources in the same order.</param>
    /// <exception cref="ArgumentException">The results name different sources.</exception>
    public static string ToCsv(IReadOnlyList<ClaimAcrossSources> results)
    {
        Preconditions.NotNull(results);
        var ids = results.Count == 0 ? [] : results[0].BySource.Select(s => s.SourceId).ToList();
        Preconditions.Check(results.All(r => r.BySource.Select(s => s.SourceId).SequenceEqual(ids)), "Every claim must be checked against the same sources.", nameof(results));
        Preconditions.Check(ids.All(id => id.Length > 0 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':' or '+')), "A source id in a CSV header is letters, digits and - _ . : + only.", nameof(results));
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        writer.Write("id,quote,stated,computed,verdict,distance,note,verdict_source");
        foreach (var id in ids)
        {
            writer.Write(",verdict_" + id);
        }

        writer.Write('\n');
        foreach (var r in results)
        {
            var h = r.Headline;
            CsvText.RowForPeople(writer, [r.Claim.Id, r.Claim.Quote, h.Stated, h.Computed, h.VerdictText, h.Distance, h.Note, r.HeadlineSource, .. r.BySource.Select(s => s.Result.VerdictText)]);
        }

        return writer.ToString();
    }

    /// <summary>
    /// Text for a Markdown table cell, shown as the text it is: markup characters backslash-escaped (so an article's
    /// <c>&lt;img onerror=…&gt;</c> or <c>[x](javascript:…)</c> never becomes HTML or a link), line breaks as spaces,
    /// control and direction characters visible (<see cref="VisibleText"/>).
    /// </summary>
    private static string Cell(string text)
    {
        var visible = VisibleText.Of(text.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' '));
        var escaped = new StringBuilder(visible.Length + 8);
        foreach (var c in visible)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
