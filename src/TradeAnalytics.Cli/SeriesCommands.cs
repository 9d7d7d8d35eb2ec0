using System.CommandLine;
using System.Globalization;
using TradeAnalytics.Analytics;
using TradeAnalytics.Charts;
using TradeAnalytics.Catalogue;

namespace TradeAnalytics.Cli;

/// <summary><c>series</c>, <c>growth</c> and <c>chart</c>: one pair's yearly values and what follows from them.</summary>
internal static class SeriesCommands
{
    internal static Command Series(TextWriter output)
    {
        var (economy, partner, data, format, from, to, flow, side) = PairOptions();
        var product = CommonOptions.ProductOption();
        var sources = CommonOptions.Sources();
        var real = CommonOptions.Real();
        var command = new Command("series", "The yearly values of a pair's trade, with estimate (e), partial (p) and missing markers.") { economy, partner, data.Files, data.NoShipped, format, from, to, flow, side, product, real };
        AddSourceOptions(command, sources);
        command.SetAction(parse =>
        {
            var (nominal, dataset) = Load(parse, economy, partner, data, flow, side, product, sources);
            var (series, unit, notDeflated) = CommonOptions.Deflate(nominal, parse.GetValue(real));
            var (f, t) = CommonOptions.Years(series, parse.GetValue(from), parse.GetValue(to));
            var sourceOf = CommonOptions.SourceOfYears(dataset, series);
            var layered = sourceOf.Count > 0;
            var table = new Output(layered
                ? ["year", "value_musd", "estimated", "partial", "missing", "source", "source_id", "source_break"]
                : ["year", "value_musd", "estimated", "partial", "missing", "source"]) { Description = $"{series.Context.Describe()}, {unit}" };
            var breaks = new List<string>();
            string? previous = null;
            var previousYear = 0;
            for (var year = f; year <= t; year++)
            {
                var v = series[year];
                Cell[] row = [Cell.Integer(year), v is null ? Cell.Missing : CommonOptions.Number(v.Value.Value), CommonOptions.Flag(v?.Estimated ?? false),
                    CommonOptions.Flag(v?.Partial ?? false), CommonOptions.Flag(v is null), v?.Source ?? (notDeflated.TryGetValue(year, out var why) ? "not deflated: " + why : "")];
                if (layered)
                {
                    // A break: this year's value comes from another source than the previous year's that has one.
                    var id = v is null ? "" : sourceOf[year];
                    var isBreak = v is not null && previous is not null && previous != id;
                    if (isBreak)
                    {
                        breaks.Add($"{year} ({previous} {previousYear} → {id})");
                    }

                    (previous, previousYear) = v is null ? (previous, previousYear) : (id, year);
                    row = [.. row, id, CommonOptions.Flag(isBreak)];
                }

                table.Add(row);
            }

            if (parse.GetValue(format) == OutputFormat.Table)
            {
                output.WriteLine($"{series.Context.Describe()}, {unit}");
            }

            var missing = series.MissingYears(f, t);
            var others = missing.Count == 0 ? ""
                : CommonOptions.OtherSources(new TradeQuestion(series.Context.Economy, series.Context.Partner, series.Context.Measure, series.Context.Side)
                    { Product = series.Context.Product, Years = new YearSpan(missing[0], missing[^1]) }, CommonOptions.AskedSources(parse, sources, ["dots"]));
            if (others.Length > 0)
            {
                table.Fields["other_sources"] = others;
            }

            // A mirror report that differs more than threefold from the other side's own report says so, with the likeliest reason.
            var asymmetry = parse.GetValue(side) == ReportingSide.Partner && series.Context.Measure != TradeMeasure.Balance ? MirrorAsymmetry(dataset, series, f, t) : "";
            if (asymmetry.Length > 0)
            {
                table.Fields["asymmetry"] = asymmetry;
            }

            table.Write(output, parse.GetValue(format));
            var undeflated = notDeflated.Keys.Where(y => y >= f && y <= t).ToList();
            if (parse.GetValue(format) == OutputFormat.Table && undeflated.Count > 0)
            {
                output.WriteLine($"{string.Join(", ", undeflated)}: outside the deflator's years, so not deflated (missing, never deflated by 1).");
            }
            else if (parse.GetValue(format) == OutputFormat.Table && CommonOptions.OutsideData(series, f, t) is { Length: > 0 } outside)
            {
                output.WriteLine(outside);
            }

            if (asymmetry.Length > 0)
            {
                (parse.GetValue(format) == OutputFormat.Table ? output : CommonOptions.Notes ?? TextWriter.Null).WriteLine(asymmetry);
            }

            if (parse.GetValue(format) == OutputFormat.Table && breaks.Count > 0)
            {
                output.WriteLine($"source break: {string.Join("; ", breaks)}: values on either side come from different publishers and definitions.");
            }

            if (others.Length > 0)
            {
                (parse.GetValue(format) == OutputFormat.Table ? output : CommonOptions.Notes ?? TextWriter.Null).WriteLine(others);
            }

            return 0;
        });
        return command;
    }

