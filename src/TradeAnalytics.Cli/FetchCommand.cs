using System.CommandLine;
using TradeAnalytics.Sources.Imf;

namespace TradeAnalytics.Cli;

/// <summary><c>fetch ECONOMY PARTNER [--from --to] [--frequency A|Q|M] [--out FILE] [--offline]</c>: current IMF data for a pair.</summary>
internal static class FetchCommand
{
    internal static Command Create(TextWriter output)
    {
        var economy = CommonOptions.Economy("economy", "The economy (ISO3 code or name), e.g. KAZ.");
        var partner = CommonOptions.Economy("partner", "The partner, e.g. ISR (WLD = the World).");
        var from = CommonOptions.From();
        var to = CommonOptions.To();
        var frequency = new Option<string>("--frequency") { Description = "A (annual, default), Q or M; annual values are made from complete quarters or months only.", DefaultValueFactory = _ => "A" };
        var outFile = new Option<FileInfo?>("--out") { Description = "Write the annual values to this interchange CSV file." };
        var (offline, baseUrl, cacheDir, refresh) = ImfOptions();
        var command = new Command("fetch", "Fetch a pair's exports and imports, as both economies report them, from the IMF's data API (IMTS), with an on-disk cache; --offline reads only the cache.")
        {
            economy, partner, from, to, frequency, outFile, offline, baseUrl, cacheDir, refresh,
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

            var freq = parse.GetValue(frequency)!.ToUpperInvariant() switch
            {
                "A" => Frequency.Annual,
                "Q" => Frequency.Quarterly,
                "M" => Frequency.Monthly,
                var other => throw new CommandLineException($"--frequency {other}: use A (annual), Q (quarterly) or M (monthly)."),
            };
            var fetch = Fetch(parse, offline, baseUrl, cacheDir, refresh, new ImfRequest(new[] { a, b }.Where(e => e.Code != "WLD").Distinct().ToList(), b.Code == "WLD" ? [b] : [b, a], freq, parse.GetValue(from), parse.GetValue(to)));
            output.WriteLine(fetch.ToString());
            foreach (var line in fetch.Import.Report)
            {
                output.WriteLine(line);
            }

            if (parse.GetValue(outFile) is { } file)
            {
                CommonOptions.WriteInterchange(file.FullName, fetch.Import.Observations);
                output.WriteLine($"wrote {fetch.Import.Observations.Count} annual observations to {file.FullName}");
            }

            output.WriteLine(fetch.Import.Summary);
            return fetch.Import.Reconciles ? 0 : 2;
        });
        return command;
    }

    /// <summary>The options every command that reaches the IMF shares.</summary>
    internal static (Option<bool> Offline, Option<string?> BaseUrl, Option<DirectoryInfo?> CacheDir, Option<bool> Refresh) ImfOptions()
        => (new Option<bool>("--offline") { Description = "Use only the cache; say what is missing instead of asking the server." },
            new Option<string?>("--base-url") { Description = $"The IMF's SDMX root (default https://api.imf.org/external/sdmx/, or ${ImfClientOptions.BaseUrlVariable}): a mirror, or a test server." },
            new Option<DirectoryInfo?>("--cache-dir") { Description = $"Where answers are cached (default ${ImfClientOptions.CacheVariable}, else ~/.cache/trade-analytics/imf)." },
            new Option<bool>("--refresh") { Description = "Ask the server even when the cache holds a fresh answer (a failure keeps the cached copy)." });

    internal static ImfFetch Fetch(ParseResult parse, Option<bool> offline, Option<string?> baseUrl, Option<DirectoryInfo?> cacheDir, Option<bool> refresh, ImfRequest request)
    {
        var defaults = new ImfClientOptions();
        Uri? url = null;
        if (parse.GetValue(baseUrl) is { } text && !Uri.TryCreate(text.TrimEnd('/') + "/", UriKind.Absolute, out url))
        {
            throw new CommandLineException($"--base-url {text}: not an absolute URL (e.g. https://api.imf.org/external/sdmx/).");
        }

        var options = new ImfClientOptions
        {
            BaseUrl = url ?? defaults.BaseUrl,
            CacheFolder = parse.GetValue(cacheDir)?.FullName ?? defaults.CacheFolder,
            Offline = parse.GetValue(offline),
            Freshness = parse.GetValue(refresh) ? TimeSpan.Zero : defaults.Freshness,
        };
        using var client = new ImfDataClient(options);
        try
        {
            var fetch = client.Fetch(request);
            if (fetch.Note.Length > 0)
            {
                // What the user should know about the cache (not written, a damaged entry replaced), for every command that fetches.
                CommonOptions.Notes?.WriteLine("note: " + CommonOptions.InFlags(fetch.Note));
            }

            return fetch;
        }
        catch (ImfApiException e)
        {
            throw new CommandLineException(CommonOptions.InFlags(e.Message));
        }
    }
}
