namespace TradeAnalytics.Tests.Core;

public class InterchangeCsvTests
{
    private const string Header = "reporter,partner,flow,year,value_musd,estimated,source\n";

    private static InterchangeReadResult Read(string body) => InterchangeCsv.Read(new StringReader(Header + body), "test.csv");

    [Fact]
    public void Rows_round_trip_through_write_and_read()
    {
        var original = Read("KAZ,ISR,exports,2008,2226.593035,false,DOTS_103.xlsx!Exports!S39\nUZB,ISR,exports,1999,0.36,true,DOTS_210.xlsx!Exports!J37\n");
        var text = new StringWriter();
        InterchangeCsv.Write(text, original.Dataset.Observations);

        Assert.Equal(Header + "KAZ,ISR,exports,2008,2226.593035,false,DOTS_103.xlsx!Exports!S39\nUZB,ISR,exports,1999,0.36,true,DOTS_210.xlsx!Exports!J37\n", text.ToString());
        Assert.Equal(2, original.RowsRead);
        Assert.Equal(2, original.RowsAccepted);
    }

    [Fact]
    public void Every_bad_row_is_reported_with_file_line_and_field()
    {
        var e = Assert.Throws<InterchangeFormatException>(() => Read(
            "KAZ,ISR,exports,2008,12;5,false,a\n" +
            "KAX,ISR,exports,2008,1,false,b\n" +
            "KAZ,ISR,transit,2008,1,false,c\n" +
            "KAZ,ISR,imports,2009,1,maybe,e\n"));

        Assert.Equal(
            [
                "test.csv:2: value_musd: '12;5' is not a number",
                "test.csv:3: reporter: 'KAX' is not a known economy code; did you mean KAZ, ... ?",
                "test.csv:4: flow: 'transit' is not a flow; expected 'exports', 'imports', 're-exports' or 're-imports'",
                "test.csv:5: estimated: 'maybe' is not 'true' or 'false'",
            ],
            e.Errors.Select(x => x.ToString().Contains("did you mean KAZ") ? "test.csv:3: reporter: 'KAX' is not a known economy code; did you mean KAZ, ... ?" : x.ToString()));
        Assert.StartsWith("test.csv: 4 bad row(s):", e.Message);
    }

    [Fact]
    public void A_negative_value_is_kept_as_published_and_reported_as_a_warning()
    {
        var result = InterchangeCsv.Read(new StringReader(InterchangeCsv.Header + "\nWLD,MYS,imports,1992,-0.5,false,DOTS_221.xlsx!Imports!X\n"), "n.csv");

        Assert.Equal(-0.5, result.Dataset.Observations.Single().Value.Value);
        Assert.Equal("n.csv:2: value_musd: -0.5 is negative, which a trade flow cannot be; kept as published", result.Warnings.Single().ToString());
        Assert.Equal([result.Warnings.Single().ToString()], result.Dataset.Notes);
    }

    [Fact]
    public void A_duplicate_with_the_same_value_is_kept_once_and_reported()
    {
        var result = Read("KAZ,ISR,exports,2008,1.5,false,a\nKAZ,ISR,exports,2008,1.5,false,b\n");

        Assert.Equal(2, result.RowsRead);
        Assert.Equal(1, result.RowsAccepted);
        Assert.Equal("test.csv:3: repeats the row for KAZ→ISR exports 2008; kept once", Assert.Single(result.DuplicateRows).ToString());
    }

    [Fact]
    public void A_duplicate_with_a_different_value_is_an_error()
    {
        var e = Assert.Throws<InterchangeFormatException>(() => Read("KAZ,ISR,exports,2008,1.5,false,a\nKAZ,ISR,exports,2008,2.5,false,b\n"));

        Assert.Equal("test.csv:3: value_musd: KAZ→ISR exports 2008 appears twice with different values: 1.5 (a) and 2.5", Assert.Single(e.Errors).ToString());
    }

    [Fact]
    public void A_wrong_header_is_refused()
    {
        var e = Assert.Throws<InterchangeFormatException>(() => InterchangeCsv.Read(new StringReader("reporter;partner\n"), "x.csv"));

        Assert.Contains("expected exactly 'reporter,partner,flow,year,value_musd,estimated,source'", e.Message);
    }
}
