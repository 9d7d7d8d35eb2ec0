using System.CommandLine;
using System.Text;
using TradeAnalytics.Claims;
using TradeAnalytics.Catalogue;

namespace TradeAnalytics.Cli;

/// <summary>
/// <c>check-claims [FILE|FOLDER …] [--out-dir DIR]</c>: the claim report for the paper, for a claims file,
/// or for several (one report per text and a summary); <c>check-claims --draft ARTICLE.txt</c>: a draft
/// claims file from an article.
/// </summary>
internal static class CheckClaimsCommand
{
    /// <summary>The largest article --draft reads (docs/promises.md, "What it refuses, and its limits").</summary>
    internal const long MaxArticleBytes = 2L << 20;

    internal static Command Create(TextWriter output)
    {
        var files = new Argument<FileSystemInfo[]>("files") { Description = "Claims files or folders of them (*.csv; see data/claims/README.md); default: the paper's claims.", Arity = ArgumentArity.ZeroOrMore };
        var data = CommonOptions.Data();
        var format = CommonOptions.Format();
        var markdown = new Option<FileInfo?>("--markdown") { Description = "With one claims file: also write the full report (with explanations) as Markdown to this file." };
        var outDir = new Option<DirectoryInfo?>("--out-dir") { Description = "Write one report per claims file (NAME.md, NAME.csv) and summary.md into this folder." };
        var draft = new Option<FileInfo?>("--draft") { Description = "Draft a claims file from a plain-text article (UTF-8) instead: every trade quantity found, with its quote, confidence and what the text leaves open. Confirm each row before checking." };
        var draftOut = new Option<FileInfo?>("--out") { Description = "With --draft: the draft claims file to write (default: standard output)." };
        var date = new Option<string?>("--date") { Description = "With --draft: the day the article was published (YYYY-MM-DD), for \"last year\" and \"this year\" and for years not over then (default: the article's first line, when it is a date)." };
        var sources = CommonOptions.Sources();
        var command = new Command("check-claims", "Check quoted trade figures against every source (or those --source names): reproduced, approximate, not-reproduced or not-checkable, each source's verdict side by side and the headline naming its source; or draft the claims of an article (--draft).")
        {
            files, data.Files, data.NoShipped, format, markdown, outDir, draft, draftOut, date,
        };
        foreach (var option in sources.All)
        {
            command.Options.Add(option);
        }
        command.SetAction(parse =>
        {
            if (parse.GetValue(draft) is { } article)
            {
                if (parse.GetValue(format) == OutputFormat.Xlsx)
                {
                    throw new CommandLineException("--draft writes a claims file (CSV) to --out; --format xlsx is for the claim report.");
                }

                return Draft(output, article, parse.GetValue(draftOut), PublishedOn(parse.GetValue(date)));
            }

            var texts = ClaimFiles(parse.GetValue(files) ?? []);
            var (evaluators, checkedAgainst) = Evaluators(parse, data, sources, texts.SelectMany(t => t.Claims));
            var reports = texts.Select(t => (t.Name, Results: ClaimAcrossSources.Evaluate(evaluators, t.Claims))).ToList();
            if (parse.GetValue(outDir) is { } dir)
            {
                if (!dir.Exists)
                {
                    throw new CommandLineException($"--out-dir {dir.FullName}: the folder does not exist.");
                }

                foreach (var (name, results) in reports)
                {
                    SafeFile.WriteText(Path.Combine(dir.FullName, name + ".md"), ClaimReport.ToMarkdown(results, "Claim check: " + name, checkedAgainst));
                    SafeFile.WriteText(Path.Combine(dir.FullName, name + ".csv"), ClaimReport.ToCsv(results));
                }

                SafeFile.WriteText(Path.Combine(dir.FullName, "summary.md"), Summary(reports, checkedAgainst));
                output.WriteLine($"wrote {reports.Count} report(s) and summary.md to {dir.FullName}");
                output.Write(SummaryTable(reports));
                return 0;
            }

            if (parse.GetValue(markdown) is { } md)
            {
                if (reports.Count != 1)
                {
                    throw new CommandLineException("--markdown writes one report; with several claims files use --out-dir DIR.");
                }

                SafeFile.WriteText(md.FullName, ClaimReport.ToMarkdown(reports[0].Results, "Claim check", checkedAgainst));
            }

            var fmt = parse.GetValue(format);
            foreach (var (name, results) in reports)
            {
                if (reports.Count > 1 && fmt == OutputFormat.Table)
                {
                    output.WriteLine($"== {name}");
                }

                Write(output, results, fmt);
            }

            if (reports.Count > 1 && fmt == OutputFormat.Table)
            {
                output.WriteLine();
                output.Write(SummaryTable(reports));
            }

            return 0;
        });
        return command;
    }

