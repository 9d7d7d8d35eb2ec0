using System.Globalization;
using System.Text;
using TradeAnalytics;
using TradeAnalytics.Charts;

namespace PaperFigures;

/// <summary>Writes a figure as PNG, SVG and the CSV of exactly the values it plots.</summary>
public static class FigureWriter
{
    /// <summary>Writes <c>NAME.png</c>, <c>NAME.svg</c> and <c>NAME.csv</c> into <paramref name="folder"/>; returns the SVG as drawn, for the report.</summary>
    public static ChartSvg Write(Figure figure, string folder)
    {
        var svg = WriteSvg(figure, folder);
        WritePngAndCsv(figure, folder);
        return svg;
    }

    /// <summary>Writes <c>NAME.svg</c> into <paramref name="folder"/>; returns it as drawn, for the report.</summary>
    public static ChartSvg WriteSvg(Figure figure, string folder)
    {
        var svg = figure.Chart.DrawSvg();
        svg.Save(Path.Combine(folder, figure.Name + ".svg"));
        return svg;
    }

    /// <summary>Writes <c>NAME.png</c> and <c>NAME.csv</c> into <paramref name="folder"/>.</summary>
    public static void WritePngAndCsv(Figure figure, string folder)
    {
        var stem = Path.Combine(folder, figure.Name);
        figure.Chart.SavePng(stem + ".png");
        File.WriteAllText(stem + ".csv", Csv(figure), new UTF8Encoding(false));
    }

    /// <summary>
    /// <c>year,value_musd,estimated,partial,source</c>; a figure of several series has an
    /// <c>economy</c> column first, so every row says which line it belongs to.
    /// </summary>
    public static string Csv(Figure figure)
    {
        if (figure.Chart.Shares.Count > 0)
        {
            return SharesCsv(figure);
        }

        var multi = figure.Plotted.Select(p => p.Economy).Distinct().Count() > 1;
        var text = new StringBuilder(multi ? "economy," : "").Append("year,value_musd,estimated,partial,source\n");
        foreach (var (economy, v) in figure.Plotted)
        {
            if (multi)
            {
                text.Append(economy.Code).Append(',');
            }

            text.Append(CultureInfo.InvariantCulture, $"{v.Year},{v.Value.Value.ToString("R", CultureInfo.InvariantCulture)},{(v.Estimated ? "true" : "false")},{(v.Partial ? "true" : "false")},{Text(v.Source)}\n");
        }

        return text.ToString();
    }

    /// <summary>A text field as CSV: safe to open in a spreadsheet, quoted where it holds a comma, quote or line break.</summary>
    private static string Text(string? field)
    {
        var safe = SpreadsheetText.Safe(field);
        return safe.IndexOfAny([',', '"', '\n', '\r']) < 0 ? safe : "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    /// <summary>
    /// <c>series,year,share_percent,part_musd,part_source,whole_musd,whole_source,mirror</c>, one row per
    /// year of each line; an undefined share has empty numbers (missing is not zero).
    /// </summary>
    private static string SharesCsv(Figure figure)
    {
        var text = new StringBuilder("series,year,share_percent,part_musd,part_source,whole_musd,whole_source,mirror\n");
        foreach (var share in figure.Chart.Shares)
        {
            foreach (var y in share.Years)
            {
                text.Append(CultureInfo.InvariantCulture,
                    $"{Text(share.Description)},{y.Year},{y.Percent?.ToString("R", CultureInfo.InvariantCulture)},{y.Part?.Value.Value.ToString("R", CultureInfo.InvariantCulture)},{Text(y.Part?.Source)},{y.Whole?.Value.Value.ToString("R", CultureInfo.InvariantCulture)},{Text(y.Whole?.Source)},{(y.Mirror ? "true" : "false")}\n");
            }
        }

        return text.ToString();
    }
}
