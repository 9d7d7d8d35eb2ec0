using System.CommandLine;
using System.Globalization;
using TradeAnalytics.Catalogue;
using TradeAnalytics.Data;

namespace TradeAnalytics.Cli;

/// <summary>Options and arguments several commands share, and their checks.</summary>
internal static class CommonOptions
{
    /// <summary>
    /// The library's words for its options as this tool's flags: the IMF client names <c>ImfClientOptions</c>'s properties and the
    /// claim drafter the date given to <c>ClaimDrafter.Draft</c>, SQL its <c>SqlAccess</c> and <c>SqlLimits</c>; "run without
    /// ImfClientOptions.Offline" reads "run without --offline".
    /// </summary>
    internal static string InFlags(string message)
        => message.Replace("ImfClientOptions.Offline", "--offline", StringComparison.Ordinal)
            .Replace("ImfClientOptions.BaseUrl", "--base-url", StringComparison.Ordinal)
            .Replace("ImfClientOptions.CacheFolder", "--cache-dir", StringComparison.Ordinal)
            .Replace("ComtradeClientOptions.Offline", "--offline", StringComparison.Ordinal)
            .Replace("ComtradeClientOptions.BaseUrl", "--base-url", StringComparison.Ordinal)
            .Replace("ComtradeClientOptions.CacheFolder", "--cache-dir", StringComparison.Ordinal)
            .Replace("set ComtradeClientOptions.ApiKey", "set $" + TradeAnalytics.Sources.UnComtrade.ComtradeClientOptions.KeyVariable, StringComparison.Ordinal)
            .Replace("ComtradeClientOptions.ApiKey", "$" + TradeAnalytics.Sources.UnComtrade.ComtradeClientOptions.KeyVariable, StringComparison.Ordinal)
            .Replace("ComtradeClientOptions.MaxRecords", "the client's MaxRecords", StringComparison.Ordinal)
            .Replace("the published date given to ClaimDrafter.Draft", "--date", StringComparison.Ordinal)
            .Replace("(SqlAccess.Unrestricted)", "(--unrestricted)", StringComparison.Ordinal)
            .Replace("with SqlLimits.TimeLimit; zero for none", "with --time-limit SECONDS; 0 for none", StringComparison.Ordinal);

    /// <summary>--data (repeatable) and --no-shipped-data: the user's files, added to the shipped data unless it is left out.</summary>
    internal sealed record DataOptions(Option<FileInfo[]> Files, Option<bool> NoShipped);

    internal static DataOptions Data() => new(
        new Option<FileInfo[]>("--data")
        {
            Description = "An interchange file — CSV (reporter,partner,flow,year,value_musd,estimated,source[,product,classification]) or .parquet — added to the shipped data "
                + "(IMF DOTS 2022 extract; UN Comtrade HS 27 for products). Repeat for several files; where files and shipped data give the same value it is kept once, "
                + "where they differ the first file's value is kept and the difference is reported on standard error.",
        },
        new Option<bool>("--no-shipped-data") { Description = "Use only the --data files, without the shipped data." });

    internal static Option<OutputFormat> Format() => new("--format")
    {
        Description = "Output: table (default), csv, json, or xlsx (a spreadsheet, written to --out FILE.xlsx).",
        DefaultValueFactory = _ => OutputFormat.Table,
    };

    /// <summary>--real BASE (series, growth, chart; compare with two economies): values in constant US$ of the base year, deflated by the shipped US CPI-U.</summary>
    internal static Option<int?> Real() => CommonOptions.YearOption("--real",
        "State values in constant US$ of this base year (e.g. 2020), deflated by the US CPI-U annual average (BLS, 1980–2024); a year outside its span is left out and said, never deflated by 1.");

