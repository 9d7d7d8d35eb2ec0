using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using TradeAnalytics.Claims;
using TradeAnalytics.Sources;
using TradeAnalytics.Tests.Support;
using Xunit.Abstractions;

namespace TradeAnalytics.Tests.Inputs;

/// <summary>
/// Every reader fed the real files of ../shared (and the shipped data), damaged by a seeded generator:
/// truncated at random points, bytes flipped, lines dropped or repeated, a column dropped, numbers
/// oversized or non-finite, re-encoded as UTF-16, emptied, replaced by a directory or by a file of
/// another format, workbooks with damaged XML. Each case must end in a clean result whose counts
/// reconcile, or in an error of the library's own kinds whose message names the file; never an
/// unhandled exception, and never more than a few seconds. FUZZ_CASES (environment) sets the cases per
/// target (default 400: 4,000 cases, a few seconds; FUZZ_CASES=2000 ran 20,000 clean in 17 s); the seed is fixed, so a failure names a case that
/// reproduces.
/// </summary>
public class FuzzTests(ITestOutputHelper log)
{
    private static readonly int CasesPerTarget = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_CASES"), out var n) && n > 0 ? n : 400;

    private static readonly TimeSpan CaseLimit = TimeSpan.FromSeconds(10);

    private enum Reader
    {
        /// <summary>TradeFileImporter: IMF and Comtrade formats, detected.</summary>
        AnyTradeFile,

        /// <summary>InterchangeCsv.ReadFile.</summary>
        Interchange,

        /// <summary>ClaimsFile.ReadFile.</summary>
        Claims,

        /// <summary>InterchangeParquet.ReadFile.</summary>
        Parquet,
    }

    /// <param name="Cases">Cases for this target where fewer than <see cref="CasesPerTarget"/> (a megabyte file read whole each time).</param>
    private sealed record Target(string Name, string Path, Reader Reader, int MaxLines, int Cases = 0);

