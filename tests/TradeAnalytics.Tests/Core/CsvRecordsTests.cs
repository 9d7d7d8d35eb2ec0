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
    private const string Text = "a,\"b,c\",\"d \"\"e\"\"\",\r\n\r\nf\rg,\"two\r\nlines\",h\n\n\"\",x\"y,\"z\"w\n";

    private static readonly (int Line, string[] Fields)[] Expected =
    [
        (1, ["a", "b,c", "d \"e\"", ""]),
        (3, ["f"]),
        (4, ["g", "two\r\nlines", "h"]),
        (7, ["", "x\"y", "zw"]),
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
}
