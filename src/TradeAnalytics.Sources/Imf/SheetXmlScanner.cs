using System.Buffers;
using System.Text;
using System.Runtime.CompilerServices;

namespace TradeAnalytics.Sources.Imf;

/// <summary>What <see cref="SheetXmlScanner.Next"/> stood on.</summary>
internal enum XmlToken
{
    /// <summary>The end of the document (every element closed).</summary>
    End,

    /// <summary>A start tag, perhaps self-closing.</summary>
    Start,

    /// <summary>An end tag.</summary>
    EndTag,

    /// <summary>Character data: text between tags, or a CDATA section.</summary>
    Text,
}

/// <summary>
/// A forward-only scanner of one worksheet's XML, on its UTF-8 bytes as the zip entry inflates: start tags,
/// end tags and text, nothing allocated per token. It is what <see cref="XlsxRows"/> reads the sheets with
/// (an XmlReader spent most of the import's time turning bytes into characters and strings it then threw away).
/// It is strict where damage could pass as data: every end tag must close the element it names, the document
/// must end with every element closed (a part cut short is an error, not a shorter sheet), entities must be the
/// five XML ones or character references, a DOCTYPE is refused, and text must be valid UTF-8; any of these is an
/// <see cref="InvalidDataException"/>. Comments and processing instructions are skipped; a sheet in another
/// encoding than UTF-8 is refused (DOTS and every OOXML writer seen write UTF-8).
/// </summary>
internal sealed class SheetXmlScanner : IDisposable
{
    /// <summary>A tag or a run of text longer than this is refused: the largest whole DOTS part is 0.67 MB.</summary>
    internal const int MaxToken = 4 << 20;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly Stream _stream;
    private readonly string _part;
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
    private int _position;
    private int _end;
    private bool _streamDone;
    private int[] _open = new int[16];   // a hash of each open element's qualified name, to check end tags
    private int _depth;
    private bool _rootSeen;

    // The current token, as offsets into _buffer: valid until the next call of Next.
    private int _nameStart;
    private int _nameLength;
    private int _attributesStart;
    private int _attributesLength;
    private int _textStart;
    private int _textLength;
    private bool _textIsRaw;   // a CDATA section: no entities, no line-end normalisation

