// Kazakhstan–Israel growth from the embedded IMF DOTS 2022 extract, and a chart: the README's example.
using TradeAnalytics;
using TradeAnalytics.Analytics;
using TradeAnalytics.Charts;

var trade = TradeDataset.ImfDots2022.Bilateral("KAZ", "ISR");
var turnover = trade.Turnover();                      // as reported by Kazakhstan, US$ million

Console.WriteLine(turnover[2008]);
Console.WriteLine(turnover.GrowthBetween(2017, 2018));
Console.WriteLine(turnover.FoldChangeBetween(1999, 2008));
Console.WriteLine(turnover.Cagr(1999, 2008));
Console.WriteLine(TrendGrowth.LogLinear(turnover, 2009, 2018));
Console.WriteLine(trade.Turnover(ReportingSide.Partner)[2018]);   // Israel's mirror report

var chart = BarChart.Create(turnover, new ChartOptions("Kazakhstan–Israel trade turnover, 2009–2018", ChartOptions.DotsSource(Economies.Kazakhstan))
{
    FromYear = 2009,
    ToYear = 2018,
});
chart.SavePng("kazakhstan-israel.png");
Console.WriteLine("wrote kazakhstan-israel.png");
