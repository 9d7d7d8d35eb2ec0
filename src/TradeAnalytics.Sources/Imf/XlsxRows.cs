using System.Globalization;
using System.IO.Compression;
using System.Xml;
using ExcelDataReader;

namespace TradeAnalytics.Sources.Imf;

/// <summary>What the DOTS checks read from a workbook: its sheets, row by row, cell values by column.</summary>
internal interface ISheetRows : IDisposable
{
    /// <summary>Moves to the next row of the current sheet; false at its end.</summary>
    bool Read();

    /// <summary>Moves to the next sheet; false when there is none.</summary>
    bool NextResult();

    /// <summary>The number of columns of the current sheet.</summary>
    int FieldCount { get; }

    /// <summary>The value of a cell of the current row: a double, a string, a bool, or null when empty.</summary>
    object? GetValue(int column);
}

/// <summary>ExcelDataReader behind <see cref="ISheetRows"/>: the reference the streaming reader is checked against.</summary>
internal sealed class ExcelDataReaderRows(IExcelDataReader reader) : ISheetRows
{
    public bool Read() => reader.Read();

    public bool NextResult() => reader.NextResult();

    public int FieldCount => reader.FieldCount;

    public object? GetValue(int column) => reader.GetValue(column);

    public void Dispose() => reader.Dispose();
}

