namespace TradeAnalytics.Tests.Core;

/// <summary>The library's own CSV record reader (RFC 4180), which the interchange, claims and economy tables are read with.</summary>
public class CsvRecordsTests
{
    /// <summary>Hands out its text a few characters per call, so that records, quotes and line breaks straddle the reader's refills.</summary>
    private sealed class ChunkedReader(string text, int size) : TextReader
    {
        private int _at;

        public override int Read(char[] buffer, int index, int count)
        {
            var n = Math.Min(Math.Min(size, count), text.Length - _at);
            text.CopyTo(_at, buffer, index, n);
            _at += n;
            return n;
        }
    }

    private static List<(int Line, string[] Fields)> ReadAll(string text, int chunk = int.MaxValue)
    {
        var csv = new CsvRecords(new ChunkedReader(text, chunk), "x.csv");
        var records = new List<(int, string[])>();
        while (csv.Read())
        {
            records.Add((csv.Line, csv.ToArray()));
        }

        return records;
    }

    // Expected fields by RFC 4180: quotes enclose commas and line breaks, a doubled quote is one quote, an empty last field counts.
    private const string Text = "a,\"b,c\",\"d \"\"e\"\"\",\r\n\r\nf\rg,\"two\r\nlines\",h\n\n\"\",xy,\"z\"\"w\"\n";

    private static readonly (int Line, string[] Fields)[] Expected =
    [
        (1, ["a", "b,c", "d \"e\"", ""]),
        (3, ["f"]),
        (4, ["g", "two\r\nlines", "h"]),
        (7, ["", "xy", "z\"w"]),
    ];

    [Fact]
    public void Fields_lines_and_quotes_follow_RFC_4180_and_blank_lines_are_skipped()
    {
        var records = ReadAll(Text);

        Assert.Equal(Expected.Select(e => e.Line), records.Select(r => r.Line));
        Assert.Equal(Expected.Select(e => e.Fields), records.Select(r => r.Fields));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    public void Records_read_the_same_however_the_text_arrives(int chunk)
    {
        var records = ReadAll(Text, chunk);

        Assert.Equal(Expected.Select(e => e.Line), records.Select(r => r.Line));
        Assert.Equal(Expected.Select(e => e.Fields), records.Select(r => r.Fields));
    }

    [Fact]
    public void A_record_longer_than_the_reader_block_is_read_whole()
    {
        var longField = new string('s', 200_000);
        var records = ReadAll("a,\"" + longField + "\"\nb,c\n");

        Assert.Equal(longField, records[0].Fields[1]);
        Assert.Equal(2, records[1].Line);
        Assert.Equal(["b", "c"], records[1].Fields);
    }

    [Fact]
    public void A_quoted_field_left_open_at_the_end_is_an_error_naming_file_and_the_line_it_opened_on()
    {
        var e = Assert.Throws<InterchangeFormatException>(() => ReadAll("a,b\nc,\"cut\nshort"));

        Assert.Equal("x.csv:2: a quoted field is left open (no closing quote before the end of the file) — truncated?", Assert.Single(e.Errors).ToString());
    }

    [Fact]
    public void An_interchange_file_cut_inside_a_quoted_source_is_an_error_not_a_value()
    {
        // The row's seven fields survive the cut ("DOTS_103.xlsx!Exports!S39" lost its end and its closing quote):
        // counting fields alone would accept it.
        var text = InterchangeCsv.Header + "\nKAZ,ISR,exports,2008,2226.593035,false,\"DOTS_103.xlsx!Exp";

        var e = Assert.Throws<InterchangeFormatException>(() => InterchangeCsv.Read(new StringReader(text), "cut.csv"));

        Assert.Equal("cut.csv:2: a quoted field is left open (no closing quote before the end of the file) — truncated?", Assert.Single(e.Errors).ToString());
    }

    // RFC 4180 allows a quote only in a field quoted whole, doubled there. The reader before Sep kept a stray quote as
    // written ("x\"y") and added text after a closing quote to the field ("\"z\"w" read as "zw"); now both are errors
    // naming the record's line, and a stray quote never swallows the records after it.
    [Theory]
    [InlineData("a,b\nx\"y,1\nc,d\n", "x.csv:2: a quote inside an unquoted field (a field with a quote must be quoted whole, its quotes doubled)")]
    [InlineData("a,b\nx\"y,1\nc\"d,e\n", "x.csv:2: a quote inside an unquoted field (a field with a quote must be quoted whole, its quotes doubled)")]
    [InlineData("a,b\n\r\n\"x\"y,1\n", "x.csv:3: text after a closing quote (a field with a quote must be quoted whole, its quotes doubled)")]
    [InlineData("a,\"b\nc\"\"\"d,e\n", "x.csv:1: text after a closing quote (a field with a quote must be quoted whole, its quotes doubled)")]
    [InlineData("\n\r\nx\"y\n", "x.csv:3: a quote inside an unquoted field (a field with a quote must be quoted whole, its quotes doubled)")]
    [InlineData("a,b\n1,2\n3,\"4", "x.csv:3: a quoted field is left open (no closing quote before the end of the file) — truncated?")]
    public void A_quote_out_of_place_is_an_error_naming_file_and_line(string text, string error)
    {
        foreach (var chunk in new[] { 1, 3, int.MaxValue })
        {
            var e = Assert.Throws<InterchangeFormatException>(() => ReadAll(text, chunk));

            Assert.Equal(error, Assert.Single(e.Errors).ToString());
        }
    }

    [Fact]
    public void Records_before_a_malformed_one_are_read_and_its_line_is_counted_across_quoted_line_breaks()
    {
        var csv = new CsvRecords(new StringReader("a,\"one\ntwo\"\r\nb,c\n\"d\"e\n"), "x.csv");

        Assert.True(csv.Read());
        Assert.Equal(1, csv.Line);
        Assert.True(csv.Read());
        Assert.Equal((3, "c"), (csv.Line, csv.GetString(1)));
        var e = Assert.Throws<InterchangeFormatException>(() => csv.Read());
        Assert.StartsWith("x.csv:4: text after a closing quote", Assert.Single(e.Errors).ToString());
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void A_stray_quote_in_a_long_file_is_an_error_naming_its_line_not_a_crash()
    {
        // 20 MB after the stray quote on line 3: Sep holds at most 16,777,216 characters a row (its message says so).
        var text = "a,b\n1,2\nx\"y,3\n" + string.Concat(Enumerable.Repeat("4,5\n", 5_000_000));

        var e = Assert.Throws<InterchangeFormatException>(() => ReadAll(text));

        Assert.Equal("x.csv:3: a record starting on this line runs past 16,777,216 characters, the most one may hold — a quote left open?", Assert.Single(e.Errors).ToString());
    }
}