    internal static Command Growth(TextWriter output)
    {
        var (economy, partner, data, format, from, to, flow, side) = PairOptions();
        var product = CommonOptions.ProductOption();
        var sources = CommonOptions.Sources();
        var excludePartial = new Option<bool>("--exclude-partial")
        {
            Description = "Leave partial years (a turnover of which one flow was reported) out: a figure ending on one is undefined instead of mixing one flow with two.",
        };
        var real = CommonOptions.Real();
        var command = new Command("growth", "Year-over-year growth, growth between the end years, CAGR, fold change and log-linear trend growth with R²; a partial or estimated end is said in the note.") { economy, partner, data.Files, data.NoShipped, format, from, to, flow, side, product, excludePartial, real };
        AddSourceOptions(command, sources);
        command.SetAction(parse =>
        {
            var (nominal, dataset) = Load(parse, economy, partner, data, flow, side, product, sources);
            var (series, unit, notDeflated) = CommonOptions.Deflate(nominal, parse.GetValue(real));
            var sourceOf = CommonOptions.SourceOfYears(dataset, series);
            var looksPartial = CommonOptions.LooksPartial(dataset, series, sourceOf);
            var (f, t) = CommonOptions.Years(series, parse.GetValue(from), parse.GetValue(to));
            if (t == f)
            {
                throw new CommandLineException("growth needs two different years: give --from and --to.");
            }

            var table = new Output(["measure", "from", "to", "value", "unit", "note"]) { Description = $"{series.Context.Describe()}, {f}–{t}{(parse.GetValue(real) is null ? "" : ", " + unit)}" };
            if (notDeflated.Count > 0)
            {
                table.Fields["not_deflated"] = string.Join("; ", notDeflated.Select(kv => $"{kv.Key}: {kv.Value}"));
            }

            var partial = parse.GetValue(excludePartial) ? PartialYears.Exclude : PartialYears.Include;
            foreach (var g in series.YearOverYear(f, t, partial))
            {
                Add(table, "YoY", g, sourceOf, looksPartial, notDeflated);
            }

            Add(table, "Growth", series.GrowthBetween(f, t, partial), sourceOf, looksPartial, notDeflated);
            Add(table, "CAGR", series.Cagr(f, t, partial), sourceOf, looksPartial, notDeflated);
            var fold = series.FoldChangeBetween(f, t, partial);
            table.Add("Fold change", Year(f), Year(t), Cell.Number(fold.Ratio, "0.00"), "ratio", fold.IsDefined ? Join(Join(CommonOptions.AcrossSources(sourceOf, f, t), fold.Caveat), Partial(looksPartial, f, t)) : "undefined: " + (NotDeflated(notDeflated, f, t) ?? fold.Reason));
            var trend = TrendGrowth.LogLinear(series, f, t, partial);
            table.Add("Trend growth", Year(f), Year(t), Cell.Number(trend.AnnualPercent, "0.0"), "% per year",
                trend.IsDefined
                    ? string.Create(CultureInfo.InvariantCulture, $"95% CI {trend.LowerPercent:0.0} to {trend.UpperPercent:0.0}; R² {trend.RSquared:0.000}; {trend.YearsUsed.Count} years")
                        + (trend.MissingYears.Count > 0 ? "; missing " + string.Join(" ", trend.MissingYears) : "")
                        + (trend.Caveat.Length > 0 ? "; " + trend.Caveat : "")
                    : "undefined: " + trend.Reason);
            table.Fields["trend"] = new Dictionary<string, object?>
            {
                ["from"] = f,
                ["to"] = t,
                ["defined"] = trend.IsDefined,
                ["percent"] = trend.AnnualPercent,
                ["low"] = trend.LowerPercent,
                ["high"] = trend.UpperPercent,
                ["r2"] = trend.RSquared,
                ["years"] = trend.YearsUsed,
                ["missing_years"] = trend.MissingYears,
                ["excluded_partial_years"] = trend.ExcludedPartialYears,
                ["caveat"] = trend.Caveat,
                ["reason"] = trend.Reason,
            };

            if (parse.GetValue(format) == OutputFormat.Table)
            {
                output.WriteLine($"{series.Context.Describe()}, {f}–{t}{(parse.GetValue(real) is null ? "" : ", " + unit)}");
            }

            var ends = new[] { f, t }.Where(y => series[y] is null).ToList();
            var others = ends.Count == 0 ? ""
                : CommonOptions.OtherSources(new TradeQuestion(series.Context.Economy, series.Context.Partner, series.Context.Measure, series.Context.Side)
                    { Product = series.Context.Product, Years = new YearSpan(ends[0], ends[^1]) }, CommonOptions.AskedSources(parse, sources, ["dots"]));
            if (others.Length > 0)
            {
                table.Fields["other_sources"] = others;
            }

            table.Write(output, parse.GetValue(format));
            if (others.Length > 0)
            {
                (parse.GetValue(format) == OutputFormat.Table ? output : CommonOptions.Notes ?? TextWriter.Null).WriteLine(others);
            }

            return 0;
        });
        return command;

        static void Add(Output table, string name, GrowthRate g, IReadOnlyDictionary<int, string> sourceOf, IReadOnlyDictionary<int, string> looksPartial, IReadOnlyDictionary<int, string> notDeflated)
            => table.Add(name, Year(g.FromYear), Year(g.ToYear), Cell.Number(g.Percent, "0.0"),
                g.Kind == GrowthKind.Cagr ? "% per year" : "%",
                g.IsDefined ? Join(Join(CommonOptions.AcrossSources(sourceOf, g.FromYear, g.ToYear), g.Caveat), Partial(looksPartial, g.FromYear, g.ToYear)) : "undefined: " + (NotDeflated(notDeflated, g.FromYear, g.ToYear) ?? g.Reason));

        // An end year the deflator does not cover: that is why the real figure is undefined, whatever the nominal data hold.
        static string? NotDeflated(IReadOnlyDictionary<int, string> notDeflated, int from, int to)
            => notDeflated.TryGetValue(from, out var a) ? a : notDeflated.TryGetValue(to, out var b) ? b : null;

        static string Partial(IReadOnlyDictionary<int, string> looksPartial, int from, int to)
            => string.Join("; ", new[] { from, to }.Distinct().Where(looksPartial.ContainsKey).Select(y => $"{y.ToString(CultureInfo.InvariantCulture)}: {looksPartial[y]}"));

        static string Join(string a, string b) => a.Length == 0 ? b : b.Length == 0 ? a : a + "; " + b;
    }