    internal SheetXmlScanner(Stream stream, string part)
    {
        _stream = stream;
        _part = part;
        Fill(0);
        if (_end >= 2 && ((_buffer[0] == 0xFE && _buffer[1] == 0xFF) || (_buffer[0] == 0xFF && _buffer[1] == 0xFE)))
        {
            throw Damaged("is UTF-16; the sheets are read as UTF-8");
        }

        if (_end >= 3 && _buffer[0] == 0xEF && _buffer[1] == 0xBB && _buffer[2] == 0xBF)
        {
            _position = 3;
        }

        if (StartsWith("<?xml"u8) && _position + 5 < _end && IsSpace(_buffer[_position + 5]))
        {
            var close = IndexOf("?>"u8, _position);
            var declaration = close < 0 ? [] : _buffer.AsSpan(_position, close - _position);
            var encoding = declaration.IndexOf("encoding"u8);
            if (encoding >= 0)
            {
                var rest = declaration[(encoding + 8)..].TrimStart(" \t\r\n="u8).TrimStart("\"'"u8);
                if (!rest.StartsWith("utf-8"u8) && !rest.StartsWith("UTF-8"u8) && !rest.StartsWith("utf8"u8) && !rest.StartsWith("UTF8"u8))
                {
                    throw Damaged($"declares the encoding '{Encoding.ASCII.GetString(rest[..Math.Min(rest.Length, 20)].TrimEnd("\"'?> "u8))}'; the sheets are read as UTF-8");
                }
            }
        }
    }

    /// <summary>The nesting depth after the current token: 1 inside the root element.</summary>
    internal int Depth => _depth;

    /// <summary>True when the current start tag closes itself (&lt;c r="A1" /&gt;).</summary>
    internal bool SelfClosing { get; private set; }

    /// <summary>The local name of the current start or end tag ("row" for &lt;x:row&gt;).</summary>
    internal ReadOnlySpan<byte> LocalName
    {
        get
        {
            var name = _buffer.AsSpan(_nameStart, _nameLength);
            var colon = name.IndexOf((byte)':');
            return colon < 0 ? name : name[(colon + 1)..];
        }
    }

    /// <summary>Moves to the next start tag, end tag or text; comments and processing instructions are skipped.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal XmlToken Next()
    {
        while (true)
        {
            if (_position >= _end && !Fill(_position))
            {
                if (_depth > 0 || !_rootSeen)
                {
                    throw Damaged(_rootSeen ? "ends before its elements are closed: cut short?" : "holds no element");
                }

                return XmlToken.End;
            }

            if (_buffer[_position] != (byte)'<')
            {
                var lt = _buffer.AsSpan(_position, _end - _position).IndexOf((byte)'<');
                if (lt < 0 && !_streamDone)
                {
                    Fill(_position);
                    continue;
                }

                _textStart = _position;
                _textLength = lt < 0 ? _end - _position : lt;
                _textIsRaw = false;
                _position += _textLength;
                if (_depth == 0)
                {
                    // Outside the root only white space may stand.
                    if (SkipSpace(_buffer.AsSpan(_textStart, _textLength)).Length > 0)
                    {
                        throw Damaged("has text outside its root element");
                    }

                    continue;
                }

                return XmlToken.Text;
            }

            // Most tokens are tags: look at the byte after '<' before trying the rarer constructs.
            if (_end - _position < 2 && !_streamDone)
            {
                Fill(_position);
                continue;
            }

            if (_end - _position >= 2 && _buffer[_position + 1] is not ((byte)'!' or (byte)'?'))
            {
                return Tag();
            }

            if (StartsWith("<!--"u8))
            {
                SkipPast("-->"u8, "a comment", out _);
                continue;
            }

            if (StartsWith("<?"u8))
            {
                SkipPast("?>"u8, "a processing instruction", out _);
                continue;
            }

            if (StartsWith("<![CDATA["u8))
            {
                var close = SkipPast("]]>"u8, "a CDATA section", out var start);
                if (_depth == 0)
                {
                    throw Damaged("has a CDATA section outside its root element");
                }

                _textStart = start + 9;
                _textLength = close - _textStart;
                _textIsRaw = true;
                return XmlToken.Text;
            }

            if (StartsWith("<!"u8))
            {
                throw Damaged("has a DOCTYPE or other declaration, which a worksheet never has");
            }

            return Tag();
        }
    }

    /// <summary>The value of the current start tag's attribute <paramref name="name"/> (qualified name, compared exactly), entities decoded; null when absent.</summary>
    internal string? Attribute(ReadOnlySpan<byte> name)
    {
        if (!TryAttributeBytes(name, out var raw))
        {
            return null;
        }

        var decoded = new byte[raw.Length];
        return Utf8(decoded.AsSpan(0, Decode(raw, decoded, raw: false)));
    }

    /// <summary>
    /// The raw bytes of the current start tag's attribute <paramref name="name"/> (qualified name, compared exactly), for the
    /// hot path; false when absent. Entities are not decoded: a caller that meets '&amp;' asks <see cref="Attribute"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal bool TryAttributeBytes(ReadOnlySpan<byte> name, out ReadOnlySpan<byte> value)
    {
        ReadOnlySpan<byte> attributes = _buffer.AsSpan(_attributesStart, _attributesLength);
        while (true)
        {
            attributes = SkipSpace(attributes);
            if (attributes.IsEmpty)
            {
                value = default;
                return false;
            }

            var equals = attributes.IndexOf((byte)'=');
            if (equals <= 0)
            {
                throw Damaged($"has a malformed attribute in <{Encoding.UTF8.GetString(_buffer, _nameStart, _nameLength)}>");
            }

            var attributeName = TrimSpaceEnd(attributes[..equals]);
            var rest = SkipSpace(attributes[(equals + 1)..]);
            if (rest.IsEmpty || (rest[0] != (byte)'"' && rest[0] != (byte)'\''))
            {
                throw Damaged($"has an unquoted attribute value in <{Encoding.UTF8.GetString(_buffer, _nameStart, _nameLength)}>");
            }

            var close = rest[1..].IndexOf(rest[0]);
            if (close < 0)
            {
                throw Damaged("has an attribute value that is never closed");
            }

            if (attributeName.SequenceEqual(name))
            {
                value = rest.Slice(1, close);
                return true;
            }

            attributes = rest[(close + 2)..];
        }
    }

    /// <summary>True when the current start tag has attributes.</summary>
    internal bool HasAttributes => SkipSpace(_buffer.AsSpan(_attributesStart, _attributesLength)).Length > 0;

    /// <summary>Appends the current text token's characters, entities decoded and line ends normalised, as UTF-8 to <paramref name="target"/>.</summary>
    internal void AppendText(ref byte[] target, ref int length)
    {
        var text = _buffer.AsSpan(_textStart, _textLength);
        if (target.Length < length + text.Length)
        {
            Array.Resize(ref target, Math.Max(target.Length * 2, length + text.Length));
        }

        length += Decode(text, target.AsSpan(length), _textIsRaw);
    }

    /// <summary>True when the current text token is only XML white space.</summary>
    internal bool TextIsWhiteSpace => SkipSpace(_buffer.AsSpan(_textStart, _textLength)).IsEmpty;

    /// <summary>Decodes UTF-8 strictly: invalid bytes are damage, not replacement characters.</summary>
    internal string Utf8(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw Damaged($"has text that is not valid UTF-8 ({e.Message})");
        }
    }

    /// <summary>An error naming the part, for the workbook reader to name the file.</summary>
    internal InvalidDataException Damaged(string what) => new($"{_part} {what}");

    public void Dispose()
    {
        _stream.Dispose();
        if (_buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private XmlToken Tag()
    {
        // Find the closing '>' outside quoted attribute values, reading more as needed.
        var i = _position + 1;
        byte quote = 0;
        while (true)
        {
            if (i >= _end)
            {
                var offset = _position;
                if (!Fill(_position))
                {
                    throw Damaged("ends inside a tag: cut short?");
                }

                i -= offset - _position;
                continue;
            }

            var b = _buffer[i];
            if (quote != 0)
            {
                if (b == quote)
                {
                    quote = 0;
                }
            }
            else if (b is (byte)'"' or (byte)'\'')
            {
                quote = b;
            }
            else if (b == (byte)'>')
            {
                break;
            }
            else if (b == (byte)'<')
            {
                throw Damaged("has a '<' inside a tag");
            }

            i++;
        }

        var gt = i;
        var isEnd = _buffer[_position + 1] == (byte)'/';
        var nameStart = _position + (isEnd ? 2 : 1);
        var nameEnd = nameStart;
        while (nameEnd < gt && !IsSpace(_buffer[nameEnd]) && _buffer[nameEnd] != (byte)'/')
        {
            nameEnd++;
        }

        if (nameEnd == nameStart)
        {
            throw Damaged("has a tag without a name");
        }

        _nameStart = nameStart;
        _nameLength = nameEnd - nameStart;
        var hash = Hash(_buffer.AsSpan(_nameStart, _nameLength));
        _position = gt + 1;
        if (isEnd)
        {
            if (_depth == 0 || _open[_depth - 1] != hash)
            {
                throw Damaged($"has </{Encoding.UTF8.GetString(_buffer, _nameStart, _nameLength)}> that closes no open element of that name");
            }

            if (SkipSpace(_buffer.AsSpan(nameEnd, gt - nameEnd)).Length > 0)
            {
                throw Damaged("has an end tag with attributes");
            }

            _depth--;
            return XmlToken.EndTag;
        }

        if (_depth == 0 && _rootSeen)
        {
            throw Damaged("has a second root element");
        }

        SelfClosing = _buffer[gt - 1] == (byte)'/' && gt - 1 >= nameEnd;
        _attributesStart = nameEnd;
        _attributesLength = (SelfClosing ? gt - 1 : gt) - nameEnd;
        _rootSeen = true;
        if (!SelfClosing)
        {
            if (_depth == _open.Length)
            {
                Array.Resize(ref _open, _open.Length * 2);
            }

            _open[_depth++] = hash;
        }

        return XmlToken.Start;
    }

    /// <summary>Moves past the next <paramref name="terminator"/>; returns the offset where it begins, and where the construct began.</summary>
    private int SkipPast(ReadOnlySpan<byte> terminator, string what, out int start)
    {
        while (true)
        {
            // A fill moves the construct to the start of the buffer: search it again from there.
            var at = IndexOf(terminator, _position + 2);
            if (at >= 0)
            {
                start = _position;
                _position = at + terminator.Length;
                return at;
            }

            if (!Fill(_position))
            {
                throw Damaged($"ends inside {what}: cut short?");
            }
        }
    }

    private int IndexOf(ReadOnlySpan<byte> value, int from)
    {
        from = Math.Min(from, _end);
        var at = _buffer.AsSpan(from, _end - from).IndexOf(value);
        return at < 0 ? -1 : from + at;
    }

    private bool StartsWith(ReadOnlySpan<byte> value)
    {
        while (_end - _position < value.Length && !_streamDone)
        {
            Fill(_position);
        }

        return _buffer.AsSpan(_position, _end - _position).StartsWith(value);
    }

    /// <summary>Keeps the bytes from <paramref name="keepFrom"/>, moves them to the start, and reads more after them; false when the stream has no more.</summary>
    private bool Fill(int keepFrom)
    {
        if (_streamDone)
        {
            return false;
        }

        var kept = _end - keepFrom;
        if (kept == _buffer.Length)
        {
            if (_buffer.Length >= MaxToken)
            {
                throw Damaged($"has a tag or text over {MaxToken >> 20} MiB");
            }

            var larger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
            _buffer.AsSpan(keepFrom, kept).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }
        else if (keepFrom > 0)
        {
            _buffer.AsSpan(keepFrom, kept).CopyTo(_buffer);
        }

        _position -= keepFrom;
        _end = kept;
        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _streamDone = true;
            return false;
        }

        _end += read;
        return true;
    }

    /// <summary>Decodes XML character data into <paramref name="target"/> (at least as long as the source): entities, character references, CR LF → LF.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Decode(ReadOnlySpan<byte> source, Span<byte> target, bool raw)
    {
        var written = 0;
        while (!source.IsEmpty)
        {
            var special = raw ? source.IndexOf((byte)'\r') : source.IndexOfAny((byte)'&', (byte)'\r');
            if (special < 0)
            {
                source.CopyTo(target[written..]);
                return written + source.Length;
            }

            source[..special].CopyTo(target[written..]);
            written += special;
            source = source[special..];
            if (source[0] == (byte)'\r')
            {
                target[written++] = (byte)'\n';
                source = source.Length > 1 && source[1] == (byte)'\n' ? source[2..] : source[1..];
                continue;
            }

            var semicolon = source.IndexOf((byte)';');
            if (semicolon < 2)
            {
                throw Damaged("has an '&' that begins no entity");
            }

            var entity = source[1..semicolon];
            source = source[(semicolon + 1)..];
            if (entity.SequenceEqual("amp"u8))
            {
                target[written++] = (byte)'&';
            }
            else if (entity.SequenceEqual("lt"u8))
            {
                target[written++] = (byte)'<';
            }
            else if (entity.SequenceEqual("gt"u8))
            {
                target[written++] = (byte)'>';
            }
            else if (entity.SequenceEqual("quot"u8))
            {
                target[written++] = (byte)'"';
            }
            else if (entity.SequenceEqual("apos"u8))
            {
                target[written++] = (byte)'\'';
            }
            else if (entity[0] == (byte)'#')
            {
                var hex = entity.Length > 1 && entity[1] == (byte)'x';
                var digits = entity[(hex ? 2 : 1)..];
                if (!int.TryParse(Encoding.ASCII.GetString(digits), hex ? System.Globalization.NumberStyles.AllowHexSpecifier : System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var code)
                    || !Rune.TryCreate(code, out var rune) || (code < 0x20 && code is not (0x9 or 0xA or 0xD)))
                {
                    throw Damaged($"has the character reference &{Encoding.ASCII.GetString(entity)}; that is no XML character");
                }

                // A character reference is never longer in UTF-8 than its own text ("&#1;" is 4 bytes, its character 1 to 4).
                written += rune.EncodeToUtf8(target[written..]);
            }
            else
            {
                throw Damaged($"has the entity &{Utf8(entity[..Math.Min(entity.Length, 20)])}; which XML does not define");
            }
        }

        return written;
    }

    private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n';

    // XML's white space skipped byte by byte: span.TrimStart(" \t\r\n"u8) searches the four-byte set for every byte it passes, and
    // was 6 % of an import spent between a cell's attributes.
    private static ReadOnlySpan<byte> SkipSpace(ReadOnlySpan<byte> text)
    {
        var i = 0;
        while (i < text.Length && IsSpace(text[i]))
        {
            i++;
        }

        return text[i..];
    }

    private static ReadOnlySpan<byte> TrimSpaceEnd(ReadOnlySpan<byte> text)
    {
        var end = text.Length;
        while (end > 0 && IsSpace(text[end - 1]))
        {
            end--;
        }

        return text[..end];
    }

    private static int Hash(ReadOnlySpan<byte> name)
    {
        var hash = unchecked((int)2166136261);
        foreach (var b in name)
        {
            hash = unchecked((hash ^ b) * 16777619);
        }

        return hash;
    }
}
