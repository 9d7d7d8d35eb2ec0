using TradeAnalytics.Sources.Imf;
using TradeAnalytics.Sources.NationalStatistics;
using TradeAnalytics.Sources.UnComtrade;

namespace TradeAnalytics.Sources;

/// <summary>What an import produced: annual observations and a report that reconciles.</summary>
/// <param name="Path">The file or folder imported.</param>
/// <param name="Format">The format detected.</param>
/// <param name="Observations">Annual observations, ready for the interchange format.</param>
/// <param name="Report">Lines for a person: counts, reasons, incomplete years, balance checks.</param>
/// <param name="Reconciles">True when every record read is accounted for.</param>
public sealed record FileImport(string Path, string Format, IReadOnlyList<TradeObservation> Observations, IReadOnlyList<string> Report, bool Reconciles)
{
    /// <summary>
    /// Values read that are not in <see cref="Observations"/>: rejected cells or rows, records without a
    /// trade value (other indicators, empty values, deletions) and the periods of incomplete years. Rows
    /// repeated with the same value (kept once) are not counted.
    /// </summary>
    public int Rejected { get; init; }

    /// <summary>Values kept as published but flagged (a negative flow), among <see cref="Observations"/>.</summary>
    public int Flagged { get; init; }

    /// <summary>The closing line of an import: "872 values imported; 0 rejected; 0 flagged".</summary>
    public string Summary => $"{Observations.Count} values imported; {Rejected} rejected; {Flagged} flagged";
}

/// <summary>
/// Imports any trade file the library reads, detecting the publisher and format from the file itself:
/// UN Comtrade (a bulk CSV, a folder of them, or an API answer in JSON; see <see cref="ComtradeImporter"/>),
/// the statistics offices of Kazakhstan, Uzbekistan, Kyrgyzstan and Armenia (<see cref="NationalStatisticsImporter"/>)
/// and every IMF format (see <see cref="ImfFileImporter"/>).
/// </summary>
public static class TradeFileImporter
{
    /// <summary>The formats tried, in the order they are recognised.</summary>
    public static IReadOnlyList<string> Formats => [.. ComtradeImporter.Formats, ComtradeChapterFiles.FormatName, ImtsCopyJson.FormatName, .. NationalStatisticsImporter.Formats, .. ImfFileImporter.Formats];

    /// <summary>
    /// The year of the IMF IMTS copy (<see cref="ImtsCopyJson"/>) when imported through <see cref="Import"/>: the file does
    /// not state it; the copy in the project's shared data is of 2025 (its page's title, "Bilateral goods exports, 2025").
    /// </summary>
    public const int CopyYear = 2025;

    /// <summary>Imports <paramref name="path"/>, a file or a folder.</summary>
    /// <param name="path">The file or folder.</param>
    /// <param name="progress">Told of each DOTS workbook read, for a folder of workbooks; may be null.</param>
    /// <exception cref="FileNotFoundException">Nothing at the path.</exception>
    /// <exception cref="FormatException">The file is in no known format (the message lists those tried and shows the first line), or is malformed.</exception>
    public static FileImport Import(string path, IProgress<DotsImportProgress>? progress = null)
        => ComtradeImporter.Recognises(path) ? ComtradeImporter.Import(path)
            : ComtradeChapterFiles.Recognises(path) ? ComtradeChapterFiles.Import(path)
            : ImtsCopyJson.Recognises(path) ? ImtsCopyJson.Import(path, CopyYear)
            : NationalStatisticsImporter.Recognises(path) ? NationalStatisticsImporter.Import(path)
            : ImfFileImporter.Import(path, progress);
}
