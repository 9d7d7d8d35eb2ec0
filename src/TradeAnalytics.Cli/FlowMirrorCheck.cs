using System.Globalization;
using TradeAnalytics.Catalogue;
using TradeAnalytics.Sources;

namespace TradeAnalytics.Cli;

/// <summary>
/// Where a file cannot say which flow it holds (Uzbekistan's tables are told apart by their number alone), the reading is checked
/// against the IMF's figures for the same reporter: when each flow read lies far closer to the other flow of DOTS, pair by pair and
/// year by year, the files look swapped, and the import says so.
/// </summary>
internal static class FlowMirrorCheck
{
    /// <summary>A warning when the flows of <paramref name="import"/> look swapped against DOTS; null otherwise (or when too few values compare).</summary>
    internal static string? Check(FileImport import)
    {
        var reporters = import.Observations.Select(o => o.Reporter).Distinct().ToList();
        if (reporters.Count != 1 || !SourceCatalogue.Shipped["dots"].MayHoldReportBy(reporters[0]))
        {
            return null;
        }

        var reporter = reporters[0];
        var dots = ShippedData.Dots(reporter);
        double same = 0, crossed = 0;
        var compared = 0;
        foreach (var o in import.Observations.Where(o => o.Partner.IsCountry && o.Value.Value > 1))
        {
            var pair = dots.Bilateral(reporter, o.Partner);
            var own = (o.Flow == TradeFlow.Exports ? pair.Exports() : pair.Imports())[o.Year]?.Value.Value;
            var other = (o.Flow == TradeFlow.Exports ? pair.Imports() : pair.Exports())[o.Year]?.Value.Value;
            if (own is not > 0 || other is not > 0)
            {
                continue;
            }

            same += Math.Abs(Math.Log(o.Value.Value / own.Value));
            crossed += Math.Abs(Math.Log(o.Value.Value / other.Value));
            compared++;
        }

        // Swapped files: the flows read sit, on average, more than twice as far (in log ratio) from DOTS's same flow as from its other.
        return compared >= 20 && crossed * 2 < same
            ? string.Create(CultureInfo.InvariantCulture, $"warning: over {compared} values compared with the IMF's DOTS report by {reporter.Name}, the exports read here lie close to its imports and the imports to its exports (mean log distance {same / compared:0.00} to the same flow, {crossed / compared:0.00} to the other): the files look swapped. For Uzbekistan, sdmx_data_1105 is exports and 1176 imports.")
            : null;
    }
}
