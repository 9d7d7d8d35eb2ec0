using System.Text;

namespace TradeAnalytics.Tests.Support;

/// <summary>
/// An RFC 4180 reader that forgives nothing, written for the tests independently of the library's writer:
/// a quote inside an unquoted field, text after a closing quote, a quote left open, or a row whose field
/// count differs from the header's is an error naming the row. Line feeds or CR LF end rows.
/// </summary>
internal static class StrictCsvReader
{
    internal static List<string[]> Read(string text)
    {
        var rows = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        var row = 1;
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        throw new FormatException($"row {row}: a quoted field is never closed");
                    }

                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(text[i++]);
                }

                if (i < text.Length && text[i] is not (',' or '\n' or '\r'))
                {
                    throw new FormatException($"row {row}: text after a closing quote");
                }
            }
            else
            {
                while (i < text.Length && text[i] is not (',' or '\n' or '\r'))
                {
                    if (text[i] == '"')
                    {
                        throw new FormatException($"row {row}: a quote inside an unquoted field");
                    }

                    field.Append(text[i++]);
                }
            }

            fields.Add(field.ToString());
            field.Clear();
            if (i < text.Length && text[i] == ',')
            {
                i++;
                if (i == text.Length)
                {
                    fields.Add("");
                }

                continue;
            }

            if (i < text.Length && text[i] == '\r')
            {
                i++;
                if (i >= text.Length || text[i] != '\n')
                {
                    throw new FormatException($"row {row}: a carriage return outside quotes without a line feed");
                }
            }

            i++;
            rows.Add(fields.ToArray());
            fields.Clear();
            if (rows.Count > 1 && rows[^1].Length != rows[0].Length)
            {
                throw new FormatException($"row {row}: {rows[^1].Length} fields, the header has {rows[0].Length}");
            }

            row++;
        }

        if (fields.Count > 0)
        {
            throw new FormatException($"row {row}: the file ends without a line break");
        }

        return rows;
    }
}
