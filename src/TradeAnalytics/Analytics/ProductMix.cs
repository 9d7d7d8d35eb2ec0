namespace TradeAnalytics.Analytics;

/// <summary>One chapter of a pair's trade: its value over the years asked, its share of the pair's chapters and of the chapter's trade with the World.</summary>
/// <param name="Chapter">The HS chapter.</param>
/// <param name="Name">Its name (<see cref="HsChapters"/>), or null.</param>
/// <param name="Value">The pair's trade in the chapter, summed over the years that have a value.</param>
/// <param name="Years">The years that have a value (fewer than asked: the sum covers only these).</param>
/// <param name="ShareOfPair">Value ÷ the sum of every chapter of the pair, 0–1.</param>
/// <param name="World">The reporter's trade in the chapter with the World over the same years, or null where a year has none.</param>
/// <param name="Sources">The values' sources.</param>
public sealed record ChapterShare(Product Chapter, string? Name, UsdMillions Value, IReadOnlyList<int> Years, double ShareOfPair, UsdMillions? World, IReadOnlyList<string> Sources)
{
    /// <summary>Value ÷ the chapter's trade with the World, 0–1; null without a World value.</summary>
    public double? ShareOfWorld => World is { Value: > 0 } w ? Value / w : null;
}

/// <summary>A pair's trade by HS chapter, as the reporter reports it, with its diversification.</summary>
/// <param name="Economy">The reporter.</param>
/// <param name="Partner">The partner.</param>
/// <param name="Flow">Exports or imports (as the reporter reports them).</param>
/// <param name="From">First year.</param>
/// <param name="To">Last year.</param>
/// <param name="Chapters">The chapters with a value, largest first.</param>
/// <param name="Gaps">Chapters of the HS nomenclature (<see cref="HsChapters.Nomenclature"/>, and any other the data hold) without a World value in a year of the span in which the reporter reports other chapters: no file, a gap (not a zero).</param>
public sealed record ProductMixResult(Economy Economy, Economy Partner, TradeFlow Flow, int From, int To, IReadOnlyList<ChapterShare> Chapters, IReadOnlyList<Product> Gaps)
{
    /// <summary>The sum of the chapters (the files carry no all-goods total); null when none has a value.</summary>
    public UsdMillions? Total => Chapters.Count == 0 ? null : UsdMillions.Sum(Chapters.Select(c => c.Value));

    /// <summary>The Herfindahl–Hirschman index over the chapters' shares, 0–1 (1: one chapter is everything); null without chapters.</summary>
    public double? Herfindahl => Chapters.Count == 0 || Total is not { Value: > 0 } ? null : Chapters.Sum(c => c.ShareOfPair * c.ShareOfPair);

    /// <summary>How many chapters, largest first, make 90 % of the pair's trade; null without chapters.</summary>
    public int? ChaptersFor90Percent
    {
        get
        {
            if (Total is not { Value: > 0 })
            {
                return null;
            }

            var sum = 0d;
            for (var i = 0; i < Chapters.Count; i++)
            {
                sum += Chapters[i].ShareOfPair;
                if (sum >= 0.9 - 1e-12)
                {
                    return i + 1;
                }
            }

            return Chapters.Count;
        }
    }
}

/// <summary>What a pair trades by HS chapter.</summary>
public static class ProductMix
{
    /// <summary>
    /// <paramref name="economy"/>'s <paramref name="flow"/> with <paramref name="partner"/> by HS chapter (2-digit products
    /// of <paramref name="products"/>), summed over <paramref name="from"/>–<paramref name="to"/>, as <paramref name="economy"/> reports it.
    /// </summary>
    /// <param name="products">Product data holding HS chapters (e.g. <c>ShippedData.ComtradeHs2Caucasus</c> in TradeAnalytics.Catalogue).</param>
    /// <param name="economy">The reporter.</param>
    /// <param name="partner">The partner.</param>
    /// <param name="flow">The flow.</param>
    /// <param name="from">First year.</param>
    /// <param name="to">Last year (≥ <paramref name="from"/>).</param>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public static ProductMixResult Of(TradeDataset products, Economy economy, Economy partner, TradeFlow flow, int from, int to)
    {
        Preconditions.NotNull(products);
        Preconditions.NotNull(economy);
        Preconditions.NotNull(partner);
        if (to < from)
        {
            throw new ArgumentException($"The span {from}–{to} ends before it starts.", nameof(to));
        }

        var chapters = products.Products.Where(p => p.Digits == 2).Union(HsChapters.Nomenclature.Select(Product.Hs)).Order().ToList();
        // The years of the span in which the reporter reports any chapter with the World: in those, a chapter of the nomenclature
        // without a World value is a gap (chapter 34, which no file holds, included); a year without any is not the chapters' gap.
        var reportedYears = chapters.SelectMany(c => products.ObservationsOf(economy, Economies.World, flow, c)).Select(o => o.Year)
            .Where(y => y >= from && y <= to).ToHashSet();
        var rows = new List<(Product Chapter, UsdMillions Value, List<int> Years, UsdMillions? World, List<string> Sources)>();
        var gaps = new List<Product>();
        foreach (var chapter in chapters)
        {
            var allWorld = products.ObservationsOf(economy, Economies.World, flow, chapter);
            var world = allWorld.Where(o => o.Year >= from && o.Year <= to).ToList();
            if (reportedYears.Any(y => world.All(o => o.Year != y)))
            {
                gaps.Add(chapter);   // a year of the span in which the reporter reports chapters, but not this one
            }

            var pair = products.ObservationsOf(economy, partner, flow, chapter).Where(o => o.Year >= from && o.Year <= to).ToList();
            if (pair.Count == 0)
            {
                continue;
            }

            rows.Add((chapter, UsdMillions.Sum(pair.Select(o => o.Value)), pair.Select(o => o.Year).ToList(),
                world.Count == to - from + 1 ? UsdMillions.Sum(world.Select(o => o.Value)) : null, pair.Select(o => o.Source).ToList()));
        }

        var total = rows.Count == 0 ? 0d : UsdMillions.Sum(rows.Select(r => r.Value)).Value;
        var shares = rows
            .Select(r => new ChapterShare(r.Chapter, HsChapters.Name(r.Chapter.ToCode()), r.Value, r.Years, total > 0 ? r.Value.Value / total : 0, r.World, r.Sources))
            .OrderByDescending(c => c.Value.Value)
            .ThenBy(c => c.Chapter)
            .ToList();
        return new ProductMixResult(economy, partner, flow, from, to, shares, gaps);
    }

    /// <summary>The latest year in which <paramref name="economy"/> reports chapter trade with <paramref name="partner"/> (either flow), or null.</summary>
    /// <param name="products">Product data holding HS chapters.</param>
    /// <param name="economy">The reporter.</param>
    /// <param name="partner">The partner.</param>
    public static int? LatestYear(TradeDataset products, Economy economy, Economy partner)
    {
        Preconditions.NotNull(products);
        var years = products.Products.Where(p => p.Digits == 2)
            .SelectMany(p => new[] { TradeFlow.Exports, TradeFlow.Imports }.SelectMany(f => products.ObservationsOf(economy, partner, f, p)))
            .Select(o => o.Year)
            .ToList();
        return years.Count == 0 ? null : years.Max();
    }
}