    /// <summary>
    /// One evaluator per source asked for (by default every shipped source of all-goods totals: dots, national, imts2025), each on that
    /// source's values about the claims' economies and with the product data for product claims; and the sentence saying so.
    /// </summary>
    internal static (List<(string, ClaimEvaluator)> Evaluators, string CheckedAgainst) Evaluators(ParseResult parse, CommonOptions.DataOptions data, CommonOptions.SourceOptions sources, IEnumerable<Claim> claims)
    {
        var economies = claims.SelectMany(c => new[] { c.Economy, c.Partner }).OfType<Economy>().Distinct().ToArray();
        var asked = CommonOptions.AskedSources(parse, sources, ["dots", "national", "imts2025"]);
        var evaluators = new List<(string, ClaimEvaluator)>();
        var described = new List<string>();
        var productsName = "";
        foreach (var id in asked)
        {
            var dataset = CommonOptions.LoadSource(parse, data, sources, id, economies, economies);
            var products = CommonOptions.Products(dataset);
            evaluators.Add((id, new ClaimEvaluator(dataset, products)));
            productsName = productsName.Length == 0 ? products.Name : productsName;
            described.Add($"{id} ({(id == "dots" && CommonOptions.IsShippedDots(dataset) ? "IMF DOTS 2022, all 235 reporters" : dataset.Name)})");
        }

        return (evaluators, $"Claims checked against each of: {string.Join("; ", described)}; product claims against {productsName}. The headline verdict is the best among them, and names its source.");
    }

