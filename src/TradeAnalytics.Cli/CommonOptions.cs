using System.CommandLine;
using System.Globalization;

namespace TradeAnalytics.Cli;

/// <summary>Options and arguments several commands share, and their checks.</summary>
internal static class CommonOptions
{
    internal static Option<FileInfo?> Data() => new("--data")
    {
        Description = "An interchange CSV file (reporter,partner,flow,year,value_musd,estimated,source) to use instead of the embedded IMF DOTS 2022 extract.",
    };

    internal static Option<OutputFormat> Format() => new("--format")
    {
        Description = "Output: table (default), csv or json.",
        DefaultValueFactory = _ => OutputFormat.Table,
    };

    internal static Option<string?> ProductOption() => new("--product")
    {
        Description = "An HS code (2, 4 or 6 digits, e.g. 27 = mineral fuels and oils): the product's trade instead of all goods, from product data (your --data file if it holds products, else the embedded UN Comtrade HS 27 extract).",
    };

    internal static Option<int?> From() => new("--from") { Description = "First year." };

    internal static Option<int?> To() => new("--to") { Description = "Last year." };

    internal static Option<TradeMeasure> Flow() => new("--flow")
    {
        Description = "turnover (exports + imports, default), exports, imports or balance.",
        DefaultValueFactory = _ => TradeMeasure.Turnover,
    };

    internal static Option<ReportingSide> Side() => new("--side")
    {
        Description = "reporter (the first economy's own statistics, default) or partner (the partner's mirror statistics).",
        DefaultValueFactory = _ => ReportingSide.Reporter,
    };

    internal static Argument<string> Economy(string name, string description) => new(name) { Description = description };

    /// <summary>The dataset: the user's file, or the embedded extract.</summary>
    internal static TradeDataset Load(FileInfo? file) => file is null ? TradeDataset.ImfDots2022 : InterchangeCsv.ReadFile(file.FullName).Dataset;

    /// <summary>The product data for <paramref name="dataset"/>: itself where it holds products, else the embedded UN Comtrade HS 27 extract.</summary>
    internal static TradeDataset Products(TradeDataset dataset)
        => dataset.Products.Any(p => !p.IsAllGoods) ? dataset : TradeDataset.ComtradeHs27Israel;

    /// <summary>A product code from the command line ("27", "2709", "HS 27"); anything else is an error saying what is expected.</summary>
    internal static Product Product(string text)
        => TradeAnalytics.Product.TryParse(text, out var product) && !product.IsAllGoods
            ? product
            : throw new CommandLineException($"'{text}' is not an HS code; give 2, 4 or 6 digits, e.g. --product 27 (mineral fuels and oils) or --product 2709 (crude oil).");

    /// <summary>A code or name to an economy; an unknown one is an error with the closest known suggestions.</summary>
    internal static Economy Resolve(string text) => Economies.Resolve(text);

    /// <summary>
    /// The years to show for <paramref name="series"/>: the requested ones, checked against the years the
    /// data have (a year outside them is an error naming the range that exists).
    /// </summary>
    internal static (int From, int To) Years(TradeSeries series, int? from, int? to)
    {
        if (series.IsEmpty)
        {
            throw new CommandLineException($"no data for {series.Context.Describe()}.");
        }

        var first = series.FirstYear;
        var last = series.LastYear;
        var f = from ?? first;
        var t = to ?? last;
        foreach (var year in new[] { f, t })
        {
            if (year < first || year > last)
            {
                throw new CommandLineException($"{year} is outside the data: {series.Context.Describe()} has values for {first}–{last}.");
            }
        }

        if (t < f)
        {
            throw new CommandLineException($"--to {t} is before --from {f}.");
        }

        return (f, t);
    }

    internal static string Number(double value, string format = "0.000") => value.ToString(format, CultureInfo.InvariantCulture);

    internal static string Flag(bool value) => value ? "true" : "false";
}
