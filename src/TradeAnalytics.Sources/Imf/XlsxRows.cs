using System.Globalization;
using System.Text;
using System.IO.Compression;
using System.Xml;
using ExcelDataReader;
using System.Runtime.CompilerServices;

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

    /// <summary>The cell's number, when the cell holds a number (what <see cref="GetValue"/> gives as a double), without boxing it.</summary>
    bool TryGetNumber(int column, out double value);
}

/// <summary>ExcelDataReader behind <see cref="ISheetRows"/>: the reference the streaming reader is checked against.</summary>
internal sealed class ExcelDataReaderRows(IExcelDataReader reader) : ISheetRows
{
    public bool Read() => reader.Read();

    public bool NextResult() => reader.NextResult();

    public int FieldCount => reader.FieldCount;

    public object? GetValue(int column) => reader.GetValue(column);

    public bool TryGetNumber(int column, out double value)
    {
        if (reader.GetValue(column) is double number)
        {
            value = number;
            return true;
        }

        value = 0;
        return false;
    }

    public void Dispose() => reader.Dispose();
}

/// <summary>
/// A streaming reader of the sheets of an .xlsx (OOXML) workbook, written for the fixed layout of the DOTS
/// country tables: the sheets in workbook order (workbook.xml and its relationships), shared strings, and
/// each sheet's rows read forward as the zip entry inflates — nothing is loaded whole. The sheets are scanned
/// as UTF-8 bytes (<see cref="SheetXmlScanner"/>); the small parts (workbook, relationships, shared strings)
/// with an XmlReader. Cells are numbers (no type), shared strings (t="s"), inline or formula strings
/// (t="inlineStr", "str"), booleans (t="b") or errors (t="e", read as their text); a row or cell the file
/// leaves out is empty, as ExcelDataReader gives it. Any damage — in the sheet after its data too, so a part
/// cut short never passes as a shorter sheet — is an <see cref="InvalidDataException"/> or <see cref="XmlException"/>,
/// which the workbook reader turns into an error naming the file.
/// </summary>
internal sealed class XlsxRows : ISheetRows
{
    private static readonly XmlReaderSettings Settings = new() { IgnoreWhitespace = true, IgnoreComments = true, DtdProcessing = DtdProcessing.Prohibit, CloseInput = true };

    private readonly ZipArchive _zip;
    private readonly string[] _strings;
    private readonly IReadOnlyList<string> _sheets;
    private int _sheet = -1;
    private SheetXmlScanner? _xml;
    private object?[] _cells = [];   // what is not a number
    private double[] _numbers = [];
    private bool[] _isNumber = [];
    private byte[] _text = new byte[64];
    private int _row;
    private int _pendingRow;   // the next row element's number, read ahead; 0 when none is left
    private bool _pendingRead;
    private bool _pendingEmpty;   // the pending row element closes itself: <row r="5"/>
    private bool _sheetDataDone;

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
        _xml = new SheetXmlScanner(entry.Open(), _sheets[_sheet]);
        _row = 0;
        _pendingRow = 0;
        _pendingRead = false;
        _sheetDataDone = true;
        FieldCount = 0;
        for (var token = _xml.Next(); token != XmlToken.End; token = _xml.Next())
        {
            if (token != XmlToken.Start)
            {
                continue;
            }

            if (_xml.LocalName.SequenceEqual("dimension"u8) && _xml.Attribute("ref"u8) is { } dimension)
            {
                FieldCount = Column(dimension[(dimension.IndexOf(':', StringComparison.Ordinal) + 1)..]) + 1;
            }
            else if (_xml.LocalName.SequenceEqual("sheetData"u8))
            {
                _sheetDataDone = _xml.SelfClosing;
                break;
            }
        }

        _cells = new object?[Math.Max(FieldCount, 1)];
        _numbers = new double[_cells.Length];
        _isNumber = new bool[_cells.Length];
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
        Array.Clear(_isNumber);
        if (_pendingRow > _row)
        {
            return true;   // a row the file leaves out: empty
        }