    private static DateOnly? PublishedOn(string? text)
        => text is null ? null
            : DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d) ? d
            : throw new CommandLineException($"--date '{text}': give the day as YYYY-MM-DD, e.g. --date 2023-09-25.");

    private static int Draft(TextWriter output, FileInfo article, FileInfo? outFile, DateOnly? published)
    {
        if (!article.Exists)
        {
            throw new CommandLineException($"--draft {article.FullName}: no such file.");
        }

        // Bounded: an article of a few thousand words is tens of kilobytes; the drafter reads the whole text at once.
        // An empty article (0 bytes; never opened, so a pipe cannot hang it) drafts nothing, and says so.
        var text = article.Length == 0 ? "" : InputFile.ReadAllText(article.FullName, MaxArticleBytes, "an article");
        var progress = new SynchronousProgress<(int Read, int Of)>(p => CommonOptions.Notes?.WriteLine($"drafting: sentence {p.Read:N0} of {p.Of:N0}"));
        var draft = ClaimDrafter.Draft(text, Path.GetFileName(article.FullName), published, progress);

        // The drafter names its own parameter where a date is missing; here that parameter is --date.
        draft = draft with { Claims = draft.Claims.Select(d => d with { Undetermined = d.Undetermined.Select(CommonOptions.InFlags).ToList() }).ToList() };
        if (outFile is null)
        {
            ClaimsFile.WriteDraft(output, draft);
            CommonOptions.Notes?.WriteLine(draft.Message);
            return 0;
        }

        using (var written = new StringWriter(System.Globalization.CultureInfo.InvariantCulture))
        {
            ClaimsFile.WriteDraft(written, draft);
            SafeFile.WriteText(outFile.FullName, written.ToString());
        }

        output.WriteLine(draft.Message);
        output.WriteLine($"wrote {outFile.FullName}");
        return 0;
    }

    /// <summary>The claims files named: files as given, folders as their *.csv files in name order; none = the paper.</summary>
    private static List<(string Name, IReadOnlyList<Claim> Claims)> ClaimFiles(FileSystemInfo[] paths)
    {
        if (paths.Length == 0)
        {
            return [("paper-2020", ShippedData.Paper2020Claims())];
        }

        var files = new List<string>();
        foreach (var p in paths)
        {
            if (Directory.Exists(p.FullName))
            {
                var inFolder = Directory.EnumerateFiles(p.FullName, "*.csv").Order(StringComparer.Ordinal).ToList();
                if (inFolder.Count == 0)
                {
                    throw new CommandLineException($"{p.FullName}: no claims file (*.csv) in this folder.");
                }

                files.AddRange(inFolder);
            }
            else if (File.Exists(p.FullName))
            {
                files.Add(p.FullName);
            }
            else
            {
                throw new CommandLineException($"{p.FullName}: no such file or folder.");
            }
        }

        // The cap holds for the run, not for each file: fifty files of 10,000 claims are half a million claims to check.
        var texts = new List<(string Name, IReadOnlyList<Claim> Claims)>();
        var total = 0;
        foreach (var f in files)
        {
            var claims = ClaimsFile.ReadFile(f);
            total += claims.Count;
            if (total > ClaimsFile.MaxClaims)
            {
                throw new CommandLineException($"the claims files hold more than {ClaimsFile.MaxClaims:N0} claims together (at {Path.GetFileName(f)}): a run checks at most {ClaimsFile.MaxClaims:N0}; check the files in several runs.");
            }

            texts.Add((Path.GetFileNameWithoutExtension(f), claims));
        }

        return texts;
    }

    private static void Write(TextWriter output, IReadOnlyList<ClaimAcrossSources> results, OutputFormat fmt)
    {
        if (fmt == OutputFormat.Csv)
        {
            output.Write(ClaimReport.ToCsv(results));
            return;
        }

        var ids = results.Count == 0 ? [] : results[0].BySource.Select(s => s.SourceId).ToList();
        var table = new Output(fmt == OutputFormat.Json
            ? ["id", "quote", "stated", "computed", "verdict", "distance", "note", "verdict_source", .. ids.Select(id => "verdict_" + id)]
            : ["id", "verdict", "source", "stated", "computed", "distance", .. ids]);
        foreach (var r in results)
        {
            var h = r.Headline;
            if (fmt == OutputFormat.Json)
            {
                table.Add([r.Claim.Id, h.Claim.Quote, h.Stated, h.Computed, h.VerdictText, h.Distance, h.Note, r.HeadlineSource, .. r.BySource.Select(s => (Cell)s.Result.VerdictText)]);
            }
            else
            {
                table.Add([r.Claim.Id, h.VerdictText, r.HeadlineSource, h.Stated, h.Computed, h.Distance, .. r.BySource.Select(s => (Cell)s.Result.VerdictText)]);
            }
        }

        table.Write(output, fmt);
        if (fmt == OutputFormat.Table)
        {
            output.WriteLine();
            output.WriteLine(Counts(results) + ". Explanations: --format csv, or --markdown FILE.");
        }
    }

    private static string Counts(IReadOnlyList<ClaimAcrossSources> results)
        => string.Join(", ", Enum.GetValues<ClaimVerdict>().Select(v => $"{results.Count(r => r.Headline.Verdict == v)} {ClaimResult.VerdictName(v)}"));

    private static string SummaryTable(List<(string Name, IReadOnlyList<ClaimAcrossSources> Results)> reports)
    {
        var text = new StringBuilder("text  claims  ").Append(string.Join("  ", Enum.GetValues<ClaimVerdict>().Select(ClaimResult.VerdictName))).Append('\n');
        foreach (var (name, results) in reports)
        {
            text.Append(name).Append("  ").Append(results.Count).Append("  ")
                .Append(string.Join("  ", Enum.GetValues<ClaimVerdict>().Select(v => results.Count(r => r.Headline.Verdict == v)))).Append('\n');
        }

        return text.ToString();
    }

    private static string Summary(List<(string Name, IReadOnlyList<ClaimAcrossSources> Results)> reports, string checkedAgainst)
    {
        var text = new StringBuilder("# Claim check: summary\n\n").Append(checkedAgainst).Append("\n\n").Append(ClaimReport.VerdictLegend()).Append("\n\n");
        text.Append("| text | claims | ").Append(string.Join(" | ", Enum.GetValues<ClaimVerdict>().Select(ClaimResult.VerdictName))).Append(" |\n|---|---|").Append(string.Concat(Enum.GetValues<ClaimVerdict>().Select(_ => "---|"))).Append('\n');
        foreach (var (name, results) in reports)
        {
            text.Append($"| [{name}]({name}.md) | {results.Count} | ").Append(string.Join(" | ", Enum.GetValues<ClaimVerdict>().Select(v => results.Count(r => r.Headline.Verdict == v)))).Append(" |\n");
        }

        return text.ToString();
    }
}
