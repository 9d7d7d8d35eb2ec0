using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using TradeAnalytics.Analytics;
using TradeAnalytics.Charts;
using TradeAnalytics.Claims;

namespace TradeAnalytics.Reports;

/// <summary>
/// One self-contained HTML page: figures as inline SVG, a section per trading pair (values by year,
/// growth, shares, every number's source) and a section per article (its claims, verdicts, distances
/// and the figure and years each rests on). Nothing is fetched: no script, no web font, no stylesheet
/// from elsewhere; it reads offline, prints, and fits a phone-width screen. Text from articles and files
/// is escaped, so a quote holding markup shows as text. The same input gives the same bytes.
/// </summary>
/// <example>
/// <code>
/// var data = ShippedData.ImfDots2022;
/// new HtmlReport("Kazakhstan–Israel")
///     .AddPair(data, Economies.Kazakhstan, Economies.Israel, 1999, 2020)
///     .AddClaims("Paper (2020)", new ClaimEvaluator(data).Evaluate(ShippedData.Paper2020Claims()))
///     .Save("report.html");
/// </code>
/// </example>
public sealed partial class HtmlReport
{
    private readonly string _title;
    private readonly string? _introduction;
    private readonly List<Figure> _figures = [];
    private readonly List<Pair> _pairs = [];
    private readonly Dictionary<string, SourceComparison> _sources = [];
    private readonly Dictionary<string, (int Year, IReadOnlyList<Indicator> Indicators)> _indicators = [];
    private readonly List<(string Title, IReadOnlyList<ClaimResult> Results, IReadOnlyList<ClaimAcrossSources>? Across, VerdictBands Bands)> _articles = [];

    /// <summary>Starts a report.</summary>
    /// <param name="title">The page title and heading.</param>
    /// <param name="introduction">A paragraph under the heading (plain text; escaped), or null.</param>
    public HtmlReport(string title, string? introduction = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        _title = title;
        _introduction = introduction;
    }

    /// <summary>The number of figures added so far (those of the pairs included).</summary>
    public int FigureCount => _figures.Count;

    /// <summary>
    /// Adds a figure. <paramref name="covers"/> says which economies and years it draws, so that claims
    /// about them link to it.
    /// </summary>
    /// <param name="id">A short id, unique in the report, used as its anchor ("figure-2").</param>
    /// <param name="chart">The chart, drawn inline as SVG.</param>
    /// <param name="covers">The economies and years the figure draws (each with Israel, for the paper's figures).</param>
    /// <param name="product">The goods the figure is about (all goods by default; HS 27 for a figure of oil): claims about other goods do not link to it.</param>
    /// <exception cref="ArgumentException">The id is empty, not made of letters, digits and dashes, or used twice.</exception>
    public HtmlReport AddFigure(string id, TradeChart chart, IEnumerable<(Economy Economy, int Year)> covers, Product product = default)
    {
        Preconditions.NotNull(chart);
        return AddFigure(id, chart.DrawSvg(), covers, product);
    }

    /// <summary>
    /// Adds a figure already drawn (<see cref="TradeChart.DrawSvg"/>), e.g. one also saved as a file, without drawing it again.
    /// <paramref name="covers"/> says which economies and years it draws, so that claims about them link to it.
    /// </summary>
    /// <param name="id">A short id, unique in the report, used as its anchor ("figure-2").</param>
    /// <param name="svg">The chart as drawn, inlined as it is; its title is the caption.</param>
    /// <param name="covers">The economies and years the figure draws (each with Israel, for the paper's figures).</param>
    /// <param name="product">The goods the figure is about (all goods by default; HS 27 for a figure of oil): claims about other goods do not link to it.</param>
    /// <exception cref="ArgumentException">The id is empty, not made of letters, digits and dashes, or used twice.</exception>
    public HtmlReport AddFigure(string id, ChartSvg svg, IEnumerable<(Economy Economy, int Year)> covers, Product product = default)
    {
        Preconditions.NotNull(svg);
        Preconditions.NotNull(covers);
        CheckId(id);
        _figures.Add(new Figure(id, svg.Title, Task.FromResult(svg.Document), covers.Select(c => (c.Economy.Code, c.Year)).ToHashSet(), product));
        return this;
    }

