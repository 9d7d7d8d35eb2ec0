using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;

namespace TradeAnalytics.Tests.Support;

/// <summary>
/// Writes small .xlsx workbooks for reader tests: each sheet a grid of cells (row 1 first, column A
/// first); a double becomes a number cell, a string an inline-string cell, null an empty cell.
/// </summary>
internal static class TinyXlsx
{
    internal static byte[] Create(params (string Name, object?[][] Rows)[] sheets)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
                "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
                "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>" +
                string.Concat(sheets.Select((_, i) => $"<Override PartName=\"/xl/worksheets/sheet{i + 1}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>")) +
                "</Types>");
            Add(zip, "_rels/.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            Add(zip, "xl/workbook.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>" +
                string.Concat(sheets.Select((s, i) => $"<sheet name=\"{SecurityElement.Escape(s.Name)}\" sheetId=\"{i + 1}\" r:id=\"rId{i + 1}\"/>")) +
                "</sheets></workbook>");
            Add(zip, "xl/_rels/workbook.xml.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                string.Concat(sheets.Select((_, i) => $"<Relationship Id=\"rId{i + 1}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet{i + 1}.xml\"/>")) +
                "</Relationships>");
            for (var i = 0; i < sheets.Length; i++)
            {
                Add(zip, $"xl/worksheets/sheet{i + 1}.xml", Sheet(sheets[i].Rows));
            }
        }

        return memory.ToArray();
    }

    /// <summary>A DOTS-shaped workbook: title, reporter, unit, the years in row 7, then partner rows.</summary>
    internal static byte[] Dots(string reporter, int[] years, (string Partner, object?[] Values)[] exports, (string Partner, object?[] Values)[] imports)
    {
        object?[][] Grid(string title, (string Partner, object?[] Values)[] rows)
        {
            var grid = new List<object?[]>
            {
                Array.Empty<object?>(),
                new object?[] { null, title },
                Array.Empty<object?>(),
                new object?[] { null, reporter },
                new object?[] { null, "US Dollars, Millions" },
                Array.Empty<object?>(),
                new object?[] { null, null }.Concat(years.Select(y => (object?)y.ToString(CultureInfo.InvariantCulture))).ToArray(),
            };
            grid.AddRange(rows.Select(r => new object?[] { null, r.Partner }.Concat(r.Values).ToArray()));
            return grid.ToArray();
        }

        return Create(("Exports, FOB", Grid("Exports, FOB to Partner Countries", exports)), ("Imports, CIF", Grid("Imports, CIF from Partner Countries", imports)));
    }

    private static string Sheet(object?[][] rows)
    {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        for (var r = 0; r < rows.Length; r++)
        {
            xml.Append(CultureInfo.InvariantCulture, $"<row r=\"{r + 1}\">");
            for (var c = 0; c < rows[r].Length; c++)
            {
                var reference = ((char)('A' + c)).ToString() + (r + 1).ToString(CultureInfo.InvariantCulture);
                switch (rows[r][c])
                {
                    case null:
                        break;
                    case double d:
                        xml.Append(CultureInfo.InvariantCulture, $"<c r=\"{reference}\"><v>{d.ToString("R", CultureInfo.InvariantCulture)}</v></c>");
                        break;
                    case var other:
                        xml.Append(CultureInfo.InvariantCulture, $"<c r=\"{reference}\" t=\"inlineStr\"><is><t>{SecurityElement.Escape(Convert.ToString(other, CultureInfo.InvariantCulture))}</t></is></c>");
                        break;
                }
            }

            xml.Append("</row>");
        }

        return xml.Append("</sheetData></worksheet>").ToString();
    }

    private static void Add(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }
}
