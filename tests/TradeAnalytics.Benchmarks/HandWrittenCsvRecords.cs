namespace TradeAnalytics.Benchmarks;

/// <summary>
/// The core's CSV record reader as it was before Sep took its place (issue 26), kept here as the baseline of
/// <c>--csv-trial</c>. Reads comma-separated records (RFC 4180) from text, one at a time, without a string per field: the
/// fields of the current record are spans over one buffer. Records end at <c>\n</c>, <c>\r\n</c> or
/// <c>\r</c>; a field in double quotes may hold commas, line breaks and doubled quotes; blank lines are
/// skipped. A quote inside an unquoted field is kept as written, and text after a closing quote is added
/// to the field (lenient, as the CsvHelper reader these files were read with before). A quoted field still
/// open at the end of the text is an error naming the file and the line it opened on: a file cut short never
/// passes as whole.
/// </summary>
internal sealed class HandWrittenCsvRecords
{
    private const int BlockSize = 64 * 1024;

    private readonly TextReader _reader;
    private readonly string _fileName;
    private char[] _text = new char[BlockSize];
    private int _start;
    private int _end;
    private bool _eof;
    private int _nextLine = 1;

    // The current record: its fields, unescaped, one after another in _fields; field i is [_bounds[i], _bounds[i + 1]).
    private char[] _fields = new char[256];
    private int[] _bounds = new int[16];

    internal HandWrittenCsvRecords(TextReader reader, string fileName)
    {
        _reader = reader;
        _fileName = fileName;
    }

    /// <summary>The line the current record starts on (1-based).</summary>
    internal int Line { get; private set; }

    /// <summary>The number of fields of the current record.</summary>
    internal int Count { get; private set; }

    /// <summary>Field <paramref name="index"/> of the current record.</summary>
    internal ReadOnlySpan<char> this[int index] => _fields.AsSpan(_bounds[index], _bounds[index + 1] - _bounds[index]);

    /// <summary>
    /// The first comma, quote or line break in <paramref name="text"/>, or -1. A plain loop: fields are a few characters long,
    /// where a vectorised search costs more to set up than it saves, and its code is precompiled with the rest of this
    /// assembly (CoreLib's vector paths are not, and a short command ran them unoptimised).
    /// </summary>
    private static int IndexOfSpecial(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c <= '"' && (c == '"' || c == '\n' || c == '\r') || c == ',')
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Moves to the next record; false at the end of the text.</summary>
    /// <exception cref="InterchangeFormatException">A quoted field is left open at the end of the text.</exception>
    internal bool Read()
    {
        // Skip blank lines.
        while (true)
        {
            if (_start == _end && !Fill())
            {
                return false;
            }

            var c = _text[_start];
            if (c == '\n')
            {
                _start++;
                _nextLine++;
            }
            else if (c == '\r')
            {
                _start++;
                if (NextIs('\n'))
                {
                    _start++;
                }

                _nextLine++;
            }
            else
            {
                break;
            }
        }

        Line = _nextLine;
        Count = 0;
        var length = 0;
        _bounds[0] = 0;
        while (true)
        {
            // One field, starting at _start.
            if (NextIs('"'))
            {
                _start++;
                ReadQuoted(ref length);
            }

            // Unquoted text (or what follows a closing quote) up to a comma or the end of the line.
            while (true)
            {
                var rest = _text.AsSpan(_start, _end - _start);
                var stop = IndexOfSpecial(rest);
                var take = stop < 0 ? rest.Length : stop;
                Append(rest[..take], ref length);
                _start += take;
                if (stop < 0)
                {
                    if (!Fill())
                    {
                        EndField(length);
                        _nextLine++;
                        return true;
                    }

                    continue;
                }

                var c = _text[_start];
                if (c == '"')
                {
                    // A quote inside an unquoted field: kept as written.
                    Append("\"", ref length);
                    _start++;
                    continue;
                }

                _start++;
                if (c == ',')
                {
                    EndField(length);
                    break;
                }

                // The end of the line.
                if (c == '\r' && NextIs('\n'))
                {
                    _start++;
                }

                EndField(length);
                _nextLine++;
                return true;
            }
        }
    }

    /// <summary>A quoted field's content after its opening quote, up to and past its closing quote.</summary>
    private void ReadQuoted(ref int length)
    {
        var opened = _nextLine;
        while (true)
        {
            var rest = _text.AsSpan(_start, _end - _start);
            var quote = rest.IndexOf('"');
            var take = quote < 0 ? rest.Length : quote;
            var inside = rest[..take];
            _nextLine += inside.Count('\n') + inside.Count('\r') - CrLfPairs(inside);
            Append(inside, ref length);
            _start += take;
            if (quote < 0)
            {
                // A line break split across two blocks is one break, not two.
                if (take > 0 && _text[_start - 1] == '\r' && NextIs('\n'))
                {
                    _nextLine--;
                }

                if (_start == _end && !Fill())
                {
                    throw new InterchangeFormatException(_fileName, [new InterchangeRowError(_fileName, opened, null, "a quoted field is left open (no closing quote before the end of the file) — truncated?")]);
                }

                continue;
            }

            _start++;
            if (NextIs('"'))
            {
                Append("\"", ref length);
                _start++;
                continue;
            }

            return;
        }
    }

    /// <summary>True when the next character is <paramref name="c"/>, reading more text first where none is left.</summary>
    private bool NextIs(char c) => (_start < _end || Fill()) && _text[_start] == c;

    private static int CrLfPairs(ReadOnlySpan<char> text)
    {
        var pairs = 0;
        for (var i = text.IndexOf("\r\n"); i >= 0; i = text.IndexOf("\r\n"))
        {
            pairs++;
            text = text[(i + 2)..];
        }

        return pairs;
    }

    private void Append(ReadOnlySpan<char> text, ref int length)
    {
        if (length + text.Length > _fields.Length)
        {
            Array.Resize(ref _fields, Math.Max(_fields.Length * 2, length + text.Length));
        }

        text.CopyTo(_fields.AsSpan(length));
        length += text.Length;
    }

    private void EndField(int length)
    {
        Count++;
        if (Count + 1 > _bounds.Length)
        {
            Array.Resize(ref _bounds, _bounds.Length * 2);
        }

        _bounds[Count] = length;
    }

    /// <summary>Reads more text, keeping what is not consumed; false when nothing more came.</summary>
    private bool Fill()
    {
        if (_eof)
        {
            return _start < _end;
        }

        if (_start > 0)
        {
            _text.AsSpan(_start, _end - _start).CopyTo(_text);
            _end -= _start;
            _start = 0;
        }

        if (_end == _text.Length)
        {
            Array.Resize(ref _text, _text.Length * 2);
        }

        var read = _reader.Read(_text, _end, _text.Length - _end);
        if (read == 0)
        {
            _eof = true;
            return _start < _end;
        }

        _end += read;
        return true;
    }
}