    /// <summary>
    /// Adds a figure still being drawn: <paramref name="drawing"/> is <paramref name="chart"/>'s <see cref="TradeChart.DrawSvg"/> (or
    /// <see cref="TradeChart.SavePngAndDrawSvg"/>) running in the background, and the page waits for it (<see cref="ToHtml"/>,
    /// <see cref="Save"/>) instead of this call: the caller goes on adding while the figure draws.
    /// </summary>
    /// <param name="id">A short id, unique in the report, used as its anchor ("figure-2").</param>
    /// <param name="chart">The chart being drawn; its title is the caption.</param>
    /// <param name="drawing">The drawing of <paramref name="chart"/> as SVG; should it fail, the page throws its error.</param>
    /// <param name="covers">The economies and years the figure draws (each with Israel, for the paper's figures).</param>
    /// <param name="product">The goods the figure is about (all goods by default; HS 27 for a figure of oil): claims about other goods do not link to it.</param>
    /// <exception cref="ArgumentException">The id is empty, not made of letters, digits and dashes, or used twice.</exception>
    public HtmlReport AddFigure(string id, TradeChart chart, Task<ChartSvg> drawing, IEnumerable<(Economy Economy, int Year)> covers, Product product = default)
    {
        Preconditions.NotNull(chart);
        Preconditions.NotNull(drawing);
        Preconditions.NotNull(covers);
        CheckId(id);
        _figures.Add(new Figure(id, chart.Options.Title, Document(drawing), covers.Select(c => (c.Economy.Code, c.Year)).ToHashSet(), product));
        return this;

        static async Task<string> Document(Task<ChartSvg> drawing) => (await drawing.ConfigureAwait(false)).Document;
    }

    /// <summary>
    /// Adds a pair: <paramref name="economy"/>'s turnover, exports, imports and balance with
    /// <paramref name="partner"/> by year as <paramref name="economy"/> reports them, with the partner's
    /// mirror turnover beside them; year-over-year growth; growth, CAGR, fold change and log-linear trend
    /// over the period; each side's share of the other's total trade; and a bar chart of the turnover.
    /// </summary>
    /// <param name="data">The data.</param>
    /// <param name="economy">The economy whose trade it is (its report is the main one).</param>
    /// <param name="partner">The partner.</param>
    /// <param name="fromYear">The first year (default: the first with a value).</param>
    /// <param name="toYear">The last year (default: the last with a value).</param>
    /// <remarks>The pair's chart is drawn in the background from this call on; should drawing it fail (the bundled font cannot be loaded), <see cref="ToHtml"/> and <see cref="Save"/> throw that error.</remarks>
    /// <exception cref="ArgumentException">Neither side reports any value for the pair in the years asked for.</exception>
    public HtmlReport AddPair(TradeDataset data, Economy economy, Economy partner, int? fromYear = null, int? toYear = null)
    {
        Preconditions.NotNull(data);
        Preconditions.NotNull(economy);
        Preconditions.NotNull(partner);
        var pair = Pair.Build(data, economy, partner, fromYear, toYear);
        CheckId(pair.Id);
        _pairs.Add(pair);
        if (!pair.Turnover.Slice(pair.From, pair.To).IsEmpty)
        {
            // Drawn in the background from now on, on every core, while the caller goes on; the page waits for it. Nobody else
            // holds this chart, so drawing it later draws the same.
            var options = new ChartOptions(
                $"{economy.Name}–{partner.Name} trade turnover, {pair.From}–{pair.To} ($m)",
                $"Source: {data.Name}, as reported by {economy.Name}.") { FromYear = pair.From, ToYear = pair.To };
            var id = pair.Id + "-figure";
            CheckId(id);
            _figures.Add(new Figure(id, options.Title, Task.Run(() => BarChart.Create(pair.Turnover, options).ToSvg()),
                Enumerable.Range(pair.From, pair.To - pair.From + 1).Select(y => (economy.Code, y)).ToHashSet(), Product.AllGoods));
        }

        return this;
    }

    /// <summary>
    /// Adds to a pair's section (added before, with <see cref="AddPair"/>) a table "what each source says": for the years two sources or
    /// more share, each source's value side by side (never merged), the spread between them, and the values that look partial; then
    /// the years each source has alone.
    /// </summary>
    /// <param name="comparison">The sources' series of the pair (its economy and partner, in that order).</param>
    /// <exception cref="ArgumentException">The report has no section for that pair, or it has a comparison already.</exception>
    public HtmlReport AddSources(SourceComparison comparison)
    {
        Preconditions.NotNull(comparison);
        var context = comparison.Sources[0].Series.Context;
        var pair = _pairs.FirstOrDefault(p => p.Economy.Equals(context.Economy) && p.Partner.Equals(context.Partner))
            ?? throw new ArgumentException($"The report has no section for {context.Economy.Name}–{context.Partner.Name}: add the pair first.", nameof(comparison));
        if (!_sources.TryAdd(pair.Id, comparison))
        {
            throw new ArgumentException($"The section for {context.Economy.Name}–{context.Partner.Name} has its sources already.", nameof(comparison));
        }

        return this;
    }

