using System.CommandLine;
using System.Globalization;
using TradeAnalytics.Parquet;

namespace TradeAnalytics.Cli;

/// <summary><c>columns FILE --out X.parquet</c>: an interchange file written in the columnar layout, which loads with no text decoded per value.</summary>
internal static class ColumnsCommand
{
    internal static Command Create(TextWriter output)
    {
        var path = new Argument<FileInfo>("path") { Description = "An interchange file (CSV, or Parquet for a .parquet name)." };
        var outFile = new Option<FileInfo>("--out") { Description = "The Parquet file to write in the columnar layout (series, year, value_musd, estimated, classification, source_prefix, source_number; the tables in its metadata).", Required = true };
        var command = new Command("columns", "Write an interchange file in the columnar layout the data package loads from (the same values and sources, in the same order).") { path, outFile };
        command.SetAction(parse =>
        {
            var input = parse.GetValue(path)!.FullName;
            var target = parse.GetValue(outFile)!.FullName;
            if (!CommonOptions.IsParquet(target))
            {
                throw new CommandLineException($"--out {target}: the columnar layout is Parquet; name the file .parquet.");
            }

            var dataset = CommonOptions.IsParquet(input) ? InterchangeParquet.ReadFile(input).Dataset : InterchangeCsv.ReadFile(input).Dataset;
            ColumnarParquet.WriteFile(target, dataset);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {dataset.Observations.Count:N0} values of {input} to {target} in the columnar layout"));
            return 0;
        });
        return command;
    }
}
