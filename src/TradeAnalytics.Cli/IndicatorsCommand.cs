using System.CommandLine;
using System.Globalization;
using TradeAnalytics.Analytics;
using TradeAnalytics.Catalogue;

namespace TradeAnalytics.Cli;

/// <summary>
/// <c>indicators</c>: every indicator the shipped data allow for a pair in a year — trade intensity both ways, revealed
/// comparative advantage in HS 27, intra-industry trade, export similarity, complementarity, concentration — each with its
/// formula, its inputs and their sources, or why it is missing.
/// </summary>
internal static class IndicatorsCommand
{
    /// <summary>The HS chapter 27 the World-wide Comtrade extract holds.</summary>
    private static readonly Product Fuels = Product.Hs("27");

    internal static Command Create(TextWriter output)
    {
        var economy = new Argument<string>("economy") { Description = "The economy (e.g. KAZ)." };
        var partner = new Argument<string>("partner") { Description = "The partner (e.g. ISR)." };
        var year = CommonOptions.YearOption("--year", "The year.");
        year.Required = true;
        var since = CommonOptions.YearOption("--since", "The first year of the marginal intra-industry index (default: five years before --year).");
        var format = CommonOptions.Format();
        var sources = CommonOptions.Sources();
        sources.Source.Description = "Where the chapter data of the chapter indicators (intra-industry, similarity, complementarity, concentration over chapters) come from: "
            + "comtrade-hs2 (shipped, default: Israel, Azerbaijan, Georgia and Armenia as reporters, 1995–2021) or comtrade (every chapter of both economies' reports with each other and the World, "
            + "fetched now from UN Comtrade's data API for --since to --year, cached). Intensity and RCA read DOTS 2022 and the shipped HS 27 either way.";
        sources.Source.DefaultValueFactory = _ => ["comtrade-hs2"];
        var command = new Command("indicators", "Every indicator the shipped data allow for the pair in the year: trade intensity (WITS), revealed comparative advantage in HS 27 (Balassa), "
            + "intra-industry trade (Grubel–Lloyd, Brülhart), export similarity (Finger–Kreinin), complementarity (Michaely) and concentration (UNCTAD), "
            + "each with its formula, inputs and sources, or why it is missing. Values are ratios, not US$.")
        {
            economy, partner, year, since, format,
        };
        foreach (var option in sources.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            var a = CommonOptions.Resolve(parse.GetValue(economy)!);
            var b = CommonOptions.Resolve(parse.GetValue(partner)!);
            if (a.Equals(b))
            {
                throw new CommandLineException($"{a.Code} with itself: name two economies.");
            }

            var y = parse.GetValue(year) ?? throw new CommandLineException("--year YEAR is required.");
            var from = parse.GetValue(since) ?? DefaultSince(y);
            if (from >= y)
            {
                throw new CommandLineException($"--since {from} is not before --year {y}.");
            }

            var table = new Output(["indicator", "value", "formula", "inputs", "note"])
            {
                Description = $"Indicators of {a.Name} and {b.Name}, {y}: ratios (no unit); inputs in US$ million with their sources",
            };
            var asked = CommonOptions.AskedSources(parse, sources, ["comtrade-hs2"]);
            if (asked is not (["comtrade-hs2"] or ["comtrade"]))
            {
                throw new CommandLineException($"--source {string.Join(" --source ", asked)}: the chapter indicators read comtrade-hs2 (shipped) or comtrade (fetched), one of them.");
            }

            TradeDataset? fetched = null;
            if (asked[0] == "comtrade")
            {
                var pair = new[] { a, b }.Where(e => e.Code != "WLD").ToList();
                fetched = CommonOptions.FetchedComtrade(parse, sources, new TradeAnalytics.Sources.UnComtrade.ComtradeRequest(pair, [a, b, Economies.World], from, y) { Commodities = ["AG2"] });
            }

            foreach (var indicator in Compute(a, b, y, from, fetched))
            {
                table.Add(
                    indicator.Name,
                    Cell.Number(indicator.Value, "0.0000"),
                    indicator.Formula,
                    string.Join("; ", indicator.Inputs.Select(i => $"{i.Name} = {(i.Value is { } v ? v.ToString("0.######", CultureInfo.InvariantCulture) : "missing")} [{i.Source}]")),
                    string.Join("; ", (indicator.Undefined is { } why ? new[] { "undefined: " + why } : []).Concat(indicator.Notes)));
            }

            table.Write(output, parse.GetValue(format));
            return 0;
        });
        return command;
    }

    /// <summary>The first year of the marginal intra-industry index when none is given: five years before.</summary>
    internal static int DefaultSince(int year) => year - 5;

    /// <summary>
    /// The indicators, in the order printed: each computed where its data are shipped (or, for the chapter indicators, in
    /// <paramref name="fetchedChapters"/> when given), else said missing.
    /// </summary>
    internal static IReadOnlyList<Indicator> Compute(Economy a, Economy b, int year, int since, TradeDataset? fetchedChapters = null)
    {
        // The three reads are independent (perf: the World's DOTS report was 40 % of the answer, every reporter's HS 27 14 %, the
        // pair's chapters 16 %): the other two run beside the DOTS read, which takes of the World's report its parts with the pair only.
        var hs27Read = Task.Run(() => ShippedData.ComtradeHs27World);
        var chaptersRead = fetchedChapters is null ? Task.Run(() => ShippedData.ComtradeHs2CaucasusBetween(a, b)) : Task.FromResult(fetchedChapters);
        var dots = ShippedData.DotsAgainstWorld(a, b);
        var list = new List<Indicator>
        {
            TradeIndicators.Intensity(dots, a, b, year) with { Name = $"trade intensity, {a.Code} exports to {b.Code}" },
            TradeIndicators.Intensity(dots, b, a, year) with { Name = $"trade intensity, {b.Code} exports to {a.Code}" },
        };

        var hs27 = hs27Read.GetAwaiter().GetResult();
        foreach (var e in new[] { a, b })
        {
            list.Add(TradeIndicators.ComparativeAdvantage(hs27, dots, e, Fuels, year) with { Name = $"revealed comparative advantage of {e.Code} in HS 27" });
        }

        // Only the pair's own chapter rows (each side's report with the other and with the World): the whole file is 51,528 rows.
        var chapters = chaptersRead.GetAwaiter().GetResult();
        IReadOnlyList<string> reporters = fetchedChapters is null ? ShippedData.ComtradeHs2CaucasusReporters
            : fetchedChapters.Reporters.Where(r => fetchedChapters.Products.Any(p => p.Digits == 2)).Select(r => r.Code).Distinct().Order().ToList();
        var reporting = new[] { a, b }.Where(e => reporters.Contains(e.Code)).ToList();
        foreach (var r in reporting)
        {
            var other = r.Equals(a) ? b : a;
            list.Add(TradeIndicators.GrubelLloyd(chapters, r, other, year).Aggregate with { Name = $"intra-industry trade (Grubel–Lloyd), {r.Code}'s report with {other.Code}" });
            list.Add(TradeIndicators.MarginalIntraIndustry(chapters, r, other, since, year) with { Name = $"marginal intra-industry trade (Brülhart A), {since}–{year}, {r.Code}'s report" });
        }

        if (reporting.Count == 0)
        {
            var why = $"neither {a.Code} nor {b.Code} reports trade by HS chapter in {(fetchedChapters is null ? "the shipped data" : chapters.Name)} (the chapter data's reporters: {(reporters.Count == 0 ? "none" : string.Join(", ", reporters))})";
            list.Add(Missing("intra-industry trade (Grubel–Lloyd)", "GL = 1 − Σ|x_k − m_k| / Σ(x_k + m_k)", why));
        }

        if (reporting.Count == 2)
        {
            list.Add(TradeIndicators.ExportSimilarity(chapters, a, b, year));
            list.Add(TradeIndicators.Complementarity(chapters, a, b, year) with { Name = $"trade complementarity, {a.Code} exports with {b.Code} imports" });
            list.Add(TradeIndicators.Complementarity(chapters, b, a, year) with { Name = $"trade complementarity, {b.Code} exports with {a.Code} imports" });
        }
        else
        {
            var why = $"it needs both economies' chapter trade with the World; {(fetchedChapters is null ? "the shipped chapter data" : chapters.Name)} hold it for {(reporters.Count == 0 ? "no reporter" : string.Join(", ", reporters))} only";
            list.Add(Missing("export similarity (Finger–Kreinin)", "FK = Σ_k min(s_ak, s_bk)", why));
            list.Add(Missing("trade complementarity (Michaely)", "C_ij = 1 − ½ Σ_k |m_jk − x_ik|", why));
        }

        foreach (var e in new[] { a, b })
        {
            list.Add(Counted(TradeIndicators.ConcentrationOverPartners(dots, e, TradeFlow.Exports, year), $"partner countries with positive exports in {dots.Name}"));
        }

        foreach (var e in reporting)
        {
            list.Add(Counted(TradeIndicators.ConcentrationOverChapters(chapters, e, TradeFlow.Exports, year), $"chapters with positive exports to the World in {chapters.Name}"));
        }

        list.Add(Missing("economic complexity (ECI, PCI)", "fitness: F_c = Σ_p M_cp Q_p, Q_p = 1 / Σ_c M_cp / F_c",
            "it needs every reporter's exports by product; the shipped data hold HS 27 alone for every reporter (use Complexity.Fitness over a full matrix from the library)"));
        return list;
    }

    private static Indicator Missing(string name, string formula, string why) => new(name, formula, null, [], why);

    /// <summary>A concentration with its parts counted in a note instead of listed: hundreds of them would be longer than any screen.</summary>
    private static Indicator Counted(Indicator concentration, string what)
        => concentration with { Inputs = [], Notes = [.. concentration.Notes, $"{concentration.Inputs.Count(i => i.Value > 0)} {what}"] };
}
