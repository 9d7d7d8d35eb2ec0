using System.Text;

namespace TradeAnalytics;

/// <summary>
/// Reads the small tables this assembly embeds (economies, HS chapters, economy names): CSV (RFC 4180) whose header must be
/// exactly the one given. The core reads no user file; the readers of users' files, with their reports of rejected rows, are
/// in TradeAnalytics.Formats.
/// </summary>
internal sealed class EmbeddedCsv
{
    private readonly TextReader _reader;
    private readonly string _name;
    private readonly List<string> _fields = [];
    private readonly StringBuilder _field = new();
    private int _nextLine = 1;

    private EmbeddedCsv(TextReader reader, string name) => (_reader, _name) = (reader, name);

    /// <summary>The line the current record starts on.</summary>
    internal int Line { get; private set; }

    /// <summary>The fields of the current record.</summary>
    internal int Count => _fields.Count;

    /// <summary>Field <paramref name="index"/> of the current record.</summary>
    internal string this[int index] => _fields[index];

    /// <summary>Field <paramref name="index"/> of the current record.</summary>
    internal string GetString(int index) => _fields[index];

    /// <summary>A reader past the header, which must be exactly <paramref name="header"/>.</summary>
    /// <exception cref="InvalidDataException">The table is empty or its header is another.</exception>
    internal static EmbeddedCsv Open(TextReader reader, string name, string header)
    {
        var csv = new EmbeddedCsv(reader, name);
        if (!csv.Read() || string.Join(",", csv._fields) != header)
        {
            throw new InvalidDataException($"The embedded table {name} does not begin with the header '{header}'; the assembly is damaged.");
        }

        return csv;
    }

    /// <summary>Moves to the next record; false at the end.</summary>
    /// <exception cref="InvalidDataException">A quoted field is not closed.</exception>
    internal bool Read()
    {
        _fields.Clear();
        Line = _nextLine;
        var line = _reader.ReadLine();
        if (line is null)
        {
            return false;
        }

        _nextLine++;
        _field.Clear();
        var quoted = false;
        for (var i = 0; ; i++)
        {
            if (i == line.Length)
            {
                if (!quoted)
                {
                    break;
                }

                // A line break inside quotes belongs to the field.
                line = _reader.ReadLine() ?? throw new InvalidDataException($"{_name} line {Line}: a quoted field is not closed.");
                _nextLine++;
                _field.Append('\n');
                i = -1;
                continue;
            }

            var c = line[i];
            if (quoted)
            {
                if (c != '"')
                {
                    _field.Append(c);
                }
                else if (i + 1 < line.Length && line[i + 1] == '"')
                {
                    _field.Append('"');
                    i++;
                }
                else
                {
                    quoted = false;
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                _fields.Add(_field.ToString());
                _field.Clear();
            }
            else
            {
                _field.Append(c);
            }
        }

        _fields.Add(_field.ToString());
        return true;
    }
}
