using System.Globalization;

namespace TradeAnalytics;

/// <summary>What <see cref="TradeDataset.Merge"/> made: the merged dataset, how many copies coincided, and every conflict.</summary>
/// <param name="Dataset">The merged dataset; its <see cref="TradeDataset.Notes"/> say what each input gave and list the conflicts.</param>
/// <param name="Coinciding">Values present in more than one input with the same number and flag, kept once.</param>
/// <param name="Conflicts">Values that differ between inputs: the first input's kept, the other reported.</param>
public sealed record DatasetMerge(TradeDataset Dataset, int Coinciding, IReadOnlyList<MergeConflict> Conflicts)
{
    /// <summary>"mine.csv + IMF DOTS (2022 edition): 1,234 values; 30 copies coincided; 2 conflicts (the first input's value kept)".</summary>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{Dataset.Name}: {Dataset.Observations.Count:N0} values; {Coinciding:N0} copies coincided; {Conflicts.Count:N0} conflict(s) (the first input's value kept)");
}

/// <summary>One value two merged datasets give differently.</summary>
/// <param name="Kept">The value kept: the one of the dataset listed first.</param>
/// <param name="Other">The value of a later dataset, left out.</param>
public sealed record MergeConflict(TradeObservation Kept, TradeObservation Other)
{
    /// <summary>"KAZ→ISR exports 2014: 100 $m (mine.csv:2) kept; 104.516 $m (DOTS_103.xlsx!Exports!Y39) differs".</summary>
    public override string ToString()
    {
        var product = Kept.Product.IsAllGoods ? "" : " " + Kept.Product;
        return $"{Kept.Reporter.Code}→{Kept.Partner.Code} {Kept.Flow}{product} {Kept.Year}: {Describe(Kept)} kept; {Describe(Other)} differs";
    }

    private static string Describe(TradeObservation o) => $"{o.Value}{(o.Estimated ? " (estimated)" : "")} ({o.Source})";
}
