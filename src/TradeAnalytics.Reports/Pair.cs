using System.Globalization;
using TradeAnalytics.Analytics;

namespace TradeAnalytics.Reports;

/// <summary>The series of one pair that a report shows, over the years it shows them.</summary>
internal sealed class Pair
{
    private readonly TradeDataset _data;

    private Pair(TradeDataset data, Economy economy, Economy partner, int from, int to, BilateralTrade trade)
    {
        _data = data;
        Economy = economy;
        Partner = partner;
        From = from;
        To = to;
        Turnover = trade.Turnover();
        Exports = trade.Exports();
        Imports = trade.Imports();
        Balance = trade.Balance();
        Mirror = trade.Turnover(ReportingSide.Partner);
        // Each year's share of total trade, from series built once per side (not once per year), here rather than while the page
        // is written: a report adds its pairs while its charts are still being drawn.
        var countries = partner.IsCountry && economy.IsCountry;
        _partnerInEconomy = countries ? Shares.OfTotal(data, economy, partner, from, to) : null;
        _economyInPartner = countries ? Shares.OfTotal(data, partner, economy, from, to) : null;
    }

    private readonly IReadOnlyList<Share>? _partnerInEconomy;

    private readonly IReadOnlyList<Share>? _economyInPartner;

    internal Economy Economy { get; }

    internal Economy Partner { get; }

    internal int From { get; }

    internal int To { get; }

    internal string Id => $"pair-{Economy.Code}-{Partner.Code}";

    internal string DataName => _data.Name;

    internal string EstimateMeaning => _data.EstimateMeaning;

    internal TradeSeries Turnover { get; }

    internal TradeSeries Exports { get; }

    internal TradeSeries Imports { get; }

    internal TradeSeries Balance { get; }

    internal TradeSeries Mirror { get; }

    internal static Pair Build(TradeDataset data, Economy economy, Economy partner, int? fromYear, int? toYear)
    {
        var trade = data.Bilateral(economy, partner);
        var years = trade.Turnover().Years.Concat(trade.Turnover(ReportingSide.Partner).Years)
            .Where(y => (fromYear is null || y >= fromYear) && (toYear is null || y <= toYear))
            .ToList();
        if (years.Count == 0)
        {
            throw new ArgumentException($"{data.Name} holds no value for {economy.Name}–{partner.Name}{Span(fromYear, toYear)} from either side.", nameof(economy));
        }

        var from = fromYear ?? years.Min();
        var to = toYear ?? years.Max();
        if (to < from)
        {
            throw new ArgumentException($"The last year {to} is before the first {from}.", nameof(toYear));
        }

        return new Pair(data, economy, partner, from, to, trade);
    }

    /// <summary>The partner's share of the economy's total trade (the economy's report); null when either is not a country.</summary>
    internal Share? ShareOfPartnerInEconomy(int year) => _partnerInEconomy?[year - From];

    /// <summary>The economy's share of the partner's total trade (the partner's report); null when either is not a country.</summary>
    internal Share? ShareOfEconomyInPartner(int year) => _economyInPartner?[year - From];

    /// <summary>Growth, CAGR, fold change and trend of the turnover between the first and last year with values, each with its reason when undefined.</summary>
    internal IEnumerable<(string Label, string Value)> GrowthRows()
    {
        var shown = Turnover.Slice(From, To);
        if (shown.Count < 2)
        {
            yield return ("Growth", "undefined: fewer than two years with a value");
            yield break;
        }

        var (a, b) = (shown.FirstYear, shown.LastYear);
        var growth = Turnover.GrowthBetween(a, b);
        yield return ($"Growth {a}–{b}", growth.IsDefined ? $"{Signed(growth.Percent!.Value)} %{Ends(growth.From, growth.To)}" : "undefined: " + growth.Reason);
        var cagr = Turnover.Cagr(a, b);
        yield return ($"CAGR {a}–{b}", cagr.IsDefined ? $"{Signed(cagr.Percent!.Value)} % per year" : "undefined: " + cagr.Reason);
        var fold = Turnover.FoldChangeBetween(a, b);
        yield return ($"Fold change {a}–{b}", fold.IsDefined ? fold.Ratio!.Value.ToString("0.00", CultureInfo.InvariantCulture) + "×" : "undefined: " + fold.Reason);
        var t = TrendGrowth.LogLinear(Turnover, a, b);
        var trend = t.IsDefined
            ? string.Create(CultureInfo.InvariantCulture, $"{Signed(t.AnnualPercent!.Value)} % per year (95 % interval {Signed(t.LowerPercent!.Value)} to {Signed(t.UpperPercent!.Value)}), R² {t.RSquared:0.000}, {t.YearsUsed.Count} years")
                + (t.MissingYears.Count > 0 ? "; missing " + string.Join(", ", t.MissingYears) : "")
            : "undefined: " + t.Reason;
        yield return ($"Log-linear trend {a}–{b}", trend);
        yield return ($"Partner concentration of {Economy.Name}, {b}", Concentrated(b));
    }

    /// <summary>The economy's partner concentration (HHI of its turnover over partner countries) in <paramref name="year"/>, as the library counts it.</summary>
    private string Concentrated(int year)
    {
        if (!Economy.IsCountry || !_data.HasReporter(Economy))
        {
            return $"undefined: the data hold no report by {Economy.Name}";
        }

        try
        {
            var h = Concentration.Herfindahl(_data, Economy, year);
            return string.Create(CultureInfo.InvariantCulture, $"HHI {h.Index:0.0000} ({h.Points:0} points) over {h.CountriesCounted} partner countries")
                + (h.Coverage is { } c ? string.Create(CultureInfo.InvariantCulture, $", {c * 100:0.0} % of the World total") : "");
        }
        catch (InvalidOperationException e)
        {
            return "undefined: " + e.Message;
        }
    }

    private static string Ends(YearlyValue? from, YearlyValue? to)
    {
        var flags = new[] { from, to }.Where(v => v is not null && (v.Estimated || v.Partial))
            .Select(v => $"{v!.Year} {(v.Estimated ? "estimated" : "partial")}").ToList();
        return flags.Count == 0 ? "" : " (" + string.Join(", ", flags) + ")";
    }

    private static string Signed(double value) => value.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture);

    private static string Span(int? from, int? to) => from is null && to is null ? "" : $" in {from?.ToString(CultureInfo.InvariantCulture) ?? "…"}–{to?.ToString(CultureInfo.InvariantCulture) ?? "…"}";
}
