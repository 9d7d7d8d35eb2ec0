using TradeAnalytics.Catalogue;
using System.CommandLine;
using System.Globalization;
using TradeAnalytics.Analytics;

namespace TradeAnalytics.Cli;

/// <summary><c>share</c>: a partner's share of an economy's total trade, or members' shares of a group's trade with a partner.</summary>
internal static class ShareCommand
{
    internal static Command Create(TextWriter output)
    {
        var economy = new Argument<string?>("economy") { Description = "The economy (e.g. KAZ); omit with --group.", Arity = ArgumentArity.ZeroOrOne };
        var partner = new Argument<string?>("partner") { Description = "The partner (e.g. ISR); omit with --group.", Arity = ArgumentArity.ZeroOrOne };
        var year = CommonOptions.YearOption("--year", "The year.");
        year.Required = true;
        var group = new Option<string?>("--group") { Description = "Comma-separated members, e.g. KAZ,UZB,TKM,TJK,KGZ: each member's share of the group's trade with --with." };
        var with = new Option<string?>("--with") { Description = "The partner of the group, e.g. ISR." };
        var data = CommonOptions.Data();
        var format = CommonOptions.Format();
        var flow = CommonOptions.Flow();
        var sideOption = CommonOptions.Side();
        var product = CommonOptions.ProductOption();
        var sources = CommonOptions.Sources();
        var concentration = new Option<bool>("--concentration")
        {
            Description = "The economy's partner concentration instead of a share: the Herfindahl–Hirschman index over its partner countries (aggregates and residuals never count; partners without a value are left out, not read as zero).",
        };
        var command = new Command("share", "A partner's share of an economy's total (World) trade; or, with --group and --with, each member's share of the group's trade with a partner; "
            + "or, with --product, the product's share of the pair's trade and the partner's share of the economy's trade in the product; or, with --concentration, the economy's partner concentration (HHI).")
        {
            economy, partner, year, group, with, data.Files, data.NoShipped, format, flow, sideOption, product, concentration,
        };
        foreach (var option in sources.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            var named = new[] { parse.GetValue(economy), parse.GetValue(partner), parse.GetValue(with) }.Where(t => t is not null).Select(t => CommonOptions.Resolve(t!))
                .Concat((parse.GetValue(group) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(CommonOptions.Resolve)).ToArray();
            var dataset = CommonOptions.Load(parse, data, sources, named);
            var y = parse.GetValue(year) ?? throw new CommandLineException("--year YEAR is required.");
            var measure = parse.GetValue(flow);
            if (parse.GetValue(concentration))
            {
                return Concentrated(output, dataset, parse.GetValue(economy), parse.GetValue(partner) is not null || parse.GetValue(group) is not null || parse.GetValue(product) is not null, y, measure, parse.GetValue(format));
            }

            if (parse.GetValue(product) is { } code)
            {
                return ProductShare(output, parse, dataset, CommonOptions.Product(code), y, measure, parse.GetValue(sideOption), parse.GetValue(economy), parse.GetValue(partner), parse.GetValue(format));
            }

            var table = new Output(["economy", "partner", "year", "value_musd", "total_musd", "share_percent", "note"]);
            if (parse.GetValue(group) is { } members)
            {
                var withText = parse.GetValue(with) ?? throw new CommandLineException("--group needs --with PARTNER, e.g. --with ISR.");
                var list = members.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(CommonOptions.Resolve).ToList();
                var shares = Shares.WithinGroup(dataset, list, CommonOptions.Resolve(withText), y, measure, parse.GetValue(sideOption));
                foreach (var m in shares.Members)
                {
                    table.Add(m.Member.Code, shares.Partner.Code, Year(y), Value(m.Share.Part?.Value), Value(shares.Total), Percent(m.Share.Percent),
                        m.Share.Part is null ? "missing" : Markers(m.Share.Part));
                }

                if (shares.MissingMembers.Count > 0 && parse.GetValue(format) == OutputFormat.Table)
                {
                    output.WriteLine($"No group total in {y}: no value for {string.Join(", ", shares.MissingMembers.Select(m => m.Code))} (missing is not zero).");
                }
            }
            else
            {
                var a = CommonOptions.Resolve(parse.GetValue(economy) ?? throw new CommandLineException("give ECONOMY PARTNER, or --group ... --with ..."));
                var b = CommonOptions.Resolve(parse.GetValue(partner) ?? throw new CommandLineException("give ECONOMY PARTNER, or --group ... --with ..."));
                var side = parse.GetValue(sideOption);
                if (!dataset.Products.Contains(Product.AllGoods) && dataset.Products.Any(p => p.Digits == 2))
                {
                    return ChapterSumShare(output, dataset, a, b, y, measure, side, parse.GetValue(format));
                }

                var share = Shares.OfTotal(dataset, a, b, y, measure, side);
                if (share.Status != ShareStatus.Defined)
                {
                    var others = CommonOptions.OtherSources(new TradeQuestion(a, b, measure, side) { Years = new YearSpan(y, y) }, CommonOptions.AskedSources(parse, sources, ["dots"]));
                    throw new CommandLineException($"no share of {b.Name} in {a.Name}'s total {measure.ToString().ToLowerInvariant()} in {y}: " + share.Status switch
                    {
                        ShareStatus.PartMissing => $"the data hold no value for {a.Code}–{b.Code} in {y} as {(side == ReportingSide.Reporter ? a.Name : b.Name)} reports it ({dataset.Name})",
                        ShareStatus.WholeMissing => $"the data hold no total of {a.Name} with the World in {y} ({dataset.Name})",
                        _ => $"{a.Name}'s total with the World in {y} is zero or negative",
                    } + "." + (others.Length > 0 ? " The " + others : ""));
                }

                table.Add(a.Code, b.Code, Year(y), Value(share.Part?.Value), Value(share.Whole), Percent(share.Percent),
                    Markers(share.Part!) + (side == ReportingSide.Partner ? (share.Part!.Estimated || share.Part.Partial ? "; " : "") + $"part as {b.Name} reports it, total as {a.Name} reports it" : ""));
            }

            table.Write(output, parse.GetValue(format));
            return 0;
        });
        return command;
    }