    /// <summary>
    /// Adds to a pair's section (added before, with <see cref="AddPair"/>) its indicators of one year: each with its value or why
    /// it has none, its formula, and its inputs with their sources (<see cref="TradeIndicators"/>).
    /// </summary>
    /// <param name="economy">The pair's economy.</param>
    /// <param name="partner">The pair's partner.</param>
    /// <param name="year">The year the indicators are of.</param>
    /// <param name="indicators">The indicators.</param>
    /// <exception cref="ArgumentException">The report has no section for that pair, or it has indicators already.</exception>
    public HtmlReport AddIndicators(Economy economy, Economy partner, int year, IReadOnlyList<Indicator> indicators)
    {
        Preconditions.NotNull(economy);
        Preconditions.NotNull(partner);
        Preconditions.NotNull(indicators);
        var pair = _pairs.FirstOrDefault(p => p.Economy.Equals(economy) && p.Partner.Equals(partner))
            ?? throw new ArgumentException($"The report has no section for {economy.Name}–{partner.Name}: add the pair first.", nameof(economy));
        if (!_indicators.TryAdd(pair.Id, (year, indicators)))
        {
            throw new ArgumentException($"The section for {economy.Name}–{partner.Name} has its indicators already.", nameof(indicators));
        }

        return this;
    }

    /// <summary>Adds an article's claims: quote, stated, computed, verdict (colour and word), distance, explanation and links to what each rests on.</summary>
    /// <param name="title">The article's name.</param>
    /// <param name="results">The evaluated claims.</param>
    /// <param name="bands">The bands they were judged with, for the legend (default: <see cref="VerdictBands.Default"/>).</param>
    public HtmlReport AddClaims(string title, IReadOnlyList<ClaimResult> results, VerdictBands? bands = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        Preconditions.NotNull(results);
        _articles.Add((title, results, null, bands ?? VerdictBands.Default));
        return this;
    }

    /// <summary>
    /// Adds an article's claims checked against several sources: each claim's headline verdict with the source that gives it, and
    /// every source's verdict and distance beside it.
    /// </summary>
    /// <param name="title">The article's title.</param>
    /// <param name="results">The claims checked across sources (<see cref="ClaimAcrossSources.Evaluate"/>).</param>
    /// <param name="bands">The bands the verdicts were judged with (default: <see cref="VerdictBands.Default"/>).</param>
    public HtmlReport AddClaims(string title, IReadOnlyList<ClaimAcrossSources> results, VerdictBands? bands = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        Preconditions.NotNull(results);
        _articles.Add((title, results.Select(r => r.Headline).ToList(), results, bands ?? VerdictBands.Default));
        return this;
    }

    /// <summary>The page.</summary>
    public string ToHtml() => Page().ToString();

    private StringBuilder Page()
    {
        DrawPending();
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>").Append(E(_title)).Append("</title>\n<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n<main>\n");
        html.Append("<h1>").Append(E(_title)).Append("</h1>\n");
        if (_introduction is not null)
        {
            html.Append("<p>").Append(E(_introduction)).Append("</p>\n");
        }

        html.Append("<nav><ul>");
        foreach (var a in _articles.Select((a, i) => (a.Title, i)))
        {
            html.Append($"<li><a href=\"#article-{a.i + 1}\">Claims: {E(a.Title)}</a></li>");
        }

        foreach (var p in _pairs)
        {
            html.Append($"<li><a href=\"#{p.Id}\">{E(p.Economy.Name)}–{E(p.Partner.Name)}</a></li>");
        }

        foreach (var f in _figures.Where(f => _pairs.All(p => f.Id != p.Id + "-figure")))
        {
            html.Append($"<li><a href=\"#{f.Id}\">{E(f.Caption)}</a></li>");
        }

        html.Append("</ul></nav>\n");
        for (var i = 0; i < _articles.Count; i++)
        {
            WriteArticle(html, i + 1, _articles[i].Title, _articles[i].Results, _articles[i].Across, _articles[i].Bands);
        }

        foreach (var pair in _pairs)
        {
            WritePair(html, pair);
        }

        var standalone = _figures.Where(f => _pairs.All(p => f.Id != p.Id + "-figure")).ToList();
        if (standalone.Count > 0)
        {
            html.Append("<section id=\"figures\">\n<h2>Figures</h2>\n");
            foreach (var f in standalone)
            {
                WriteFigure(html, f);
            }

            html.Append("</section>\n");
        }

        html.Append("<footer><p>Made by TradeAnalytics. Every number links to its source (file and cell, or file and line); hover or follow the link. Missing values are shown as “—”: missing is not zero.</p></footer>\n");
        html.Append("</main>\n</body>\n</html>\n");
        return html;
    }

