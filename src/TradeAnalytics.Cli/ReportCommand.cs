using System.CommandLine;
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
        var command = new Command("report", "One self-contained HTML page for a pair: values by year with their sources, growth, shares, the turnover chart, and the claims of any articles checked against them.")
        {
            economy, partner, from, to, data.Files, data.NoShipped, claims, outFile,
        };
        command.SetAction(parse =>
        {
            var a = CommonOptions.Resolve(parse.GetValue(economy)!);
            var b = CommonOptions.Resolve(parse.GetValue(partner)!);
            var dataset = CommonOptions.Load(parse, data);
            var path = parse.GetValue(outFile)!.FullName;
            if (Path.GetDirectoryName(path) is { Length: > 0 } folder && !Directory.Exists(folder))
            {
                throw new CommandLineException($"--out {path}: the folder {folder} does not exist.");
            }

            var report = new HtmlReport($"{a.Name}–{b.Name}: bilateral trade", $"Data: {dataset.Name}.");
            var evaluator = new ClaimEvaluator(dataset, CommonOptions.Products(dataset));
            foreach (var file in parse.GetValue(claims) ?? [])
            {
                report.AddClaims(file.Name, evaluator.Evaluate(ClaimsFile.ReadFile(file.FullName)));
            }

            report.AddPair(dataset, a, b, parse.GetValue(from), parse.GetValue(to));
            report.Save(path);
            output.WriteLine($"wrote {path}");
            return 0;
        });
        return command;
    }
}
