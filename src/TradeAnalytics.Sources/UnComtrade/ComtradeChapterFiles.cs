using System.Formats.Tar;
using System.Globalization;
using System.IO.Compression;
using System.Text.RegularExpressions;
using TradeAnalytics.Claims;

namespace TradeAnalytics.Sources.UnComtrade;

/// <summary>
/// UN Comtrade by HS chapter as the dashboard project HubashovD/project_comtrade_dashboard saved it: one CSV per
/// reporter, year, flow and chapter, named <c>{Reporter};{Year};{Export|Import|Re-Export|Re-Import};{HS2}.csv</c>
/// (chapter without its leading zero), with columns yr, periodDesc, rgDesc, rtTitle, cmdCode, cmdDescE, Subregion,
/// Region, TradeValue (whole US$) and four of coordinates. Read from the folder or straight from its .tar.gz.
/// A partner is a country (Region repeats its name), the World, or a UN M49 subregion ("Central Asia": an
/// aggregate, coded M143, never a country and never added to its members). The file name and the row must agree
/// (year, flow, reporter, chapter); a chapter without a file is a gap, reported, never a zero. Files of other
/// layouts in the folder (<c>mena…</c>, <c>rtList.csv</c>, coordinates) are listed as not read.
/// </summary>
public static class ComtradeChapterFiles
{
    /// <summary>The format's name in reports.</summary>
    public const string FormatName = "UN Comtrade by HS chapter, one CSV per reporter, year, flow and chapter";

    /// <summary>The largest file read from an archive (the real ones are a few kB); a larger one is damage.</summary>
    public const long MaxEntryBytes = 16 << 20;

    /// <summary>The most bytes read out of an archive in all (the real one inflates to 42 MB; every entry is held in memory while read).</summary>
    public const long MaxArchiveBytes = 256L << 20;

    private static readonly Regex Name = new(@"^(?<reporter>[A-Za-z .'-]+);(?<year>\d{4});(?<flow>Export|Import|Re-Export|Re-Import);(?<chapter>\d{1,2})\.csv$", RegexOptions.CultureInvariant);

    private static readonly string[] Columns = ["yr", "periodDesc", "rgDesc", "rtTitle", "cmdCode", "cmdDescE", "Subregion", "Region", "TradeValue", "rtLat", "rtLon", "ptLon", "ptLat"];

    /// <summary>The UN M49 subregions that appear as partners, with the codes this library gives them (M + the M49 number).</summary>
    public static IReadOnlyDictionary<string, string> Subregions { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Northern Africa"] = "M015", ["Sub-Saharan Africa"] = "M202", ["Latin America and the Caribbean"] = "M419",
        ["Northern America"] = "M021", ["Central Asia"] = "M143", ["Eastern Asia"] = "M030", ["South-eastern Asia"] = "M035",
        ["Southern Asia"] = "M034", ["Western Asia"] = "M145", ["Eastern Europe"] = "M151", ["Northern Europe"] = "M154",
        ["Southern Europe"] = "M039", ["Western Europe"] = "M155", ["Australia and New Zealand"] = "M053",
        ["Melanesia"] = "M054", ["Micronesia"] = "M057", ["Polynesia"] = "M061",
    };

