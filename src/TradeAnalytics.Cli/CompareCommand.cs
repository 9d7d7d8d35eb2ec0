using TradeAnalytics.Sources;
using System.CommandLine;
using System.Globalization;
using TradeAnalytics.Sources.Imf;

namespace TradeAnalytics.Cli;

/// <summary><c>compare A B</c>: two files or datasets (any supported format) value by value, largest difference first.</summary>
internal static class CompareCommand
{
    internal static Command Create(TextWriter output)
    {
        var a = new Argument<string>("a") { Description = "The first file: any format 'import' reads, an interchange CSV, or 'embedded' for the shipped dataset." };
        var b = new Argument<string>("b") { Description = "The second file, likewise." };
        var tolerance = new Option<double>("--tolerance") { Description = "Differences up to this many US$ million count as equal.", DefaultValueFactory = _ => 0.0001 };
        var top = new Option<int>("--top") { Description = "How many of the largest differences to list (0 = all).", DefaultValueFactory = _ => 20 };
        var format = CommonOptions.Format();
        var command = new Command("compare", "Compare two editions or formats of the statistics: per series and year present in both, the two values and their difference, largest first, and a summary.") { a, b, tolerance, top, format };
        command.SetAction(parse =>
        {
            var left = Load(parse.GetValue(a)!);
            var right = Load(parse.GetValue(b)!);
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

    private static TradeDataset Load(string path)
    {
        if (path == "embedded")
        {
            return TradeDataset.ImfDots2022;
        }

        if (File.Exists(path) && path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) && File.ReadLines(path).FirstOrDefault() is InterchangeCsv.Header or InterchangeCsv.ProductHeader)
        {
            return CommonOptions.Read(new FileInfo(path));
        }

        return new TradeDataset(TradeFileImporter.Import(path).Observations);
    }
}
