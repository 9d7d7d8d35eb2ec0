using ScottPlot;

namespace TradeAnalytics.Charts;

/// <summary>A finished chart: saves itself as PNG or SVG at the size of its <see cref="ChartOptions"/>.</summary>
public sealed class TradeChart
{
    internal TradeChart(Plot plot, ChartOptions options, IReadOnlyList<TradeSeries> series)
    {
        Plot = plot;
        Options = options;
        Series = series;
    }

    /// <summary>The ScottPlot plot, for further customisation before saving.</summary>
    public Plot Plot { get; }

    /// <summary>The options it was drawn with.</summary>
    public ChartOptions Options { get; }

    /// <summary>The series drawn, in drawing order.</summary>
    public IReadOnlyList<TradeSeries> Series { get; }

    /// <summary>The chart as PNG bytes. Byte-identical across runs for the same data, SkiaSharp and font.</summary>
    public byte[] ToPng() => Plot.GetImageBytes(Options.Width, Options.Height, ImageFormat.Png);

    /// <summary>The chart as an SVG document.</summary>
    public string ToSvg() => Plot.GetSvgXml(Options.Width, Options.Height);

    /// <summary>Writes the chart as PNG to <paramref name="path"/>.</summary>
    public void SavePng(string path) => File.WriteAllBytes(path, ToPng());

    /// <summary>Writes the chart as SVG to <paramref name="path"/>.</summary>
    public void SaveSvg(string path) => File.WriteAllText(path, ToSvg());

    /// <summary>Writes PNG or SVG according to the extension of <paramref name="path"/> (.png or .svg).</summary>
    /// <exception cref="ArgumentException">The extension is neither.</exception>
    public void Save(string path)
    {
        switch (Path.GetExtension(path).ToLowerInvariant())
        {
            case ".png":
                SavePng(path);
                break;
            case ".svg":
                SaveSvg(path);
                break;
            default:
                throw new ArgumentException($"'{path}': a chart is saved as .png or .svg.", nameof(path));
        }
    }
}
