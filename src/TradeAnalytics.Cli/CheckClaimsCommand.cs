using System.CommandLine;
using TradeAnalytics.Claims;

namespace TradeAnalytics.Cli;

/// <summary><c>check-claims [FILE]</c>: the claim report for the paper, or for a user's own claims file.</summary>
internal static class CheckClaimsCommand
{
    internal static Command Create(TextWriter output)
    {
        var file = new Argument<FileInfo?>("file") { Description = "A claims file (see data/claims/README.md); default: the paper's claims.", Arity = ArgumentArity.ZeroOrOne };
        var data = CommonOptions.Data();
        var format = CommonOptions.Format();
        var markdown = new Option<FileInfo?>("--markdown") { Description = "Also write the full report (with explanations) as Markdown to this file." };
        var command = new Command("check-claims", "Check quoted trade figures against the data: reproduced, approximate, not-reproduced or not-checkable, with explanations.") { file, data, format, markdown };
        command.SetAction(parse =>
        {
            var claims = parse.GetValue(file) is { } f ? ClaimsFile.ReadFile(f.FullName) : ClaimsFile.Paper2020();
            var dataset = CommonOptions.Load(parse.GetValue(data));
            var results = new ClaimEvaluator(dataset, CommonOptions.Products(dataset)).Evaluate(claims);
            if (parse.GetValue(markdown) is { } md)
            {
                File.WriteAllText(md.FullName, ClaimReport.ToMarkdown(results, "Claim check", "Claims checked against " + (parse.GetValue(data)?.Name ?? "IMF DOTS 2022 (embedded extract)") + "; product claims against " + CommonOptions.Products(dataset).Name + "."));
            }

            var fmt = parse.GetValue(format);
            if (fmt == OutputFormat.Csv)
            {
                output.Write(ClaimReport.ToCsv(results));
                return 0;
            }

            var table = new Output(fmt == OutputFormat.Json ? ["id", "quote", "stated", "computed", "verdict", "note"] : ["id", "verdict", "stated", "computed"]);
            foreach (var r in results)
            {
                if (fmt == OutputFormat.Json)
                {
                    table.Add(r.Claim.Id, r.Claim.Quote, r.Stated, r.Computed, r.VerdictText, r.Note);
                }
                else
                {
                    table.Add(r.Claim.Id, r.VerdictText, r.Stated, r.Computed);
                }
            }

            table.Write(output, fmt);
            if (fmt == OutputFormat.Table)
            {
                output.WriteLine();
                output.WriteLine(string.Join(", ", Enum.GetValues<ClaimVerdict>().Select(v => $"{results.Count(r => r.Verdict == v)} {ClaimResult.VerdictName(v)}")) + ". Explanations: --format csv, or --markdown FILE.");
            }

            return 0;
        });
        return command;
    }
}
