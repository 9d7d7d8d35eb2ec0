using TradeAnalytics.Claims;

namespace TradeAnalytics.Catalogue;

/// <summary>
/// The data TradeAnalytics ships, each loaded once on first use from this assembly: the IMF DOTS 2022 extracts of the paper and of
/// the Caucasus, the statistics offices' own figures, UN Comtrade HS 27 and HS chapters, the 2025 IMTS copy, and the paper's claims.
/// Every value keeps its source cell or line. The whole DOTS edition (235 reporters) is <see cref="TradeAnalytics.Data.ImfDots2022All"/>;
/// <see cref="SourceCatalogue"/> describes every source and answers from all of them side by side.
/// </summary>
public static class ShippedData
{
    private static readonly Lazy<TradeDataset> Embedded = new(() => LoadResource(EmbeddedResourceName, "imf-dots-2022.csv", ImfDotsName, TradeDataset.ImfDotsEstimate));
    private static readonly Lazy<TradeDataset> EmbeddedComtrade = new(() => LoadResource(ComtradeResourceName, "comtrade-hs27-israel.csv", ComtradeName, null));
    private static readonly Lazy<TradeDataset> EmbeddedNational = new(LoadNational);
    private static readonly Lazy<TradeDataset> EmbeddedComtradeWorld = new(() => LoadResource("TradeAnalytics.comtrade-hs27-world.csv", "comtrade-hs27-world.csv", "UN Comtrade HS 27, every reporter with the World", null));
    private static readonly Lazy<Analytics.PriceIndex> EmbeddedCpi = new(LoadCpi);
    private static readonly Lazy<TradeDataset> EmbeddedDotsCaucasus = new(() => LoadResource("TradeAnalytics.imf-dots-2022-caucasus.csv", "imf-dots-2022-caucasus.csv", "IMF DOTS (2022 edition): Armenia, Azerbaijan and Georgia with Israel and the World", TradeDataset.ImfDotsEstimate));
    private static readonly Lazy<TradeDataset> EmbeddedImtsCopy = new(() => LoadResource("TradeAnalytics.imts-2025-copy.csv", "imts-2025-copy.csv", ImtsCopyName, ImtsCopyFlag));
    private static readonly Lazy<TradeDataset> EmbeddedChapters = new(() => LoadChapters(null));

    /// <summary>The name of <see cref="ImtsCopy2025"/>: what it is, in every report that shows it.</summary>
    public const string ImtsCopyName = "IMF IMTS 2025 exports, a rounded third-party copy of preliminary data";

    /// <summary>What the flag on every value of <see cref="ImtsCopy2025"/> means.</summary>
    public const string ImtsCopyFlag = "a preliminary IMF value, rounded to 0.1 $m in a third-party copy";

    /// <summary>The name of <see cref="ComtradeHs2Caucasus"/>.</summary>
    public const string ComtradeChaptersName = "UN Comtrade by HS chapter (dashboard copy, 1995–2021)";

    /// <summary>The national statistics extracts, one per office: reporter code and file in data/.</summary>
    internal static readonly IReadOnlyList<(string Reporter, string File)> NationalFiles =
        [("KAZ", "national-kaz.csv"), ("UZB", "national-uzb.csv"), ("KGZ", "national-kgz.csv"), ("ARM", "national-arm.csv")];

    /// <summary>The name of <see cref="NationalStatistics"/>.</summary>
    public const string NationalStatisticsName = "National statistics offices (Kazakhstan BNS, Uzbekistan Statistics Agency, Kyrgyzstan NSC, Armstat)";

    /// <summary>The name of <see cref="ImfDots2022"/>.</summary>
    public const string ImfDotsName = "IMF DOTS (2022 edition)";

    /// <summary>The name of <see cref="ComtradeHs27Israel"/>.</summary>
    public const string ComtradeName = "UN Comtrade";

    internal const string EmbeddedResourceName = "TradeAnalytics.imf-dots-2022.csv";
    internal const string ComtradeResourceName = "TradeAnalytics.comtrade-hs27-israel.csv";

    /// <summary>The reporters whose tables the paper's extract (<see cref="ImfDots2022"/>) holds whole: Israel and the five Central Asian states.</summary>
    public static IReadOnlyList<string> PaperExtractReporters { get; } = ["ISR", "KAZ", "KGZ", "TJK", "TKM", "UZB"];

