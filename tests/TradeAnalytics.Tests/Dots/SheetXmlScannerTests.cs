using System.Globalization;
using System.Text;
using TradeAnalytics.Sources.Imf;

namespace TradeAnalytics.Tests.Dots;

/// <summary>
/// The byte-level sheet scanner the DOTS import reads with (issue 13): what XML gives it must come out as an
/// XmlReader would give it, and what is damaged or cut short must be an error, never a shorter sheet. The 235
/// real workbooks are compared with ExcelDataReader in <see cref="StreamingReaderTests"/>; these are the cases
/// the real files do not hold. Expected values are read off the XML text in each test.
/// </summary>
public class SheetXmlScannerTests
{
    private static SheetXmlScanner Scan(string xml) => Scan(Encoding.UTF8.GetBytes(xml));

    private static SheetXmlScanner Scan(byte[] bytes) => new(new MemoryStream(bytes), "xl/worksheets/sheet1.xml");

    private static List<string> Tokens(string xml)
    {
        using var scanner = Scan(xml);
        var tokens = new List<string>();
        for (var token = scanner.Next(); token != XmlToken.End; token = scanner.Next())
        {
            if (token == XmlToken.Text)
            {
                var text = new byte[4];
                var length = 0;
                scanner.AppendText(ref text, ref length);
                tokens.Add("text:" + Encoding.UTF8.GetString(text, 0, length));
            }
            else
            {
                tokens.Add((token == XmlToken.Start ? "<" : "</") + Encoding.UTF8.GetString(scanner.LocalName) + (token == XmlToken.Start && scanner.SelfClosing ? "/" : ""));
            }
        }

        return tokens;
    }

    [Fact]
    public void Reads_tags_text_entities_cdata_and_skips_comments()
    {
        var tokens = Tokens("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<x:a><b>t&amp;&#x41;&#66;&lt;</b><!-- <c> --><c/><![CDATA[<raw>&amp;]]></x:a>\n");

        Assert.Equal(["<a", "<b", "text:t&AB<", "</b", "<c/", "text:<raw>&amp;", "</a"], tokens);
    }

    [Fact]
    public void An_attribute_value_may_hold_a_closing_angle_and_entities()
    {
        using var scanner = Scan("<a r=\"1 &gt; 2\" t='s'/>");

        Assert.Equal(XmlToken.Start, scanner.Next());
        Assert.Equal("1 > 2", scanner.Attribute("r"u8));
        Assert.Equal("s", scanner.Attribute("t"u8));
        Assert.Null(scanner.Attribute("s"u8));
        Assert.True(scanner.SelfClosing);
        Assert.Equal(XmlToken.End, scanner.Next());
    }

    [Fact]
    public void Line_ends_in_text_become_line_feeds_as_XML_says()
    {
        Assert.Equal(["<a", "text:1\n2\n3", "</a"], Tokens("<a>1\r\n2\r3</a>"));
    }

    [Theory]
    [InlineData("<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c>", "cut short")]
    [InlineData("<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v", "cut short")]
    [InlineData("<worksheet><sheetData></row></sheetData></worksheet>", "closes no open element")]
    [InlineData("<worksheet><v>&nbsp;</v></worksheet>", "XML does not define")]
    [InlineData("<worksheet><v>a & b</v></worksheet>", "begins no entity")]
    [InlineData("<worksheet><v>&#1;</v></worksheet>", "no XML character")]
    [InlineData("<!DOCTYPE worksheet [<!ENTITY x \"y\">]><worksheet/>", "DOCTYPE")]
    [InlineData("<?xml version=\"1.0\" encoding=\"UTF-16\"?><worksheet/>", "encoding 'UTF-16'")]
    [InlineData("<worksheet/><worksheet/>", "second root")]
    [InlineData("<worksheet><c r=1/></worksheet>", "unquoted")]
    [InlineData("", "holds no element")]
    public void Damage_is_an_error_naming_the_part(string xml, string expected)
    {
        var error = Assert.Throws<InvalidDataException>(() =>
        {
            using var scanner = Scan(xml);
            for (var token = scanner.Next(); token != XmlToken.End; token = scanner.Next())
            {
                if (token == XmlToken.Start)
                {
                    _ = scanner.Attribute("r"u8);
                }
                else if (token == XmlToken.Text)
                {
                    var text = new byte[4];
                    var length = 0;
                    scanner.AppendText(ref text, ref length);
                }
            }
        });

        Assert.Contains("xl/worksheets/sheet1.xml", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_UTF16_part_is_refused_not_misread()
    {
        var error = Assert.Throws<InvalidDataException>(() => Scan(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("<worksheet/>")).ToArray()));

        Assert.Contains("UTF-16", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_that_is_not_UTF8_is_damage()
    {
        using var scanner = Scan([.. "<v>"u8, 0xC3, 0x28, .. "</v>"u8]);
        scanner.Next();
        scanner.Next();
        var text = new byte[8];
        var length = 0;
        scanner.AppendText(ref text, ref length);

        var error = Assert.Throws<InvalidDataException>(() => scanner.Utf8(text.AsSpan(0, length)));
        Assert.Contains("not valid UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tokens_across_the_read_buffer_are_read_whole()
    {
        // 30,000 cells of about 40 bytes each: well past the 64 KiB buffer, so tags and numbers straddle its refills.
        var xml = new StringBuilder("<sheetData>");
        for (var i = 1; i <= 30_000; i++)
        {
            xml.Append(CultureInfo.InvariantCulture, $"<c r=\"A{i}\" s=\"13\"><v>{i}.25</v></c>");
        }

        xml.Append("</sheetData>");
        using var scanner = Scan(xml.ToString());
        double sum = 0;
        var cells = 0;
        for (var token = scanner.Next(); token != XmlToken.End; token = scanner.Next())
        {
            if (token == XmlToken.Start && scanner.LocalName.SequenceEqual("c"u8))
            {
                cells++;
                Assert.Equal("A" + cells.ToString(CultureInfo.InvariantCulture), scanner.Attribute("r"u8));
            }
            else if (token == XmlToken.Text)
            {
                var text = new byte[4];
                var length = 0;
                scanner.AppendText(ref text, ref length);
                sum += double.Parse(Encoding.ASCII.GetString(text, 0, length), CultureInfo.InvariantCulture);
            }
        }

        Assert.Equal(30_000, cells);
        // 1 + 2 + … + 30,000 = 30,000 × 30,001 / 2, plus 0.25 for each cell.
        Assert.Equal((30_000d * 30_001 / 2) + (30_000 * 0.25), sum);
    }
}