    internal static Command Chart(TextWriter output)
    {
        var (economy, partner, data, _, from, to, flow, side) = PairOptions();
        var outFile = new Option<FileInfo>("--out") { Description = "The image to write: .png or .svg.", Required = true };
        var width = Pixels("--width", "Width in pixels", 1000);
        var height = Pixels("--height", "Height in pixels", 600);
        var product = CommonOptions.ProductOption();
        var sources = CommonOptions.Sources();
        var bySource = new Option<bool>("--by-source")
        {
            Description = "A line chart with one line per source (dots solid, national dashed, imts2025 diamonds; --source picks them), side by side and never merged, as figure 7: gaps stay gaps.",
        };
        var real = CommonOptions.Real();
        var command = new Command("chart", "A bar chart of a pair's yearly values, as PNG or SVG; with --by-source, each source's line side by side.") { economy, partner, data.Files, data.NoShipped, from, to, flow, side, outFile, width, height, product, bySource, real };
        AddSourceOptions(command, sources);
        command.SetAction(parse =>
        {
            if (parse.GetValue(bySource))
            {
                if (parse.GetValue(real) is not null)
                {
                    throw new CommandLineException("--real goes with the bar chart, not with --by-source (each source's line is in current US$).");
                }

                return BySource(output, parse, economy, partner, data, flow, side, sources, from, to, outFile, width, height);
            }

            var (nominal, dataset) = Load(parse, economy, partner, data, flow, side, product, sources);
            var (series, unit, notDeflated) = CommonOptions.Deflate(nominal, parse.GetValue(real));
            if (series.IsEmpty)
            {
                throw new CommandLineException($"no year of {nominal.Context.Describe()} lies within the deflator's years: nothing to draw in constant dollars.");
            }

            var (f, t) = CommonOptions.Years(series, parse.GetValue(from), parse.GetValue(to));
            var path = ChartPath(parse.GetValue(outFile)!);
            var measure = parse.GetValue(flow);
            var title = $"{series.Context.Describe()}, {f}–{t}";
            var source = CommonOptions.IsShippedDots(dataset)
                ? ChartOptions.DotsSource(series.Context.ReportedBy)
                : $"Source: {dataset.Name}, as reported by {series.Context.ReportedBy.Name}.";
            var undeflated = notDeflated.Keys.Where(y => y >= f && y <= t).ToList();
            var baseYear = parse.GetValue(real);
            var options = new ChartOptions(title, source + (baseYear is null
                ? ""
                : $" In {unit}{(undeflated.Count > 0 ? $"; {string.Join(", ", undeflated)} outside the deflator's years, not drawn" : "")}."))
            {
                FromYear = f,
                ToYear = t,
                Width = parse.GetValue(width),
                Height = parse.GetValue(height),
                ValueAxisTitle = baseYear is null
                    ? $"{measure}, US$ million (current prices)"
                    : string.Create(CultureInfo.InvariantCulture, $"{measure}, US$ million (constant {baseYear} prices, US CPI-U)"),
            };
            BarChart.Create(series, options).Save(path);
            output.WriteLine($"wrote {path}");
            return 0;
        });
        return command;
    }

    private static Cell Year(int year) => Cell.Integer(year);

    /// <summary>The most pixels a side of a chart may have: a poster at 300 dpi, and a picture that still fits in memory.</summary>
    internal const int MaxPixels = 10_000;

    /// <summary>A size in pixels, 100 to <see cref="MaxPixels"/>: anything else is refused with a sentence, never a .NET exception.</summary>
    private static Option<int> Pixels(string name, string description, int standard) => new(name)
    {
        Description = $"{description} (100 to {MaxPixels:N0}; default {standard}).",
        DefaultValueFactory = _ => standard,
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (int.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var pixels) && pixels is >= 100 and <= MaxPixels)
            {
                return pixels;
            }

            result.AddError($"{name}: '{VisibleText.Of(text.Length > 20 ? text[..20] + "…" : text)}' is not a size in pixels: give a whole number from 100 to {MaxPixels:N0}.");
            return standard;
        },
    };