    /// <summary>
    /// IMF DOTS 2022 for a question about <paramref name="economies"/>: at least every value they report, with every partner. Where
    /// every one of them is among <see cref="PaperExtractReporters"/>, from the paper's extract (about a tenth of a second quicker from
    /// a cold start: a filtered read of a small CSV); otherwise from the whole edition's columnar file
    /// (<see cref="TradeAnalytics.Data.ImfDots2022All.Of(string[])"/>). The two hold the same cells for those reporters (a test compares them).
    /// With no economy, the whole edition.
    /// </summary>
    /// <param name="economies">The economies the question is about.</param>
    public static TradeDataset Dots(params Economy[] economies)
    {
        Preconditions.NotNull(economies);
        if (economies.Length == 0)
        {
            return TradeAnalytics.Data.ImfDots2022All.Dataset;
        }

        return economies.All(e => PaperExtractReporters.Contains(e.Code))
            ? ImfDots2022About(economies)
            : TradeAnalytics.Data.ImfDots2022All.Of(economies.Select(e => e.Code).Distinct().ToArray());
    }

    /// <summary>
    /// IMF DOTS 2022 for indicators of <paramref name="economies"/> against the World (trade intensity, comparative advantage,
    /// concentration over partners): every value each of them reports, with every partner, from the whole edition, and of the World's
    /// report only its trade with them and with itself (x_wj and X_w) — the parts of the World's report that hold those series are
    /// decoded, not its 25,591 values (<see cref="TradeAnalytics.Data.ImfDots2022All.Of(IEnumerable{string}, IEnumerable{string})"/>).
    /// The World among them is read whole (the reader's rule: a reporter asked for whole is never read in part).
    /// </summary>
    /// <param name="economies">The economies the indicators are about.</param>
    public static TradeDataset DotsAgainstWorld(params Economy[] economies)
    {
        Preconditions.NotNull(economies);
        var codes = economies.Select(e => e.Code).Distinct().ToList();
        return TradeAnalytics.Data.ImfDots2022All.Of(codes, [.. codes, Economies.World.Code]);
    }

    /// <summary>The claims of the paper this library was built around (data/claims/paper-2020.csv), shipped in this assembly.</summary>
    public static IReadOnlyList<Claim> Paper2020Claims()
    {
        using var stream = Resource("TradeAnalytics.claims.paper-2020.csv", "claims/paper-2020.csv");
        using var reader = new StreamReader(stream);
        return ClaimsFile.Read(reader, "embedded:paper-2020.csv");
    }


    /// <summary>
    /// The dataset this library ships: every value of the IMF DOTS country tables (edition of about
    /// January 2022) of Israel, Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan —
    /// all partners, all years, both flows, each with its source cell. Loaded once, on first use.
    /// </summary>
    public static TradeDataset ImfDots2022 => Embedded.Value;

    /// <summary>
    /// The values of <see cref="ImfDots2022"/> reported by or with <paramref name="economies"/> (reporter or partner one of
    /// them: their own reports and their partners' mirror reports of them), read from the embedded file without parsing
    /// the other rows — for a question about a pair, about half of the extract. The set asked for last is kept (asked again,
    /// it is not read again; a program going through many pairs holds one at a time); with none given, the whole extract.
    /// </summary>
    /// <param name="economies">The economies the question is about.</param>
    public static TradeDataset ImfDots2022About(params Economy[] economies)
    {
        Preconditions.NotNull(economies);
        if (economies.Length == 0)
        {
            return Embedded.Value;
        }

        var codes = SortedCodes(economies);
        var key = string.Join(",", codes);
        if (LastAbout is { } last && last.Key == key)
        {
            return last.Dataset;
        }

        var dataset = LoadResource(EmbeddedResourceName, "imf-dots-2022.csv", ImfDotsName, TradeDataset.ImfDotsEstimate, codes);
        LastAbout = new ReadAbout(key, dataset);
        return dataset;
    }

    /// <summary>The set of economies <see cref="ImfDots2022About"/> read last, and what it read (one reference, swapped whole, so threads never see a key with another set's data).</summary>
    private static ReadAbout? LastAbout;

    private sealed record ReadAbout(string Key, TradeDataset Dataset);