    /// <summary>The series in constant dollars of <paramref name="baseYear"/> (unchanged without one), its unit, and the years left undeflated with why.</summary>
    internal static (TradeSeries Series, string Unit, IReadOnlyDictionary<int, string> NotDeflated) Deflate(TradeSeries series, int? baseYear)
    {
        var unit = Unit(baseYear);
        if (baseYear is not { } b)
        {
            return (series, unit, new Dictionary<int, string>());
        }

        var real = ShippedData.UsCpiU.Real(series, b, out var undefined);
        return (real, unit, undefined.ToDictionary(u => u.Year, u => u.Undefined!));
    }

    /// <summary>The unit of values with --real <paramref name="baseYear"/> (or without it); a base year the CPI-U does not cover is refused.</summary>
    internal static string Unit(int? baseYear)
    {
        if (baseYear is not { } b)
        {
            return "US$ million";
        }

        var cpi = ShippedData.UsCpiU;
        return cpi[b] is null
            ? throw new CommandLineException($"--real {b}: {cpi.Name} covers {cpi.Years[0].Year}–{cpi.Years[^1].Year}; give a base year in that span.")
            : $"{cpi.Describe(b)}, million";
    }

    internal static Option<string?> ProductOption() => new("--product")
    {
        Description = "An HS code (2, 4 or 6 digits, e.g. 27 = mineral fuels and oils): the product's trade instead of all goods, from product data (your --data file if it holds products, else the embedded UN Comtrade HS 27 extract).",
    };

    internal static Option<bool> Strict() => new("--strict")
    {
        Description = "Exit 1 when any value read was rejected or left unread, or nothing was imported (the file is still written and the report printed); without it, rejections are reported and the exit is 0.",
    };

    internal static Option<int?> From() => YearOption("--from", "First year.");

    internal static Option<int?> To() => YearOption("--to", "Last year.");

    /// <summary>A year option whose bad value is a sentence ("--from: 'abc' is not a year"), not a .NET type name.</summary>
    internal static Option<int?> YearOption(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1800 and <= 2200)
            {
                return year;
            }