    /// <summary>The path of a chart to write: .png or .svg, in a folder that exists.</summary>
    private static string ChartPath(FileInfo file)
    {
        var path = file.FullName;
        if (Path.GetExtension(path).ToLowerInvariant() is not (".png" or ".svg"))
        {
            throw new CommandLineException($"--out {path}: a chart is written as .png or .svg.");
        }

        if (Path.GetDirectoryName(path) is { Length: > 0 } folder && !Directory.Exists(folder))
        {
            throw new CommandLineException($"--out {path}: the folder {folder} does not exist.");
        }

        return path;
    }

    /// <summary>
    /// <c>chart --by-source</c>: the pair's measure from each source asked (default dots, national, imts2025) as its own line — solid,
    /// dashed, diamonds — never merged; a source with no value for the pair is named in the footnote, not drawn.
    /// </summary>
    private static int BySource(TextWriter output, ParseResult parse, Argument<string> economy, Argument<string> partner, CommonOptions.DataOptions data,
        Option<TradeMeasure> flow, Option<ReportingSide> side, CommonOptions.SourceOptions sources, Option<int?> from, Option<int?> to,
        Option<FileInfo> outFile, Option<int> width, Option<int> height)
    {
        var a = CommonOptions.Resolve(parse.GetValue(economy)!);
        var b = CommonOptions.Resolve(parse.GetValue(partner)!);
        var path = ChartPath(parse.GetValue(outFile)!);
        var asked = CommonOptions.AskedSources(parse, sources, ["dots", "national", "imts2025"]);
        var kinds = new[] { LineKind.Solid, LineKind.Dashed, LineKind.Markers };
        if (asked.Count > kinds.Length)
        {
            throw new CommandLineException($"--by-source draws at most {kinds.Length} sources (solid, dashed, diamonds); {asked.Count} were asked: {string.Join(", ", asked)}.");
        }

        var measure = parse.GetValue(flow);
        var lines = new List<StyledSeries>();
        var legend = new Dictionary<LineKind, string>();
        var without = new List<string>();
        var (f, t) = (parse.GetValue(from), parse.GetValue(to));
        for (var i = 0; i < asked.Count; i++)
        {
            var dataset = CommonOptions.LoadSource(parse, data, sources, asked[i], a, b);
            var series = dataset.Bilateral(a, b).Measure(measure, parse.GetValue(side));
            var shown = series.IsEmpty ? series : series.Slice(f ?? series.FirstYear, t ?? series.LastYear);
            if (shown.IsEmpty)
            {
                without.Add(asked[i]);
                continue;
            }

            lines.Add(new StyledSeries(shown, asked[i], kinds[i]));
            legend[kinds[i]] = asked[i];
        }

        if (lines.Count == 0)
        {
            throw new CommandLineException($"no source of {string.Join(", ", asked)} holds {a.Name}–{b.Name} {measure.ToString().ToLowerInvariant()}{(f is null && t is null ? "" : " in the years asked")}.");
        }

        var first = f ?? lines.Min(l => l.Series.FirstYear);
        var last = t ?? lines.Max(l => l.Series.LastYear);
        var context = lines[0].Series.Context;
        var options = new ChartOptions($"{a.Name}–{b.Name} {measure.ToString().ToLowerInvariant()} by source, {new YearSpan(first, last)}",
            $"{context.Describe()}. Sources side by side, never merged: {string.Join("; ", lines.Select(l => $"{l.Kind.ToString().ToLowerInvariant()}: {l.Group}"))} (trade-analytics sources names each)."
            + (without.Count > 0 ? $" No value for this pair and measure: {string.Join(", ", without)}." : ""))
        {
            FromYear = first,
            ToYear = last,
            Width = parse.GetValue(width),
            Height = parse.GetValue(height),
            ValueAxisTitle = $"{measure}, US$ million (current prices)",
        };
        LineChart.Create(lines, options, legend).Save(path);
        output.WriteLine($"wrote {path}");
        return 0;
    }

