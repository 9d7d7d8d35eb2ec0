namespace TradeAnalytics.Charts;

/// <summary>
/// A chart drawn as an SVG document by <see cref="TradeChart.DrawSvg"/>: saved as a file and inlined into an HTML report
/// from one drawing. Only a <see cref="TradeChart"/> makes one, so a report can inline it as drawn — no SVG from elsewhere
/// (which could carry script) passes for one.
/// </summary>
public sealed class ChartSvg
{
    internal ChartSvg(string title, string document)
    {
        Title = title;
        Document = document;
    }

    /// <summary>The chart's title.</summary>
    public string Title { get; }

    /// <summary>The SVG document, byte-identical across runs for the same chart (see <see cref="TradeChart.ToSvg()"/>).</summary>
    public string Document { get; }

    /// <summary>Writes the SVG document to <paramref name="path"/>.</summary>
    /// <param name="path">The file to write (replaced only when whole, see <see cref="SafeFile"/>); its folder must exist.</param>
    public void Save(string path) => SafeFile.WriteText(path, Document);

    /// <summary>The title and the document's length.</summary>
    public override string ToString() => $"SVG of '{Title}' ({Document.Length:N0} characters)";
}
