using ScottPlot;

namespace TradeAnalytics.Charts;

/// <summary>
/// A panel under the bottom axis holding left-aligned footnote lines (source, marker explanations).
/// ScottPlot's own title panel only sits on the top edge.
/// </summary>
internal sealed class FootnotePanel : IPanel
{
    private const float Padding = 8;

    public bool IsVisible { get; set; } = true;

    public Edge Edge => Edge.Bottom;

    public bool ShowDebugInformation { get; set; }

    public float MinimumSize { get; set; }

    public float MaximumSize { get; set; } = float.MaxValue;

    public LabelStyle Label { get; } = new()
    {
        Text = string.Empty,
        FontSize = 12,
        Alignment = Alignment.UpperLeft,
    };

    public float Measure(Paint paint)
        => !IsVisible || string.IsNullOrWhiteSpace(Label.Text) ? 0 : Label.Measure(Label.Text, paint).Height + 2 * Padding;

    public PixelRect GetPanelRect(PixelRect dataRect, float size, float offset, Paint paint)
        => new(left: dataRect.Left, right: dataRect.Right, bottom: dataRect.Bottom + offset + size, top: dataRect.Bottom + offset);

    public void Render(RenderPack rp, float size, float offset)
    {
        if (!IsVisible)
        {
            return;
        }

        using var paint = Paint.NewDisposablePaint();
        var rect = GetPanelRect(rp.DataRect, size, offset, paint);
        // Start at the figure's left margin so long source lines use the full width.
        Label.Render(rp.Canvas, new Pixel(rp.FigureRect.Left + Padding, rect.Top + Padding), paint);
    }
}
