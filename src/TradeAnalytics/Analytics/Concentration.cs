namespace TradeAnalytics.Analytics;

/// <summary>The Herfindahl–Hirschman index of a reporter's partners in one year.</summary>
/// <param name="Reporter">The reporting economy.</param>
/// <param name="Year">The year.</param>
/// <param name="Measure">The measure (exports, imports or turnover).</param>
/// <param name="Index">Σ share², shares of the countries' total: from 1/N (even) to 1 (one partner).</param>
/// <param name="CountriesCounted">How many partner countries had a positive value.</param>
/// <param name="CountriesTotal">The sum over partner countries, US$ millions.</param>
/// <param name="WorldTotal">The reporter's total with the World aggregate, or null where missing.</param>
public sealed record HerfindahlIndex(Economy Reporter, int Year, TradeMeasure Measure, double Index, int CountriesCounted, UsdMillions CountriesTotal, UsdMillions? WorldTotal)
{
    /// <summary>The index on the 0–10,000 scale competition authorities use.</summary>
    public double Points => Index * 10_000d;

    /// <summary>The part of the World total that is allocated to countries (the rest: residual categories, rounding); null without a World total.</summary>
    public double? Coverage => WorldTotal is { Value: > 0 } w ? CountriesTotal / w : null;
}

/// <summary>Partner concentration.</summary>
public static class Concentration
{
    /// <summary>
    /// The Herfindahl–Hirschman index of <paramref name="reporter"/>'s partner countries in
    /// <paramref name="year"/>. Only partners of kind <see cref="EconomyKind.Country"/> count:
    /// aggregates (World, regions) and residual categories are never partners here. Partners without a
    /// value that year are not counted (their trade is unknown, not zero); <see cref="HerfindahlIndex.Coverage"/>
    /// shows how much of the World total the counted countries make up.
    /// </summary>
    /// <param name="dataset">The data.</param>
    /// <param name="reporter">The economy whose partners are measured, by its own report.</param>
    /// <param name="year">The year.</param>
    /// <param name="measure">Exports, imports or turnover (the default).</param>
    /// <exception cref="InvalidOperationException">No partner country has a positive value that year.</exception>
    public static HerfindahlIndex Herfindahl(TradeDataset dataset, Economy reporter, int year, TradeMeasure measure = TradeMeasure.Turnover)
    {
        Preconditions.NotNull(dataset);
        Preconditions.NotNull(reporter);
        Preconditions.Check(measure != TradeMeasure.Balance, "Concentration of a balance has no meaning; use exports, imports or turnover.", nameof(measure));
        var values = PartnerCountries(dataset, reporter)
            .Select(p => In(p))
            .Where(v => v is { Value: > 0 })
            .Select(v => v!.Value.Value)
            .ToList();
        if (values.Count == 0)
        {
            throw new InvalidOperationException($"{reporter} reports no positive {measure} with any partner country in {year}.");
        }

        var total = UsdMillions.Sum(values.Select(v => new UsdMillions(v))).Value;
        var index = values.Sum(v => (v / total) * (v / total));
        var world = dataset.Bilateral(reporter, Economies.World).Measure(measure)[year]?.Value;
        return new HerfindahlIndex(reporter, year, measure, index, values.Count, new UsdMillions(total), world);

        // The partner's value that year as Bilateral(reporter, partner).Measure(measure)[year] gives it (turnover: exports plus
        // imports, or the one reported), without building the series of every year and its sources.
        UsdMillions? In(Economy partner)
        {
            var exports = measure == TradeMeasure.Imports ? null : dataset.ValueIn(reporter, partner, TradeFlow.Exports, year);
            var imports = measure == TradeMeasure.Exports ? null : dataset.ValueIn(reporter, partner, TradeFlow.Imports, year);
            return exports is { } x && imports is { } m ? x + m : exports ?? imports;
        }
    }

    /// <summary>The partners of <paramref name="reporter"/> that concentration counts: countries other than itself (never aggregates or residuals).</summary>
    internal static IEnumerable<Economy> PartnerCountries(TradeDataset dataset, Economy reporter)
        => dataset.PartnersOf(reporter).Where(p => p.IsCountry && !p.Equals(reporter));
}
