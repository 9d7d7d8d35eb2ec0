namespace TradeAnalytics.Charts;

/// <summary>What a chart says and how large it is drawn.</summary>
/// <param name="Title">The title above the chart.</param>
/// <param name="Footnote">
/// The source line under the chart, e.g. "Source: IMF, Direction of Trade Statistics (2022 edition), as
/// reported by Kazakhstan." The builders append the explanation of the estimate and partial markers.
/// </param>
public sealed record ChartOptions(string Title, string Footnote)
{
    /// <summary>The value axis title; the unit is part of it.</summary>
    public string ValueAxisTitle { get; init; } = "Trade turnover, US$ million (current prices)";

    /// <summary>The year axis title.</summary>
    public string YearAxisTitle { get; init; } = "Year";

    /// <summary>The first year drawn (default: the series' first year).</summary>
    public int? FromYear { get; init; }

    /// <summary>The last year drawn (default: the series' last year).</summary>
    public int? ToYear { get; init; }

    /// <summary>Width in pixels of the PNG (and of the SVG's view box).</summary>
    public int Width { get; init; } = 1000;

    /// <summary>Height in pixels.</summary>
    public int Height { get; init; } = 600;

    /// <summary>For line charts: a logarithmic value axis, so that series of very different size are all readable.</summary>
    public bool LogScale { get; init; }

    /// <summary>
    /// The source line for a series reported by <paramref name="reporter"/> in the IMF DOTS 2022 edition:
    /// "Source: IMF, Direction of Trade Statistics (2022 edition), as reported by Kazakhstan."
    /// </summary>
    /// <param name="reporter">The economy whose statistics the series comes from.</param>
    public static string DotsSource(Economy reporter) => $"Source: IMF, Direction of Trade Statistics (2022 edition), as reported by {reporter.Name}.";
}
