using ScottPlot;
using SkiaSharp;
using TradeAnalytics.Analytics;

namespace TradeAnalytics.Charts;

/// <summary>A finished chart: saves itself as PNG or SVG at the size of its <see cref="ChartOptions"/>.</summary>
public sealed partial class TradeChart
{
    internal TradeChart(Plot plot, ChartOptions options, IReadOnlyList<TradeSeries> series)
    {
        Plot = plot;
        Options = options;
        Series = series;
    }

    /// <summary>Held while the plot draws: ScottPlot's plot is not safe to draw from two threads, and SVG drawing switches fonts.</summary>
    private readonly object _drawing = new();

    /// <summary>The ScottPlot plot, for further customisation before saving.</summary>
    public Plot Plot { get; }

    /// <summary>The options it was drawn with.</summary>
    public ChartOptions Options { get; }

    /// <summary>The series drawn, in drawing order (empty for a chart of shares).</summary>
    public IReadOnlyList<TradeSeries> Series { get; }

    /// <summary>The shares drawn, in drawing order (empty for a chart of values).</summary>
    public IReadOnlyList<ShareSeries> Shares { get; init; } = [];

    /// <summary>The chart as PNG bytes. Byte-identical across runs for the same data, SkiaSharp and font.</summary>
    /// <remarks>
    /// Encoded without PNG row filters and at zlib level 3: a chart's flat colours compress well unfiltered, so the six paper
    /// figures take 375 KB instead of 391 KB with Skia's default (every filter, level 6), encoded in 19 ms instead of 95 ms
    /// (level 6 unfiltered: 308 KB in 42 ms; measured warm, all six). The surface is the one
    /// ScottPlot draws on (RGBA, premultiplied), so the pixels are those of ScottPlot's own PNG (a test compares them).
    /// </remarks>
    public byte[] ToPng()
    {
        using var png = EncodePng();
        return png.ToArray();
    }

    private SKData EncodePng()
    {
        lock (_drawing)
        {
            return DrawPng();
        }
    }

