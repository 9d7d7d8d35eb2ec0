using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using TradeAnalytics.Sql;

namespace TradeAnalytics.Cli;

/// <summary><c>sql "select …" [--data x.parquet …] [--format table|csv|json]</c>: SQL over Parquet interchange files, streamed.</summary>
internal static class SqlCommand
{
    internal static Command Create(TextWriter output)
    {
        var query = new Argument<string>("query") { Description = "One SQL statement over the view 'trade' (columns reporter, partner, flow, year, value_musd, estimated, source, product, classification) and the table 'economies' (code, name, imf_name, iso2, kind: country, aggregate or residual)." };
        var data = new Option<FileInfo[]>("--data") { Description = "Interchange Parquet files (repeat the option); default: every DOTS 2022 value (the TradeAnalytics.Data.ImfDots2022 file).", AllowMultipleArgumentsPerToken = true };
        var format = CommonOptions.Format();
        var unrestricted = new Option<bool>("--unrestricted")
        {
            Description = "Let the SQL do anything DuckDB can: several statements, read and write any file, attach databases, install and load extensions over the network. "
                + "Only for SQL you wrote yourself: by default one read-only query runs, over the --data files alone.",
        };
        var memory = new Option<int>("--memory-limit") { Description = "The engine's memory, MiB (default 2048; 0: DuckDB's own default, 80 % of the machine).", DefaultValueFactory = _ => 2048 };
        var spill = new Option<int>("--spill-limit") { Description = "What the engine may write to its own temporary folder (deleted afterwards) when memory runs short, MiB (default 4096; 0: no bound).", DefaultValueFactory = _ => 4096 };
        var time = new Option<int>("--time-limit") { Description = "How long the query may run, rows written included, seconds (default 120; 0: no bound).", DefaultValueFactory = _ => 120 };
        var command = new Command("sql", "Run one read-only SQL query over Parquet interchange files with DuckDB embedded; results are streamed, files are never loaded whole; memory, spill and time are bounded.") { query, data, format, unrestricted, memory, spill, time };
        command.SetAction(parse =>
        {
            var files = (parse.GetValue(data) ?? []).Select(f => f.FullName).ToList();
            if (files.Count == 0)
            {
                files.Add(ShippedFile());
            }

            foreach (var f in files.Where(f => !CommonOptions.IsParquet(f)))
            {
                throw new CommandLineException($"--data {f}: sql reads Parquet; convert a CSV with 'trade-analytics import … --out x.parquet' or write it with --out x.parquet.");
            }

            try
            {
                foreach (var (option, value) in new[] { (memory, parse.GetValue(memory)), (spill, parse.GetValue(spill)), (time, parse.GetValue(time)) }.Where(x => x.Item2 < 0))
                {
                    throw new CommandLineException($"{option.Name} {value}: give 0 (no bound) or more.");
                }

                var limits = new SqlLimits(parse.GetValue(memory), parse.GetValue(spill), TimeSpan.FromSeconds(parse.GetValue(time)));
                using var result = TradeSql.Query(parse.GetValue(query)!, files, parse.GetValue(unrestricted) ? SqlAccess.Unrestricted : SqlAccess.ReadOnly, limits);
                Write(output, result, parse.GetValue(format));
            }
            catch (SqlQueryException e)
            {
                throw new CommandLineException("DuckDB: " + CommonOptions.InFlags(e.Message));
            }
            catch (DuckDB.NET.Data.DuckDBException e)
            {
                // Rows are streamed: an error after the first rows ends the output there. Said as one line, never a stack trace.
                output.Flush();
                throw new CommandLineException("DuckDB, while the rows were being written (the output above is cut short: the rows after the error are missing): " + e.Message);
            }

            return 0;
        });
        return command;
    }

    /// <summary>
    /// The data package's values as the interchange Parquet file (DuckDB reads files), written to the cache folder the first
    /// time (some seconds; said on standard error) and used only while its bytes hash as data/imf-dots-2022-all.parquet's
    /// do (<see cref="TradeAnalytics.Data.ImfDots2022All.InterchangeSha256"/>): a copy with one bit changed is replaced, never read.
    /// </summary>
    private static string ShippedFile()
    {
        var folder = Path.Combine(Path.GetDirectoryName(new TradeAnalytics.Sources.Imf.ImfClientOptions().CacheFolder)!, "data");
        var path = Path.Combine(folder, "imf-dots-2022-all.parquet");
        if (!File.Exists(path) || Sha256(path) != TradeAnalytics.Data.ImfDots2022All.InterchangeSha256)
        {
            CommonOptions.Notes?.WriteLine($"note: writing every DOTS 2022 value as a Parquet file for SQL, once: {path} (some seconds)");
            Directory.CreateDirectory(folder);
            TradeAnalytics.Data.ImfDots2022All.WriteInterchangeFile(path);
            if (Sha256(path) != TradeAnalytics.Data.ImfDots2022All.InterchangeSha256)
            {
                throw new CommandLineException($"the DOTS 2022 file written to {path} is not the shipped one (its SHA-256 differs); give --data FILE.parquet.");
            }
        }

        return path;
    }