    private static IEnumerable<Target> Targets()
    {
        var formats = TestPaths.FormatsFolder;
        var comtradeFormats = TestPaths.ComtradeFormatsFolder;
        yield return new Target("imts-sdmx-csv", System.IO.Path.Combine(formats, "imts-sdmx-csv-NIC-G001-monthly.csv"), Reader.AnyTradeFile, 120);
        yield return new Target("portal-csv", System.IO.Path.Combine(formats, "portal-download-layout-WEO.csv"), Reader.AnyTradeFile, 120);
        yield return new Target("legacy-csv", System.IO.Path.Combine(formats, "dots-legacy-portal-query.csv"), Reader.AnyTradeFile, 200);
        yield return new Target("legacy-json", System.IO.Path.Combine(formats, "dots-legacy-compactdata.json"), Reader.AnyTradeFile, 0);
        yield return new Target("comtrade-json", System.IO.Path.Combine(comtradeFormats, "comtradeapi-data-v1-get-C-A-HS-CHN-2010.json"), Reader.AnyTradeFile, 0);
        yield return new Target("comtrade-csv", System.IO.Path.Combine(TestPaths.ComtradeFolder, "processed_data_1988.csv"), Reader.AnyTradeFile, 150);
        yield return new Target("dots-workbook", TestPaths.Dots("DOTS_201.xlsx"), Reader.AnyTradeFile, 0);
        yield return new Target("interchange", TestPaths.Repo("data", "imf-dots-2022.csv"), Reader.Interchange, 300);
        yield return new Target("interchange-products", TestPaths.Repo("data", "comtrade-hs27-israel.csv"), Reader.Interchange, 0);
        yield return new Target("claims", TestPaths.Repo("data", "claims", "paper-2020.csv"), Reader.Claims, 0);

        // The national offices' readers and the 2025 copy (issue 39): each file keeps its own name, which the readers recognise.
        var national = TestPaths.NationalFolder;
        yield return new Target("armenia-monthly", System.IO.Path.Combine(national, "armenia", "arm_trade_country.csv"), Reader.AnyTradeFile, 400);
        yield return new Target("armenia-annual", System.IO.Path.Combine(national, "armenia", "armenia_data.csv"), Reader.AnyTradeFile, 400);
        yield return new Target("uzbekistan-sdmx", System.IO.Path.Combine(national, "uzbekistan", "sdmx_data_1105.csv"), Reader.AnyTradeFile, 0);
        yield return new Target("kazakhstan-xls", System.IO.Path.Combine(national, "kazakhstan", "Основные показатели внешней торговли по странам_2023.xls"), Reader.AnyTradeFile, 0, 150);
        yield return new Target("kyrgyzstan-xlsx", System.IO.Path.Combine(national, "kyrgyzstan", "4.03.00.17 Экспорт товаров по странам..xlsx"), Reader.AnyTradeFile, 0, 150);
        yield return new Target("imts-2025-json", TestPaths.ImtsCopy, Reader.AnyTradeFile, 0, 60);
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void Every_reader_survives_damaged_input_with_a_clean_result_or_an_error_naming_the_file()
    {
        var targets = Targets().Where(t => File.Exists(t.Path)).ToList();
        var skipped = Targets().Where(t => !File.Exists(t.Path)).Select(t => t.Name).ToList();
        if (skipped.Count > 0)
        {
            log.WriteLine($"Not fuzzed here (their files are in ../shared, absent): {string.Join(", ", skipped)}.");
        }

        var folder = Directory.CreateTempSubdirectory("fuzz-").FullName;
        var imts = targets.FirstOrDefault(t => t.Name == "imts-sdmx-csv");
        if (imts is not null)
        {
            // No SDMX-CSV 2.0 file is recorded; the same rows in the 2.0 layout (STRUCTURE, STRUCTURE_ID, ACTION first).
            var v2 = Path.Combine(folder, "imts-sdmx-csv-2.0.csv");
            File.WriteAllLines(v2, File.ReadLines(imts.Path).Take(imts.MaxLines).Select((line, i) => i == 0
                ? "STRUCTURE,STRUCTURE_ID,ACTION," + line[(line.IndexOf(',', StringComparison.Ordinal) + 1)..]
                : "dataflow,IMF.STA:IMTS(1.0.0),I," + line[(line.IndexOf(',', StringComparison.Ordinal) + 1)..]));
            targets.Add(new Target("sdmx-csv-2.0", v2, Reader.AnyTradeFile, 0));
        }

        // The interchange table as Parquet: the Comtrade extract written by the library.
        var parquet = Path.Combine(folder, "interchange.parquet");
        TradeAnalytics.Parquet.InterchangeParquet.WriteFile(parquet, ShippedData.ComtradeHs27Israel.Observations);
        targets.Add(new Target("interchange-parquet", parquet, Reader.Parquet, 0));

        if (File.Exists(TestPaths.ChapterArchive))
        {
            // The chapter archive, its first 24 entries packed again: the damage matters, not the 20,760 files.
            var archive = Path.Combine(folder, "project_comtrade_dashboard_data_ISR_AZE_GEO_ARM.tar.gz");
            WriteFirstEntries(TestPaths.ChapterArchive, archive, 24);
            targets.Add(new Target("chapter-archive", archive, Reader.AnyTradeFile, 0, 200));
        }

        var failures = new List<string>();
        var outcomes = new Dictionary<string, int>();
        var cleanByTarget = new Dictionary<string, int>();
        var cases = 0;
        var clock = Stopwatch.StartNew();
        try
        {
            foreach (var target in targets)
            {
                var original = Base(target);
                var random = new Random(StableSeed(target.Name));
                var count = target.Cases > 0 ? Math.Min(target.Cases, CasesPerTarget) : CasesPerTarget;
                for (var i = 0; i < count; i++)
                {
                    var (mutation, path) = Mutate(target, original, random, folder, i, targets);
                    cases++;
                    var started = Stopwatch.StartNew();
                    var outcome = Run(target.Reader, path, out var problem);
                    if (started.Elapsed > CaseLimit)
                    {
                        problem ??= $"took {started.Elapsed.TotalSeconds:0.0} s";
                    }

                    outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
                    if (outcome == "clean result")
                    {
                        cleanByTarget[target.Name] = cleanByTarget.GetValueOrDefault(target.Name) + 1;
                    }

                    if (problem is not null)
                    {
                        failures.Add($"{target.Name} case {i} ({mutation}): {problem}");
                    }

                    Delete(path);
                }
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        log.WriteLine($"{cases} cases over {targets.Count} targets in {clock.Elapsed.TotalSeconds:0.0} s: " + string.Join(", ", outcomes.OrderBy(o => o.Key).Select(o => $"{o.Key} {o.Value}")));
        Assert.True(failures.Count == 0, $"{failures.Count} of {cases} cases failed:\n" + string.Join("\n", failures.Take(40)));
        Assert.True(cases >= targets.Sum(t => t.Cases > 0 ? Math.Min(t.Cases, CasesPerTarget) : CasesPerTarget));
        Assert.True(outcomes.GetValueOrDefault("clean result") > 0 && outcomes.Count > 2, "the mutations reach both clean results and errors");
        var neverRead = targets.Where(t => cleanByTarget.GetValueOrDefault(t.Name) == 0).Select(t => t.Name).ToList();
        Assert.True(neverRead.Count == 0, "every target's reader reaches a clean result on some damaged copy; never: " + string.Join(", ", neverRead));
    }

    [Fact]
    public void A_workbook_whose_sheet_inflates_to_hundreds_of_megabytes_is_refused_unread()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("bomb-").FullName, "DOTS_bomb.xlsx");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            using var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            var spaces = new byte[1 << 20];
            Array.Fill(spaces, (byte)' ');
            for (var i = 0; i < 300; i++)
            {
                sheet.Write(spaces);
            }
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var e = Assert.Throws<Sources.Imf.DotsFormatException>(() => TradeFileImporter.Import(path));

        Assert.Contains("DOTS_bomb.xlsx: the part xl/worksheets/sheet1.xml inflates to 300 MiB", e.Message);
        Assert.True(new FileInfo(path).Length < 2 << 20, "the bomb itself is small");
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - allocated < 16 << 20, "refused without inflating");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5));
    }

    /// <summary>The target's bytes, cut to its first lines for text files (the damage matters, not the size).</summary>
    private static byte[] Base(Target target)
    {
        var bytes = File.ReadAllBytes(target.Path);
        if (target.MaxLines <= 0)
        {
            return bytes;
        }

        var text = Encoding.UTF8.GetString(bytes);
        var lines = text.Split('\n');
        return Encoding.UTF8.GetBytes(string.Join('\n', lines.Take(target.MaxLines)) + (lines.Length > target.MaxLines ? "\n" : ""));
    }

    private static (string Mutation, string Path) Mutate(Target target, byte[] original, Random random, string folder, int index, IReadOnlyList<Target> all)
    {
        var extension = System.IO.Path.GetExtension(target.Path);
        var path = System.IO.Path.Combine(Directory.CreateDirectory(System.IO.Path.Combine(folder, $"{target.Name}-{index}")).FullName, System.IO.Path.GetFileName(target.Path));
        var workbook = extension is ".xlsx" or ".parquet" or ".xls" or ".gz";   // binary: byte damage, not line edits
        var kind = random.Next(workbook ? 6 : 12);
        if (extension == ".gz" && kind == 5)
        {
            return (DamageArchive(original, random, path), path);
        }

        switch (kind)
        {
            case 0:
            {
                var at = random.Next(original.Length);
                File.WriteAllBytes(path, original[..at]);
                return ($"truncated at byte {at}", path);
            }

            case 1:
            {
                var bytes = (byte[])original.Clone();
                var flips = 1 + random.Next(8);
                for (var f = 0; f < flips; f++)
                {
                    bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
                }

                File.WriteAllBytes(path, bytes);
                return ($"{flips} bit(s) flipped", path);
            }

            case 2:
                File.WriteAllBytes(path, []);
                return ("empty file", path);

            case 3:
                Directory.CreateDirectory(path);
                return ("a directory", path);

            case 4:
            {
                var other = all[random.Next(all.Count)];
                File.WriteAllBytes(path, File.ReadAllBytes(other.Path));
                return ($"the bytes of {other.Name}", path);
            }

            case 5 when extension == ".xlsx":
                return (DamageWorkbookXml(original, random, path), path);

            default:
                return (MutateText(original, random, path), path);
        }
    }

    private static string MutateText(byte[] original, Random random, string path)
    {
        var text = Encoding.UTF8.GetString(original);
        var lines = text.Split('\n').ToList();
        string what;
        switch (random.Next(7))
        {
            case 0 when lines.Count > 2:
            {
                var at = 1 + random.Next(lines.Count - 1);
                lines.RemoveAt(at);
                what = $"line {at + 1} dropped";
                break;
            }

            case 1 when lines.Count > 2:
            {
                var at = 1 + random.Next(lines.Count - 1);
                var times = 1 + random.Next(3);
                lines.InsertRange(at, Enumerable.Repeat(lines[at], times));
                what = $"line {at + 1} repeated {times}×";
                break;
            }

            case 2:
            {
                var column = random.Next(8);
                lines = lines.Select(l => string.Join(',', l.Split(',').Where((_, i) => i != column))).ToList();
                what = $"column {column + 1} dropped";
                break;
            }

            case 3:
            {
                var replacement = new[] { "1e400", "-1e400", "NaN", "Infinity", "99999999999999999999999999999999", "-0", "1e-400", "0x1F", "１２３" }[random.Next(9)];
                var joined = string.Join('\n', lines);
                var digits = System.Text.RegularExpressions.Regex.Matches(joined, @"\d+(\.\d+)?");
                if (digits.Count == 0)
                {
                    what = "no number to replace";
                    break;
                }

                var m = digits[random.Next(digits.Count)];
                File.WriteAllText(path, joined[..m.Index] + replacement + joined[(m.Index + m.Length)..]);
                return $"number at {m.Index} replaced by {replacement}";
            }

            case 4:
                File.WriteAllBytes(path, Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray());
                return "re-encoded as UTF-16";

            case 5:
                File.WriteAllBytes(path, Encoding.Latin1.GetBytes(text.Replace("a", "ä", StringComparison.Ordinal)));
                return "re-encoded as Latin-1 with non-ASCII letters";

            default:
            {
                var at = random.Next(text.Length);
                var junk = new[] { "\"", "\"\"\"", ",,,,", "\r", "\0", "{", "]", "<script>", "\u2028" }[random.Next(9)];
                File.WriteAllText(path, text[..at] + junk + text[at..]);
                return $"{Printable(junk)} inserted at {at}";
            }
        }

        File.WriteAllText(path, string.Join('\n', lines));
        return what;
    }

    /// <summary>The first <paramref name="entries"/> entries of a .tar.gz, written as a .tar.gz of their own.</summary>
    private static void WriteFirstEntries(string from, string to, int entries)
    {
        using var input = new System.Formats.Tar.TarReader(new GZipStream(File.OpenRead(from), CompressionMode.Decompress));
        using var output = new System.Formats.Tar.TarWriter(new GZipStream(File.Create(to), CompressionLevel.Fastest), System.Formats.Tar.TarEntryFormat.Pax, leaveOpen: false);
        for (var i = 0; i < entries && input.GetNextEntry(copyData: true) is { } entry; i++)
        {
            output.WriteEntry(entry);
        }
    }

    /// <summary>The archive's tar stream damaged inside the gzip (so the damage reaches the tar reader): cut, bytes flipped, or a header's size field rewritten.</summary>
    private static string DamageArchive(byte[] original, Random random, string path)
    {
        using var inflated = new MemoryStream();
        using (var gzip = new GZipStream(new MemoryStream(original), CompressionMode.Decompress))
        {
            gzip.CopyTo(inflated);
        }

        var tar = inflated.ToArray();
        string what;
        switch (random.Next(3))
        {
            case 0:
                var at = random.Next(tar.Length);
                tar = tar[..at];
                what = $"tar cut at byte {at}";
                break;
            case 1:
                var flips = 1 + random.Next(8);
                for (var f = 0; f < flips; f++)
                {
                    // Most of a tar is headers and padding: aim at the first bytes of a 512-byte block, where the fields are.
                    var block = random.Next(tar.Length / 512);
                    tar[(block * 512) + random.Next(160)] ^= (byte)(1 << random.Next(8));
                }

                what = $"{flips} tar header bit(s) flipped";
                break;
            default:
                // A header's size field (octal, bytes 124–135) says more than the archive holds.
                var header = random.Next(tar.Length / 512) * 512;
                Encoding.ASCII.GetBytes("77777777777\0").CopyTo(tar, header + 124);
                what = $"size field of the block at {header} set to 8 GiB";
                break;
        }

        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(tar);
        }

        File.WriteAllBytes(path, output.ToArray());
        return what;
    }

    private static string DamageWorkbookXml(byte[] original, Random random, string path)
    {
        using var input = new MemoryStream(original);
        using var output = new MemoryStream();
        string what;
        using (var source = new ZipArchive(input, ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            var victims = source.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)).ToList();
            var victim = victims[random.Next(victims.Count)];
            var how = random.Next(3);
            what = $"{victim.FullName} {(how == 0 ? "truncated" : how == 1 ? "tag names damaged" : "left out")}";
            foreach (var entry in source.Entries)
            {
                if (entry == victim && how == 2)
                {
                    continue;
                }

                using var reader = entry.Open();
                using var buffer = new MemoryStream();
                reader.CopyTo(buffer);
                var bytes = buffer.ToArray();
                if (entry == victim)
                {
                    bytes = how == 0
                        ? bytes[..random.Next(bytes.Length)]
                        : Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes).Replace("<c ", "<c\u0001 ", StringComparison.Ordinal).Replace("</row>", "</rox>", StringComparison.Ordinal));
                }

                using var writer = target.CreateEntry(entry.FullName).Open();
                writer.Write(bytes);
            }
        }

        File.WriteAllBytes(path, output.ToArray());
        return what;
    }

    /// <summary>Runs the reader; returns the outcome's name, and a problem where the outcome is not allowed.</summary>
    private static string Run(Reader reader, string path, out string? problem)
    {
        problem = null;
        var name = System.IO.Path.GetFileName(path);
        try
        {
            switch (reader)
            {
                case Reader.AnyTradeFile:
                    var import = TradeFileImporter.Import(path);
                    if (!import.Reconciles)
                    {
                        problem = "a result that does not reconcile: " + string.Join(" | ", import.Report);
                    }

                    return "clean result";
                case Reader.Interchange:
                    var read = InterchangeCsv.ReadFile(path);
                    if (read.RowsRead != read.RowsAccepted + read.DuplicateRows.Count)
                    {
                        problem = $"rows read {read.RowsRead} ≠ {read.RowsAccepted} accepted + {read.DuplicateRows.Count} repeated";
                    }

                    return "clean result";
                case Reader.Parquet:
                    var table = TradeAnalytics.Parquet.InterchangeParquet.ReadFile(path);
                    if (table.RowsRead != table.RowsAccepted + table.DuplicateRows.Count)
                    {
                        problem = $"rows read {table.RowsRead} ≠ {table.RowsAccepted} accepted + {table.DuplicateRows.Count} repeated";
                    }

                    return "clean result";
                default:
                    ClaimsFile.ReadFile(path);
                    return "clean result";
            }
        }
        catch (Exception e) when (e is FormatException or FileNotFoundException or UnauthorizedAccessException or IOException)
        {
            if (!e.Message.Contains(name, StringComparison.Ordinal))
            {
                problem = $"{e.GetType().Name} without the file name: {e.Message}";
            }

            return e.GetType().Name;
        }
        catch (Exception e)
        {
            problem = $"unhandled {e.GetType().Name}: {e.Message}";
            return "unhandled " + e.GetType().Name;
        }
    }

    private static int StableSeed(string name) => name.Aggregate(17, (h, c) => unchecked((h * 31) + c));

    private static string Printable(string s) => string.Concat(s.Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString()));

    private static void Delete(string path)
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
        else
        {
            File.Delete(path);
        }

        Directory.Delete(System.IO.Path.GetDirectoryName(path)!, recursive: true);
    }
}