        ReadCells();
        _pendingRead = false;
        return true;
    }

    public object? GetValue(int column) => column >= _cells.Length ? null : _isNumber[column] ? _numbers[column] : _cells[column];

    public bool TryGetNumber(int column, out double value)
    {
        var isNumber = column < _cells.Length && _isNumber[column];
        value = isNumber ? _numbers[column] : 0;
        return isNumber;
    }

    public void Dispose()
    {
        _xml?.Dispose();
        _zip.Dispose();
    }

    /// <summary>Moves to the next &lt;row&gt; and returns its number (its r attribute, or the next one); 0 at the end of sheetData.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int NextRowElement()
    {
        var xml = _xml!;
        if (_sheetDataDone)
        {
            return 0;
        }

        while (true)
        {
            var token = xml.Next();
            if (token == XmlToken.Start && xml.LocalName.SequenceEqual("row"u8))
            {
                _pendingEmpty = xml.SelfClosing;
                return xml.TryAttributeBytes("r"u8, out var r) ? Number(xml, r) : _row + 1;
            }

            if (token == XmlToken.EndTag && xml.LocalName.SequenceEqual("sheetData"u8))
            {
                // Read the rest of the part: it must close properly, or the sheet was cut short.
                while (xml.Next() != XmlToken.End)
                {
                }

                _sheetDataDone = true;
                return 0;
            }
        }
    }

    /// <summary>Reads the cells of the row element the scanner stands on.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ReadCells()
    {
        var xml = _xml!;
        if (_pendingEmpty)
        {
            return;
        }

        var next = 0;
        var rowDepth = xml.Depth;
        while (true)
        {
            var token = xml.Next();
            if (token == XmlToken.EndTag && xml.Depth < rowDepth)
            {
                return;
            }

            if (token != XmlToken.Start || !xml.LocalName.SequenceEqual("c"u8))
            {
                continue;
            }

            var column = xml.TryAttributeBytes("r"u8, out var reference) ? Column(reference) : next;
            next = column + 1;
            var type = xml.TryAttributeBytes("t"u8, out var t) ? CellType(t) : 'n';
            if (column >= _cells.Length)
            {
                Array.Resize(ref _cells, column + 1);
                Array.Resize(ref _numbers, column + 1);
                Array.Resize(ref _isNumber, column + 1);
                FieldCount = Math.Max(FieldCount, column + 1);
            }

            if (xml.SelfClosing)
            {
                continue;
            }

            var hasText = false;
            var length = 0;
            var cellDepth = xml.Depth;
            while (true)
            {
                token = xml.Next();
                if (token == XmlToken.EndTag && xml.Depth < cellDepth)
                {
                    break;
                }

                if (token == XmlToken.Start && (xml.LocalName.SequenceEqual("v"u8) || xml.LocalName.SequenceEqual("t"u8)))
                {
                    hasText = true;
                    if (!xml.SelfClosing)
                    {
                        length = ElementText(xml, length);
                    }
                }
            }

            var text = _text.AsSpan(0, length);
            _isNumber[column] = false;
            if (hasText && type == 'n')
            {
                _numbers[column] = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                    ? number
                    : throw xml.Damaged($"has the number cell {CellReference.ColumnName(column)} holding '{xml.Utf8(text[..Math.Min(text.Length, 40)])}', which is not a number");
                _isNumber[column] = true;
                _cells[column] = null;
                continue;
            }

            _cells[column] = !hasText ? null : type switch
            {
                's' => SharedString(xml, text),
                'i' => xml.Utf8(text),
                _ => text.SequenceEqual("1"u8),
            };
        }
    }

    /// <summary>Appends the text of the &lt;v&gt; or &lt;t&gt; element the scanner stands on to <see cref="_text"/>; white space alone counts only under xml:space="preserve", as an XmlReader ignoring white space reads it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int ElementText(SheetXmlScanner xml, int length)
    {
        var preserve = xml.HasAttributes && xml.TryAttributeBytes("xml:space"u8, out var space) && space.SequenceEqual("preserve"u8);
        var start = length;
        var onlySpace = true;
        var depth = xml.Depth;
        while (true)
        {
            var token = xml.Next();
            if (token == XmlToken.EndTag && xml.Depth < depth)
            {
                return onlySpace && !preserve ? start : length;
            }

            if (token != XmlToken.Text)
            {
                throw xml.Damaged("has an element inside a cell's value");
            }

            onlySpace &= xml.TextIsWhiteSpace;
            xml.AppendText(ref _text, ref length);
        }
    }

    /// <summary>'s' shared string, 'i' text (inline string, formula string, error), 'b' boolean, 'n' anything else (read as a number, as ExcelDataReader does).</summary>
    private static char CellType(ReadOnlySpan<byte> t)
        => t.SequenceEqual("s"u8) ? 's'
            : t.SequenceEqual("str"u8) || t.SequenceEqual("inlineStr"u8) || t.SequenceEqual("e"u8) ? 'i'
            : t.SequenceEqual("b"u8) ? 'b'
            : 'n';

    private string SharedString(SheetXmlScanner xml, ReadOnlySpan<byte> text)
        => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < _strings.Length
            ? _strings[index]
            : throw xml.Damaged($"has a shared-string cell pointing at '{xml.Utf8(text[..Math.Min(text.Length, 20)])}', and the workbook has {_strings.Length} shared strings");

    private static int Number(SheetXmlScanner xml, ReadOnlySpan<byte> text)
        => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw xml.Damaged($"has a row numbered '{xml.Utf8(text[..Math.Min(text.Length, 20)])}'");

    /// <summary>"AE209" as UTF-8 → 30 (zero-based column).</summary>
    private static int Column(ReadOnlySpan<byte> reference)
    {
        var column = 0;
        foreach (var b in reference)
        {
            if (b is >= (byte)'A' and <= (byte)'Z')
            {
                column = (column * 26) + (b - 'A' + 1);
                if (column > 1 << 14)
                {
                    throw new InvalidDataException($"the cell reference '{Encoding.ASCII.GetString(reference)}' is beyond the last column of a worksheet");
                }
            }
            else
            {
                break;
            }
        }

        return column == 0 ? throw new InvalidDataException($"'{Encoding.ASCII.GetString(reference)}' is not a cell reference") : column - 1;
    }

    /// <summary>"AE209" → 30 (zero-based column).</summary>
    private static int Column(string reference) => Column(Encoding.UTF8.GetBytes(reference));

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
