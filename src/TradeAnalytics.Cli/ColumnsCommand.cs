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
        var apart = new Option<bool>("--tables-apart") { Description = "Write the series and source tables to a second file beside --out (X.tables.parquet) instead of its metadata, so that reading a few reporters decodes their entries only (the data package's layout); --data reads the two together." };
        var command = new Command("columns", "Write an interchange file in the columnar layout the data package loads from (the same values and sources, in the same order).") { path, outFile, apart };
        command.SetAction(parse =>
        {
            var input = parse.GetValue(path)!.FullName;
            var target = parse.GetValue(outFile)!.FullName;
            if (!CommonOptions.IsParquet(target))
            {
                throw new CommandLineException($"--out {target}: the columnar layout is Parquet; name the file .parquet.");
            }

            var dataset = CommonOptions.IsParquet(input) ? InterchangeParquet.ReadFile(input).Dataset : InterchangeCsv.ReadFile(input).Dataset;
            var tables = ColumnarParquet.TablesPathOf(target);
            if (parse.GetValue(apart))
            {
                if (Path.GetFullPath(tables) == Path.GetFullPath(input))
                {
                    throw new CommandLineException($"--tables-apart would write the tables to {tables}, the input; name --out otherwise.");
                }

                ColumnarParquet.WriteFiles(target, tables, dataset);
            }
            else
            {
                ColumnarParquet.WriteFile(target, dataset);
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {dataset.Observations.Count:N0} values of {input} to {target} in the columnar layout")
                + (parse.GetValue(apart) ? $", its tables to {tables}" : ""));
            return 0;
        });
        return command;
    }
}
