namespace TradeAnalytics.Sources.NationalStatistics;

/// <summary>
/// The statistics offices' own trade by partner, each layout recognised from the file itself: Kazakhstan
/// (<see cref="KazakhstanWorkbooks"/>), Uzbekistan (<see cref="UzbekistanSdmxCsv"/>), Kyrgyzstan
/// (<see cref="KyrgyzstanWorkbook"/>) and Armenia (<see cref="ArmeniaMonthlyCsv"/>). A folder is read when all its
/// recognised files are of one office's layout.
/// </summary>
public static class NationalStatisticsImporter
{
    /// <summary>The layouts, in the order they are tried.</summary>
    public static IReadOnlyList<string> Formats => [KazakhstanWorkbooks.FormatName, UzbekistanSdmxCsv.FormatName, KyrgyzstanWorkbook.FormatName, ArmeniaMonthlyCsv.FormatName];

    /// <summary>Whether a file, or a folder's files, are of one of these layouts.</summary>
    /// <param name="path">A file or a folder.</param>
    public static bool Recognises(string path) => Layout(path) is not null;

    /// <summary>Imports a file or folder of one office's layout.</summary>
    /// <param name="path">A file, or a folder of such files.</param>
    /// <exception cref="FileNotFoundException">Nothing at the path.</exception>
    /// <exception cref="FormatException">Not one of these layouts, or malformed (file and cell or line named).</exception>
    public static FileImport Import(string path) => Layout(path) switch
    {
        "KAZ" => KazakhstanWorkbooks.Import(path),
        "UZB" => UzbekistanSdmxCsv.Import(path),
        "KGZ" => KyrgyzstanWorkbook.Import(path),
        "ARM" => ArmeniaMonthlyCsv.Import(path),
        _ => throw new FormatException($"{path}: not a statistics office table this library reads ({string.Join("; ", Formats)})."),
    };

    private static string? Layout(string path)
    {
        if (Directory.Exists(path))
        {
            var layouts = Directory.EnumerateFiles(path).Select(LayoutOfFile).Where(l => l is not null).Distinct().ToList();
            return layouts.Count == 1 ? layouts[0] : null;
        }

        return LayoutOfFile(path);
    }

    private static string? LayoutOfFile(string file)
        => KazakhstanWorkbooks.Recognises(file) ? "KAZ"
            : UzbekistanSdmxCsv.Recognises(file) ? "UZB"
            : KyrgyzstanWorkbook.Recognises(file) ? "KGZ"
            : ArmeniaMonthlyCsv.Recognises(file) ? "ARM"
            : null;
}