    /// <summary>Whether <paramref name="path"/> is such a folder, or a .tar.gz of one.</summary>
    /// <param name="path">A folder or a .tar.gz file.</param>
    public static bool Recognises(string path)
    {
        if (Directory.Exists(path))
        {
            return Directory.EnumerateFiles(path).Take(1000).Any(f => Name.IsMatch(Path.GetFileName(f)));
        }

        if (!File.Exists(path) || !path.EndsWith(".tar.gz", StringComparison.OrdinalIgnoreCase) || new FileInfo(path).Length == 0)
        {
            return false;
        }

        try
        {
            // The headers first, bounded: a hostile archive is recognised as one, so that the import says what is wrong with it.
            using (var scan = InputFile.OpenRead(path))
            using (var inflated = new GZipStream(scan, CompressionMode.Decompress))
            {
                try
                {
                    TarHeaders.Check(inflated, Path.GetFileName(path), MaxEntryBytes, MaxArchiveBytes, maxEntries: 50);
                }
                catch (FormatException)
                {
                    return true;
                }
            }

            using var stream = InputFile.OpenRead(path);
            using var gzip = new GZipStream(stream, CompressionMode.Decompress);
            using var tar = new TarReader(gzip);
            for (var i = 0; i < 50 && tar.GetNextEntry() is { } entry; i++)
            {
                if (Name.IsMatch(Path.GetFileName(entry.Name)))
                {
                    return true;
                }
            }
        }
        catch (Exception e) when (e is InvalidDataException or IOException or FormatException)
        {
        }

        return false;
    }

    /// <summary>A chapter's description as the files give it: that of its latest year's file.</summary>
    /// <param name="Chapter">The chapter, two digits.</param>
    /// <param name="Name">The description (cmdDescE).</param>
    /// <param name="Source">The file and line it was read from.</param>
    public sealed record ChapterName(string Chapter, string Name, string Source);

    /// <summary>Reads every chapter file of a folder or archive.</summary>
    /// <param name="path">The folder, or its .tar.gz.</param>
    /// <exception cref="FileNotFoundException">Nothing at the path.</exception>
    /// <exception cref="FormatException">A damaged archive, an entry beyond <see cref="MaxEntryBytes"/>, or more than <see cref="MaxArchiveBytes"/> in all.</exception>
    public static FileImport Import(string path) => Read(path).Import;

    /// <summary>The chapter names the files carry (for the table of chapter names).</summary>
    /// <param name="path">The folder, or its .tar.gz.</param>
    public static IReadOnlyList<ChapterName> ChapterNames(string path) => Read(path).Names;

