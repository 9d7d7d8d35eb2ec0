namespace TradeAnalytics.Tests.Core;

/// <summary>
/// The public columnar builder that readers in other packages (Parquet, the interchange CSV) use in place of the core's
/// internals: values kept exactly, sources split and rebuilt, every number handed in checked, a repeated key refused.
/// Values: data/imf-dots-2022.csv lines 14213 and 17747 (KAZ→ISR exports and imports 2008, DOTS_103.xlsx!Exports!S39 and Imports!S39).
/// </summary>
public class TradeDatasetBuilderTests
{
    private static readonly Economy Kaz = Economies.Kazakhstan;
    private static readonly Economy Isr = Economies.Israel;

    [Fact]
    public void Rows_become_a_dataset_with_their_values_and_sources()
    {
        var rows = new TradeDatasetBuilder();
        var exports = rows.SeriesId(Kaz, Isr, TradeFlow.Exports, Product.AllGoods);
        Assert.Equal(0, rows.AddRow(exports, 2008, 2226.593035, false, "DOTS_103.xlsx!Exports!S39"));
        Assert.Equal(exports, rows.SeriesId(Kaz, Isr, TradeFlow.Exports, Product.AllGoods));   // the same series, the same number

        Assert.Equal(new TradeSeriesKey(Kaz, Isr, TradeFlow.Exports, Product.AllGoods), rows.SeriesKeyOf(exports));
        Assert.Equal(["DOTS_103.xlsx!Exports!S"], rows.SourcePrefixTable);
        Assert.Equal([39], rows.SourceNumberColumn.ToArray());
        Assert.Equal("DOTS_103.xlsx!Exports!S39", rows.SourceOf(0));

        var dataset = rows.Build("DOTS extract", TradeDataset.ImfDotsEstimate);
        var value = Assert.Single(dataset.Observations);
        Assert.Equal((2008, 2226.593035, "DOTS_103.xlsx!Exports!S39"), (value.Year, value.Value.Value, value.Source));
        Assert.Equal(("DOTS extract", TradeDataset.ImfDotsEstimate), (dataset.Name, dataset.EstimateMeaning));
        Assert.Throws<ObjectDisposedException>(() => rows.Build());   // one dataset per builder
    }

    [Fact]
    public void Two_values_of_one_series_and_year_are_refused_naming_both_sources()
    {
        var rows = new TradeDatasetBuilder();
        var s = rows.SeriesId(Kaz, Isr, TradeFlow.Exports, Product.AllGoods);
        rows.AddRow(s, 2008, 2226.593035, false, "DOTS_103.xlsx!Exports!S39");
        rows.AddRow(s, 2008, 2226.6, false, "mine.csv:2");

        var error = Assert.Throws<ArgumentException>(() => rows.Build());
        Assert.Contains("DOTS_103.xlsx!Exports!S39 and mine.csv:2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_of_no_series_or_a_value_no_trade_value_can_be_is_refused()
    {
        var rows = new TradeDatasetBuilder();
        Assert.Throws<ArgumentOutOfRangeException>(() => rows.AddRow(0, 2008, 1, false, "x"));
        var s = rows.SeriesId(Kaz, Isr, TradeFlow.Imports, Product.AllGoods);
        Assert.Contains("not a finite number", Assert.Throws<ArgumentException>(() => rows.AddRow(s, 2008, double.NaN, false, "x")).Message, StringComparison.Ordinal);
        Assert.Equal(0, rows.Count);
    }

    [Fact]
    public void Adopted_columns_are_renumbered_into_the_builder_and_checked_first()
    {
        // A file's own series 0 and 1, which this builder numbers 1 and 0.
        var rows = new TradeDatasetBuilder();
        var imports = rows.SeriesId(Kaz, Isr, TradeFlow.Imports, Product.AllGoods);
        var exports = rows.SeriesId(Kaz, Isr, TradeFlow.Exports, Product.AllGoods);
        rows.AdoptColumns([exports, imports], [null], ["DOTS_103.xlsx!Exports!S", "DOTS_103.xlsx!Imports!S"],
            [0, 1], [2008, 2008], [2226.593035, 204.897815], [false, false], [0, 0], [0, 1], [39, 39]);

        var dataset = rows.Build();
        Assert.Equal(2226.593035, dataset.ObservationsOf(Kaz, Isr, TradeFlow.Exports).Single().Value.Value);
        Assert.Equal("DOTS_103.xlsx!Imports!S39", dataset.ObservationsOf(Kaz, Isr, TradeFlow.Imports).Single().Source);

        var bad = new TradeDatasetBuilder();
        var only = bad.SeriesId(Kaz, Isr, TradeFlow.Exports, Product.AllGoods);
        var outside = Assert.Throws<ArgumentException>(() => bad.AdoptColumns([only], [null], ["p"], [0, 3], [2008, 2009], [1, 2], [false, false], [0, 0], [0, 0], [1, 2]));
        Assert.Contains("Row 2: series 3 is outside its table of 1", outside.Message, StringComparison.Ordinal);
        Assert.Contains("one entry per row", Assert.Throws<ArgumentException>(() => bad.AdoptColumns([only], [null], ["p"], [0], [2008, 2009], [1], [false], [0], [0], [1])).Message, StringComparison.Ordinal);
        Assert.Equal(0, bad.Count);   // nothing taken
    }

    [Fact]
    public void A_builder_that_holds_rows_takes_no_columns()
    {
        var rows = new TradeDatasetBuilder();
        var s = rows.SeriesId(Kaz, Isr, TradeFlow.Exports, Product.AllGoods);
        rows.AddRow(s, 2008, 2226.593035, false, "DOTS_103.xlsx!Exports!S39");
        Assert.Throws<InvalidOperationException>(() => rows.AdoptColumns([s], [null], ["p"], [0], [2009], [1], [false], [0], [0], [1]));
    }
}
