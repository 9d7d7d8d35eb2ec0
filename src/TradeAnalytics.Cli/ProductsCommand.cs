using System.CommandLine;
using System.Globalization;
using TradeAnalytics.Analytics;
using TradeAnalytics.Catalogue;

namespace TradeAnalytics.Cli;

/// <summary><c>products ECONOMY PARTNER [--year Y | --from A --to B] [--top N]</c>: a pair's trade by HS chapter, with shares and diversification.</summary>
internal static class ProductsCommand
{
    internal static Command Create(TextWriter output)
    {
        var economy = CommonOptions.Economy("economy", "The reporter (e.g. AZE): its own report is read.");
        var partner = CommonOptions.Economy("partner", "The partner (e.g. ISR, or M143 for Central Asia as a whole).");
        var year = CommonOptions.YearOption("--year", "The year (default: the latest with chapter data for the pair).");
        var from = CommonOptions.From();
        var to = CommonOptions.To();
        var top = new Option<int>("--top") { Description = "How many chapters to list per flow, largest first; the rest are summed in one line.", DefaultValueFactory = _ => 10 };
        var data = CommonOptions.Data();
        var format = CommonOptions.Format();
        var sources = CommonOptions.Sources();
        sources.Source.Description = "comtrade-hs2 (the shipped chapters, default) or comtrade (every chapter fetched now from UN Comtrade's data API for the reporter with the partner and the World, cached; "
            + "the years asked, else the last five).";
        sources.Source.DefaultValueFactory = _ => ["comtrade-hs2"];
        var command = new Command("products", "What a pair trades by HS chapter (UN Comtrade, shipped for Israel, Azerbaijan, Georgia and Armenia as reporters, 1995–2021, or fetched with --source comtrade): each chapter's value, "
            + "its share of the pair's trade (the sum of the chapters) and of the reporter's trade in that chapter with the World, the top chapters, and the diversification "
            + "(Herfindahl–Hirschman index over chapters, how many chapters make 90 %).")
        {
            economy, partner, year, from, to, top, data.Files, data.NoShipped, format,
        };
        foreach (var option in sources.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            var a = CommonOptions.Resolve(parse.GetValue(economy)!);
            var b = CommonOptions.Resolve(parse.GetValue(partner)!);
            var files = parse.GetValue(data.Files) ?? [];
            // The shipped chapters are read as the reporter reports the pair and the World only (its rows of the file; the rest is not
            // parsed): what the pair's chapters and their shares of the reporter's World trade need.
            var asked = CommonOptions.AskedSources(parse, sources, ["comtrade-hs2"]);
            if (asked is not (["comtrade-hs2"] or ["comtrade"]))
            {
                throw new CommandLineException($"--source {string.Join(" --source ", asked)}: products reads comtrade-hs2 (shipped) or comtrade (fetched), one of them.");
            }

            var fetched = asked[0] == "comtrade";
            if (fetched && files.Length > 0)
            {
                throw new CommandLineException("--source comtrade fetches the chapters; give --data or --source comtrade, not both.");
            }

            var products = fetched ? FetchChapters(parse, sources, a, b, parse.GetValue(year), parse.GetValue(from), parse.GetValue(to))
                : files.Length == 0 ? ShippedData.ComtradeHs2CaucasusReportedBy(a, b, Economies.World) : CommonOptions.Load(parse, data, a, b);
            if (!products.HasReporter(a))
            {
                if (fetched)
                {
                    throw new CommandLineException($"UN Comtrade's answers hold no chapter data reported by {a.Name} ({a.Code}) with {b.Name} or the World in the years asked: try other years (--from, --to) or products {b.Code} {a.Code} (the partner's report).");
                }

                var reporters = files.Length == 0 ? SourceCatalogue.Shipped["comtrade-hs2"].DeclaredReporters!
                    : products.Reporters.Where(r => products.Products.Any(p => p.Digits == 2)).Select(r => r.Code);
                throw new CommandLineException($"no chapter data reported by {a.Name} ({a.Code}); the data's reporters are {string.Join(", ", reporters)}: try products {reporters.FirstOrDefault() ?? "ISR"} {a.Code} (the partner's report).");
            }

            var (first, last) = Span(parse.GetValue(year), parse.GetValue(from), parse.GetValue(to), () => ProductMix.LatestYear(products, a, b)
                ?? throw new CommandLineException($"{a.Name} reports no chapter trade with {b.Name} in the data."));
            var n = parse.GetValue(top);
            if (n < 1)
            {
                throw new CommandLineException("--top must be 1 or more.");
            }

            var span = first == last ? first.ToString(CultureInfo.InvariantCulture) : $"{first}–{last}";
            var table = new Output(["flow", "rank", "chapter", "name", "value_musd", "share_of_pair_percent", "share_of_chapter_world_percent", "years"])
            {
                Description = $"{a.Name}–{b.Name} trade by HS chapter, {span}, as reported by {a.Name}, US$ million ({products.Name})",
            };
            var summaries = new List<string>();
            foreach (var flow in new[] { TradeFlow.Exports, TradeFlow.Imports })
            {
                var mix = ProductMix.Of(products, a, b, flow, first, last);
                var word = flow == TradeFlow.Exports ? "exports" : "imports";
                foreach (var (c, i) in mix.Chapters.Take(n).Select((c, i) => (c, i)))
                {
                    table.Add(word, Cell.Integer(i + 1), c.Chapter.ToCode(), c.Name ?? "", Cell.Number(c.Value.Value, "0.000"), Cell.Number(c.ShareOfPair * 100, "0.0"),
                        Cell.Number(c.ShareOfWorld * 100, "0.0"), string.Join(",", c.Years));
                }

                if (mix.Chapters.Count > n)
                {
                    var rest = mix.Chapters.Skip(n).ToList();
                    table.Add(word, "", "", $"{rest.Count} other chapters", Cell.Number(UsdMillions.Sum(rest.Select(c => c.Value)).Value, "0.000"), Cell.Number(rest.Sum(c => c.ShareOfPair) * 100, "0.0"), Cell.Missing, "");
                }

                summaries.Add(mix.Total is { } total
                    ? $"{word}: {total.Value.ToString("0.000", CultureInfo.InvariantCulture)} $m over {mix.Chapters.Count} chapters (the sum of the chapters); HHI {mix.Herfindahl!.Value * 10_000:0} points; {mix.ChaptersFor90Percent} chapter(s) make 90 %"
                      + (mix.Gaps.Count > 0 ? $"; chapters without a file in a year of the span (gaps, not zeros): {string.Join(",", mix.Gaps.Select(g => g.ToCode()))}" : "")
                    : $"{word}: no chapter value for {span} (missing, not zero)");
                table.Fields[word] = new Dictionary<string, object?>
                {
                    ["total_musd"] = mix.Total?.Value,
                    ["hhi_points"] = mix.Herfindahl * 10_000,
                    ["chapters_for_90_percent"] = mix.ChaptersFor90Percent,
                    ["chapters"] = mix.Chapters.Count,
                    ["gaps"] = mix.Gaps.Select(g => g.ToCode()).ToList(),
                };
            }

            table.Write(output, parse.GetValue(format));
            if (parse.GetValue(format) == OutputFormat.Table)
            {
                output.WriteLine();
                foreach (var line in summaries)
                {
                    output.WriteLine(line);
                }

                output.WriteLine($"Shares of the chapter's World trade compare with {a.Name}'s own report with the World; chapter names as UN Comtrade describes them (data/hs-chapters.csv).");
            }

            return 0;
        });
        return command;
    }

    /// <summary>Every HS chapter (AG2) of <paramref name="a"/>'s report with <paramref name="b"/> and the World, fetched from UN Comtrade for the years asked, else the last five.</summary>
    private static TradeDataset FetchChapters(ParseResult parse, CommonOptions.SourceOptions sources, Economy a, Economy b, int? year, int? from, int? to)
    {
        var last = year ?? to ?? from ?? DateTime.UtcNow.Year - 1;
        var first = year ?? from ?? last - 4;
        return CommonOptions.FetchedComtrade(parse, sources, new TradeAnalytics.Sources.UnComtrade.ComtradeRequest([a], [b, Economies.World], first, last) { Commodities = ["AG2"] }, noteGaps: true);
    }

    private static (int From, int To) Span(int? year, int? from, int? to, Func<int> latest)
    {
        if (year is not null && (from is not null || to is not null))
        {
            throw new CommandLineException("give --year, or --from and --to, not both.");
        }

        if (year is { } y)
        {
            return (y, y);
        }

        if (from is null && to is null)
        {
            var l = latest();
            return (l, l);
        }

        var first = from ?? to!.Value;
        var last = to ?? from!.Value;
        return last < first ? throw new CommandLineException($"--to {last} is before --from {first}.") : (first, last);
    }
}
