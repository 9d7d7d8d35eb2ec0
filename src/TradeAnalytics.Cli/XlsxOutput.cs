using System.CommandLine;
using TradeAnalytics.Reports;

namespace TradeAnalytics.Cli;

/// <summary>
/// <c>--format xlsx --out FILE</c> for every command that prints a table: each table the command prints becomes a sheet of
/// one workbook, saved whole (or not at all) when the command has ended well. The workbook being filled belongs to the
/// run's flow of execution (AsyncLocal): runs side by side in one process (the tests run the tool in-process, in parallel)
/// never see each other's.
/// </summary>
internal static class XlsxOutput
{
    private static readonly AsyncLocal<XlsxWorkbook?> Current = new();

    private static XlsxWorkbook? Workbook
    {
        get => Current.Value;
        set => Current.Value = value;
    }

    /// <summary>Adds to every command that has --format and no --out of its own the --out the workbook is written to.</summary>
    internal static void AddOutOption(Command command)
    {
        if (command.Options.Any(o => o.Name == "--format") && command.Options.All(o => o.Name != "--out"))
        {
            command.Options.Add(new Option<FileInfo?>("--out") { Description = "With --format xlsx: the spreadsheet to write (.xlsx)." });
        }
    }

    /// <summary>Starts the run's workbook when --format xlsx is asked; refuses it without --out FILE.xlsx. Returns the path, or null.</summary>
    internal static string? Begin(ParseResult result, string[] args)
    {
        Workbook = null;
        if (result.CommandResult.Command.Options.All(o => o.Name != "--format") || result.GetValue<OutputFormat>("--format") != OutputFormat.Xlsx)
        {
            return null;
        }

        var path = result.GetValue<FileInfo?>("--out")?.FullName
            ?? throw new CommandLineException("--format xlsx writes a spreadsheet: give --out FILE.xlsx.");
        if (!path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            throw new CommandLineException($"--out {path}: a spreadsheet is written as .xlsx.");
        }

        if (Path.GetDirectoryName(path) is { Length: > 0 } folder && !Directory.Exists(folder))
        {
            throw new CommandLineException($"--out {path}: the folder {folder} does not exist.");
        }

        Workbook = new XlsxWorkbook("trade-analytics " + string.Join(" ", args.Select(a => a.Contains(' ', StringComparison.Ordinal) ? $"\"{a}\"" : a)));
        Workbook.About("sources", "each table's source column names the publisher's file and cell or line of every value; `trade-analytics sources` lists every source with its edition and licence");
        return path;
    }

    /// <summary>A table printed with --format xlsx: a sheet of the run's workbook.</summary>
    internal static void Add(string? description, IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<object?>> rows, IReadOnlyDictionary<string, object?> fields)
    {
        var workbook = Workbook ?? throw new InvalidOperationException("--format xlsx outside a run that began the workbook.");
        workbook.AddSheet(workbook.Sheets.Count == 0 ? "table" : $"table {workbook.Sheets.Count + 1}", columns, rows, description);
        foreach (var (name, value) in fields.Where(f => f.Value is string or int or double or bool))
        {
            workbook.About(name, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "");
        }
    }

    /// <summary>Saves the run's workbook to <paramref name="path"/>; a run that printed no table is an error.</summary>
    internal static void Save(string path, TextWriter output)
    {
        var workbook = Workbook!;
        Workbook = null;
        if (workbook.Sheets.Count == 0)
        {
            throw new CommandLineException("--format xlsx: this command printed no table to put in a spreadsheet.");
        }

        workbook.Save(path);
        output.WriteLine($"wrote {path} ({string.Join(", ", workbook.Sheets)}; About first)");
    }
}
