// Kazakhstan–Israel growth from the embedded IMF DOTS 2022 extract, oil from the embedded UN Comtrade HS 27
// extract, and a chart: the examples of docs/getting-started.md.
using TradeAnalytics;
using TradeAnalytics.Analytics;
using TradeAnalytics.Charts;
using TradeAnalytics.Catalogue;

var trade = ShippedData.ImfDots2022.Bilateral("KAZ", "ISR");
var turnover = trade.Turnover();                      // as reported by Kazakhstan, US$ million

Console.WriteLine(turnover[2008]);
Console.WriteLine(turnover.GrowthBetween(2017, 2018));
Console.WriteLine(turnover.FoldChangeBetween(1999, 2008));
Console.WriteLine(turnover.Cagr(1999, 2008));
Console.WriteLine(TrendGrowth.LogLinear(turnover, 2009, 2018));
Console.WriteLine(trade.Turnover(ReportingSide.Partner)[2018]);   // Israel's mirror report

// Products: HS 27 (mineral fuels and oils) from UN Comtrade, against all goods from IMF DOTS.
var oil = Product.Hs("27");
var comtrade = ShippedData.ComtradeHs27Israel;
Console.WriteLine(comtrade.Bilateral(Economies.Kazakhstan, Economies.Israel, oil).Exports()[2008]);
var oilShare = ProductShares.OfFlow(comtrade, ShippedData.ImfDots2022, Economies.Kazakhstan, Economies.Israel, oil,
    TradeMeasure.Exports, ReportingSide.Reporter, 2009, 2017);
Console.WriteLine(oilShare);
var supplier = ProductShares.OfImportsFrom(comtrade, Economies.Israel, Economies.Kazakhstan, oil, 2008, 2008);
Console.WriteLine(supplier.Years[0]);
Console.WriteLine(supplier.Caveat);

var chart = BarChart.Create(turnover, new ChartOptions("Kazakhstan–Israel trade turnover, 2009–2018", ChartOptions.DotsSource(Economies.Kazakhstan))
{
    FromYear = 2009,
    ToYear = 2018,
});
chart.SavePng("kazakhstan-israel.png");
Console.WriteLine("wrote kazakhstan-israel.png");
