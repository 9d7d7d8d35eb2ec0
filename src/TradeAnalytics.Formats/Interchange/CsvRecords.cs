using nietras.SeparatedValues;

namespace TradeAnalytics;

/// <summary>
/// Reads comma-separated records (RFC 4180) from text, one at a time, without a string per field: Sep splits the text
/// into rows and fields, which are spans over Sep's buffer; a record holding a quote has each field checked and unescaped
/// into a buffer of its own. Records end at <c>\n</c>, <c>\r\n</c> or <c>\r</c>; a field in double quotes may hold commas, line
/// breaks and doubled quotes; blank lines are skipped. Strict where RFC 4180 is: a quote inside an unquoted field, text
/// after a closing quote and a quoted field still open at the end of the text are errors naming the file and the line
/// the record starts on — a file cut short never passes as whole, and a stray quote (which would otherwise swallow the
/// records after it) is never read as data.
/// </summary>
internal sealed class CsvRecords
{
    private static readonly SepReaderOptions Options = Sep.New(',').Reader(o => o with
    {
        HasHeader = false,
        DisableColCountCheck = true,
        DisableFastFloat = true,
    });

    private readonly SepReader _sep;
    private readonly string _fileName;

    // The current record: without a quote, Sep's fields as they are; with one, its fields, checked and unescaped, one after
    // another in _fields (field i is [_bounds[i], _bounds[i + 1])).
    private bool _plain;
    private bool _ended;
    private int _nextLine = 1;
    private char[] _fields = new char[256];
    private int[] _bounds = new int[16];

    internal CsvRecords(TextReader reader, string fileName)
    {
        _fileName = fileName;
        try
        {
            _sep = Options.From(reader, leaveOpen: true);
        }
        catch (NotSupportedException)
        {
            throw TooLong();
        }
    }

    /// <summary>The line the current record starts on (1-based).</summary>
    internal int Line { get; private set; }

    /// <summary>The number of fields of the current record.</summary>
    internal int Count { get; private set; }

    /// <summary>Field <paramref name="index"/> of the current record.</summary>
    internal ReadOnlySpan<char> this[int index]
        => _plain ? _sep.Current[index].Span : _fields.AsSpan(_bounds[index], _bounds[index + 1] - _bounds[index]);

    /// <summary>Field <paramref name="index"/> of the current record as a string.</summary>
    internal string GetString(int index) => new(this[index]);

    /// <summary>The fields of the current record as strings.</summary>
    internal string[] ToArray()
    {
        var all = new string[Count];
        for (var i = 0; i < all.Length; i++)
        {
            all[i] = GetString(i);
        }

        return all;
    }

    /// <summary>Moves to the next record; false at the end of the text.</summary>
    /// <exception cref="InterchangeFormatException">A quote is out of place, or a quoted field is left open at the end of the text.</exception>
    internal bool Read()
    {
        if (_ended)
        {
            return false;
        }

        while (MoveNext())
        {
            var row = _sep.Current;
            _nextLine = row.LineNumberToExcl;
            if (row.ColCount == 1 && row.Span.IsEmpty)
            {
                continue; // a blank line
            }

            // Sep 0.18 numbers the first row's lines from its last line ([2..2) for a one-line first row); the first
            // row always starts on line 1 (a blank line before it is a row too), and later rows are numbered right.
            Line = row.RowIndex == 0 ? 1 : row.LineNumberFrom;
            var count = row.ColCount;

            // Most records hold no quote: their fields are Sep's own spans, nothing copied.
            _plain = !row.Span.Contains('"');
            if (!_plain)
            {
                if (count + 1 > _bounds.Length)
                {
                    Array.Resize(ref _bounds, Math.Max(_bounds.Length * 2, count + 1));
                }

                var length = 0;
                for (var i = 0; i < count; i++)
                {
                    Take(row[i].Span, ref length);
                    _bounds[i + 1] = length;
                }
            }

            Count = count;
            return true;
        }

        // The end of the text: Sep's reader gives back its pooled buffers (the caller's TextReader stays open).
        _ended = true;
        _sep.Dispose();
        return false;
    }

    /// <summary>Sep's next row; a row longer than Sep holds (16 Mi characters: a quote left open, mostly) is an error naming its line.</summary>
    private bool MoveNext()
    {
        try
        {
            return _sep.MoveNext();
        }
        catch (NotSupportedException)
        {
            throw TooLong();
        }
    }

    // Sep's message names its limit, 16,777,216 characters; the error says it in the reader's words.
    private InterchangeFormatException TooLong()
        => Error(_nextLine, "a record starting on this line runs past 16,777,216 characters, the most one may hold — a quote left open?");

    /// <summary>One field as written: checked, and its text (unquoted, doubled quotes made single) added to the buffer.</summary>
    private void Take(ReadOnlySpan<char> raw, ref int length)
    {
        if (length + raw.Length > _fields.Length)
        {
            Array.Resize(ref _fields, Math.Max(_fields.Length * 2, length + raw.Length));
        }

        var into = _fields.AsSpan(length);
        if (raw.IsEmpty || raw[0] != '"')
        {
            if (raw.Contains('"'))
            {
                throw Error(Line, "a quote inside an unquoted field (a field with a quote must be quoted whole, its quotes doubled)");
            }

            raw.CopyTo(into);
            length += raw.Length;
            return;
        }

        // A quoted field: pieces between doubled quotes, up to the closing quote, which must end the field.
        var rest = raw[1..];
        while (true)
        {
            var quote = rest.IndexOf('"');
            if (quote < 0)
            {
                throw Error(Line, "a quoted field is left open (no closing quote before the end of the file) — truncated?");
            }

            rest[..quote].CopyTo(into);
            into = into[quote..];
            length += quote;
            rest = rest[(quote + 1)..];
            if (rest.IsEmpty)
            {
                return;
            }

            if (rest[0] != '"')
            {
                throw Error(Line, "text after a closing quote (a field with a quote must be quoted whole, its quotes doubled)");
            }

            into[0] = '"';
            into = into[1..];
            length++;
            rest = rest[1..];
        }
    }

    private InterchangeFormatException Error(int line, string message)
        => new(_fileName, [new InterchangeRowError(_fileName, line, null, message)]);
}