    /// <summary>
    /// With --product: (1) the product's share of ECONOMY's flow with PARTNER (product data against the
    /// all-goods totals), and (2) for exports or imports, PARTNER's share of ECONOMY's flow of the product
    /// with the World, from PARTNER's mirror report where ECONOMY does not report PARTNER.
    /// </summary>
    private static int ProductShare(TextWriter output, ParseResult parse, TradeDataset totals, Product product, int year, TradeMeasure measure, ReportingSide side, string? economy, string? partner, OutputFormat format)
    {
        if (parse.GetValue<string?>("--group") is not null)
        {
            throw new CommandLineException("--product goes with ECONOMY PARTNER, not with --group.");
        }

        var a = CommonOptions.Resolve(economy ?? throw new CommandLineException("--product needs ECONOMY PARTNER, e.g. share ISR KAZ --product 27 --flow imports --year 2008."));
        var b = CommonOptions.Resolve(partner ?? throw new CommandLineException("--product needs ECONOMY PARTNER, e.g. share ISR KAZ --product 27 --flow imports --year 2008."));
        if (measure == TradeMeasure.Balance)
        {
            throw new CommandLineException("a share of a balance has no meaning; use --flow exports, imports or turnover.");
        }

        var products = CommonOptions.Products(totals);
        var table = new Output(["share", "year", "part_musd", "whole_musd", "share_percent", "basis"]);
        var shares = new List<Analytics.ShareSeries> { ProductShares.OfFlow(products, totals, a, b, product, measure, side, year, year) };
        if (measure != TradeMeasure.Turnover && b.IsCountry)
        {
            shares.Add(measure == TradeMeasure.Imports
                ? ProductShares.OfImportsFrom(products, a, b, product, year, year)
                : ProductShares.OfExportsTo(products, a, b, product, year, year));
        }

        foreach (var s in shares)
        {
            var v = s.Years[0];
            table.Add(s.Description, Year(year), Value(v.Part?.Value), Value(v.Whole?.Value), Percent(v.Percent),
                v.Reason is { } why ? "undefined: " + why : v.Basis);
        }

        table.Write(output, format);
        if (format == OutputFormat.Table)
        {
            foreach (var caveat in shares.Select(s => s.Caveat).Where(c => c.Length > 0))
            {
                output.WriteLine(caveat);
            }
        }

        return shares.Any(s => s.Years[0].Fraction is not null) ? 0 : 1;
    }

    /// <summary>
    /// With --concentration: the Herfindahl–Hirschman index of ECONOMY's partner countries, as the library counts them
    /// (<see cref="Concentration.Herfindahl"/>: countries only, partners without a value left out), with how much of the
    /// World total the counted partners cover.
    /// </summary>
    private static int Concentrated(TextWriter output, TradeDataset dataset, string? economy, bool other, int year, TradeMeasure measure, OutputFormat format)
    {
        if (other)
        {
            throw new CommandLineException("--concentration takes one ECONOMY alone (no partner, --group or --product), e.g. share KAZ --concentration --year 2018.");
        }

        var a = CommonOptions.Resolve(economy ?? throw new CommandLineException("--concentration needs ECONOMY, e.g. share KAZ --concentration --year 2018."));
        if (measure == TradeMeasure.Balance)
        {
            throw new CommandLineException("concentration of a balance has no meaning; use --flow exports, imports or turnover.");
        }

        if (!dataset.HasReporter(a))
        {
            throw new CommandLineException($"the data hold no report by {a}; reporters available: {string.Join(", ", dataset.Reporters.Select(r => r.Code))}.");
        }

        HerfindahlIndex hhi;
        try
        {
            hhi = Concentration.Herfindahl(dataset, a, year, measure);
        }
        catch (InvalidOperationException e)
        {
            throw new CommandLineException(e.Message);
        }

        // Countries that sum to more than the World the data report: the World value is not the sum of its partners (another edition,
        // a revision, or rows counted twice in the file); said, never shown as a coverage above 100 % without a word.
        var over = hhi.Coverage is > 1 + 1e-9
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"the partner countries sum to {hhi.Coverage * 100:0.#} % of the World total the data report: the World value is not the sum of its partners here (check the file for rows counted twice, or a World from another edition); the index is over the countries' own sum")
            : "";
        var table = new Output(["economy", "year", "measure", "hhi", "hhi_points", "partners_counted", "countries_total_musd", "world_total_musd", "coverage_percent", "note"])
        {
            Description = $"Partner concentration of {a.Name}'s {measure.ToString().ToLowerInvariant()}, {year}, as {a.Name} reports it: Herfindahl–Hirschman index over partner countries (aggregates and residuals never count)",
        };
        table.Add(a.Code, Year(year), measure.ToString().ToLowerInvariant(), Cell.Number(hhi.Index, "0.0000"), Cell.Number(hhi.Points, "0"), Cell.Integer(hhi.CountriesCounted),
            Value(hhi.CountriesTotal), Value(hhi.WorldTotal), Percent(hhi.Coverage * 100), over);
        if (format == OutputFormat.Table)
        {
            output.WriteLine(table.Description);
        }