/// <summary>
/// A streaming reader of the sheets of an .xlsx (OOXML) workbook, written for the fixed layout of the DOTS
/// country tables: the sheets in workbook order (workbook.xml and its relationships), shared strings, and
/// each sheet's rows read forward with an XmlReader as the zip entry inflates — nothing is loaded whole.
/// Cells are numbers (no type), shared strings (t="s"), inline or formula strings (t="inlineStr", "str"),
/// booleans (t="b") or errors (t="e", read as their text); a row or cell the file leaves out is empty, as
/// ExcelDataReader gives it. Any damage is an <see cref="InvalidDataException"/> or <see cref="XmlException"/>,
/// which the workbook reader turns into an error naming the file.
/// </summary>
internal sealed class XlsxRows : ISheetRows
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XmlReaderSettings Settings = new() { IgnoreWhitespace = true, IgnoreComments = true, DtdProcessing = DtdProcessing.Prohibit, CloseInput = true };

    private readonly ZipArchive _zip;
    private readonly string[] _strings;
    private readonly IReadOnlyList<string> _sheets;
    private int _sheet = -1;
    private XmlReader? _xml;
    private object?[] _cells = [];
    private int _row;
    private int _pendingRow;   // the next row element's number, read ahead; 0 when none is left
    private bool _pendingRead;

    internal XlsxRows(Stream stream)
    {
        _zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        _strings = ReadSharedStrings();
        _sheets = SheetPaths();
        NextResult();
    }

    public int FieldCount { get; private set; }

    public bool NextResult()
    {
        _xml?.Dispose();
        _xml = null;
        if (++_sheet >= _sheets.Count)
        {
            return false;
        }

        var entry = _zip.GetEntry(_sheets[_sheet]) ?? throw new InvalidDataException($"the sheet {_sheets[_sheet]} named in the workbook is missing");
        _xml = XmlReader.Create(entry.Open(), Settings);
        _row = 0;
        _pendingRow = 0;
        _pendingRead = false;
        FieldCount = 0;
        while (_xml.Read())
        {
            if (_xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (_xml.LocalName == "dimension" && _xml.GetAttribute("ref") is { } dimension)
            {
                FieldCount = Column(dimension[(dimension.IndexOf(':', StringComparison.Ordinal) + 1)..]) + 1;
            }
            else if (_xml.LocalName == "sheetData")
            {
                break;
            }
        }

        _cells = new object?[Math.Max(FieldCount, 1)];
        return true;
    }

    public bool Read()
    {
        if (_xml is null)
        {
            return false;
        }

        if (!_pendingRead)
        {
            _pendingRow = NextRowElement();
            _pendingRead = true;
        }

        if (_pendingRow == 0)
        {
            return false;
        }

        _row++;
        Array.Clear(_cells);
        if (_pendingRow > _row)
        {
            return true;   // a row the file leaves out: empty
        }

        ReadCells();
        _pendingRead = false;
        return true;
    }

    public object? GetValue(int column) => column < _cells.Length ? _cells[column] : null;

    public void Dispose()
    {
        _xml?.Dispose();
        _zip.Dispose();
    }

    /// <summary>Moves to the next &lt;row&gt; and returns its number (its r attribute, or the next one); 0 at the end of sheetData.</summary>
    private int NextRowElement()
    {
        var xml = _xml!;
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "row")
            {
                return xml.GetAttribute("r") is { } r ? int.Parse(r, NumberStyles.None, CultureInfo.InvariantCulture) : _row + 1;
            }

            if (xml.NodeType == XmlNodeType.EndElement && xml.LocalName == "sheetData")
            {
                return 0;
            }
        }

        return 0;
    }

    /// <summary>Reads the cells of the row element the reader stands on.</summary>
    private void ReadCells()
    {
        var xml = _xml!;
        if (xml.IsEmptyElement)
        {
            return;
        }

        var next = 0;
        var depth = xml.Depth;
        while (xml.Read() && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "c")
            {
                continue;
            }

            var column = xml.GetAttribute("r") is { } reference ? Column(reference) : next;
            next = column + 1;
            var type = xml.GetAttribute("t");
            if (column >= _cells.Length)
            {
                Array.Resize(ref _cells, column + 1);
                FieldCount = Math.Max(FieldCount, column + 1);
            }

            if (xml.IsEmptyElement)
            {
                continue;
            }

            string? text = null;
            var cellDepth = xml.Depth;
            while (xml.Read() && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == cellDepth))
            {
                if (xml.NodeType == XmlNodeType.Element && (xml.LocalName == "v" || xml.LocalName == "t"))
                {
                    text = (text ?? "") + xml.ReadElementContentAsString();
                    if (xml.NodeType == XmlNodeType.EndElement && xml.Depth == cellDepth)
                    {
                        break;
                    }
                }
            }

            _cells[column] = text is null ? null : type switch
            {
                "s" => _strings[int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture)],
                "str" or "inlineStr" or "e" => text,
                "b" => text == "1",
                _ => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
            };
        }
    }

    /// <summary>"AE209" → 30 (zero-based column).</summary>
    private static int Column(string reference)
    {
        var column = 0;
        foreach (var ch in reference)
        {
            if (ch is >= 'A' and <= 'Z')
            {
                column = (column * 26) + (ch - 'A' + 1);
            }
            else
            {
                break;
            }
        }

        return column == 0 ? throw new InvalidDataException($"'{reference}' is not a cell reference") : column - 1;
    }

    private string[] ReadSharedStrings()
    {
        var entry = _zip.GetEntry("xl/sharedStrings.xml");
        if (entry is null)
        {
            return [];
        }

        var strings = new List<string>();
        using var xml = XmlReader.Create(entry.Open(), Settings);
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "si")
            {
                strings.Add(StringItem(xml));
            }
        }

        return [.. strings];
    }

    /// <summary>The text of an &lt;si&gt;: its &lt;t&gt;, or the &lt;t&gt; of its runs joined (phonetic runs left out).</summary>
    private static string StringItem(XmlReader xml)
    {
        if (xml.IsEmptyElement)
        {
            return "";
        }

        var depth = xml.Depth;
        var text = new System.Text.StringBuilder();
        while (xml.Read() && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "rPh")
            {
                xml.Skip();
                if (xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth)
                {
                    break;
                }
            }

            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "t")
            {
                text.Append(xml.ReadElementContentAsString());
                if (xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth)
                {
                    break;
                }
            }
        }

        return text.ToString();
    }

    /// <summary>The sheets' entry paths in workbook order, from workbook.xml and its relationships.</summary>
    private List<string> SheetPaths()
    {
        var targets = new Dictionary<string, string>(StringComparer.Ordinal);
        var rels = _zip.GetEntry("xl/_rels/workbook.xml.rels") ?? throw new InvalidDataException("xl/_rels/workbook.xml.rels is missing: not an .xlsx workbook");
        using (var xml = XmlReader.Create(rels.Open(), Settings))
        {
            while (xml.Read())
            {
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "Relationship" && xml.GetAttribute("Id") is { } id && xml.GetAttribute("Target") is { } target)
                {
                    targets[id] = target.StartsWith('/') ? target.TrimStart('/') : "xl/" + target;
                }
            }
        }

        var sheets = new List<string>();
        var workbook = _zip.GetEntry("xl/workbook.xml") ?? throw new InvalidDataException("xl/workbook.xml is missing: not an .xlsx workbook");
        using (var xml = XmlReader.Create(workbook.Open(), Settings))
        {
            while (xml.Read())
            {
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "sheet")
                {
                    var id = xml.GetAttribute("id", "http://schemas.openxmlformats.org/officeDocument/2006/relationships")
                        ?? throw new InvalidDataException("a sheet of xl/workbook.xml has no relationship id");
                    sheets.Add(targets.TryGetValue(id, out var path) ? path : throw new InvalidDataException($"the sheet relationship {id} is missing"));
                }
            }
        }

        return sheets;
    }
}
