using FsCheck;
using FsCheck.Xunit;
using TradeAnalytics.Analytics;
using TradeAnalytics.Tests.Support;

namespace TradeAnalytics.Tests.Core;

public class GrowthProperties
{
    [Property]
    public bool Chained_year_over_year_growth_equals_the_fold_change_over_a_gap_free_range(NonEmptyArray<PositiveInt> raw)
    {
        var values = raw.Get.Select((v, i) => (Year: 2000 + i, Value: (double?)v.Get)).Prepend((1999, 7.0)).ToArray();
        var s = Series.Of(values);

        var chained = s.YearOverYear().Aggregate(1.0, (product, g) => product * (1 + g.Percent!.Value / 100));
        var fold = s.FoldChangeBetween(s.FirstYear, s.LastYear).Ratio!.Value;

        return Math.Abs(chained - fold) <= 1e-9 * Math.Max(1, fold);
    }

    [Property]
    public bool The_index_is_100_at_its_base(NonEmptyArray<PositiveInt> raw, PositiveInt pick)
    {
        var s = Series.Of(raw.Get.Select((v, i) => (2000 + i, (double?)v.Get)).ToArray());
        var baseYear = 2000 + (pick.Get % raw.Get.Length);

        return Math.Abs(s.Index(baseYear).Single(p => p.Year == baseYear).Value - 100) < 1e-12;
    }

    [Property]
    public bool Members_shares_of_a_group_sum_to_one(PositiveInt a, PositiveInt b, PositiveInt c)
    {
        var members = new[] { Economies.Kazakhstan, Economies.Uzbekistan, Economies.Tajikistan };
        var values = new[] { a.Get, b.Get, c.Get };
        var dataset = new TradeDataset(members.Select((m, i) =>
            new TradeObservation(m, Economies.Israel, TradeFlow.Exports, 2018, new UsdMillions(values[i]), false, "test")));

        var shares = Shares.WithinGroup(dataset, members, Economies.Israel, 2018, TradeMeasure.Exports);

        return Math.Abs(shares.Members.Sum(m => m.Share.Fraction!.Value) - 1) < 1e-12;
    }
}
