using System.CommandLine;
using TradeAnalytics.Analytics;
using TradeAnalytics.Claims;
using TradeAnalytics.Reports;

namespace TradeAnalytics.Cli;

/// <summary><c>report ECONOMY PARTNER [--from --to] [--claims FILE…] --out report.html</c>: one self-contained HTML page.</summary>
internal static class ReportCommand
{
    internal static Command Create(TextWriter output)
    {
        var economy = CommonOptions.Economy("economy", "The economy (ISO3 code or name), e.g. KAZ.");
        var partner = CommonOptions.Economy("partner", "The partner (ISO3 code or name), e.g. ISR.");
        var from = CommonOptions.From();
        var to = CommonOptions.To();
        var data = CommonOptions.Data();
        var claims = new Option<FileInfo[]>("--claims") { Description = "Claims files to check and show, one section each (repeat the option, or give several).", AllowMultipleArgumentsPerToken = true };
        var outFile = new Option<FileInfo>("--out") { Description = "The HTML file to write.", Required = true };
        var sources = CommonOptions.Sources();
        sources.Source.Description = "The source of the page's values (repeat to layer, the first that has a year winning); the table 'what each source says' sets side by side the sources given, or, with one, dots, national and imts2025. " + sources.Source.Description;
        var command = new Command("report", "One self-contained HTML page for a pair: values by year with their sources, growth, shares, what each source says, the turnover chart, and the claims of any articles checked against them.")
        {
            economy, partner, from, to, data.Files, data.NoShipped, claims, outFile,
        };
        foreach (var option in sources.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            var a = CommonOptions.Resolve(parse.GetValue(economy)!);
            var b = CommonOptions.Resolve(parse.GetValue(partner)!);
            var asked = CommonOptions.AskedSources(parse, sources, ["dots"]);
            var layers = asked.Select(s => CommonOptions.LoadSource(parse, data, sources, s, [a, b], [])).ToList();
            var dataset = layers.Count == 1 ? layers[0] : TradeDataset.Layered(layers);
            var compared = asked.Count >= 2 ? asked : ["dots", "national", "imts2025"];
            var comparison = SourceComparison.Compare(compared.Select(s => new NamedSeries(s,
                (asked.Count == 1 && asked[0] == s ? dataset : CommonOptions.LoadSource(parse, data, sources, s, [a, b], [a, b])).Bilateral(a, b).Turnover())).ToList(),
                new NamedSeries($"{b.Code}'s own report (dots)", CommonOptions.Shipped([a, b]).Bilateral(a, b).Turnover(ReportingSide.Partner)));
            var path = parse.GetValue(outFile)!.FullName;
            if (Path.GetDirectoryName(path) is { Length: > 0 } folder && !Directory.Exists(folder))
            {
                throw new CommandLineException($"--out {path}: the folder {folder} does not exist.");
            }

            var report = new HtmlReport($"{a.Name}–{b.Name}: bilateral trade", $"Data: {dataset.Name}.");
            // Each article's claims against every source (or those --source names), side by side, as check-claims gives them.
            foreach (var file in parse.GetValue(claims) ?? [])
            {
                var read = ClaimsFile.ReadFile(file.FullName);
                var (evaluators, _) = CheckClaimsCommand.Evaluators(parse, data, sources, read);
                report.AddClaims(file.Name, ClaimAcrossSources.Evaluate(evaluators, read));
            }

            report.AddPair(dataset, a, b, parse.GetValue(from), parse.GetValue(to));
            report.AddSources(comparison);
            // The pair's indicators of its last year with a value (or --to), as `indicators` gives them.
            var turnover = dataset.Bilateral(a, b).Turnover();
            if ((parse.GetValue(to) ?? (turnover.IsEmpty ? null : turnover.LastYear)) is { } year)
            {
                report.AddIndicators(a, b, year, IndicatorsCommand.Compute(a, b, year, IndicatorsCommand.DefaultSince(year)));
            }

            report.Save(path);
            output.WriteLine($"wrote {path}");
            return 0;
        });
        return command;
    }
}