    /// <summary>
    /// The product data this library ships: UN Comtrade, HS chapter 27 (mineral fuels and oils),
    /// 1988–2017, of Israel with Kazakhstan, Uzbekistan, Turkmenistan, Tajikistan, Kyrgyzstan,
    /// Azerbaijan, Georgia and Armenia (each side's report, every flow), and of Israel with the World
    /// (WLD) and with "Areas, nes" (X899); each value with its file and line. Loaded once, on first use.
    /// </summary>
    public static TradeDataset ComtradeHs27Israel => EmbeddedComtrade.Value;

    /// <summary>
    /// UN Comtrade, HS chapter 27 (mineral fuels and oils), 1988–2017: every reporter's trade with the World (partner 0), every
    /// flow, each value with its file and line — the World's HS 27 exports for revealed comparative advantage (the sum of the
    /// reporters' exports to the World). Loaded once, on first use.
    /// </summary>
    public static TradeDataset ComtradeHs27World => EmbeddedComtradeWorld.Value;

    /// <summary>
    /// The US consumer price index for all urban consumers (CPI-U, 1982–84 = 100), annual averages 1980–2024 as BLS computes
    /// them (the mean of the twelve months, to three decimals) from FRED's CPIAUCNS, each with its lines: the deflator for
    /// constant-dollar figures. A year without twelve months (2025) is not a year here.
    /// </summary>
    public static Analytics.PriceIndex UsCpiU => EmbeddedCpi.Value;

    /// <summary>The CPI-U's citation, as every real figure names it.</summary>
    public const string UsCpiUName = "US CPI-U, annual average (BLS, CPIAUCNS via FRED)";

    private static Analytics.PriceIndex LoadCpi()
    {
        using var stream = Resource("TradeAnalytics.us-cpi-u-annual.csv", "us-cpi-u-annual.csv");
        using var reader = new StreamReader(stream);
        if (reader.ReadLine() != "year,cpi_u,months,source")
        {
            throw new InvalidDataException("embedded:us-cpi-u-annual.csv: not the header year,cpi_u,months,source.");
        }

        var years = new List<Analytics.PriceIndexYear>();
        for (var (line, n) = (reader.ReadLine(), 2); line is not null; (line, n) = (reader.ReadLine(), n + 1))
        {
            var fields = line.Split(',', 4);
            years.Add(new Analytics.PriceIndexYear(
                int.Parse(fields[0], System.Globalization.CultureInfo.InvariantCulture),
                double.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture),
                $"us-cpi-u-annual.csv:{n}"));
        }