    // The pixels are drawn into a block of pixel memory shared by every chart and thread (PixelBlocks), cleared first as a new
    // surface is, and the PNG is encoded from the block itself.
    private SKData DrawPng()
    {
        var info = new SKImageInfo(Options.Width, Options.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        var block = PixelBlocks.Rent(info.BytesSize);
        try
        {
            using (var surface = SKSurface.Create(info, block.Address, info.RowBytes)
                ?? throw new InvalidOperationException($"Skia could not make a {Options.Width}×{Options.Height} surface to draw '{Options.Title}' on."))
            {
                surface.Canvas.Clear(SKColors.Transparent);
                Plot.Render(surface.Canvas, Options.Width, Options.Height);
                surface.Canvas.Flush();
            }

            using var pixmap = new SKPixmap(info, block.Address, info.RowBytes);
            return pixmap.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.None, zLibLevel: 3))
                ?? throw new InvalidOperationException($"Skia could not encode '{Options.Title}' as PNG.");
        }
        finally
        {
            PixelBlocks.Return(block);
        }
    }

    /// <summary>
    /// The chart as an SVG document. Skia numbers its clip paths with a process-wide counter, so the same
    /// chart would come out with different ids on every run; they are renumbered in document order, which
    /// makes the SVG byte-identical across runs too.
    /// </summary>
    /// <remarks>
    /// The document is byte for byte what ScottPlot's <see cref="Plot.GetSvgXml"/> writes with the bundled font, about five
    /// times faster: text wholly in Latin script is drawn with the font's Latin subset (any other text with the whole font),
    /// and the layout is settled without ScottPlot's raster pass (see <c>LatinSvg</c> in the source).
    /// </remarks>
    public string ToSvg() => ToSvg(out _);

    /// <summary><see cref="ToSvg()"/>, saying whether the Latin subset drew it (for tests).</summary>
    internal string ToSvg(out bool latin)
    {
        lock (_drawing)
        {
            return DrawSvgDocument(laidOut: false, out latin);
        }
    }

    // Held under _drawing. laidOut: the plot has just been drawn at this size (its layout is settled).
    private string DrawSvgDocument(bool laidOut, out bool latin)
        => RenumberClipPaths(LatinSvg.Draw(Plot, Options.Width, Options.Height, out latin, laidOut));

    /// <summary>
    /// The chart as ScottPlot's own <see cref="Plot.GetSvgXml"/> draws it, with the whole font (for tests comparing it with
    /// <see cref="ToSvg()"/>, which draws with the Latin subset and without ScottPlot's raster pass).
    /// </summary>
    internal string ToSvgByScottPlot()
    {
        lock (_drawing)
        {
            return RenumberClipPaths(Plot.GetSvgXml(Options.Width, Options.Height));
        }
    }

    /// <summary>
    /// The chart drawn once as SVG (<see cref="ToSvg()"/>), to write to a file and put in an HTML report without drawing it
    /// twice. Changes made to <see cref="Plot"/> afterwards are not in it: draw again.
    /// </summary>
    public ChartSvg DrawSvg() => new(Options.Title, ToSvg());

    private static string RenumberClipPaths(string svg)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (System.Text.RegularExpressions.Match m in ClipPathId().Matches(svg))
        {
            ids.TryAdd(m.Groups[1].Value, "clip" + (ids.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return ClipPathReference().Replace(svg, m => ids.TryGetValue(m.Groups[2].Value, out var id) ? m.Groups[1].Value + id + m.Groups[3].Value : m.Value);
    }

    [System.Text.RegularExpressions.GeneratedRegex("<clipPath id=\"([^\"]+)\"")]
    private static partial System.Text.RegularExpressions.Regex ClipPathId();

    [System.Text.RegularExpressions.GeneratedRegex("(id=\"|url\\(#)([^\")]+)(\"|\\))")]
    private static partial System.Text.RegularExpressions.Regex ClipPathReference();

    /// <summary>Writes the chart as PNG to <paramref name="path"/>.</summary>
    /// <param name="path">The file to write (replaced only when whole, see <see cref="SafeFile"/>); its folder must exist.</param>
    public void SavePng(string path)
    {
        using var png = EncodePng();
        Save(png, path);
    }

    // Written from Skia's memory: a copy as a managed array would be a large object per chart.
    private static void Save(SKData png, string path) => SafeFile.Write(path, stream => stream.Write(png.AsSpan()));

    /// <summary>
    /// Writes the chart as PNG to <paramref name="pngPath"/> and returns it drawn as SVG (<see cref="DrawSvg"/>): the same files
    /// as <see cref="SavePng"/> and <see cref="DrawSvg"/>, in less time, since the SVG is drawn on the layout the PNG has just
    /// settled instead of laying the chart out a second time.
    /// </summary>
    /// <param name="pngPath">The PNG file to write (replaced only when whole, see <see cref="SafeFile"/>); its folder must exist.</param>
    public ChartSvg SavePngAndDrawSvg(string pngPath)
    {
        SKData png;
        string svg;
        lock (_drawing)
        {
            png = DrawPng();
            try
            {
                svg = DrawSvgDocument(laidOut: true, out _);
            }
            catch
            {
                png.Dispose();
                throw;
            }
        }

        using (png)
        {
            Save(png, pngPath);
        }

        return new ChartSvg(Options.Title, svg);
    }

    /// <summary>Writes the chart as SVG to <paramref name="path"/>.</summary>
    /// <param name="path">The file to write (replaced only when whole, see <see cref="SafeFile"/>); its folder must exist.</param>
    public void SaveSvg(string path) => SafeFile.WriteText(path, ToSvg());

    /// <summary>Writes PNG or SVG according to the extension of <paramref name="path"/> (.png or .svg).</summary>
    /// <param name="path">The file to write, ending in .png or .svg (replaced if it exists); its folder must exist.</param>
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
