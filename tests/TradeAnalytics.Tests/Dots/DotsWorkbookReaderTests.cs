using TradeAnalytics.Sources.Imf;
using TradeAnalytics.Tests.Support;

namespace TradeAnalytics.Tests.Dots;

public class DotsWorkbookReaderTests
{
    private static readonly int[] Years = [2017, 2018];

    private static DotsWorkbook Read(byte[] xlsx, string name = "DOTS_T.xlsx") => DotsWorkbookReader.Read(new MemoryStream(xlsx), name);

    [Fact]
    public void Numbers_estimates_and_empty_cells_become_values_flags_and_gaps()
    {
        var book = Read(TinyXlsx.Dots("Kazakhstan, Rep. of", Years,
            exports: [("Israel", [130.5, "1,191.26 e"])],
            imports: [("Israel", [null, 63.0])]));

        Assert.Equal(Economies.Kazakhstan, book.Reporter);
        Assert.Equal(3, book.Observations.Count);
        Assert.Equal(3, book.CellsRead);
        var estimate = book.Observations.Single(o => o.Flow == TradeFlow.Exports && o.Year == 2018);
        Assert.Equal(1191.26, estimate.Value.Value);
        Assert.True(estimate.Estimated);
        Assert.Equal("DOTS_T.xlsx!Exports!D8", estimate.Source);
        Assert.DoesNotContain(book.Observations, o => o.Flow == TradeFlow.Imports && o.Year == 2017);
        Assert.Equal((2017, 2018), (book.FirstYear, book.LastYear));
    }

    [Fact]
    public void A_cell_that_is_not_a_number_is_rejected_with_its_cell_and_reason_and_a_negative_one_is_kept_and_flagged()
    {
        var book = Read(TinyXlsx.Dots("Israel", Years, exports: [("Kazakhstan, Rep. of", ["n/a", -3.0])], imports: []));

        Assert.Equal(-3.0, book.Observations.Single().Value.Value);
        Assert.Equal(2, book.CellsRead);
        Assert.Equal(
            ["DOTS_T.xlsx!Exports!C8: not a number (nor a number with the IMF estimate suffix ' e') ('n/a')"],
            book.Rejected.Select(r => r.ToString()));
        Assert.Equal("DOTS_T.xlsx!Exports!D8: negative, which a trade flow cannot be; kept as published (-3)", book.Flagged.Single().ToString());
    }

    [Fact]
    public void An_unknown_partner_name_is_an_error_that_lists_it()
    {
        var e = Assert.Throws<DotsFormatException>(() => Read(TinyXlsx.Dots("Israel", Years, exports: [("Atlantis", [1.0, 2.0]), ("Narnia", [1.0, null])], imports: [])));

        Assert.Equal("DOTS_T.xlsx: partner name(s) not in the economy table: 'Atlantis'; 'Narnia'. Add them to economies.csv.", e.Message);
    }

    [Fact]
    public void A_label_row_without_data_is_not_looked_up()
    {
        var book = Read(TinyXlsx.Dots("Israel", Years, exports: [("Memorandum Items", [null, null]), ("World", [5.0, 6.0])], imports: []));

        Assert.Equal(2, book.Observations.Count);
    }

    [Fact]
    public void A_repeated_partner_row_with_identical_values_is_kept_once_and_reported()
    {
        var book = Read(TinyXlsx.Dots("Israel", Years, exports: [("Australia", [1.0, 2.0]), ("World", [5.0, 6.0]), ("Australia", [1.0, 2.0])], imports: []));

        Assert.Equal(4, book.Observations.Count);
        Assert.Equal("DOTS_T.xlsx!Exports: row 10 repeats row 8 (Australia), 2 identical cells; kept row 8", Assert.Single(book.RepeatedRows).ToString());
    }

    [Fact]
    public void A_repeated_partner_row_with_different_values_is_an_error_naming_both_cells()
    {
        var e = Assert.Throws<DotsFormatException>(() => Read(TinyXlsx.Dots("Israel", Years, exports: [("Australia", [1.0, 2.0]), ("Australia", [1.0, 2.5])], imports: [])));

        Assert.Equal("DOTS_T.xlsx!Exports: rows 8 and 9 both hold 'Australia' with different values: DOTS_T.xlsx!Exports!D8 = 2 but DOTS_T.xlsx!Exports!D9 = 2.5.", e.Message);
    }

    [Fact]
    public void A_workbook_with_another_layout_is_refused_naming_the_cell()
    {
        var xlsx = TinyXlsx.Create(("Sheet1", [[], [null, "Population"]]));

        var e = Assert.Throws<DotsFormatException>(() => Read(xlsx));

        Assert.Equal("DOTS_T.xlsx!Exports!B2: the sheet title is 'Population'; expected 'Exports, FOB to Partner Countries'. Is this a DOTS country table?", e.Message);
    }

    [Fact]
    public void A_file_that_is_not_a_workbook_is_refused()
    {
        var e = Assert.Throws<DotsFormatException>(() => Read("hello"u8.ToArray(), "notes.xlsx"));

        Assert.StartsWith("notes.xlsx: not an .xlsx workbook", e.Message);
    }
}