    /// <summary>Writes the page to <paramref name="path"/> (UTF-8, no byte-order mark).</summary>
    /// <param name="path">The file to write.</param>
    public void Save(string path) => SafeFile.WriteText(path, Page());

    private void WriteArticle(StringBuilder html, int number, string title, IReadOnlyList<ClaimResult> results, IReadOnlyList<ClaimAcrossSources>? across, VerdictBands bands)
    {
        html.Append($"<section id=\"article-{number}\">\n<h2>Claims: {E(title)}</h2>\n");
        var counts = results.GroupBy(r => r.VerdictText).Select(g => $"{g.Count()} {g.Key}");
        html.Append("<p>").Append(results.Count).Append(" claims: ").Append(E(string.Join(", ", counts))).Append(". ");
        if (across is { Count: > 0 })
        {
            html.Append("Each claim is checked against every source (").Append(E(string.Join(", ", across[0].BySource.Select(s => s.SourceId))))
                .Append("): the verdict is the best among them, and names its source; every source's verdict stands beside it. ");
        }

        html.Append(BoldMarkers().Replace(E(ClaimReport.VerdictLegend(bands)), "<b>$1</b>")).Append("</p>\n");
        html.Append("<div class=\"scroll\"><table class=\"claims\">\n<thead><tr><th>id</th><th>claim (quote)</th><th>stated</th><th>computed</th><th>verdict</th>")
            .Append(across is null ? "" : "<th>source</th>")
            .Append("<th>distance</th><th>rests on</th><th>explanation, alternatives tried</th>")
            .Append(across is null ? "" : "<th>by source</th>")
            .Append("</tr></thead>\n<tbody>\n");
        for (var i = 0; i < results.Count; i++)
        {
            var r = results[i];
            var verdict = r.VerdictText;
            html.Append($"<tr id=\"article-{number}-{Slug(r.Claim.Id)}\">");
            html.Append($"<td>{E(r.Claim.Id)}</td><td class=\"quote\">“{E(r.Claim.Quote)}”</td><td>{E(r.Stated)}</td><td>{E(r.Computed)}</td>");
            html.Append($"<td><span class=\"verdict {verdict}\">{Symbol(r.Verdict)} {verdict}</span></td>");
            if (across is not null)
            {
                html.Append($"<td>{E(across[i].HeadlineSource)}</td>");
            }

            html.Append($"<td>{E(r.Distance)}</td><td class=\"rests\">{RestsOn(r.Claim)}</td><td class=\"note\">{E(r.Note)}</td>");
            if (across is not null)
            {
                html.Append("<td>").Append(string.Join("<br>", across[i].BySource.Select(s => E($"{s.SourceId}: {s.Result.VerdictText}" + (s.Result.Distance.Length > 0 ? $" ({s.Result.Distance})" : ""))))).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody></table></div>\n</section>\n");
    }

    /// <summary>Links to the figures that draw the claim's economy in its (end) year for the same goods, and to its years in the pair's table.</summary>
    private string RestsOn(Claim claim)
    {
        if (claim.Economy is null || claim.Year is null)
        {
            return "—";
        }

        var year = claim.Year.Value;
        var links = _figures
            .Where(f => f.Product == claim.Product && (f.Covers.Contains((claim.Economy.Code, year)) || (claim.Partner is not null && f.Covers.Contains((claim.Partner.Code, year)))))
            .Select(f => $"<a href=\"#{f.Id}\">{E(FigureLabel(f))}</a>")
            .ToList();
        var pair = _pairs.FirstOrDefault(p => (p.Economy.Equals(claim.Economy) && p.Partner.Equals(claim.Partner)) || (p.Economy.Equals(claim.Partner) && p.Partner.Equals(claim.Economy)));
        if (pair is not null && claim.Product.IsAllGoods)
        {
            var years = new[] { claim.BaseYear ?? year, year }.Where(y => y >= pair.From && y <= pair.To).Distinct().Order()
                .Select(y => $"<a href=\"#{pair.Id}-{y.ToString(CultureInfo.InvariantCulture)}\">{y.ToString(CultureInfo.InvariantCulture)}</a>");
            links.Add($"table {string.Join("–", years)}");
        }

        return links.Count == 0 ? "—" : string.Join("<br>", links);
    }

    private string FigureLabel(Figure f)
    {
        var match = FigureNumber().Match(f.Caption);
        if (match.Success)
        {
            return match.Value.TrimEnd('.');
        }

        var pair = _pairs.FirstOrDefault(p => f.Id == p.Id + "-figure");
        return pair is null ? f.Id : $"chart {pair.Economy.Code}–{pair.Partner.Code}";
    }

    private void WritePair(StringBuilder html, Pair p)
    {
        var e = p.Economy;
        var q = p.Partner;
        html.Append($"<section id=\"{p.Id}\">\n<h2>{E(e.Name)}–{E(q.Name)}, {p.From}–{p.To}</h2>\n");
        html.Append($"<p>US$ million, current prices, as reported by {E(e.Name)} ({E(p.DataName)}); the mirror column is {E(q.Name)}'s report. ");
        html.Append($"<span class=\"mark\">e</span> includes {E(p.EstimateMeaning)}, <span class=\"mark\">p</span> partial (one flow not reported), — missing (not zero). Each number links to its source.</p>\n");
        html.Append("<div class=\"scroll\"><table class=\"values\">\n<thead><tr><th>year</th><th>turnover</th><th>exports</th><th>imports</th><th>balance</th>");
        html.Append($"<th>turnover, {E(q.Name)}'s mirror</th><th>YoY turnover</th><th>{E(q.Name)} in {E(e.Name)}'s total trade</th><th>{E(e.Name)} in {E(q.Name)}'s total trade</th></tr></thead>\n<tbody>\n");
        var sources = new List<string>();
        foreach (var year in Enumerable.Range(p.From, p.To - p.From + 1))
        {
            var y = year.ToString(CultureInfo.InvariantCulture);
            html.Append($"<tr id=\"{p.Id}-{y}\"><th>{y}</th>");
            foreach (var series in new[] { p.Turnover, p.Exports, p.Imports, p.Balance, p.Mirror })
            {
                html.Append(Cell(series[year], sources, p.Id));
            }

            var yoy = p.Turnover.GrowthBetween(year - 1, year);
            html.Append(yoy.IsDefined
                ? $"<td>{Signed(yoy.Percent!.Value)} %</td>"
                : $"<td class=\"gap\" title=\"{E(yoy.Reason ?? "undefined")}\">—</td>");
            html.Append(ShareCell(p.ShareOfPartnerInEconomy(year)));
            html.Append(ShareCell(p.ShareOfEconomyInPartner(year)));
            html.Append("</tr>\n");
        }

        html.Append("</tbody></table></div>\n");
        html.Append($"<h3>Growth of the turnover, {p.From}–{p.To}</h3>\n<table class=\"growth\"><tbody>\n");
        foreach (var (label, value) in p.GrowthRows())
        {
            html.Append($"<tr><th>{E(label)}</th><td>{E(value)}</td></tr>\n");
        }

        html.Append("</tbody></table>\n");
        if (_sources.TryGetValue(p.Id, out var comparison))
        {
            WriteSources(html, p, comparison);
        }

        if (_indicators.TryGetValue(p.Id, out var indicators))
        {
            WriteIndicators(html, p, indicators.Year, indicators.Indicators);
        }

        var figure = _figures.FirstOrDefault(f => f.Id == p.Id + "-figure");
        if (figure is not null)
        {
            WriteFigure(html, figure);
        }

        html.Append($"<details><summary>Sources of the {sources.Count} numbers above</summary><ol class=\"sources\">\n");
        for (var i = 0; i < sources.Count; i++)
        {
            html.Append($"<li id=\"{p.Id}-src-{i + 1}\">{E(sources[i])}</li>\n");
        }

        html.Append("</ol></details>\n</section>\n");
    }

    private static void WriteIndicators(StringBuilder html, Pair p, int year, IReadOnlyList<Indicator> indicators)
    {
        html.Append($"<h3 id=\"{p.Id}-indicators\">Indicators, {year.ToString(CultureInfo.InvariantCulture)}</h3>\n");
        html.Append("<p>Ratios, no unit. Each with its formula and inputs (US$ million, with their sources); an indicator the data do not allow says why.</p>\n");
        html.Append("<div class=\"scroll\"><table class=\"indicators\">\n<thead><tr><th>indicator</th><th>value</th><th>formula</th><th>inputs and notes</th></tr></thead>\n<tbody>\n");
        foreach (var i in indicators)
        {
            html.Append($"<tr><th>{E(i.Name)}</th>");
            html.Append(i.Value is { } v ? $"<td>{v.ToString("0.0000", CultureInfo.InvariantCulture)}</td>" : $"<td class=\"gap\" title=\"{E(i.Undefined ?? "undefined")}\">—</td>");
            html.Append($"<td>{E(i.Formula)}</td><td>");
            var notes = (i.Undefined is { } why ? new[] { "undefined: " + why } : []).Concat(i.Notes).ToList();
            if (notes.Count > 0)
            {
                html.Append($"<p>{E(string.Join("; ", notes))}</p>");
            }

            if (i.Inputs.Count > 0)
            {
                html.Append($"<details><summary>{i.Inputs.Count} input(s)</summary><ul>");
                foreach (var input in i.Inputs)
                {
                    html.Append($"<li>{E(input.Name)} = {(input.Value is { } x ? x.ToString("#,0.######", CultureInfo.InvariantCulture) : "missing")} ({E(input.Source)})</li>");
                }

                html.Append("</ul></details>");
            }

            html.Append("</td></tr>\n");
        }

        html.Append("</tbody></table></div>\n");
    }

    private static void WriteSources(StringBuilder html, Pair p, SourceComparison comparison)
    {
        var context = comparison.Sources[0].Series.Context;
        html.Append($"<h3 id=\"{p.Id}-sources\">What each source says</h3>\n");
        html.Append($"<p>{E(context.Describe())}, US$ million, each column one source, never merged; spread = largest less smallest. Hover a number for its source.</p>\n");
        var shared = comparison.Shared.ToList();
        if (shared.Count > 0)
        {
            html.Append("<div class=\"scroll\"><table class=\"sources-side\">\n<thead><tr><th>year</th>");
            foreach (var source in comparison.Sources)
            {
                html.Append($"<th>{E(source.Name)}</th>");
            }

            html.Append("<th>spread</th><th>spread, %</th><th>note</th></tr></thead>\n<tbody>\n");
            foreach (var year in shared)
            {
                html.Append($"<tr><th>{year.Year.ToString(CultureInfo.InvariantCulture)}</th>");
                foreach (var v in year.Values)
                {
                    html.Append(v is null
                        ? "<td class=\"gap\" title=\"missing (not zero)\">—</td>"
                        : $"<td{(v.Estimated || v.Partial ? " class=\"flagged\"" : "")} title=\"{E(v.Source)}\">{v.Value.Value.ToString("#,0.000", CultureInfo.InvariantCulture)}</td>");
                }

                if (year.Spread is { } spread)
                {
                    html.Append($"<td>{spread.ToString("#,0.000", CultureInfo.InvariantCulture)}</td>");
                    html.Append(year.SpreadPercent is { } percent ? $"<td>{percent.ToString("0.0", CultureInfo.InvariantCulture)} %</td>" : "<td class=\"gap\" title=\"undefined: the smallest value is not positive\">—</td>");
                }
                else
                {
                    html.Append("<td class=\"gap\" title=\"no spread: a partial value (one flow) is another quantity than a whole one\">—</td><td class=\"gap\" title=\"no spread\">—</td>");
                }
                html.Append($"<td>{E(string.Join("; ", year.Notes))}</td></tr>\n");
            }

            html.Append("</tbody></table></div>\n");
        }
        else
        {
            html.Append("<p>The sources share no year.</p>\n");
        }

        html.Append("<ul class=\"source-spans\">\n");
        for (var i = 0; i < comparison.Sources.Count; i++)
        {
            var source = comparison.Sources[i];
            var alone = comparison.Years.Where(y => y.Values.Count(v => v is not null) == 1 && y.Values[i] is not null).ToList();
            var span = source.Series.IsEmpty ? "no value" : source.Series.FirstYear == source.Series.LastYear
                ? source.Series.FirstYear.ToString(CultureInfo.InvariantCulture)
                : $"{source.Series.FirstYear.ToString(CultureInfo.InvariantCulture)}–{source.Series.LastYear.ToString(CultureInfo.InvariantCulture)}";
            var partial = alone.Where(y => y.LooksPartial.Contains(source.Name)).Select(y => y.Year.ToString(CultureInfo.InvariantCulture) + ": " + string.Join("; ", y.Notes.Where(n => n.StartsWith(source.Name + ":", StringComparison.Ordinal)))).ToList();
            html.Append($"<li><strong>{E(source.Name)}</strong>: {E(span)}");
            if (alone.Count > 0)
            {
                html.Append($"; alone in {E(Years(alone.Select(y => y.Year)))}");
            }

            if (partial.Count > 0)
            {
                html.Append($" — looks partial: {E(string.Join("; ", partial))}");
            }

            html.Append("</li>\n");
        }

        html.Append("</ul>\n");
    }

    /// <summary>Years as runs: "1992–2017, 2021–2023, 2025".</summary>
    private static string Years(IEnumerable<int> years)
    {
        var runs = new List<string>();
        foreach (var y in years.Distinct().Order())
        {
            if (runs.Count > 0 && runs[^1].Split('–')[^1] == (y - 1).ToString(CultureInfo.InvariantCulture))
            {
                var start = runs[^1].Split('–')[0];
                runs[^1] = $"{start}–{y.ToString(CultureInfo.InvariantCulture)}";
            }
            else
            {
                runs.Add(y.ToString(CultureInfo.InvariantCulture));
            }
        }

        return string.Join(", ", runs);
    }

    private static string Cell(YearlyValue? v, List<string> sources, string pairId)
    {
        if (v is null)
        {
            return "<td class=\"gap\" title=\"missing (not zero)\">—</td>";
        }

        sources.Add(v.Source);
        var marks = (v.Estimated ? "<span class=\"mark\">e</span>" : "") + (v.Partial ? "<span class=\"mark\">p</span>" : "");
        var number = v.Value.Value.ToString("#,0.000", CultureInfo.InvariantCulture);
        return $"<td{(v.Estimated || v.Partial ? " class=\"flagged\"" : "")}><a href=\"#{pairId}-src-{sources.Count}\" title=\"{E(v.Source)}\">{number}</a>{marks}</td>";
    }

    private static string ShareCell(Share? share)
        => share?.Percent is { } percent
            ? $"<td title=\"{E(share.Part!.Source)}\">{percent.ToString("0.00", CultureInfo.InvariantCulture)} %</td>"
            : $"<td class=\"gap\" title=\"{E(share is null ? "not a country pair" : ShareReason(share.Status))}\">—</td>";

    private static string ShareReason(ShareStatus status) => status switch
    {
        ShareStatus.PartMissing => "no value for the pair",
        ShareStatus.WholeMissing => "no value for the total with the World",
        ShareStatus.NonPositiveWhole => "the total is zero or negative",
        _ => "",
    };

    /// <summary>Waits for the figures still being drawn (the pairs'); an error drawing one is thrown as it is.</summary>
    private void DrawPending()
    {
        foreach (var f in _figures)
        {
            f.Svg.GetAwaiter().GetResult();
        }
    }

    private static void WriteFigure(StringBuilder html, Figure f)
    {
        html.Append($"<figure id=\"{f.Id}\">\n");
        AppendInlineSvg(html, f.Svg.Result, f.Id);
        html.Append($"\n<figcaption>{E(f.Caption)}</figcaption>\n</figure>\n");
    }

    /// <summary>
    /// Appends the SVG without its XML prolog, scaled to the page, with its ids (and the references to them) prefixed so that two
    /// figures' clip paths never collide. One pass straight into the page: a figure's SVG is hundreds of kilobytes, and a copy
    /// of it per rewrite was a large object each.
    /// </summary>
    private static void AppendInlineSvg(StringBuilder html, string svg, string prefix)
    {
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        var end = start + svg.AsSpan(start).TrimEnd().Length;
        var size = SvgSize().Match(svg, start, end - start);   // the root's size, which never lies inside an id or a reference
        var at = start;
        for (var m = SvgReference().Match(svg, start, end - start); m.Success; m = m.NextMatch())
        {
            CopyTo(m.Index);
            if (m.Groups[1].Success)
            {
                html.Append(m.Groups[1].ValueSpan).Append("=\"").Append(prefix).Append('-').Append(m.Groups[2].ValueSpan).Append('"');
            }
            else if (m.Groups[3].Success)
            {
                html.Append("url(#").Append(prefix).Append('-').Append(m.Groups[3].ValueSpan).Append(')');
            }
            else
            {
                html.Append(m.Groups[4].ValueSpan).Append("=\"#").Append(prefix).Append('-').Append(m.Groups[5].ValueSpan).Append('"');
            }

            at = m.Index + m.Length;
        }

        CopyTo(end);

        // Copies the text from `at` to `index`, the root's width and height there as a view box.
        void CopyTo(int index)
        {
            if (size.Success && size.Index >= at && size.Index < index)
            {
                html.Append(svg, at, size.Index - at)
                    .Append("viewBox=\"0 0 ").Append(size.Groups[1].ValueSpan).Append(' ').Append(size.Groups[2].ValueSpan).Append("\" role=\"img\" aria-label=\"figure\"");
                at = size.Index + size.Length;
            }

            html.Append(svg, at, index - at);
            at = index;
        }
    }

    private static string Symbol(ClaimVerdict verdict) => verdict switch
    {
        ClaimVerdict.Reproduced => "✔",
        ClaimVerdict.Approximate => "≈",
        ClaimVerdict.NotReproduced => "✘",
        _ => "?",
    };

    private static string Signed(double value) => value.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture);