        return new Analytics.PriceIndex(UsCpiUName, years);
    }

    /// <summary>
    /// The statistics offices' own trade by partner, as each publishes it (thousand US$, here in $ millions): Kazakhstan
    /// 2018–2023 (Bureau of National Statistics), Uzbekistan 2010–2023 (Statistics Agency), Kyrgyzstan 1994–2023
    /// (National Statistical Committee; 2023 imports flagged preliminary) and Armenia 2007–2024 (Armstat, monthly
    /// summed to whole years; imports by country of origin) — every partner the name tables map, and the World (each
    /// office's total). Each value's source names file, sheet and cell, or file and lines. Loaded once, on first use.
    /// Where these and the IMF's figures disagree, both are shown (<c>compare</c>, <c>--source</c>), never merged.
    /// </summary>
    public static TradeDataset NationalStatistics => EmbeddedNational.Value;

    /// <summary>
    /// The values of <see cref="NationalStatistics"/> whose reporter and partner are both among <paramref name="economies"/>, read
    /// from the embedded files without parsing the other rows: the Central Asian and Caucasus states with Israel give each office's
    /// trade with Israel and with the other states, 1,057 of the files' 20,841 rows (133 of them with Israel). Not kept: each call
    /// reads again.
    /// </summary>
    /// <param name="economies">The economies whose trade with each other is wanted.</param>
    /// <exception cref="ArgumentException">No economy is given.</exception>
    public static TradeDataset NationalStatisticsAmong(params Economy[] economies) => LoadNational(Codes(economies));

    private static string[] Codes(Economy[] economies)
    {
        Preconditions.NotNull(economies);
        if (economies.Length == 0)
        {
            throw new ArgumentException("Give the economies whose trade with each other is wanted.", nameof(economies));
        }

        return SortedCodes(economies);
    }

    /// <summary>The economies' codes, each once, in ordinal order: the selection a filtered read of an embedded file takes.</summary>
    private static string[] SortedCodes(Economy[] economies) => economies.Select(e => e.Code).Distinct().Order(StringComparer.Ordinal).ToArray();

    /// <summary>
    /// UN Comtrade by HS chapter (all chapters present in the copy: 01–97 but 34 and 77, and 99), 1995–2021, of Israel,
    /// Azerbaijan, Georgia and Armenia as reporters, with each other, with Central Asia (UN M49 143, an aggregate:
    /// M143) and with the World (every flow). Values in US$ millions from whole dollars; each with its file and line
    /// of the dashboard copy (<c>Azerbaijan;2018;Export;27.csv:23</c>). A chapter a reporter's year has no file for
    /// has no World value either: a gap, never a zero. Loaded once, on first use.
    /// </summary>
    public static TradeDataset ComtradeHs2Caucasus => EmbeddedChapters.Value;

    /// <summary>
    /// The values of <see cref="ComtradeHs2Caucasus"/> whose reporter and partner are both among <paramref name="economies"/>, read
    /// from the embedded file without parsing the other rows: Israel, Azerbaijan and the World give each state's report of the
    /// other and of its trade with the World, 11,528 of the file's 51,528 rows. Not kept: each call reads again.
    /// </summary>
    /// <param name="economies">The economies whose trade with each other is wanted (include <see cref="Economies.World"/> for world totals).</param>
    /// <exception cref="ArgumentException">No economy is given.</exception>
    public static TradeDataset ComtradeHs2CaucasusAmong(params Economy[] economies)
        => LoadChapters(Codes(economies), among: true);

    /// <summary>
    /// What <paramref name="reporter"/> reports in <see cref="ComtradeHs2Caucasus"/> of its trade with <paramref name="partners"/> (include
    /// <see cref="Economies.World"/> for its world totals): its rows of the embedded file, the others not parsed — a pair's chapters and
    /// their shares of the reporter's World trade, read in a few milliseconds. Not kept: each call reads again.
    /// </summary>
    /// <param name="reporter">Whose report.</param>
    /// <param name="partners">Its partners wanted.</param>
    public static TradeDataset ComtradeHs2CaucasusReportedBy(Economy reporter, params Economy[] partners)
        => LoadChapters(Codes([reporter, .. partners]), among: true, reporters: [reporter.Code]);

    /// <summary>The reporters of <see cref="ComtradeHs2Caucasus"/>: Armenia, Azerbaijan, Georgia and Israel (a test checks it against the file).</summary>
    public static IReadOnlyList<string> ComtradeHs2CaucasusReporters { get; } = ["ARM", "AZE", "GEO", "ISR"];

    /// <summary>
    /// What <paramref name="a"/> and <paramref name="b"/> each report in <see cref="ComtradeHs2Caucasus"/> of their trade with each
    /// other and with the World: the chapter rows a pair's indicators need (intra-industry trade, similarity, complementarity), the
    /// rest of the file not parsed. Not kept: each call reads again.
    /// </summary>
    /// <param name="a">One economy.</param>
    /// <param name="b">The other.</param>
    public static TradeDataset ComtradeHs2CaucasusBetween(Economy a, Economy b)
        => LoadChapters(Codes([a, b, Economies.World]), among: true, reporters: [a.Code, b.Code]);

    /// <summary>The values of <see cref="ComtradeHs2Caucasus"/> whose reporter or partner is among <paramref name="economies"/> (not kept).</summary>
    internal static TradeDataset ComtradeHs2CaucasusAbout(Economy[] economies)
        => LoadChapters(Codes(economies));

    /// <summary>
    /// IMF DOTS (2022 edition) as Armenia (DOTS_9.xlsx), Azerbaijan (DOTS_13.xlsx) and Georgia (DOTS_76.xlsx) report their trade
    /// with Israel and with the World, both flows, every year — 329 values, each with its cell. The paper's extract
    /// (<see cref="ImfDots2022"/>) holds Israel's table but not theirs; the whole edition is in the TradeAnalytics.Data.ImfDots2022 package.
    /// </summary>
    public static TradeDataset ImfDots2022Caucasus => EmbeddedDotsCaucasus.Value;

    /// <summary>
    /// The IMF's goods exports of 2025 (IMTS, downloaded 2026-04-24) as a third-party web page copied them: rounded to
    /// 0.1 $m, preliminary, some looking partial (Kazakhstan → Israel 49.4 against 363.4 in 2023 by Kazakhstan's own
    /// count) — every edge among Israel and the Central Asian and Caucasus states, and each one's exports to the World
    /// as the copy's own node total, which differs from the sum of its edges (each value's source gives both; never the IMF's World). Every value is flagged (<see cref="ImtsCopyFlag"/>) and its
    /// source names the copy's file and array index. Exports only: a reporter's imports are not in the copy.
    /// </summary>
    public static TradeDataset ImtsCopy2025 => EmbeddedImtsCopy.Value;

    private static TradeDataset LoadNational() => LoadNational(null);

    private static TradeDataset LoadNational(string[]? among) => LoadNational(among, NationalFiles);

    private static TradeDataset LoadNational(string[]? among, IReadOnlyList<(string Reporter, string File)> files)
    {
        if (files.Count == 0)
        {
            return new TradeDataset([], NationalStatisticsName);
        }

        // One dataset read from the files in turn (a value from two would be reported as a repeated key; the offices
        // report disjoint reporters).
        var streams = files.Select(f => Resource("TradeAnalytics." + f.File, f.File)).ToList();
        try
        {
            return InterchangeCsv.ReadAll(
                files.Select((f, i) => ((TextReader)new StreamReader(streams[i]), $"embedded:{f.File}")),
                new InterchangeReadOptions
                {
                    DatasetName = NationalStatisticsName,
                    EstimateMeaning = "a value its office marks preliminary",
                    ExpectedRows = among is null ? Rough(streams.Sum(s => s.Length)) : 16,
                    Economies = among,
                    BothAmong = among is not null,
                }).Dataset;
        }
        finally
        {
            streams.ForEach(s => s.Dispose());
        }
    }

    /// <summary>
    /// The statistics offices' figures reported by <paramref name="reporters"/>: the files of those offices only, each whole (every
    /// partner and the World), the others unread; empty where none of them has an office here. Not kept: each call reads again.
    /// </summary>
    /// <param name="reporters">The reporters whose own figures are wanted (Kazakhstan, Uzbekistan, Kyrgyzstan, Armenia have them).</param>
    public static TradeDataset NationalStatisticsOf(params Economy[] reporters)
    {
        Preconditions.NotNull(reporters);
        var codes = reporters.Select(r => r.Code).ToHashSet(StringComparer.Ordinal);
        return LoadNational(null, NationalFiles.Where(f => codes.Contains(f.Reporter)).ToList());
    }

    private static Stream Resource(string resource, string displayName)
        => typeof(ShippedData).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded dataset {resource} is missing from the assembly; rebuild with data/{displayName} present.");

    /// <summary>Room for the rows of <paramref name="bytes"/> of interchange text: the shipped files' rows average 60–146 characters (awk over data/*.csv), at least as many bytes, so the columns never grow.</summary>
    private static int Rough(long bytes) => (int)Math.Min(bytes / 60 + 16, 1 << 24);

    /// <summary>The embedded chapter file, whole or the rows a selection names (see <see cref="InterchangeCsv"/>'s filtered read).</summary>
    private static TradeDataset LoadChapters(string[]? about, bool among = false, string[]? reporters = null)
        => LoadResource("TradeAnalytics.comtrade-hs2-caucasus.csv", "comtrade-hs2-caucasus.csv", ComtradeChaptersName, null, about, among, reporters);

    private static TradeDataset LoadResource(string resource, string displayName, string name, string? estimateMeaning, string[]? about = null, bool among = false, string[]? reporters = null)
    {
        using var stream = Resource(resource, displayName);
        using var reader = new StreamReader(stream);
        return InterchangeCsv.Read(reader, $"embedded:{displayName}", new InterchangeReadOptions
        {
            DatasetName = name,
            EstimateMeaning = estimateMeaning,
            ExpectedRows = about is null ? Rough(stream.Length) : 4096,
            Economies = about,
            BothAmong = among,
            Reporters = reporters,
        }).Dataset;
    }
}
