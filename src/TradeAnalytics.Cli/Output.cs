using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;

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
}

/// <summary>A small table: a header and rows of invariant strings, printed in any <see cref="OutputFormat"/>.</summary>
internal sealed class Output(IReadOnlyList<string> columns)
{
    private readonly List<string[]> _rows = [];

    internal void Add(params string[] row)
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
            case OutputFormat.Csv:
                using (var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\n" }, leaveOpen: true))
                {
                    foreach (var c in columns)
                    {
                        csv.WriteField(c);
                    }

                    csv.NextRecord();
                    foreach (var row in _rows)
                    {
                        foreach (var cell in row)
                        {
                            csv.WriteField(SpreadsheetText.Safe(cell));
                        }

                        csv.NextRecord();
                    }
                }

                break;
            case OutputFormat.Json:
                var objects = _rows.Select(r => columns.Select((c, i) => (c, r[i])).ToDictionary(x => x.c, x => x.Item2));
                writer.WriteLine(JsonSerializer.Serialize(objects, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
                break;
            default:
                var widths = columns.Select((c, i) => Math.Max(c.Length, _rows.Count == 0 ? 0 : _rows.Max(r => r[i].Length))).ToArray();
                var line = new StringBuilder();
                writer.WriteLine(string.Join("  ", columns.Select((c, i) => c.PadRight(widths[i]))).TrimEnd());
                foreach (var row in _rows)
                {
                    line.Clear();
                    writer.WriteLine(string.Join("  ", row.Select((cell, i) => IsNumber(cell) ? cell.PadLeft(widths[i]) : cell.PadRight(widths[i]))).TrimEnd());
                }

                break;
        }
    }

    private static bool IsNumber(string cell) => double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
}