    /// <summary>
    /// A line naming the years in which the partner's mirror report (<paramref name="mirror"/>) is under a third, or over three
    /// times, the economy's own report of the same trade; empty where none is. Israel's imports carry the reason it books most fuel
    /// imports to "Areas, nes".
    /// </summary>
    private static string MirrorAsymmetry(TradeDataset dataset, TradeSeries mirror, int from, int to)
    {
        var c = mirror.Context;
        var own = dataset.Bilateral(c.Economy, c.Partner, c.Product).Measure(c.Measure, ReportingSide.Reporter);
        var years = new List<string>();
        for (var year = from; year <= to; year++)
        {
            if (mirror[year] is { Partial: false } m && own[year] is { Partial: false } o && o.Value.Value > 0 && m.Value.Value >= 0
                && (m.Value.Value < o.Value.Value / 3 || m.Value.Value > o.Value.Value * 3))
            {
                years.Add(string.Create(CultureInfo.InvariantCulture, $"{year}: {m.Value.Value:0.0} against {o.Value.Value:0.0}"));
            }
        }

        if (years.Count == 0)
        {
            return "";
        }

        var why = c.Partner.Code == "ISR" && c.Measure is TradeMeasure.Exports or TradeMeasure.Turnover
            ? " Israel books most of its fuel imports to \"Areas, nes\" (Comtrade partner 899), so a supplier's oil shows in the supplier's own exports, not in Israel's imports from it."
            : " CIF against FOB, timing and the partner each side records explain some of it; a residual partner (\"Areas, nes\") may hold the rest.";
        return $"mirror asymmetry: {c.Partner.Name}'s report differs more than threefold from {c.Economy.Name}'s own in {years.Count} year(s) ({string.Join("; ", years.Take(8))}{(years.Count > 8 ? "; …" : "")}).{why}";
    }