    private void CheckId(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        if (!IdPattern().IsMatch(id))
        {
            throw new ArgumentException($"'{id}' is not an id: use letters, digits and dashes.", nameof(id));
        }

        if (_figures.Any(f => f.Id == id) || _pairs.Any(p => p.Id == id))
        {
            throw new ArgumentException($"The id '{id}' is used twice in the report.", nameof(id));
        }
    }

    private static string Slug(string text) => NotIdChar().Replace(text, "-");

    /// <summary>HTML-escapes text from files and articles (quotes, sources, notes): markup shows as text, never runs.</summary>
    /// <summary>Text as HTML: encoded, with control and direction characters (U+202E …) shown visibly so none reverses what the page shows.</summary>
    internal static string E(string? text) => WebUtility.HtmlEncode(VisibleText.Of(text, keepLineBreaks: true));

    [GeneratedRegex("\\*\\*([^*]+)\\*\\*")]
    private static partial Regex BoldMarkers();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9-]*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("[^A-Za-z0-9-]")]
    private static partial Regex NotIdChar();

    [GeneratedRegex("^Fig\\. \\d+\\.")]
    private static partial Regex FigureNumber();

    /// <summary>An id (groups 1–2), a reference by url(#…) (group 3) or a link to an id (groups 4–5).</summary>
    [GeneratedRegex("\\b(id)=\"([^\"]+)\"|url\\(#([^)]+)\\)|\\b((?:xlink:)?href)=\"#([^\"]+)\"")]
    private static partial Regex SvgReference();

    [GeneratedRegex("width=\"(\\d+)\" height=\"(\\d+)\"")]
    private static partial Regex SvgSize();

    private sealed record Figure(string Id, string Caption, Task<string> Svg, HashSet<(string Economy, int Year)> Covers, Product Product);

    private const string Style = """
        :root { --ink: #1d1d1d; --muted: #5f5f5f; --rule: #d0d0d0; --ok: #1b7a36; --near: #9a6b00; --bad: #b3261e; --na: #5f5f5f; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 15px/1.45 "DejaVu Sans", system-ui, sans-serif; color: var(--ink); background: #fff; }
        main { max-width: 1200px; margin: 0 auto; padding: 1rem; }
        h1 { font-size: 1.6rem; } h2 { font-size: 1.3rem; border-bottom: 1px solid var(--rule); padding-bottom: .2rem; margin-top: 2.2rem; } h3 { font-size: 1.05rem; }
        nav ul { padding-left: 1.2rem; columns: 2 18rem; }
        .scroll { overflow-x: auto; }
        table { border-collapse: collapse; margin: .5rem 0 1rem; font-variant-numeric: tabular-nums; }
        th, td { border-bottom: 1px solid var(--rule); padding: .25rem .5rem; text-align: right; vertical-align: top; }
        thead th { border-bottom: 2px solid var(--ink); text-align: center; }
        table.claims td, table.claims th { text-align: left; }
        td.rests { white-space: nowrap; }
        table.claims { width: 100%; }
        td.quote { min-width: 12rem; font-style: italic; } td.note { min-width: 18rem; font-size: .85rem; color: var(--muted); }
        td.gap { color: var(--muted); text-align: center; }
        td.flagged { background: #f6f2e6; }
        .mark { font-size: .75rem; color: var(--muted); margin-left: .15rem; }
        a { color: inherit; text-decoration: none; border-bottom: 1px dotted var(--muted); }
        .verdict { font-weight: bold; white-space: nowrap; padding: .05rem .35rem; border-radius: .25rem; border: 1px solid currentColor; }
        .verdict.reproduced { color: var(--ok); } .verdict.approximate { color: var(--near); } .verdict.not-reproduced { color: var(--bad); } .verdict.not-checkable { color: var(--na); }
        figure { margin: 1rem 0; } figure svg { width: 100%; height: auto; border: 1px solid var(--rule); }
        figcaption { color: var(--muted); font-size: .9rem; }
        ol.sources { font-size: .8rem; color: var(--muted); columns: 2 22rem; }
        footer { color: var(--muted); font-size: .85rem; margin-top: 2rem; border-top: 1px solid var(--rule); }
        @media (max-width: 600px) { body { font-size: 14px; } main { padding: .5rem; } td.quote, td.note { min-width: 12rem; } }
        @media print { nav, details > summary { display: none; } details { display: block; } a { border: none; } h2 { break-before: page; } figure, tr { break-inside: avoid; } }

        """;
}
