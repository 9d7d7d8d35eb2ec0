using System.CommandLine;
using System.Globalization;
using TradeAnalytics.Sources;
using TradeAnalytics.Sources.Imf;
using TradeAnalytics.Sources.UnComtrade;

namespace TradeAnalytics.Cli;

/// <summary><c>fetch ECONOMY PARTNER [--source imf|comtrade] [--from --to] [--frequency A|Q|M] [--product CODE] [--out FILE] [--offline]</c>: current IMF or UN Comtrade data for a pair.</summary>
internal static class FetchCommand
{
    internal static Command Create(TextWriter output)
    {
        var economy = CommonOptions.Economy("economy", "The economy (ISO3 code or name), e.g. KAZ.");
        var partner = CommonOptions.Economy("partner", "The partner, e.g. ISR (WLD = the World).");
        var from = CommonOptions.From();
        var to = CommonOptions.To();
        var frequency = new Option<string>("--frequency") { Description = "A (annual, default), Q (the IMF only) or M; annual values are made from complete quarters or months only.", DefaultValueFactory = _ => "A" };
        var outFile = new Option<FileInfo?>("--out") { Description = "Write the annual values to this interchange CSV file." };
        var source = new Option<string>("--source")
        {
            Description = "imf (the IMF's IMTS, default) or comtrade (UN Comtrade's data API: with $" + ComtradeClientOptions.KeyVariable + " the keyed endpoint, else the keyless preview of at most 500 rows a request, split as needed).",
            DefaultValueFactory = _ => "imf",
        };
        var product = new Option<string[]>("--product")
        {
            Description = "With --source comtrade: TOTAL (all goods, default), AG2 (every HS chapter), AG4, AG6, or HS codes of 2, 4 or 6 digits (e.g. 27, 2709); repeat for several.",
            Arity = ArgumentArity.OneOrMore,
        };
        var (offline, baseUrl, cacheDir, refresh) = ImfOptions();
        var command = new Command("fetch", "Fetch a pair's exports and imports, as both economies report them, from the IMF's data API (IMTS) or UN Comtrade's (--source comtrade), with an on-disk cache; --offline reads only the cache.")
        {
            economy, partner, source, from, to, frequency, product, outFile, offline, baseUrl, cacheDir, refresh,
        };
        command.SetAction(parse =>
        {
            var a = CommonOptions.Resolve(parse.GetValue(economy)!);
            var b = CommonOptions.Resolve(parse.GetValue(partner)!);
            if (parse.GetValue(outFile) is { } target)
            {
                // The cache is the tool's: an output inside it would overwrite a cached answer (the one just read, perhaps).
                var cache = Path.GetFullPath(parse.GetValue(cacheDir)?.FullName ?? new ImfClientOptions().CacheFolder);
                var folder = Path.GetDirectoryName(target.FullName) ?? "";
                if (string.Equals(Path.TrimEndingDirectorySeparator(folder), Path.TrimEndingDirectorySeparator(cache), StringComparison.Ordinal))
                {
                    throw new CommandLineException($"--out {target.FullName} is inside the answers' cache ({cache}): it could overwrite a cached answer. Write elsewhere.");
                }
            }

            if (parse.GetValue(source)!.ToLowerInvariant() is var chosen && chosen != "imf")
            {
                if (chosen != "comtrade")
                {
                    throw new CommandLineException($"--source {chosen}: fetch asks imf (default) or comtrade.");
                }

                var monthly = parse.GetValue(frequency)!.ToUpperInvariant() switch
                {
                    "A" => false,
                    "M" => true,
                    var other => throw new CommandLineException($"--frequency {other}: UN Comtrade publishes A (annual) or M (monthly, each year summed from its twelve months)."),
                };
                var comtrade = FetchComtrade(parse, offline, baseUrl, cacheDir, refresh,
                    PairRequest([a, b], parse.GetValue(from), parse.GetValue(to), parse.GetValue(product) is { Length: > 0 } codes ? codes : [ComtradeDataClient.AllGoods]) with { Monthly = monthly });
                return Write(output, comtrade.ToString(), comtrade.Import, parse.GetValue(outFile));
            }

            if (parse.GetResult(product) is { Implicit: false })
            {
                throw new CommandLineException("--product asks UN Comtrade by commodity: use it with --source comtrade (the IMF's IMTS is all goods).");
            }

            var freq = parse.GetValue(frequency)!.ToUpperInvariant() switch
            {
                "A" => Frequency.Annual,
                "Q" => Frequency.Quarterly,
                "M" => Frequency.Monthly,
                var other => throw new CommandLineException($"--frequency {other}: use A (annual), Q (quarterly) or M (monthly)."),
            };
            var fetch = Fetch(parse, offline, baseUrl, cacheDir, refresh, new ImfRequest(new[] { a, b }.Where(e => e.Code != "WLD").Distinct().ToList(), b.Code == "WLD" ? [b] : [b, a], freq, parse.GetValue(from), parse.GetValue(to)));
            return Write(output, fetch.ToString(), fetch.Import, parse.GetValue(outFile));
        });
        return command;
    }

    private static int Write(TextWriter output, string fetched, FileImport import, FileInfo? file)
    {
        output.WriteLine(fetched);
        foreach (var line in import.Report)
        {
            output.WriteLine(line);
        }

        if (file is not null)
        {
            CommonOptions.WriteInterchange(file.FullName, import.Observations);
            output.WriteLine($"wrote {import.Observations.Count} annual observations to {file.FullName}");
        }

        output.WriteLine(import.Summary);
        return import.Reconciles ? 0 : 2;
    }