    private static (FileImport Import, IReadOnlyList<ChapterName> Names) Read(string path)
    {
        var result = new ComtradeAccumulator(Path.GetFileName(path.TrimEnd('/')), FormatName);
        var notRead = new List<string>();
        var held = new Dictionary<(string Reporter, int Year, string Flow), SortedSet<int>>();
        var names = new Dictionary<string, (int Year, string Name, string Source)>(StringComparer.Ordinal);
        var unknown = new SortedSet<string>(StringComparer.Ordinal);
        var files = 0;
        foreach (var (name, open) in Entries(path))
        {
            var match = Name.Match(name);
            if (open is null || !match.Success)
            {
                notRead.Add(name);
                continue;
            }

            files++;
            var reporterName = match.Groups["reporter"].Value;
            var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
            var flowWord = match.Groups["flow"].Value;
            var chapterNumber = int.Parse(match.Groups["chapter"].Value, CultureInfo.InvariantCulture);
            var chapter = chapterNumber.ToString("00", CultureInfo.InvariantCulture);
            held.TryAdd((reporterName, year, flowWord), []);
            held[(reporterName, year, flowWord)].Add(chapterNumber);
            using var reader = open();
            try
            {
                ReadFile(name, reader, reporterName, year, flowWord, chapter, result, names, unknown);
            }
            catch (FormatException e)
            {
                // A damaged entry's message names the entry; the user gave the archive, so it names that first.
                throw new FormatException($"{Path.GetFileName(path.TrimEnd('/'))}: {e.Message}", e);
            }
        }

        if (files == 0)
        {
            throw new FormatException($"{path}: no file named Reporter;Year;Flow;Chapter.csv.");
        }

        var report = new List<string>();
        var import = result.Result();
        report.Add(import.ToString());
        report.Add($"{files} chapter files read{(notRead.Count > 0 ? $"; not read, of other layouts or not regular files ({notRead.Count}): {string.Join(", ", notRead.Take(8))}{(notRead.Count > 8 ? ", …" : "")}" : "")}");
        var chapters = held.Values.SelectMany(s => s).Distinct().Order().ToList();
        var gaps = held.Select(kv => (kv.Key, Missing: chapters.Except(kv.Value).ToList())).Where(g => g.Missing.Count > 0).ToList();
        report.Add($"chapters present in the files: {chapters.Count} ({string.Join(",", Enumerable.Range(1, 99).Where(c => c != 77 && c < 98 && !chapters.Contains(c)).Select(c => c.ToString("00", CultureInfo.InvariantCulture)).DefaultIfEmpty("none"))} never appear)");
        if (gaps.Count > 0)
        {
            report.Add($"gaps, not zeros: {gaps.Count} reporter-year-flows lack some chapters' files, {gaps.Sum(g => g.Missing.Count)} files in all; e.g. {string.Join("; ", gaps.Take(5).Select(g => $"{g.Key.Reporter} {g.Key.Year} {g.Key.Flow}: {string.Join(",", g.Missing.Take(10))}{(g.Missing.Count > 10 ? ",…" : "")}"))}");
        }

        if (unknown.Count > 0)
        {
            report.Add($"partner labels in no name table, their rows rejected ({unknown.Count}): {string.Join("; ", unknown)}");
        }

        report.AddRange(import.Rejected.Where(r => !r.Reason.StartsWith("partner '", StringComparison.Ordinal)).Take(50).Select(r => "rejected: " + r));
        var chapterNames = names.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => new ChapterName(kv.Key, kv.Value.Name, kv.Value.Source)).ToList();
        return (new FileImport(path, FormatName, import.Observations, report, import.Reconciles) { Rejected = import.Rejected.Count, Flagged = import.Warnings.Count }, chapterNames);
    }

    private static void ReadFile(string name, TextReader reader, string reporterName, int year, string flowWord, string chapter, ComtradeAccumulator result,
        Dictionary<string, (int Year, string Name, string Source)> names, SortedSet<string> unknown)
    {
        var (csv, header) = Imf.ImfCsv.Open(reader, name);
        using var owned = csv;
        if (!header.SequenceEqual(Columns, StringComparer.Ordinal))
        {
            throw new FormatException($"{name}: the header is not {string.Join(",", Columns)}.");
        }

        EconomyNames.TryGetByName(reporterName, out var reporter);
        TradeFlow flow = flowWord switch { "Export" => TradeFlow.Exports, "Import" => TradeFlow.Imports, "Re-Export" => TradeFlow.ReExports, _ => TradeFlow.ReImports };
        while (csv.Read())
        {
            var row = Imf.ImfCsv.Row(csv, Columns.Length, name);
            var source = $"{name}:{csv.Parser.RawRow}";
            var problems = new List<string>();
            if (row[0] != year.ToString(CultureInfo.InvariantCulture))
            {
                problems.Add($"year {row[0]}, not the file name's {year}");
            }

            if (row[2] != flowWord)
            {
                problems.Add($"flow {row[2]}, not the file name's {flowWord}");
            }

            if (row[3] != reporterName || reporter is null)
            {
                problems.Add(reporter is null ? $"reporter '{reporterName}' is in no name table" : $"reporter {row[3]}, not the file name's {reporterName}");
            }

            if (!int.TryParse(row[4], NumberStyles.None, CultureInfo.InvariantCulture, out var code) || code.ToString("00", CultureInfo.InvariantCulture) != chapter)
            {
                problems.Add($"commodity {row[4]}, not the file name's chapter {chapter}");
            }

            var label = row[6].Trim();
            Economy? partner = null;
            if (Subregions.TryGetValue(label, out var m49))
            {
                partner = Economies.Get(m49);
            }
            else if (label == "World")
            {
                partner = Economies.World;
            }
            else if (label.Length > 0 && row[7].Trim() == label && EconomyNames.TryGetByName(label, out var country))
            {
                partner = country;
            }
            else
            {
                unknown.Add(label);
                problems.Add($"partner '{label}' (region '{row[7].Trim()}') is in no name table");
            }

            var value = ComtradeValue.Parse(row[8], problems);
            if (problems.Count > 0)
            {
                result.Reject(source, string.Join("; ", problems));
                continue;
            }

            if (!names.TryGetValue(chapter, out var known) || year > known.Year)
            {
                names[chapter] = (year, row[5], source);
            }

            result.Accept(new TradeObservation(reporter!, partner!, flow, year, value!.Value, false, source)
            {
                Product = Product.Hs(chapter),
                Classification = "HS",
            });
        }
    }

    /// <summary>The chapter files of a folder or archive, in name order; an archive's entries that are not regular files come with no opener (listed as not read).</summary>
    private static IEnumerable<(string Name, Func<TextReader>? Open)> Entries(string path)
    {
        if (Directory.Exists(path))
        {
            foreach (var file in Directory.EnumerateFiles(path).Order(StringComparer.Ordinal))
            {
                yield return (Path.GetFileName(file), () => InputFile.OpenText(file));
            }

            yield break;
        }

        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No folder or archive at '{path}'.", path);
        }

        // Every header checked first, from the header alone, before the reader holds any entry (or a 512 MiB PAX header) in memory.
        List<string> notRegular;
        using (var scan = InputFile.OpenRead(path))
        using (var inflated = new GZipStream(scan, CompressionMode.Decompress))
        {
            try
            {
                notRegular = TarHeaders.Check(inflated, Path.GetFileName(path), MaxEntryBytes, MaxArchiveBytes);
            }
            catch (Exception e) when (e is InvalidDataException or IOException)
            {
                throw new FormatException($"{Path.GetFileName(path)}: a damaged or cut archive ({e.Message}).", e);
            }
        }

        foreach (var entry in notRegular)
        {
            yield return (entry, null);
        }

        using var stream = InputFile.OpenRead(path);
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var tar = new TarReader(gzip);
        var total = 0L;
        var entries = new List<(string, byte[])>();
        while (true)
        {
            TarEntry? entry;
            try
            {
                entry = tar.GetNextEntry();
            }
            catch (Exception e) when (e is InvalidDataException or IOException or FormatException)
            {
                throw new FormatException($"{Path.GetFileName(path)}: a damaged or cut archive after {entries.Count} files ({e.Message}).", e);
            }

            if (entry is null)
            {
                break;
            }

            if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile) || entry.DataStream is null)
            {
                continue;
            }

            if (entry.Length > MaxEntryBytes || (total += entry.Length) > MaxArchiveBytes)
            {
                throw new FormatException($"{Path.GetFileName(path)}: {entry.Name} is {entry.Length:N0} bytes ({total:N0} in all); entries beyond {MaxEntryBytes:N0} bytes or archives beyond {MaxArchiveBytes:N0} are damage, not read.");
            }

            using var copy = new MemoryStream((int)entry.Length);
            try
            {
                entry.DataStream.CopyTo(copy);
            }
            catch (Exception e) when (e is InvalidDataException or IOException)
            {
                throw new FormatException($"{Path.GetFileName(path)}: {entry.Name} is cut short ({e.Message}).", e);
            }

            if (copy.Length != entry.Length)
            {
                throw new FormatException($"{Path.GetFileName(path)}: {entry.Name} is cut short ({copy.Length} of {entry.Length} bytes).");
            }

            entries.Add((Path.GetFileName(entry.Name), copy.ToArray()));
        }

        foreach (var (name, bytes) in entries.OrderBy(e => e.Item1, StringComparer.Ordinal))
        {
            yield return (name, () => new StreamReader(new MemoryStream(bytes), System.Text.Encoding.UTF8));
        }
    }
}