    /// <summary>The series asked for, and the dataset it came from: with --product, the product data (the user's file if it holds products, else the embedded UN Comtrade HS 27 extract).</summary>
    private static void AddSourceOptions(Command command, CommonOptions.SourceOptions sources)
    {
        foreach (var option in sources.All)
        {
            command.Options.Add(option);
        }
    }

    private static (TradeSeries Series, TradeDataset Dataset) Load(ParseResult parse, Argument<string> economy, Argument<string> partner, CommonOptions.DataOptions data, Option<TradeMeasure> flow, Option<ReportingSide> side, Option<string?> productOption, CommonOptions.SourceOptions sources)
    {
        var a = CommonOptions.Resolve(parse.GetValue(economy)!);
        var b = CommonOptions.Resolve(parse.GetValue(partner)!);
        var dataset = CommonOptions.Load(parse, data, sources, a, b);
        var product = parse.GetValue(productOption) is { } code ? CommonOptions.Product(code) : Product.AllGoods;
        if (!product.IsAllGoods)
        {
            dataset = CommonOptions.Products(dataset);
            if (!dataset.Products.Contains(product))
            {
                var held = dataset.Products.Where(p => !p.IsAllGoods).ToList();
                throw new CommandLineException($"{dataset.Name} holds no {product}; " + (held.Count == 0 ? "it holds all goods only." : $"products available: {string.Join(", ", held)}."));
            }
        }

        var reporter = parse.GetValue(side) == ReportingSide.Reporter ? a : b;
        if (!dataset.HasReporter(reporter))
        {
            var question = new TradeQuestion(a, b, parse.GetValue(flow), parse.GetValue(side)) { Product = product };
            var others = CommonOptions.OtherSources(question, CommonOptions.AskedSources(parse, sources, ["dots"]));
            throw new CommandLineException($"{dataset.Name} holds no report by {reporter}"
                + (others.Length > 0 ? "; " + others : dataset.Reporters.Count <= 20 ? $"; reporters available: {string.Join(", ", dataset.Reporters.Select(r => r.Code))}." : "."));
        }

        return (dataset.Bilateral(a, b, product).Measure(parse.GetValue(flow), parse.GetValue(side)), dataset);
    }

    private static (Argument<string>, Argument<string>, CommonOptions.DataOptions, Option<OutputFormat>, Option<int?>, Option<int?>, Option<TradeMeasure>, Option<ReportingSide>) PairOptions()
        => (CommonOptions.Economy("economy", "The economy (ISO3 code or name), e.g. KAZ."),
            CommonOptions.Economy("partner", "The partner (ISO3 code or name), e.g. ISR."),
            CommonOptions.Data(), CommonOptions.Format(), CommonOptions.From(), CommonOptions.To(), CommonOptions.Flow(), CommonOptions.Side());
}