    /// <summary>
    /// The Comtrade request for a pair: both economies' reports (the World is no reporter) with each other and with the World, exports
    /// and imports, of <paramref name="commodities"/>; the years asked, else 2000 to last year.
    /// </summary>
    internal static ComtradeRequest PairRequest(Economy[] pair, int? from, int? to, IReadOnlyList<string> commodities)
    {
        var last = to ?? DateTime.UtcNow.Year - 1;
        var first = from ?? Math.Min(2000, last);
        if (first > last)
        {
            throw new CommandLineException($"--from {first} is after --to {last}.");
        }

        var economies = pair.Distinct().ToList();
        return new ComtradeRequest(economies.Where(e => e.Code != "WLD").ToList(), economies.Append(Economies.World).Distinct().ToList(), first, last)
        {
            Commodities = commodities.Select(c => c.Trim().ToUpperInvariant()).Distinct().ToList(),
        };
    }

    /// <summary>Fetches from UN Comtrade's data API with the command line's options, mapping the library's words to its flags.</summary>
    internal static ComtradeFetch FetchComtrade(ParseResult parse, Option<bool> offline, Option<string?> baseUrl, Option<DirectoryInfo?> cacheDir, Option<bool> refresh, ComtradeRequest request)
    {
        using var client = new ComtradeDataClient(ClientOptions<ComtradeClientOptions>(parse, offline, baseUrl, cacheDir, refresh, "https://comtradeapi.un.org/"));
        try
        {
            return Noted(client.FetchAsync(request, new SynchronousProgress<string>(p => CommonOptions.Notes?.WriteLine("progress: " + p))).GetAwaiter().GetResult(), f => f.Note);
        }
        catch (ComtradeApiException e)
        {
            throw new CommandLineException(CommonOptions.InFlags(e.Message));
        }
        catch (ArgumentException e)
        {
            throw new CommandLineException(e.Message.Split(" (Parameter", 2)[0]);
        }
    }

    /// <summary>A client's options from the command line's --base-url, --cache-dir, --offline and --refresh, the rest the client's defaults.</summary>
    private static T ClientOptions<T>(ParseResult parse, Option<bool> offline, Option<string?> baseUrl, Option<DirectoryInfo?> cacheDir, Option<bool> refresh, string example)
        where T : TradeAnalytics.Sources.ApiClientOptions, new()
    {
        var defaults = new T();
        Uri? url = null;
        if (parse.GetValue(baseUrl) is { } text && !Uri.TryCreate(text.TrimEnd('/') + "/", UriKind.Absolute, out url))
        {
            throw new CommandLineException($"--base-url {text}: not an absolute URL (e.g. {example}).");
        }

        return new T
        {
            BaseUrl = url ?? defaults.BaseUrl,
            CacheFolder = parse.GetValue(cacheDir)?.FullName ?? defaults.CacheFolder,
            Offline = parse.GetValue(offline),
            Freshness = parse.GetValue(refresh) ? TimeSpan.Zero : defaults.Freshness,
        };
    }

    /// <summary>What the user should know about the cache for a fetch (not written, a damaged entry replaced), for every command that fetches.</summary>
    private static TFetch Noted<TFetch>(TFetch fetch, Func<TFetch, string> note)
    {
        if (note(fetch) is { Length: > 0 } said)
        {
            CommonOptions.Notes?.WriteLine("note: " + CommonOptions.InFlags(said));
        }

        return fetch;
    }

    /// <summary>The options every command that reaches the IMF shares.</summary>
    internal static (Option<bool> Offline, Option<string?> BaseUrl, Option<DirectoryInfo?> CacheDir, Option<bool> Refresh) ImfOptions()
        => (new Option<bool>("--offline") { Description = "Use only the cache; say what is missing instead of asking the server." },
            new Option<string?>("--base-url") { Description = $"The API root of the fetched source: the IMF's SDMX root (default https://api.imf.org/external/sdmx/, or ${ImfClientOptions.BaseUrlVariable}), or UN Comtrade's (default https://comtradeapi.un.org/, or ${ComtradeClientOptions.BaseUrlVariable}): a mirror, or a test server." },
            new Option<DirectoryInfo?>("--cache-dir") { Description = $"Where answers are cached (default ${ImfClientOptions.CacheVariable}, else ~/.cache/trade-analytics/imf, and .../comtrade for UN Comtrade)." },
            new Option<bool>("--refresh") { Description = "Ask the server even when the cache holds a fresh answer (a failure keeps the cached copy)." });

    internal static ImfFetch Fetch(ParseResult parse, Option<bool> offline, Option<string?> baseUrl, Option<DirectoryInfo?> cacheDir, Option<bool> refresh, ImfRequest request)
    {
        using var client = new ImfDataClient(ClientOptions<ImfClientOptions>(parse, offline, baseUrl, cacheDir, refresh, "https://api.imf.org/external/sdmx/"));
        try
        {
            return Noted(client.Fetch(request), f => f.Note);
        }
        catch (ImfApiException e)
        {
            throw new CommandLineException(CommonOptions.InFlags(e.Message));
        }
    }
}
