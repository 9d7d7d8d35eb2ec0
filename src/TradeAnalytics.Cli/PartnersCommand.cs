using System.CommandLine;
using System.Globalization;

namespace TradeAnalytics.Cli;

/// <summary>
/// <c>partners ECONOMY --year Y [--flow] [--top N] [--source ID]</c>: the economy's partner countries ranked by the value it reports
/// with each, with each one's share of its trade with the World. Aggregates (the World, regions) and residuals ("Areas, nes") are
/// never ranked: they are named below the ranking, with their values.
/// </summary>
internal static class PartnersCommand
{
    internal static Command Create(TextWriter output)
    {
        var economy = CommonOptions.Economy("economy", "The economy whose partners are ranked (ISO3 code or name), e.g. KAZ.");
        var year = CommonOptions.YearOption("--year", "The year.");
        var top = new Option<int>("--top") { Description = "How many partners to list (default 10; 0 lists all).", DefaultValueFactory = _ => 10 };
        var data = CommonOptions.Data();
        var format = CommonOptions.Format();
        var flow = CommonOptions.Flow();
        var sources = CommonOptions.Sources();
        var command = new Command("partners", "An economy's partner countries ranked by the value it reports with each in a year, with shares of its trade with the World; aggregates and residuals are named, never ranked.")
        {
            economy, year, top, data.Files, data.NoShipped, format, flow,
        };
        foreach (var option in sources.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            var a = CommonOptions.Resolve(parse.GetValue(economy)!);
            var y = parse.GetValue(year) ?? throw new CommandLineException("--year YEAR is required.");
            var n = parse.GetValue(top);
            if (n < 0)
            {
                throw new CommandLineException($"--top {n}: give a count of 0 or more (0 lists every partner).");
            }

            var measure = parse.GetValue(flow);
            if (measure == TradeMeasure.Balance)
            {
                throw new CommandLineException("--flow balance cannot rank partners (a balance is signed); use exports, imports or turnover.");
            }

            var dataset = CommonOptions.Load(parse, data, sources, a);
            if (!dataset.HasReporter(a))
            {
                throw new CommandLineException($"{dataset.Name} holds no report by {a}.");
            }

            var values = dataset.PartnersOf(a)
                .Select(p => (Partner: p, Value: dataset.Bilateral(a, p).Measure(measure)[y]))
                .Where(x => x.Value is not null)
                .ToList();
            var world = values.FirstOrDefault(x => x.Partner.Code == "WLD").Value;
            var countries = values.Where(x => x.Partner.IsCountry).OrderByDescending(x => x.Value!.Value.Value).ThenBy(x => x.Partner.Code, StringComparer.Ordinal).ToList();
            var listed = n == 0 ? countries : countries.Take(n).ToList();
            var what = $"{a.Name}'s {measure.ToString().ToLowerInvariant()} by partner, {y.ToString(CultureInfo.InvariantCulture)}, as reported by {a.Name} ({dataset.Name}), US$ million";
            var table = new Output(["rank", "partner", "name", "value_musd", "share_of_world_percent", "estimated", "partial", "source"]) { Description = what };
            var rank = 0;
            foreach (var (partner, value) in listed)
            {
                var v = value!;
                table.Add(Cell.Integer(++rank), partner.Code, partner.Name, CommonOptions.Number(v.Value.Value),
                    world is null || world.Value.Value <= 0 ? Cell.Missing : Cell.Number(100 * v.Value.Value / world.Value.Value, "0.00"),
                    CommonOptions.Flag(v.Estimated), CommonOptions.Flag(v.Partial), v.Source);
            }

            var others = values.Where(x => !x.Partner.IsCountry).OrderBy(x => x.Partner.Code, StringComparer.Ordinal)
                .Select(x => $"{x.Partner.Code} ({x.Partner.Name}, {(x.Partner.Kind == EconomyKind.Residual ? "a residual" : "an aggregate")}): {x.Value!.Value.Value.ToString("0.000", CultureInfo.InvariantCulture)}")
                .ToList();
            table.Fields["not_ranked"] = others;
            table.Fields["countries_with_a_value"] = countries.Count;
            if (parse.GetValue(format) == OutputFormat.Table)
            {
                output.WriteLine(what);
            }

            table.Write(output, parse.GetValue(format));
            if (parse.GetValue(format) == OutputFormat.Table)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{listed.Count} of {countries.Count} partner countries with a value in {y}; shares of the World total{(world is null ? " undefined: no World value that year" : "")}."));
                if (others.Count > 0)
                {
                    output.WriteLine("Not ranked (aggregates and residuals, never countries): " + string.Join("; ", others) + ".");
                }

                if (countries.Count == 0 && CommonOptions.OtherSources(new Catalogue.TradeQuestion(a, Economies.World, measure) { Years = new YearSpan(y, y) }, CommonOptions.AskedSources(parse, sources, ["dots"])) is { Length: > 0 } elsewhere)
                {
                    output.WriteLine(elsewhere);
                }
            }

            return 0;
        });
        return command;
    }
}
