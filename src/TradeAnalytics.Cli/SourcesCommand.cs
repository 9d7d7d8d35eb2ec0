using System.CommandLine;
using System.Globalization;
using TradeAnalytics.Catalogue;

namespace TradeAnalytics.Cli;

/// <summary><c>sources</c>: the catalogue — every source the tool answers from, with publisher, edition, licence, coverage and caveats.</summary>
internal static class SourcesCommand
{
    /// <summary>The reporters by code where they are few, else their number.</summary>
    private static string Reporters(SourceCoverage c)
        => c.Reporters.Count <= 12 ? string.Join(" ", c.Reporters) : c.Reporters.Count.ToString(CultureInfo.InvariantCulture) + " reporters";

    internal static Command Create(TextWriter output)
    {
        var data = CommonOptions.Data();
        var format = CommonOptions.Format();
        var command = new Command("sources", "Every source the tool answers from (the shipped ones and your --data files), side by side: id (what --source takes), publisher, edition, licence, coverage counted from the data, and caveats. The default source is dots.")
        {
            data.Files, format,
        };
        command.SetAction(parse =>
        {
            var catalogue = SourceCatalogue.Shipped;
            foreach (var file in parse.GetValue(data.Files) ?? [])
            {
                var dataset = CommonOptions.Read(file);
                catalogue = catalogue.With(CatalogueSource.FromDataset("file:" + file.Name.ToLowerInvariant().Replace(' ', '_'), dataset, "your file", file.FullName, "yours", SourceOrigin.UserFile));
            }

            var table = new Output(["id", "publisher", "edition", "origin", "licence", "reporters", "partners", "years", "flows", "products", "values", "caveats"])
            {
                Description = $"The sources the tool answers from; the default is {SourceCatalogue.DefaultId}. Coverage is counted from each source's data.",
            };
            // Coverage is counted from each source's data once (the whole DOTS edition is 2.58 M values), for the table or the text.
            var coverages = catalogue.Sources.Select(source => (Source: source, Coverage: source.Coverage())).ToList();
            foreach (var (source, c) in coverages)
            {
                table.Add(source.Id, source.Publisher, source.Edition, source.Origin switch { SourceOrigin.Shipped => "shipped", SourceOrigin.UserFile => "file", _ => "fetched" }, source.Licence,
                    new Cell(Reporters(c), c.Reporters.ToList()),
                    Cell.Integer(c.PartnerCount), c.Years?.ToString() ?? "",
                    string.Join(" ", c.Flows.Select(f => f.ToString().ToLowerInvariant())),
                    string.Join(" ", c.Products.Select(p => p.IsAllGoods ? "all-goods" : p.ToCode())),
                    Cell.Integer(c.Values), new Cell(string.Join(" ", source.Caveats), source.Caveats.ToList()));
            }

            if (parse.GetValue(format) == OutputFormat.Table)
            {
                // People read the catalogue as one block per source: the columns would be pages wide.
                foreach (var (source, c) in coverages)
                {
                    output.WriteLine($"{source.Id}{(source.Id == SourceCatalogue.DefaultId ? " (default)" : "")}: {source.Publisher}");
                    output.WriteLine($"  edition:  {source.Edition}");
                    output.WriteLine($"  licence:  {source.Licence}");
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"  covers:   {Reporters(c)}; {c.PartnerCount} partners; {c.Years?.ToString() ?? "no years"}; {string.Join(", ", c.Flows.Select(f => f.ToString().ToLowerInvariant()))}; {(c.Products.Count <= 3 ? string.Join(", ", c.Products) : c.Products.Count + " products")}; {c.Values:N0} values"));
                    foreach (var caveat in source.Caveats)
                    {
                        output.WriteLine("  - " + caveat);
                    }

                    output.WriteLine();
                }

                output.WriteLine("imf: the IMF's data API, fetched on demand (trade-analytics fetch; --source imf).");
                output.WriteLine($"comtrade: UN Comtrade's data API, goods by HS code as each reporter classifies them, fetched on demand (trade-analytics fetch --source comtrade; --source comtrade; products --source comtrade); "
                    + $"the keyed endpoint with ${TradeAnalytics.Sources.UnComtrade.ComtradeClientOptions.KeyVariable}, else the keyless preview (at most {TradeAnalytics.Sources.UnComtrade.ComtradeDataClient.PreviewLimit} rows a request, split as needed).");
                return 0;
            }

            table.Write(output, parse.GetValue(format));
            return 0;
        });
        return command;
    }
}