            result.AddError($"{name}: '{text}' is not a year (four digits, e.g. 2018).");
            return null;
        },
    };

    internal static Option<TradeMeasure> Flow() => new("--flow")
    {
        Description = "turnover (exports + imports, default), exports, imports or balance.",
        DefaultValueFactory = _ => TradeMeasure.Turnover,
    };

    internal static Option<ReportingSide> Side() => new("--side")
    {
        Description = "reporter (the first economy's own statistics, default) or partner (the partner's mirror statistics).",
        DefaultValueFactory = _ => ReportingSide.Reporter,
    };

    internal static Argument<string> Economy(string name, string description) => new(name) { Description = description };

    private static readonly AsyncLocal<TextWriter?> NotesWriter = new();

    /// <summary>Where this invocation reports what readers noticed (standard error); set by <see cref="CommandLine.Run"/>.</summary>
    internal static TextWriter? Notes
    {
        get => NotesWriter.Value;
        set => NotesWriter.Value = value;
    }

    /// <summary>--source and the options of the IMF's data API that go with it.</summary>
    internal sealed record SourceOptions(Option<string[]> Source, Option<bool> Offline, Option<string?> BaseUrl, Option<DirectoryInfo?> CacheDir, Option<bool> Refresh)
    {
        internal IEnumerable<Option> All => [Source, Offline, BaseUrl, CacheDir, Refresh];
    }

    internal static SourceOptions Sources()
    {
        var (offline, baseUrl, cacheDir, refresh) = FetchCommand.ImfOptions();
        var source = new Option<string[]>("--source")
        {
            Description = "Where the values come from (trade-analytics sources lists them): dots (IMF DOTS 2022, all 235 reporters, or --data; default: the one shipped source with every reporter's report of every partner under one definition), "
                + "national (the statistics offices' own figures: Kazakhstan, Uzbekistan, Kyrgyzstan, Armenia, to 2023-2024), imts2025 (the IMF's 2025 exports in a rounded third-party copy of preliminary data; exports only), "
                + "comtrade-hs27 and comtrade-hs2 (UN Comtrade, fuels and HS chapters), imf (fetched now from the IMF's data API, cached), comtrade (fetched now from UN Comtrade's data API, cached) or imf+dots. Repeat to layer sources in the order given, the first that has a year winning "
                + "(e.g. --source national --source dots); each value keeps its source, and a year where the source changes is marked.",
            DefaultValueFactory = _ => ["dots"],
            Arity = ArgumentArity.OneOrMore,
        };
        return new SourceOptions(source, offline, baseUrl, cacheDir, refresh);
    }

    /// <summary>The dataset for <paramref name="pair"/> from the sources asked for, layered in the order given: DOTS (or --data), the offices' national statistics, the IMF API (both economies' reports with each other and with the World).</summary>
    internal static TradeDataset Load(ParseResult parse, DataOptions data, SourceOptions sources, params Economy[] pair)
    {
        var asked = AskedSources(parse, sources, ["dots"]);
        var layers = asked.Select(s => LoadSource(parse, data, sources, s, pair)).ToList();
        if (layers.Count == 1)
        {
            return layers[0];
        }

        var layered = TradeDataset.Layered(layers);
        Layers.AddOrUpdate(layered, new LayerSet(asked, layers));
        Report(layered);
        return layered;
    }

    /// <summary>The sources a layered dataset was made of, in precedence order, with their ids.</summary>
    internal sealed record LayerSet(IReadOnlyList<string> Ids, IReadOnlyList<TradeDataset> Datasets);

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<TradeDataset, LayerSet> Layers = new();

    /// <summary>
    /// For a series drawn from layered sources, the id of the source that gave each year's value ("national", or "national+dots"
    /// where a turnover's two flows came from two sources); empty for a series from one source.
    /// </summary>
    internal static IReadOnlyDictionary<int, string> SourceOfYears(TradeDataset dataset, TradeSeries series)
    {
        if (!Layers.TryGetValue(dataset, out var set))
        {
            return new Dictionary<int, string>();
        }

        // Each layer's own series of the flows the measure is made of (the model resolves side and flow), read once; a year's giver
        // is the first layer that has it, as the layering itself decides.
        var c = series.Context;
        var parts = set.Datasets.Select(d => d.Bilateral(c.Economy, c.Partner, c.Product))
            .Select(trade => c.Measure switch
            {
                TradeMeasure.Exports => new[] { trade.Exports(c.Side) },
                TradeMeasure.Imports => [trade.Imports(c.Side)],
                _ => [trade.Exports(c.Side), trade.Imports(c.Side)],
            })
            .ToList();
        var years = new Dictionary<int, string>();
        foreach (var year in series.Years)
        {
            var givers = Enumerable.Range(0, parts[0].Length)
                .Select(flow => set.Ids.Where((_, i) => parts[i][flow][year] is not null).FirstOrDefault())
                .OfType<string>().Distinct().ToList();
            years[year] = string.Join("+", givers);
        }

        return years;
    }

    /// <summary>
    /// For a series drawn from layered sources, the years whose value looks partial beside the other layers' values (compare's rule:
    /// below a third of another source's value that year, or — for a preliminary value — of the two years before), with compare's note.
    /// <paramref name="givers"/> is <see cref="SourceOfYears"/> of the same series.
    /// </summary>
    internal static IReadOnlyDictionary<int, string> LooksPartial(TradeDataset dataset, TradeSeries series, IReadOnlyDictionary<int, string> givers)
    {
        var notes = new Dictionary<int, string>();
        if (!Layers.TryGetValue(dataset, out var set))
        {
            return notes;
        }

        var c = series.Context;
        var comparison = Analytics.SourceComparison.Compare(set.Ids.Select((id, i) =>
            new Analytics.NamedSeries(id, set.Datasets[i].Bilateral(c.Economy, c.Partner, c.Product).Measure(c.Measure, c.Side))).ToList());
        foreach (var year in comparison.Years)
        {
            if (givers.TryGetValue(year.Year, out var giver) && year.LooksPartial.Contains(giver))
            {
                notes[year.Year] = string.Join("; ", year.Notes.Where(n => n.StartsWith(giver + ": looks partial", StringComparison.Ordinal)));
            }
        }

        return notes;
    }

    /// <summary>"across sources (dots 2017 → national 2018)" where the two years' values come from different sources; empty otherwise.</summary>
    internal static string AcrossSources(IReadOnlyDictionary<int, string> sourceOfYears, int from, int to)
        => sourceOfYears.TryGetValue(from, out var a) && sourceOfYears.TryGetValue(to, out var b) && a != b
            ? $"across sources ({a} {from.ToString(CultureInfo.InvariantCulture)} → {b} {to.ToString(CultureInfo.InvariantCulture)}): a break between publishers' definitions, not only change"
            : "";

    /// <summary>The sources named by --source (imf+dots as two), lower case, each once, in the order given; <paramref name="otherwise"/> where none is given.</summary>
    internal static IReadOnlyList<string> AskedSources(ParseResult parse, SourceOptions sources, string[] otherwise)
    {
        var given = parse.GetResult(sources.Source) is { Implicit: false } && parse.GetValue(sources.Source) is { Length: > 0 } values ? values : otherwise;
        var asked = given
            .SelectMany(s => s.ToLowerInvariant() == "imf+dots" ? new[] { "imf", "dots" } : [s.ToLowerInvariant()])
            .Distinct()
            .ToList();
        foreach (var unknown in asked.Where(s => s is not ("imf" or "comtrade") && !SourceCatalogue.Shipped.TryGet(s, out _)))
        {
            throw new CommandLineException($"--source {unknown}: use {string.Join(", ", SourceCatalogue.Shipped.Ids)}, imf, comtrade or imf+dots (repeat --source to layer them; trade-analytics sources lists them).");
        }

        return asked;
    }

    /// <summary>One source's dataset for <paramref name="pair"/>: dots (the shipped extract or --data), national, imts2025 or imf.</summary>
    internal static TradeDataset LoadSource(ParseResult parse, DataOptions data, SourceOptions sources, string source, params Economy[] pair) => LoadSource(parse, data, sources, source, pair, pair);

    /// <summary>One source's dataset: dots reads the rows of <paramref name="about"/> (all of them when empty), imf fetches <paramref name="pair"/>.</summary>
    internal static TradeDataset LoadSource(ParseResult parse, DataOptions data, SourceOptions sources, string source, Economy[] pair, Economy[] about) => source switch
    {
        "dots" => Load(parse, data, about.Length == 0 ? pair : about),
        "imf" => Fetched(parse, sources, pair),
        "comtrade" => FetchedComtrade(parse, sources, pair),
        _ => SourceCatalogue.Shipped[source].About(about.Length == 0 ? pair : about),
    };

    /// <summary>
    /// The pair's values fetched from UN Comtrade's data API: both economies' reports with each other and with the World, all goods and —
    /// where the command asks a product (--product) — that product, over the years the command asks (--from, --to, --year), else 2000 to last year.
    /// </summary>
    private static TradeDataset FetchedComtrade(ParseResult parse, SourceOptions sources, Economy[] pair)
    {
        string? Text(string name) => parse.CommandResult.Command.Options.FirstOrDefault(o => o.Name == name) is Option<string?> o ? parse.GetValue(o) : null;
        int? Year(string name) => parse.CommandResult.Command.Options.FirstOrDefault(o => o.Name == name) is Option<int?> o ? parse.GetValue(o) : null;
        var commodities = new List<string> { TradeAnalytics.Sources.UnComtrade.ComtradeDataClient.AllGoods };
        if (Text("--product") is { Length: > 0 } product)
        {
            commodities.Add(product.Trim());
        }

        var year = Year("--year");
        return FetchedComtrade(parse, sources, FetchCommand.PairRequest(pair, Year("--from") ?? year, Year("--to") ?? year, commodities));
    }

    /// <summary>
    /// UN Comtrade's answer to <paramref name="request"/>, fetched with the command line's options, as a dataset: the fetch noted on standard
    /// error (with the gaps and the reconciliation when <paramref name="noteGaps"/>), its products what was asked.
    /// </summary>
    internal static TradeDataset FetchedComtrade(ParseResult parse, SourceOptions sources, TradeAnalytics.Sources.UnComtrade.ComtradeRequest request, bool noteGaps = false)
    {
        var fetch = FetchCommand.FetchComtrade(parse, sources.Offline, sources.BaseUrl, sources.CacheDir, sources.Refresh, request);
        Notes?.WriteLine("note: " + fetch);
        foreach (var line in noteGaps ? fetch.Import.Report.Where(l => l.StartsWith("no value", StringComparison.Ordinal) || l.StartsWith("reconciles", StringComparison.Ordinal)) : [])
        {
            Notes?.WriteLine("note: " + line);
        }

        var dataset = new TradeDataset(fetch.Import.Observations, $"UN Comtrade via the data API{(fetch.Preview ? " (keyless preview)" : "")} (retrieved {fetch.RetrievedAt.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})");
        ComtradeFetches.AddOrUpdate(dataset, dataset);
        return dataset;
    }

    /// <summary>The datasets fetched from UN Comtrade: their products are what was asked, never made up from the shipped product data.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<TradeDataset, TradeDataset> ComtradeFetches = new();

    /// <summary>The pair's values fetched from the IMF's data API (both economies' reports with each other and with the World).</summary>
    private static TradeDataset Fetched(ParseResult parse, SourceOptions sources, Economy[] pair)
    {
        var economies = pair.Distinct().ToList();
        var fetch = FetchCommand.Fetch(parse, sources.Offline, sources.BaseUrl, sources.CacheDir, sources.Refresh,
            new TradeAnalytics.Sources.Imf.ImfRequest(economies.Where(e => e.Code != "WLD").ToList(), economies.Append(Economies.World).Distinct().ToList(), TradeAnalytics.Sources.Imf.Frequency.Annual));
        Notes?.WriteLine("note: " + fetch);
        return new TradeDataset(fetch.Import.Observations, $"IMF IMTS via the data API (retrieved {fetch.RetrievedAt.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})");
    }

    /// <summary>What the product data are for a dataset <see cref="Load(ParseResult, DataOptions, Economy[])"/> merged (the user's product values with the shipped ones).</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<TradeDataset, TradeDataset> MergedProducts = new();

    /// <summary>
    /// The dataset: the shipped extract; with --data, the user's files merged with it (identical values kept once,
    /// differences reported); with --no-shipped-data, the files alone. What the readers and the merge noticed goes to standard error.
    /// A command about some economies (<paramref name="about"/>) reads only their rows of a Parquet file, streamed.
    /// </summary>
    internal static TradeDataset Load(ParseResult parse, DataOptions data, params Economy[] about)
    {
        var files = parse.GetValue(data.Files) ?? [];
        var withoutShipped = parse.GetValue(data.NoShipped);
        if (files.Length == 0)
        {
            return withoutShipped
                ? throw new CommandLineException("--no-shipped-data leaves no data: give one or more --data FILE.")
                : Shipped(about);
        }

        var own = files.Select(f => Read(f, about)).ToList();
        if (own.Count == 1 && withoutShipped)
        {
            return own[0];
        }

        var merge = TradeDataset.Merge(withoutShipped ? own : [.. own, Shipped(about)]);
        Report(merge.Dataset);
        if (!withoutShipped && own.Any(d => d.Products.Any(p => !p.IsAllGoods)))
        {
            MergedProducts.AddOrUpdate(merge.Dataset, TradeDataset.Merge([.. own, ShippedData.ComtradeHs27Israel]).Dataset);
        }

        return merge.Dataset;
    }

    /// <summary>
    /// The shipped DOTS data for a command about <paramref name="about"/>: the whole 2022 edition's reports by those economies (each
    /// with every partner; the other reporters' row groups stay unread), or every reporter's when none is named.
    /// </summary>
    internal static TradeDataset Shipped(Economy[] about)
    {
        var dots = ShippedData.Dots(about);
        ShippedDots.AddOrUpdate(dots, dots);
        return dots;
    }

    /// <summary>The datasets <see cref="Shipped"/> made: the IMF DOTS 2022 edition as published, whose charts credit the IMF.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<TradeDataset, TradeDataset> ShippedDots = new();

    /// <summary>True for the shipped DOTS edition as published (not merged with the user's files).</summary>
    internal static bool IsShippedDots(TradeDataset dataset) => ShippedDots.TryGetValue(dataset, out _);

    /// <summary>
    /// A line naming the other sources of the catalogue that hold values for <paramref name="question"/>'s years (empty where
    /// none does): what a user reads when the source asked for has a gap there.
    /// </summary>
    internal static string OtherSources(TradeQuestion question, IReadOnlyCollection<string> asked)
    {
        var others = SourceCatalogue.Shipped.Sources.Where(s => !asked.Contains(s.Id))
            .Select(s => SourceCatalogue.Answer(s, question)).Where(a => a.HasValues || a.Unavailable!.StartsWith(SourceCatalogue.ChaptersOnly, StringComparison.Ordinal)).ToList();
        return others.Count == 0 ? ""
            : $"other sources with values{(question.Years is { } y ? " in " + y : "")}: {string.Join("; ", others.Select(a => a.ToString()))} (--source ID; trade-analytics sources lists them).";
    }

    /// <summary>
    /// One interchange file, CSV or Parquet (either layout: the interchange table, or the columnar one); what its reader noticed goes to standard error. Of a Parquet file, a command
    /// about some economies reads only the rows whose reporter or partner is one of them, a vector at a time through
    /// DuckDB, so that one series of a file with millions of rows in one row group takes memory for that series only.
    /// </summary>
    internal static TradeDataset Read(FileInfo file, params Economy[] about)
    {
        TradeDataset dataset;
        if (!IsParquet(file.FullName))
        {
            dataset = InterchangeCsv.ReadFile(file.FullName).Dataset;
        }
        else if (TradeAnalytics.Parquet.ColumnarParquet.IsColumnarFile(file.FullName))
        {
            // The columnar layout (trade-analytics columns) loads whole faster than any slice of the interchange layout.
            dataset = TradeAnalytics.Parquet.ColumnarParquet.ReadFile(file.FullName);
        }
        else if (about.Length == 0)
        {
            dataset = TradeAnalytics.Parquet.InterchangeParquet.ReadFile(file.FullName).Dataset;
        }
        else
        {
            var slice = TradeAnalytics.Sql.InterchangeSlice.Read(file.FullName, about);
            Notes?.WriteLine($"note: {file.Name}: read the {slice.RowsRead:N0} rows about {string.Join(", ", about.Select(e => e.Code).Distinct())} (a command about them needs no other).");
            dataset = slice.Dataset;
        }

        Report(dataset);
        return dataset;
    }

    /// <summary>True for a .parquet file: the interchange table as Parquet.</summary>
    internal static bool IsParquet(string path) => path.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase);

    /// <summary>Writes the interchange table as CSV, or as Parquet for a .parquet file.</summary>
    internal static void WriteInterchange(string path, IReadOnlyCollection<TradeObservation> observations)
    {
        if (IsParquet(path))
        {
            TradeAnalytics.Parquet.InterchangeParquet.WriteFile(path, observations);
        }
        else
        {
            InterchangeCsv.WriteFile(path, observations);
        }
    }

    /// <summary>Writes a loaded dataset's notes to standard error, the first 20 and a count.</summary>
    internal static void Report(TradeDataset dataset)
    {
        if (Notes is not { } writer || dataset.Notes.Count == 0)
        {
            return;
        }

        // Notes quote files (names, labels, cells): shown visibly, so a file's escape sequences never drive the terminal.
        writer.WriteLine($"note: {VisibleText.Of(dataset.Name)}: {dataset.Notes.Count} thing(s) to know about the data:");
        foreach (var note in dataset.Notes.Take(20))
        {
            writer.WriteLine("  " + VisibleText.Of(note));
        }

        if (dataset.Notes.Count > 20)
        {
            writer.WriteLine($"  ... and {dataset.Notes.Count - 20} more");
        }
    }

    /// <summary>
    /// The product data for <paramref name="dataset"/>: where the user's files hold products, their product values merged with the
    /// shipped UN Comtrade HS 27 extract (or alone with --no-shipped-data); else the shipped extract.
    /// </summary>
    internal static TradeDataset Products(TradeDataset dataset)
        => MergedProducts.TryGetValue(dataset, out var merged) ? merged
            : dataset.Products.Any(p => !p.IsAllGoods) || ComtradeFetches.TryGetValue(dataset, out _) ? dataset
            : ShippedProducts.Value;

    /// <summary>
    /// The shipped product data: UN Comtrade HS 27 of every reporter with Israel (1988–2017) over the HS chapters of Israel and the
    /// Caucasus (1995–2021) — layered, the first winning where both have a value, each value keeping its own source.
    /// </summary>
    private static readonly Lazy<TradeDataset> ShippedProducts = new(() => TradeDataset.Layered(
        [ShippedData.ComtradeHs27Israel, ShippedData.ComtradeHs2Caucasus], $"{ShippedData.ComtradeHs27Israel.Name} over {ShippedData.ComtradeChaptersName}"));

    /// <summary>A product code from the command line ("27", "2709", "HS 27"); anything else is an error saying what is expected.</summary>
    internal static Product Product(string text)
        => TradeAnalytics.Product.TryParse(text, out var product) && !product.IsAllGoods
            ? product
            : throw new CommandLineException($"'{text}' is not an HS code; give 2, 4 or 6 digits, e.g. --product 27 (mineral fuels and oils) or --product 2709 (crude oil).");

    /// <summary>A code or name to an economy; an unknown one is an error with the closest known suggestions.</summary>
    internal static Economy Resolve(string text) => Economies.Resolve(text);

    /// <summary>The earliest and latest year a question may ask about: wider than any trade statistic, narrow enough to bound the rows.</summary>
    internal static readonly YearSpan PlausibleYears = new(1900, 2100);

    /// <summary>
    /// The years asked for (the series' own first and last where not given). A year outside the data is a valid
    /// question: it gets a row that says it is outside the data, and which years they hold (one rule for a span's
    /// ends and its middle). Only a year no trade statistic can cover, or an end before the start, is an error.
    /// </summary>
    internal static (int From, int To) Years(TradeSeries series, int? from, int? to)
    {
        if (series.IsEmpty)
        {
            throw new CommandLineException($"no data for {series.Context.Describe()}.");
        }

        var f = from ?? series.FirstYear;
        var t = to ?? series.LastYear;
        foreach (var (name, year) in new[] { ("--from", f), ("--to", t) })
        {
            if (!PlausibleYears.Contains(year))
            {
                throw new CommandLineException($"{name} {year} is not a year trade statistics cover: give a year in {PlausibleYears} (the data hold {series.FirstYear}–{series.LastYear}).");
            }
        }

        if (t < f)
        {
            throw new CommandLineException($"--to {t} is before --from {f}.");
        }

        return (f, t);
    }

    /// <summary>A line saying which of the years asked for lie outside the data (empty where none does).</summary>
    internal static string OutsideData(TradeSeries series, int from, int to)
    {
        var held = new YearSpan(series.FirstYear, series.LastYear);
        var outside = new[] { from < held.First ? new YearSpan(from, held.First - 1) : (YearSpan?)null, to > held.Last ? new YearSpan(held.Last + 1, to) : null }
            .Where(s => s is not null).Select(s => s!.Value.ToString()).ToList();
        return outside.Count == 0 ? "" : $"{string.Join(" and ", outside)}: outside the data, which hold {held} (missing, not zero).";
    }

    internal static Cell Number(double value, string format = "0.000") => Cell.Number(value, format);

    internal static Cell Flag(bool value) => Cell.Flag(value);
}
