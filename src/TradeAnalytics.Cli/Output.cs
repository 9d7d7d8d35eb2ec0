using System.Globalization;
using System.Text.Json;

namespace TradeAnalytics.Cli;

/// <summary>How results are printed.</summary>
internal enum OutputFormat
{
    /// <summary>Aligned columns for people.</summary>
    Table,

    /// <summary>CSV with a header, invariant culture.</summary>
    Csv,

    /// <summary>A JSON array of objects.</summary>
    Json,

    /// <summary>A spreadsheet (.xlsx, with --out): each table a sheet, typed cells, an About sheet.</summary>
    Xlsx,
}

/// <summary>
/// One cell: its text for tables and CSV (numbers at the column's precision), and its value for JSON — a
/// number at full precision, a boolean, a string, or null for a missing value.
/// </summary>
internal readonly record struct Cell(string Text, object? Json)
{
    public static implicit operator Cell(string text) => new(text, text);

    /// <summary>A missing number: empty in tables and CSV, null in JSON.</summary>
    public static Cell Missing => new("", null);

    /// <summary>A number at the column's precision; a value that is not finite is missing (no output ever holds Infinity or NaN).</summary>
    public static Cell Number(double value, string format) => double.IsFinite(value) ? new(value.ToString(format, CultureInfo.InvariantCulture), value) : Missing;

    public static Cell Number(double? value, string format) => value is { } v ? Number(v, format) : Missing;

    public static Cell Integer(int value) => new(value.ToString(CultureInfo.InvariantCulture), value);

    public static Cell Flag(bool value) => new(value ? "true" : "false", value);
}

/// <summary>A small table: a header and rows of cells, printed in any <see cref="OutputFormat"/>.</summary>
internal sealed class Output(IReadOnlyList<string> columns)
{
    private readonly List<Cell[]> _rows = [];

    /// <summary>What the rows are ("Kazakhstan–Israel turnover, as reported by Kazakhstan, US$ million"): JSON carries it beside the rows.</summary>
    internal string? Description { get; init; }

    /// <summary>Typed fields JSON carries beside the rows (e.g. the trend's interval and R² at full precision); tables and CSV show the rows alone.</summary>
    internal Dictionary<string, object?> Fields { get; } = [];

    internal void Add(params Cell[] row)
    {
        if (row.Length != columns.Count)
        {
            throw new InvalidOperationException($"A row has {row.Length} cells for {columns.Count} columns.");
        }

        _rows.Add(row);
    }

    internal void Write(TextWriter writer, OutputFormat format)
    {
        switch (format)
        {
            case OutputFormat.Xlsx:
                // A sheet of the run's workbook, written whole to --out when the command ends (XlsxOutput): typed cells, the
                // description and the JSON fields in the About sheet.
                XlsxOutput.Add(Description, columns, _rows.Select(r => (IReadOnlyList<object?>)r.Select(c => c.Json).ToList()), Fields);
                break;
            case OutputFormat.Csv:
                CsvText.RowForPeople(writer, columns);
                foreach (var row in _rows)
                {
                    CsvText.RowForPeople(writer, row.Select(cell => cell.Text));
                }

                break;
            case OutputFormat.Json:
                // {"description": …, "rows": [{column: value, …}]}: numbers as numbers at full precision, flags as booleans, missing as null.
                var rows = _rows.Select(r => columns.Select((c, i) => (c, r[i].Json)).ToDictionary(x => x.c, x => x.Json)).ToList();
                var document = new Dictionary<string, object?> { ["description"] = Description, ["rows"] = rows };
                foreach (var (name, value) in Fields)
                {
                    document[name] = value;
                }

                writer.WriteLine(JsonText(document));
                break;
            default:
                // For a terminal: control and direction characters in any cell or header (a file's or a query's text) shown visibly.
                var header = columns.Select(c => VisibleText.Of(c)).ToList();
                var texts = _rows.Select(r => r.Select(cell => VisibleText.Of(cell.Text)).ToArray()).ToList();
                var widths = header.Select((c, i) => Math.Max(c.Length, texts.Count == 0 ? 0 : texts.Max(r => r[i].Length))).ToArray();
                writer.WriteLine(string.Join("  ", header.Select((c, i) => c.PadRight(widths[i]))).TrimEnd());
                foreach (var row in texts)
                {
                    writer.WriteLine(string.Join("  ", row.Select((text, i) => IsNumber(text) ? text.PadLeft(widths[i]) : text.PadRight(widths[i]))).TrimEnd());
                }

                break;
        }
    }

    /// <summary>
    /// A document of dictionaries, lists, text, numbers, flags and nulls as indented JSON — written value by value, without
    /// reflection, so that the tool compiled ahead of time writes it as the JIT-compiled one does.
    /// </summary>
    internal static string JsonText(object? document)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            WriteJson(json, document);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteJson(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null: json.WriteNullValue(); break;
            case string s: json.WriteStringValue(s); break;
            case bool b: json.WriteBooleanValue(b); break;
            case int i: json.WriteNumberValue(i); break;
            case long l: json.WriteNumberValue(l); break;
            case double d: json.WriteNumberValue(d); break;
            case decimal m: json.WriteNumberValue(m); break;
            case System.Collections.IDictionary map:
                json.WriteStartObject();
                foreach (System.Collections.DictionaryEntry entry in map)
                {
                    json.WritePropertyName((string)entry.Key);
                    WriteJson(json, entry.Value);
                }

                json.WriteEndObject();
                break;
            case System.Collections.IEnumerable items:
                json.WriteStartArray();
                foreach (var item in items)
                {
                    WriteJson(json, item);
                }

                json.WriteEndArray();
                break;
            default:
                throw new InvalidOperationException($"No JSON form for a {value.GetType().Name}.");
        }
    }

    private static bool IsNumber(string cell) => double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
}
