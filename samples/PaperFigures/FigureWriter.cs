using System.Globalization;
using System.Text;
using TradeAnalytics;
using TradeAnalytics.Charts;

namespace PaperFigures;

/// <summary>Writes a figure as PNG, SVG and the CSV of exactly the values it plots.</summary>
public static class FigureWriter
{
    /// <summary>
    /// Writes <c>NAME.png</c>, <c>NAME.svg</c> and <c>NAME.csv</c> into <paramref name="folder"/>; returns the SVG as drawn, for the
    /// report. The SVG is drawn on the layout the PNG settles (<see cref="TradeChart.SavePngAndDrawSvg"/>), not laid out again.
    /// </summary>
    public static ChartSvg Write(Figure figure, string folder)
    {
        var stem = Path.Combine(folder, figure.Name);
        var svg = figure.Chart.SavePngAndDrawSvg(stem + ".png");
        svg.Save(stem + ".svg");
        SafeFile.WriteText(stem + ".csv", Csv(figure));
        return svg;
    }

    /// <summary>
    /// <c>year,value_musd,estimated,partial,source</c>; a figure of several series has an
    /// <c>economy</c> column first, so every row says which line it belongs to. Written by the library's
    /// CSV writer, for people: quoted by RFC 4180, and no text opens as a spreadsheet formula.
    /// </summary>
    public static string Csv(Figure figure)
    {
        if (figure.Chart.Shares.Count > 0)
        {
            return SharesCsv(figure);
        }

        if (figure.Chapters.Count > 0)
        {
            return ChaptersCsv(figure);
        }

        var multi = figure.Plotted.Select(p => p.Economy).Distinct().Count() > 1;
        var datasets = figure.Datasets.Count == figure.Plotted.Count && figure.Datasets.Count > 0;
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        CsvText.RowForPeople(text, (multi ? ["economy"] : Array.Empty<string>()).Concat(datasets ? ["dataset"] : []).Concat(["year", "value_musd", "estimated", "partial", "source"]));
        for (var i = 0; i < figure.Plotted.Count; i++)
        {
            var (economy, v) = figure.Plotted[i];
            CsvText.RowForPeople(text, (multi ? [economy.Code] : Array.Empty<string>()).Concat(datasets ? [figure.Datasets[i]] : [])
                .Concat([Number(v.Year), Number(v.Value.Value), Flag(v.Estimated), Flag(v.Partial), v.Source]));
        }

        return text.ToString();
    }

    /// <summary>
    /// <c>block,reporter,partner,flow,from,to,chapter,name,value_musd,share_percent,source</c>: every chapter of each block (those
    /// the chart gathers into "other chapters" too), largest first; chapters without a value are not rows (missing is not zero).
    /// </summary>
    private static string ChaptersCsv(Figure figure)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        CsvText.RowForPeople(text, ["block", "reporter", "partner", "flow", "from", "to", "chapter", "name", "value_musd", "share_percent", "source"]);
        foreach (var panel in figure.Chapters)
        {
            var mix = panel.Mix;
            foreach (var c in mix.Chapters)
            {
                CsvText.RowForPeople(text, [panel.Heading, mix.Economy.Code, mix.Partner.Code, mix.Flow == TradeFlow.Exports ? "exports" : "imports", Number(mix.From), Number(mix.To),
                    c.Chapter.ToCode(), c.Name, Number(c.Value.Value), Number(c.ShareOfPair * 100), string.Join(" + ", c.Sources)]);
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// <c>series,year,share_percent,part_musd,part_source,whole_musd,whole_source,mirror</c>, one row per
    /// year of each line; an undefined share has empty numbers (missing is not zero).
    /// </summary>
    private static string SharesCsv(Figure figure)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        CsvText.RowForPeople(text, ["series", "year", "share_percent", "part_musd", "part_source", "whole_musd", "whole_source", "mirror"]);
        foreach (var share in figure.Chart.Shares)
        {
            foreach (var y in share.Years)
            {
                CsvText.RowForPeople(text, [share.Description, Number(y.Year), Number(y.Percent), Number(y.Part?.Value.Value), y.Part?.Source, Number(y.Whole?.Value.Value), y.Whole?.Source, Flag(y.Mirror)]);
            }
        }

        return text.ToString();
    }

    private static string Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Flag(bool value) => value ? "true" : "false";
}
