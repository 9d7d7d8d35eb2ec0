#!/usr/bin/env dotnet
// Kazakhstan–Israel trade from the IMF DOTS 2022 extract the packages ship, as a .NET 10 file-based program: no project
// file, one command. The packages come from the feed nuget.config names (README.md here says how to fill it).
//   dotnet run kz.cs
#:package TradeAnalytics.Catalogue@0.1.0

using TradeAnalytics;
using TradeAnalytics.Analytics;
using TradeAnalytics.Catalogue;

var turnover = ShippedData.ImfDots2022.Bilateral("KAZ", "ISR").Turnover();   // Kazakhstan's report, US$ million
Console.WriteLine(turnover[2008]);
Console.WriteLine(turnover.GrowthBetween(2017, 2018));
Console.WriteLine(turnover.Cagr(1999, 2008));
Console.WriteLine(TrendGrowth.LogLinear(turnover, 2009, 2018));