        table.Write(output, format);
        if (over.Length > 0)
        {
            CommonOptions.Notes?.WriteLine("note: " + over);
        }

        return 0;
    }

    /// <summary>
    /// A partner's share from a source that holds HS chapters and no all-goods total (UN Comtrade by chapter): the pair's chapters
    /// summed against the reporter's chapters with the World summed, over the chapters with a World value; the chapters without one
    /// are named as gaps (no file: never a zero), and the note says the total is a sum of chapters, not a published total.
    /// </summary>
    private static int ChapterSumShare(TextWriter output, TradeDataset chapters, Economy a, Economy b, int year, TradeMeasure measure, ReportingSide side, OutputFormat format)
    {
        if (measure == TradeMeasure.Balance)
        {
            throw new CommandLineException("a share of a balance is not defined; use exports, imports or turnover.");
        }

        var reporter = side == ReportingSide.Reporter ? a : b;
        var counterpart = side == ReportingSide.Reporter ? b : a;
        var flows = measure switch
        {
            TradeMeasure.Exports => new[] { side == ReportingSide.Reporter ? TradeFlow.Exports : TradeFlow.Imports },
            TradeMeasure.Imports => [side == ReportingSide.Reporter ? TradeFlow.Imports : TradeFlow.Exports],
            _ => [TradeFlow.Exports, TradeFlow.Imports],
        };
        double part = 0, whole = 0;
        int withWorld = 0;
        var gaps = new List<string>();
        var sources = new List<string>();
        // The nomenclature's chapters (a missing one is a gap), and any other chapter the reporter reports with the World that year (99).
        var reported = chapters.Products.Where(p => p.Digits == 2 && flows.Any(f => chapters.ObservationsOf(reporter, Economies.World, f, p).Any(o => o.Year == year)))
            .Select(p => p.ToCode());
        foreach (var code in HsChapters.Nomenclature.Union(reported).Order(StringComparer.Ordinal))
        {
            var chapter = Product.Hs(code);
            foreach (var f in flows)
            {
                var w = chapters.ObservationsOf(reporter, Economies.World, f, chapter).FirstOrDefault(o => o.Year == year);
                if (w is null)
                {
                    gaps.Add(code + (flows.Length > 1 ? " " + f.ToString().ToLowerInvariant() : ""));
                    continue;
                }

                withWorld++;
                whole += w.Value.Value;
                if (chapters.ObservationsOf(reporter, counterpart, f, chapter).FirstOrDefault(o => o.Year == year) is { } p)
                {
                    part += p.Value.Value;
                    sources.Add(p.Source);
                }
            }
        }

        if (withWorld == 0)
        {
            throw new CommandLineException($"{chapters.Name} holds no chapter of {reporter.Name}'s trade with the World in {year}.");
        }

        var note = $"sums of {withWorld} chapter values with a World value ({chapters.Name}; no all-goods total is published there); "
            + (gaps.Count == 0 ? "no chapter missing" : $"no value (a gap, not a zero) for chapter(s) {string.Join(", ", gaps)}")
            + (side == ReportingSide.Partner ? $"; as {reporter.Name} reports it" : "");
        var table = new Output(["economy", "partner", "year", "value_musd", "total_musd", "share_percent", "note"]);
        table.Add(a.Code, b.Code, Year(year), Cell.Number(part, "0.000"), Cell.Number(whole, "0.000"), whole > 0 ? Cell.Number(100 * part / whole, "0.000") : Cell.Missing, note);
        table.Fields["sources"] = sources;
        table.Write(output, format);
        return 0;
    }

    private static Cell Year(int y) => Cell.Integer(y);

    private static Cell Value(UsdMillions? v) => Cell.Number(v?.Value, "0.000");

    private static Cell Percent(double? p) => Cell.Number(p, "0.000");

    private static string Markers(YearlyValue v) => string.Join(", ", new[] { v.Estimated ? "estimated" : null, v.Partial ? "partial" : null }.Where(x => x is not null));
}
