using TradeAnalytics.Sources;
using System.CommandLine;
using System.Globalization;
using TradeAnalytics.Analytics;
using TradeAnalytics.Sources.Imf;
using TradeAnalytics.Catalogue;

namespace TradeAnalytics.Cli;

/// <summary>
/// <c>compare A B</c>: two files or datasets (any supported format) value by value, largest difference first; or, when A and B
/// are economies, <c>compare KAZ ISR</c>: what each source (--source, default dots, national and imts2025) says of the pair, year by year.
/// </summary>
internal static class CompareCommand
{
    internal static Command Create(TextWriter output)
    {
        var a = new Argument<string>("a") { Description = "The first file: any format 'import' reads, an interchange CSV, or 'embedded' for the shipped dataset; or an economy (ISO3 code or name) to compare the sources of a pair." };
        var b = new Argument<string>("b") { Description = "The second file, likewise; or the partner." };
        var tolerance = new Option<double>("--tolerance") { Description = "Differences up to this many US$ million count as equal.", DefaultValueFactory = _ => 0.0001 };
        var top = new Option<int>("--top") { Description = "How many of the largest differences to list (0 = all).", DefaultValueFactory = _ => 20 };
        var format = CommonOptions.Format();
        var data = CommonOptions.Data();
        var sources = CommonOptions.Sources();
        sources.Source.Description = "With two economies: the sources to set side by side, in that order (default: dots, national, imts2025; imf fetches). " + sources.Source.Description;
        var flow = CommonOptions.Flow();
        var side = CommonOptions.Side();
        var from = CommonOptions.From();
        var to = CommonOptions.To();
        var command = new Command("compare",
            "Compare two editions or formats of the statistics: per series and year present in both, the two values and their difference, largest first, and a summary. "
            + "With two economies (compare KAZ ISR): each year's value of the pair from each source, side by side and never merged, the spread between them, and the values that look partial.")
        { a, b, tolerance, top, format, data.Files, data.NoShipped, flow, side, from, to };
        var real = CommonOptions.YearOption("--real", "With two economies: each source's values in constant US$ of this base year, deflated by the US CPI-U annual average (BLS, 1980–2024); years outside it are gaps, said.");
        command.Options.Add(real);
        foreach (var option in sources.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            if (Pair(parse.GetValue(a)!, parse.GetValue(b)!) is { } pair)
            {
                var names = CommonOptions.AskedSources(parse, sources, ["dots", "national", "imts2025"]);
                var unit = CommonOptions.Unit(parse.GetValue(real));   // a base year outside the CPI-U refused before anything is read
                // Each source deflated alike, never merged: constant dollars change the unit, not what each publisher said.
                TradeSeries Deflated(TradeSeries s) => CommonOptions.Deflate(s, parse.GetValue(real)).Series;
                var series = names.Select(n => new NamedSeries(n,
                    Deflated(CommonOptions.LoadSource(parse, data, sources, n, pair.Economy, pair.Partner).Bilateral(pair.Economy, pair.Partner).Measure(parse.GetValue(flow), parse.GetValue(side))))).ToList();
                // The other side's own report (DOTS), as the reference that tells which of two disagreeing values stands apart.
                var otherSide = parse.GetValue(side) == ReportingSide.Reporter ? ReportingSide.Partner : ReportingSide.Reporter;
                var mirrorOf = otherSide == ReportingSide.Partner ? pair.Partner : pair.Economy;
                var mirror = new NamedSeries($"{mirrorOf.Code}'s own report (dots)",
                    Deflated(CommonOptions.Shipped([pair.Economy, pair.Partner]).Bilateral(pair.Economy, pair.Partner).Measure(parse.GetValue(flow), otherSide)));
                WriteSources(output, SourceComparison.Compare(series, mirror), parse.GetValue(from), parse.GetValue(to), parse.GetValue(format), unit);
                return 0;
            }

            if (parse.GetValue(real) is not null)
            {
                throw new CommandLineException("--real goes with two economies (compare KAZ ISR --real 2020); two files are compared as published.");
            }

            var left = Load(parse.GetValue(a)!);
            var right = Load(parse.GetValue(b)!);
            if (parse.GetValue(tolerance) is var t && !(t >= 0 && double.IsFinite(t)))
            {
                throw new CommandLineException($"--tolerance {t.ToString(CultureInfo.InvariantCulture)}: give a number of US$ million, 0 or more (e.g. 0.0001).");
            }

            var comparison = DatasetComparison.Compare(left, right, parse.GetValue(tolerance));
            var n = parse.GetValue(top);
            var table = new Output(["reporter", "partner", "flow", "year", "a_musd", "b_musd", "difference_musd"]);
            foreach (var v in n > 0 ? comparison.Values.Take(n) : comparison.Values)
            {
                table.Add(v.Reporter.Code, v.Partner.Code, InterchangeCsv.FlowName(v.Flow), v.Year.ToString(CultureInfo.InvariantCulture),
                    CommonOptions.Number(v.A.Value, "0.000000"), CommonOptions.Number(v.B.Value, "0.000000"), CommonOptions.Number(v.Difference.Value, "0.000000"));
            }

            table.Write(output, parse.GetValue(format));
            if (parse.GetValue(format) == OutputFormat.Table)
            {
                output.WriteLine();
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"summary: {comparison.Values.Count} values in both; {comparison.Equal} equal within {comparison.Tolerance} $m; {comparison.Revised} revised; only in A: {comparison.OnlyInA}; only in B: {comparison.OnlyInB}"));
                if (comparison.Largest is { } largest)
                {
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"largest revision: {largest.Reporter.Code}→{largest.Partner.Code} {InterchangeCsv.FlowName(largest.Flow)} {largest.Year}: {largest.A.Value:0.000} → {largest.B.Value:0.000} ({largest.Difference.Value:+0.000;-0.000} $m)"));
                }
            }

            return 0;
        });
        return command;
    }

    /// <summary>The pair when both arguments are economies and neither is a file; otherwise <see langword="null"/> (two files to compare).</summary>
    private static (Economy Economy, Economy Partner)? Pair(string a, string b)
    {
        if (a == "embedded" || b == "embedded" || File.Exists(a) || File.Exists(b) || Directory.Exists(a) || Directory.Exists(b))
        {
            return null;
        }

        try
        {
            return (Economies.Resolve(a), Economies.Resolve(b));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static void WriteSources(TextWriter output, SourceComparison comparison, int? from, int? to, OutputFormat format, string unit)
    {
        var context = comparison.Sources[0].Series.Context;
        var names = comparison.Sources.Select(s => s.Name).ToList();
        var table = new Output(["year", .. names.Select(n => n + "_musd"), "spread_musd", "spread_pct", "note"])
        {
            Description = $"{context.Describe()}, {unit}, by source ({string.Join(", ", names)}); a gap is a gap, never a zero",
        };
        var years = comparison.Years.Where(y => (from is null || y.Year >= from) && (to is null || y.Year <= to)).ToList();
        foreach (var year in years)
        {
            table.Add([Cell.Integer(year.Year), .. year.Values.Select(v => v is null ? Cell.Missing : CommonOptions.Number(v.Value.Value)),
                year.Spread is { } spread ? CommonOptions.Number(spread) : Cell.Missing,
                year.SpreadPercent is { } percent ? Cell.Number(percent, "0.0") : Cell.Missing,
                string.Join("; ", year.Notes)]);
        }

        if (format == OutputFormat.Table)
        {
            output.WriteLine($"{context.Describe()}, {unit}, by source");
        }

        table.Write(output, format);
        if (format == OutputFormat.Table)
        {
            output.WriteLine();
            var shared = years.Count(y => y.Values.Count(v => v is not null) >= 2);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{years.Count} years; {shared} shared by two sources or more; looks partial: {(years.Any(y => y.LooksPartial.Count > 0) ? string.Join(", ", years.Where(y => y.LooksPartial.Count > 0).Select(y => $"{string.Join("+", y.LooksPartial)} {y.Year}")) : "none")}"));
            foreach (var source in comparison.Sources.Where(s => s.Series.IsEmpty))
            {
                output.WriteLine($"{source.Name}: no value for this pair and measure");
            }
        }
    }

    private static TradeDataset Load(string path)
    {
        if (path == "embedded")
        {
            return ShippedData.ImfDots2022;
        }

        if (File.Exists(path) && path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) && File.ReadLines(path).FirstOrDefault() is InterchangeCsv.Header or InterchangeCsv.ProductHeader)
        {
            return CommonOptions.Read(new FileInfo(path));
        }

        return new TradeDataset(TradeFileImporter.Import(path).Observations);
    }
}