    private static string Sha256(string path)
    {
        using var file = File.OpenRead(path);
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(file));
    }

    private static void Write(TextWriter output, SqlResult result, OutputFormat format)
    {
        switch (format)
        {
            case OutputFormat.Csv:
                CsvText.RowForPeople(output, result.Columns);
                foreach (var row in result.Rows())
                {
                    CsvText.RowForPeople(output, row.Select(Text));
                }

                break;
            case OutputFormat.Json:
                WriteJson(output, result);
                output.WriteLine();
                break;
            case OutputFormat.Xlsx:
                // One sheet, numbers and flags typed; a result beyond a sheet's rows is refused, not cut (write CSV or Parquet).
                var sheet = new Output(result.Columns);
                var count = 0;
                foreach (var row in result.Rows())
                {
                    if (++count > Reports.XlsxWorkbook.MaxRows)
                    {
                        throw new CommandLineException($"the result has more than {Reports.XlsxWorkbook.MaxRows:N0} rows, a spreadsheet's limit: use --format csv.");
                    }

                    sheet.Add(row.Select(v => v switch
                    {
                        double or float or decimal or int or long or short or byte or bool => new Cell(Text(v), v),
                        null or DBNull => Cell.Missing,
                        _ => (Cell)Text(v),
                    }).ToArray());
                }

                sheet.Write(output, OutputFormat.Xlsx);
                break;
            default:
                // Aligned a thousand rows at a time, so a long result streams instead of waiting for its end.
                foreach (var chunk in result.Rows().Chunk(1000))
                {
                    var table = new Output(result.Columns);
                    foreach (var row in chunk)
                    {
                        table.Add(row.Select(v => (Cell)Text(v)).ToArray());
                    }

                    table.Write(output, OutputFormat.Table);
                }

                break;
        }
    }

    /// <summary>
    /// A JSON array of row objects, written to a temporary file first and copied to the output only when whole: a query
    /// that fails midway leaves standard output empty, never half a document (the file keeps memory flat for long results).
    /// A value that is not finite is null.
    /// </summary>
    private static void WriteJson(TextWriter output, SqlResult result)
    {
        using var spool = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        using (var json = new Utf8JsonWriter(spool, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartArray();
            foreach (var row in result.Rows())
            {
                json.WriteStartObject();
                for (var i = 0; i < row.Length; i++)
                {
                    json.WritePropertyName(result.Columns[i]);
                    WriteValue(json, row[i]);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        spool.Position = 0;
        using var reader = new StreamReader(spool, System.Text.Encoding.UTF8, false, 1 << 16);
        var buffer = new char[1 << 16];
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            output.Write(buffer, 0, read);
        }
    }

    /// <summary>
    /// A value as text: numbers invariantly (the shortest round trip), dates and times in ISO 8601 (2020-01-01), lists and structs
    /// as JSON text ([1,2,3], {"a":1}) — never a .NET type name or the current culture's date order.
    /// </summary>
    private static string Text(object? value) => value switch
    {
        null => "",
        string text => text,
        bool b => b ? "true" : "false",
        double d when !double.IsFinite(d) => "",
        float f when !float.IsFinite(f) => "",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        DateTime t => t.TimeOfDay == TimeSpan.Zero ? t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : t.ToString("yyyy-MM-ddTHH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimeOnly t => t.ToString("HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.ToString("O", CultureInfo.InvariantCulture),
        TimeSpan t => t.ToString("c", CultureInfo.InvariantCulture),
        System.Collections.IDictionary or System.Collections.IEnumerable => JsonOf(value),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>A list, a struct (a dictionary) or any value as compact JSON text.</summary>
    private static string JsonOf(object? value)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            WriteValue(json, value);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>One value as JSON: numbers as numbers (a value that is not finite as null), lists as arrays, structs as objects, the rest as text.</summary>
    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null: json.WriteNullValue(); break;
            case bool b: json.WriteBooleanValue(b); break;
            case double d when !double.IsFinite(d): json.WriteNullValue(); break;
            case float f when !float.IsFinite(f): json.WriteNullValue(); break;
            case double d: json.WriteNumberValue(d); break;
            case float f: json.WriteNumberValue(f); break;
            case decimal m: json.WriteNumberValue(m); break;
            case long l: json.WriteNumberValue(l); break;
            case int n: json.WriteNumberValue(n); break;
            case short n: json.WriteNumberValue(n); break;
            case byte n: json.WriteNumberValue(n); break;
            case ulong n: json.WriteNumberValue(n); break;
            case uint n: json.WriteNumberValue(n); break;
            case System.Numerics.BigInteger big: json.WriteRawValue(big.ToString(CultureInfo.InvariantCulture)); break;
            case string text: json.WriteStringValue(text); break;
            case System.Collections.IDictionary map:
                json.WriteStartObject();
                foreach (System.Collections.DictionaryEntry entry in map)
                {
                    json.WritePropertyName(Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? "");
                    WriteValue(json, entry.Value);
                }

                json.WriteEndObject();
                break;
            case System.Collections.IEnumerable items:
                json.WriteStartArray();
                foreach (var item in items)
                {
                    WriteValue(json, item);
                }

                json.WriteEndArray();
                break;
            default: json.WriteStringValue(Text(value)); break;
        }
    }
}
