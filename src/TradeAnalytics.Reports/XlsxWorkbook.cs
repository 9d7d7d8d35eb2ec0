using System.Globalization;
using System.Reflection;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using TradeAnalytics.Claims;

namespace TradeAnalytics.Reports;

/// <summary>
/// A spreadsheet (.xlsx) of tables for people who check numbers in Excel or LibreOffice: one sheet per table, numbers as
/// numbers (full precision), years as whole numbers, flags as booleans, sources as their own text column, a missing value
/// as an empty cell (never 0), and an <c>About</c> sheet first (the question, each table's description and sources, when
/// it was written, the tool's version). Written with the Open XML SDK's streaming writer, row by row, and saved whole or
/// not at all (<see cref="SafeFile"/>).
/// </summary>
public sealed class XlsxWorkbook
{
    /// <summary>The most rows a sheet holds (Excel's limit, less the header).</summary>
    public const int MaxRows = 1_048_575;

    private readonly List<(string Name, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows, string? Description)> _sheets = [];
    private readonly List<(string Key, string Value)> _about = [];

    /// <summary>Starts a workbook.</summary>
    /// <param name="question">What the tables answer ("series KAZ ISR --flow exports"), the first line of the About sheet.</param>
    public XlsxWorkbook(string question)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(question);
        _about.Add(("question", question));
    }

    /// <summary>The sheets added so far, by name.</summary>
    public IReadOnlyList<string> Sheets => _sheets.Select(s => s.Name).ToList();

    /// <summary>Adds a line to the About sheet (a source with its edition and licence, a retrieval date …).</summary>
    /// <param name="key">What it is ("source").</param>
    /// <param name="value">Its text.</param>
    public XlsxWorkbook About(string key, string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        Preconditions.NotNull(value);
        _about.Add((key, value));
        return this;
    }

    /// <summary>
    /// Adds a sheet. Each cell is written by its type: <see cref="double"/>, <see cref="float"/>, <see cref="decimal"/> and
    /// integers as numbers, <see cref="bool"/> as a boolean, null as an empty cell, anything else as text (control characters
    /// made visible: the file is for people).
    /// </summary>
    /// <param name="name">The sheet's name (made unique and at most 31 characters, without []:*?/\).</param>
    /// <param name="columns">The header.</param>
    /// <param name="rows">The rows, each as long as the header.</param>
    /// <param name="description">What the rows are, for the About sheet.</param>
    /// <exception cref="ArgumentException">A row of another length; more than <see cref="MaxRows"/> rows; a number that is not finite.</exception>
    public XlsxWorkbook AddSheet(string name, IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<object?>> rows, string? description = null)
    {
        Preconditions.NotNull(columns);
        Preconditions.NotNull(rows);
        var list = new List<IReadOnlyList<object?>>();
        foreach (var row in rows)
        {
            if (row.Count != columns.Count)
            {
                throw new ArgumentException($"Sheet '{name}', row {list.Count + 1}: {row.Count} cells for {columns.Count} columns.", nameof(rows));
            }

            if (row.FirstOrDefault(v => v is double d && !double.IsFinite(d) || v is float f && !float.IsFinite(f)) is { } bad)
            {
                throw new ArgumentException($"Sheet '{name}', row {list.Count + 1}: {bad} is not a number a spreadsheet holds (a missing value is null).", nameof(rows));
            }

            list.Add(row);
            if (list.Count > MaxRows)
            {
                throw new ArgumentException($"Sheet '{name}' has more than {MaxRows:N0} rows, a spreadsheet's limit: write CSV or Parquet instead.", nameof(rows));
            }
        }

        _sheets.Add((UniqueName(name), columns, list, description));
        return this;
    }

    /// <summary>Adds a series: year, value (US$ million), estimated, partial, source — one row per year it holds.</summary>
    /// <param name="series">The series.</param>
    public XlsxWorkbook AddSeries(TradeSeries series)
    {
        Preconditions.NotNull(series);
        return AddSheet($"{series.Context.Economy.Code}-{series.Context.Partner.Code}", ["year", "value_musd", "estimated", "partial", "source"],
            series.Select(v => (IReadOnlyList<object?>)[v.Year, v.Value.Value, v.Estimated, v.Partial, v.Source]),
            $"{series.Context.Describe()}, US$ million");
    }

    /// <summary>Adds a dataset's observations in the interchange columns (reporter … classification), one row each.</summary>
    /// <param name="dataset">The dataset (at most <see cref="MaxRows"/> values).</param>
    public XlsxWorkbook AddDataset(TradeDataset dataset)
    {
        Preconditions.NotNull(dataset);
        return AddSheet("data", ["reporter", "partner", "flow", "year", "value_musd", "estimated", "source", "product", "classification"],
            dataset.Observations.Select(o => (IReadOnlyList<object?>)[o.Reporter.Code, o.Partner.Code, InterchangeCsv.FlowName(o.Flow), o.Year, o.Value.Value, o.Estimated, o.Source, o.Product.ToCode(), o.Classification]),
            $"{dataset.Name}: {dataset.Observations.Count:N0} values, US$ million");
    }

    /// <summary>Adds checked claims: id, section, quote, stated, computed, verdict and note.</summary>
    /// <param name="title">The article's name.</param>
    /// <param name="results">The evaluated claims.</param>
    public XlsxWorkbook AddClaims(string title, IReadOnlyList<ClaimResult> results)
    {
        Preconditions.NotNull(results);
        return AddSheet(title, ["id", "section", "quote", "stated", "computed", "verdict", "note"],
            results.Select(r => (IReadOnlyList<object?>)[r.Claim.Id, r.Claim.Section, r.Claim.Quote, r.Stated, r.Computed, r.Verdict.ToString(), r.Note]),
            $"Claims of {title}, checked against the data");
    }

    /// <summary>Writes the workbook to <paramref name="path"/>, whole or not at all; the About sheet first.</summary>
    /// <param name="path">The .xlsx file.</param>
    /// <exception cref="ArgumentException">The path does not end in .xlsx, or no sheet was added.</exception>
    public void Save(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"{path}: a workbook is written as .xlsx.", nameof(path));
        }

        if (_sheets.Count == 0)
        {
            throw new ArgumentException("The workbook has no table to write.", nameof(path));
        }

        // The package writer reads back what it wrote (System.IO.Packaging), and the safe file is write-only: built in
        // memory, then copied whole into the file that replaces the earlier one only once complete.
        using var buffer = new MemoryStream();
        Write(buffer);
        SafeFile.Write(path, stream => buffer.WriteTo(stream));
    }

    /// <summary>Writes the workbook to <paramref name="stream"/> (seekable).</summary>
    /// <param name="stream">The stream.</param>
    public void Write(Stream stream)
    {
        Preconditions.NotNull(stream);
        using var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        var sheets = new Sheets();
        uint id = 1;
        var about = _about.Select(a => (IReadOnlyList<object?>)[a.Key, a.Value])
            .Concat(_sheets.Select(s => (IReadOnlyList<object?>)[$"sheet {s.Name}", s.Description ?? ""]))
            .Append(["written (UTC)", DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)])
            .Append(["tool", "TradeAnalytics " + Version])
            .Append(["conventions", "numbers are numbers at full precision; an empty cell is a missing value, never zero; sources name the cell or line each value came from"])
            .ToList();
        foreach (var (name, columns, rows) in new[] { ("About", (IReadOnlyList<string>)["item", "value"], (IReadOnlyList<IReadOnlyList<object?>>)about) }
            .Concat(_sheets.Select(s => (s.Name, s.Columns, s.Rows))))
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            using (var sheetStream = part.GetStream(FileMode.Create, FileAccess.Write))
            using (var writer = System.Xml.XmlWriter.Create(sheetStream, new System.Xml.XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false) }))
            {
                // The sheet's XML written directly, a cell at a time: the SDK's element objects per cell took 2.2 times
                // MiniExcel's time; the package, parts and relations stay the SDK's.
                writer.WriteStartElement("worksheet", Main);
                writer.WriteStartElement("sheetData", Main);
                WriteRow(writer, columns.Cast<object?>().ToList());
                foreach (var row in rows)
                {
                    WriteRow(writer, row);
                }

                writer.WriteEndElement();
                writer.WriteEndElement();
            }

            sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = name });
        }

        workbook.Workbook = new Workbook(sheets);
        workbook.Workbook.Save();
    }

    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private static void WriteRow(System.Xml.XmlWriter writer, IReadOnlyList<object?> row)
    {
        writer.WriteStartElement("row", Main);
        foreach (var value in row)
        {
            writer.WriteStartElement("c", Main);
            switch (value)
            {
                case null:
                    break;
                case bool b:
                    writer.WriteAttributeString("t", "b");
                    writer.WriteElementString("v", Main, b ? "1" : "0");
                    break;
                case double d:
                    writer.WriteElementString("v", Main, d.ToString("R", CultureInfo.InvariantCulture));
                    break;
                case float f:
                    writer.WriteElementString("v", Main, f.ToString("R", CultureInfo.InvariantCulture));
                    break;
                case decimal or int or long or short or byte or uint or ulong or ushort or sbyte:
                    writer.WriteElementString("v", Main, Convert.ToString(value, CultureInfo.InvariantCulture));
                    break;
                default:
                    writer.WriteAttributeString("t", "inlineStr");
                    writer.WriteStartElement("is", Main);
                    writer.WriteElementString("t", Main, VisibleText.Of(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""));
                    writer.WriteEndElement();
                    break;
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    private string UniqueName(string name)
    {
        var clean = new string((string.IsNullOrWhiteSpace(name) ? "table" : name).Select(c => "[]:*?/\\".Contains(c, StringComparison.Ordinal) || char.IsControl(c) ? '_' : c).ToArray()).Trim('\'');
        clean = clean.Length > 31 ? clean[..31] : clean.Length == 0 ? "table" : clean;
        var candidate = clean;
        for (var n = 2; _sheets.Any(s => string.Equals(s.Name, candidate, StringComparison.OrdinalIgnoreCase)) || string.Equals(candidate, "About", StringComparison.OrdinalIgnoreCase); n++)
        {
            var suffix = $" ({n})";
            candidate = (clean.Length + suffix.Length > 31 ? clean[..(31 - suffix.Length)] : clean) + suffix;
        }

        return candidate;
    }

    private static string Version => typeof(XlsxWorkbook).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
}
