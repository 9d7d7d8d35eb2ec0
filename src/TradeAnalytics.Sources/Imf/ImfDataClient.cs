using System.Globalization;
using System.Net;
using System.Text;
using TradeAnalytics.Sources.Http;

namespace TradeAnalytics.Sources.Imf;

/// <summary>What to fetch from the IMF's IMTS data: reporters × partners × frequency × years.</summary>
/// <param name="Reporters">The reporting economies (WLD is sent as the IMF's G001).</param>
/// <param name="Partners">The counterparts.</param>
/// <param name="Frequency">Annual, quarterly or monthly observations (annual values are then made from complete years only).</param>
/// <param name="FromYear">The first year, or null for all.</param>
/// <param name="ToYear">The last year, or null for all.</param>
public sealed record ImfRequest(IReadOnlyList<Economy> Reporters, IReadOnlyList<Economy> Partners, Frequency Frequency = Frequency.Annual, int? FromYear = null, int? ToYear = null)
{
    /// <summary>"KAZ→ISR, annual, 2015–2025".</summary>
    public override string ToString()
        => $"{string.Join("+", Reporters.Select(r => r.Code))}→{string.Join("+", Partners.Select(p => p.Code))}, {Frequency.ToString().ToLowerInvariant()}"
            + (FromYear is null && ToYear is null ? "" : $", {FromYear?.ToString(CultureInfo.InvariantCulture) ?? "…"}–{ToYear?.ToString(CultureInfo.InvariantCulture) ?? "…"}");
}

/// <summary>How <see cref="ImfDataClient"/> talks to the IMF and where it keeps what it got (with the options every client shares).</summary>
public sealed class ImfClientOptions : ApiClientOptions
{
    /// <summary>The environment variable that overrides <see cref="ApiClientOptions.BaseUrl"/> (a mirror, or a test server).</summary>
    public const string BaseUrlVariable = "TRADE_ANALYTICS_IMF_BASE_URL";

    /// <summary>Options: the cache in <see cref="ApiClientOptions.CacheVariable"/>, else $XDG_CACHE_HOME/trade-analytics/imf, else ~/.cache/trade-analytics/imf; at most two requests a second.</summary>
    /// <remarks><see cref="ApiClientOptions.BaseUrl"/> is the IMF's SDMX REST root ("3.0/…" and "2.1/…" are appended): https://api.imf.org/external/sdmx/, or <see cref="BaseUrlVariable"/>.</remarks>
    public ImfClientOptions()
        : base(DefaultBaseUrl(BaseUrlVariable, "https://api.imf.org/external/sdmx/"), DefaultCacheFolder("imf", null), TimeSpan.FromMilliseconds(500))
    {
    }

    /// <summary>An optional subscription key, sent as Ocp-Apim-Subscription-Key; default from IMF_API_KEY.</summary>
    public string? ApiKey { get; init; } = Environment.GetEnvironmentVariable("IMF_API_KEY") is { Length: > 0 } key ? key : null;
}

/// <summary>What a fetch produced: the annual values (each with the request and date as its source), where the answer came from, and the import report.</summary>
/// <param name="Import">The annual observations and the reader's reconciliation.</param>
/// <param name="Url">The request answered.</param>
/// <param name="RetrievedAt">When the answer was retrieved from the server.</param>
/// <param name="FromCache">True when the answer was read from the cache.</param>
public sealed record ImfFetch(FileImport Import, string Url, DateTimeOffset RetrievedAt, bool FromCache)
{
    /// <summary>What the user should know about the cache for this fetch (it could not be written; a damaged entry was replaced); empty when nothing.</summary>
    public string Note { get; init; } = "";

    /// <summary>"fetched …" or "from the cache (retrieved …)".</summary>
    public override string ToString()
        => $"{(FromCache ? "from the cache" : "fetched")}: {Url} (retrieved {RetrievedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC), {Import.Observations.Count} annual values";
}

/// <summary>A request to the IMF's data API that could not give data; the message says why, for a person.</summary>
public sealed class ImfApiException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong, and what to do.</param>
    /// <param name="inner">The underlying error, if any.</param>
    public ImfApiException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}

/// <summary>
/// Gets IMF trade statistics (IMTS, formerly DOTS) from the IMF's SDMX REST API: SDMX 3.0 CSV first,
/// SDMX 2.1 CSV where 3.0 does not answer with data (as api.imf.org's public clients do, see
/// shared/data/imf-formats/API.md). Values arrive in whole US dollars and become US$ millions; annual
/// values are made from complete months or quarters only. Well-behaved: a User-Agent naming the library
/// and version, the optional subscription key, a time-out per try, retries with backoff on 429, 5xx and
/// time-outs honouring Retry-After, a bounded number of tries, at most a few requests a second,
/// cancellation. Every answer is cached on disk with its URL and retrieval time; a later request within
/// the freshness window reads the cache, <see cref="ApiClientOptions.Offline"/> reads only the cache, and a
/// failed download never overwrites a good cached copy. Every failure is an <see cref="ImfApiException"/>
/// with a clear message — never partial data presented as whole.
/// </summary>
/// <remarks>
/// The subscription key goes only to the origin (scheme, host and port) of <see cref="ApiClientOptions.BaseUrl"/>:
/// redirects are followed by the client itself, up to five, and only within that origin; a redirect elsewhere is an
/// error naming where it pointed (the key is never sent there). An answer is read as a stream up to
/// <see cref="ApiClientOptions.MaxAnswerBytes"/>; a Retry-After beyond <see cref="ApiClientOptions.MaxRetryWait"/> is an
/// error, not hours of silence. A cache entry records the SHA-256 of its bytes and how many values it held; both are
/// checked on every read, a retrieval date in the future makes it stale, and an answer without values never replaces one.
/// </remarks>
public sealed class ImfDataClient : IDisposable
{
    private readonly ImfClientOptions _options;
    private readonly HttpPolicy _policy;
    private readonly AnswerCache _cache;

    /// <summary>A client.</summary>
    /// <param name="options">Options; null = the defaults.</param>
    public ImfDataClient(ImfClientOptions? options = null)
    {
        _options = options ?? new ImfClientOptions();
        _policy = new HttpPolicy(_options.PolicySettings(_options.BaseUrl, "ImfClientOptions.BaseUrl", _options.ApiKey, CsvMediaType, typeof(ImfDataClient)));
        _cache = new AnswerCache(_options.CacheFolder, ".csv", "ImfClientOptions.CacheFolder");
    }

    /// <summary>The media type asked for: SDMX-CSV (3.0 answers its 2.0 layout, 2.1 the 1.0 layout).</summary>
    public const string CsvMediaType = "application/vnd.sdmx.data+csv;version=2.0.0";

    /// <summary>The SDMX 3.0 request for <paramref name="request"/>: every indicator (the reader keeps exports and imports and checks the balance).</summary>
    /// <param name="request">What to fetch.</param>
    public Uri Sdmx30Url(ImfRequest request)
    {
        Preconditions.NotNull(request);
        var key = $"{Codes(request.Reporters)}.*.{Codes(request.Partners)}.{FrequencyCode(request.Frequency)}";
        var filters = new List<string>();
        if (request.FromYear is { } from)
        {
            filters.Add("ge:" + PeriodText(from, request.Frequency, first: true));
        }

        if (request.ToYear is { } to)
        {
            filters.Add("le:" + PeriodText(to, request.Frequency, first: false));
        }

        var query = filters.Count == 0 ? "" : "?c%5BTIME_PERIOD%5D=" + Uri.EscapeDataString(string.Join("+", filters));
        return new Uri(_options.BaseUrl, $"3.0/data/dataflow/IMF.STA/IMTS/+/{key}{query}");
    }

    /// <summary>The SDMX 2.1 request for <paramref name="request"/> (the fallback): every indicator, startPeriod and endPeriod.</summary>
    /// <param name="request">What to fetch.</param>
    public Uri Sdmx21Url(ImfRequest request)
    {
        Preconditions.NotNull(request);
        var key = $"{Codes(request.Reporters)}..{Codes(request.Partners)}.{FrequencyCode(request.Frequency)}";
        var query = new List<string>();
        if (request.FromYear is { } from)
        {
            query.Add("startPeriod=" + Period21(from, request.Frequency, first: true));
        }

        if (request.ToYear is { } to)
        {
            query.Add("endPeriod=" + Period21(to, request.Frequency, first: false));
        }

        return new Uri(_options.BaseUrl, $"2.1/data/IMF.STA,IMTS/{key}" + (query.Count == 0 ? "" : "?" + string.Join("&", query)));
    }

    /// <summary>Fetches <paramref name="request"/>: from the cache when fresh (or offline), else from the server (3.0, then 2.1).</summary>
    /// <param name="request">What to fetch.</param>
    /// <param name="cancellationToken">Cancels the fetch.</param>
    /// <exception cref="ImfApiException">No data could be had; the message says why (offline and not cached, no network, time-out, the server's 4xx message, 5xx after the tries, no data (204), an HTML page, another format, a cut-short answer).</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public async Task<ImfFetch> FetchAsync(ImfRequest request, CancellationToken cancellationToken = default)
    {
        Preconditions.NotNull(request);
        if (request.Reporters.Count == 0 || request.Partners.Count == 0)
        {
            throw new ArgumentException("A request names at least one reporter and one partner.", nameof(request));
        }

        _cache.SweepStaleTemporaries();
        var urls = new[] { Sdmx30Url(request), Sdmx21Url(request) };
        var entries = urls.Select(u => ReadCache(u, request)).ToList();
        foreach (var entry in entries)
        {
            if (entry?.Fetch is { } cached && (_options.Offline || entry.Fresh))
            {
                return cached;
            }
        }

        var damaged = entries.Where(e => e?.Problem is not null).Select(e => e!.Problem!).ToList();
        if (_options.Offline)
        {
            throw new ImfApiException(damaged.Count > 0
                ? $"Offline, and the cached answer for {request} is damaged ({string.Join("; ", damaged)}): run without ImfClientOptions.Offline to fetch it again, which replaces it."
                : $"Offline, and no cached answer for {request}: run without ImfClientOptions.Offline to fetch it (the cache is {_options.CacheFolder}).");
        }

        var keep = entries.Any(e => e?.Fetch is not null) ? " The cached answer is kept as it was; ImfClientOptions.Offline works with it." : "";
        ImfApiException? first = null;
        foreach (var url in urls)
        {
            try
            {
                var fetch = await DownloadAsync(url, request, keep, cancellationToken).ConfigureAwait(false);
                return damaged.Count == 0 ? fetch : fetch with { Note = string.Join(" ", new[] { $"A damaged cache entry was replaced ({string.Join("; ", damaged)}).", fetch.Note }.Where(n => n.Length > 0)) };
            }
            catch (ImfApiException e) when (url == urls[0] && e.Data["fallback"] is true)
            {
                first = e;   // 3.0 does not serve it: ask 2.1
            }
        }

        throw first!;
    }

    /// <summary>Fetches synchronously (for the command line).</summary>
    /// <param name="request">What to fetch.</param>
    /// <exception cref="ImfApiException">No data could be had; the message says why.</exception>
    public ImfFetch Fetch(ImfRequest request) => FetchAsync(request).GetAwaiter().GetResult();

    /// <summary>How old a temporary file in the cache must be before a run deletes it as left behind by a killed one.</summary>
    public static readonly TimeSpan StaleTemporaryAge = AnswerCache.StaleTemporaryAge;

    /// <inheritdoc />
    public void Dispose() => _policy.Dispose();

    private async Task<ImfFetch> DownloadAsync(Uri url, ImfRequest request, string keep, CancellationToken cancellationToken)
    {
        var label = Label(url, request);
        var answer = await _policy.GetOrFailAsync(url, "The IMF", (message, kept, inner) => Failure(message, kept ? keep : "", inner), cancellationToken).ConfigureAwait(false);
        var status = (int)answer.Status;
        var body = answer.Body;
        if (answer.Status == HttpStatusCode.NoContent || body.Length == 0)
        {
            throw Failure($"The IMF has no data for {request} ({url} answered {status} with no content).", keep);
        }

        if (status >= 400)
        {
            var e = Failure($"The IMF refused {url}: {status} {answer.Reason}: {Excerpt(body)}", keep);
            e.Data["fallback"] = status is 400 or 404 or 406 or 501;
            throw e;
        }

        var text = Encoding.UTF8.GetString(body).TrimStart('\uFEFF');
        if (answer.MediaType.Contains("html", StringComparison.OrdinalIgnoreCase) || text.TrimStart().StartsWith('<'))
        {
            var e = Failure($"{url} answered an HTML page, not data ({Excerpt(body)}); an error page of the server or of a proxy in front of it.", keep);
            e.Data["fallback"] = true;
            throw e;
        }

        var retrieved = Now();
        var fetch = Parse(text, url, label, retrieved, request, fromCache: false, keep);
        if (fetch.Import.Observations.Count == 0)
        {
            // A header and no values: no data, as a 204 says it; never cached over an answer that had some.
            throw Failure($"The IMF has no data for {request} ({url} answered {status} with a header and no values).", keep);
        }

        return fetch with { Note = _cache.Write(url, body, retrieved, Label(url, null), fetch.Import.Observations.Count) };
    }

    private ImfFetch Parse(string text, Uri url, string label, DateTimeOffset retrieved, ImfRequest request, bool fromCache, string keep = "")
    {
        // The first line's first 200 characters: a damaged answer may be one line of 60 MB, never copied whole.
        var firstLine = text.AsSpan(0, Math.Min(text.Length, 200)).ToString().Split('\n', 2)[0].Replace("\"", "", StringComparison.Ordinal);
        if (!firstLine.StartsWith("DATAFLOW,", StringComparison.Ordinal) && !firstLine.StartsWith("STRUCTURE,", StringComparison.Ordinal))
        {
            var e = Failure($"{url} answered something that is not SDMX-CSV of IMTS (first line: '{VisibleText.Of(firstLine.Length > 100 ? firstLine[..100] + "..." : firstLine)}').", keep);
            e.Data["fallback"] = true;
            throw e;
        }

        try
        {
            var fileName = label + " retrieved " + retrieved.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var result = SdmxCsvReader.Read(new StringReader(text), fileName);

            // Every series asked for is in the answer: each reporter's exports and imports with each partner. An answer that ends
            // early but cleanly, at a line end, reads as well formed; the series it never reached are how it shows.
            var held = result.Observations.Select(o => (o.Reporter.Code, o.Partner.Code, o.Flow)).ToHashSet();
            var missing = (from r in request.Reporters
                           from p in request.Partners
                           from f in new[] { TradeFlow.Exports, TradeFlow.Imports }
                           where r.Code != p.Code && !held.Contains((r.Code, p.Code, f))
                           select $"{r.Code}→{p.Code} {(f == TradeFlow.Exports ? "exports" : "imports")}").ToList();
            if (missing.Count > 0 && result.Observations.Count > 0)   // an answer of no value at all is said so below, as such
            {
                throw Failure($"The answer from {url} holds no values of {string.Join(", ", missing.Take(10))}{(missing.Count > 10 ? $" and {missing.Count - 10} more" : "")}, asked for (every indicator of every pair): it may have ended early, so it is not read as whole{(fromCache ? "" : " and not cached")}.", keep);
            }

            return new ImfFetch(ImfFileImporter.Annual(url.ToString(), result.Format + " from the IMF data API", result), url.ToString(), retrieved, fromCache);
        }
        catch (FormatException e)
        {
            throw Failure($"The answer from {url} is not whole or not well formed: {e.Message}", keep, e);
        }
    }

    // ---- cache ----

    /// <summary>
    /// Reads the cached answer for <paramref name="url"/>: null when there is none; a <see cref="CacheEntry"/> that is
    /// damaged (with the reason) when its metadata, hash or count do not hold; else the fetch and whether it is fresh.
    /// </summary>
    private CacheEntry? ReadCache(Uri url, ImfRequest request)
    {
        if (_cache.Read(url) is not { } entry)
        {
            return null;
        }

        if (entry.Problem is { } problem)
        {
            return new CacheEntry(null, false, problem);
        }

        try
        {
            var fetch = Parse(Encoding.UTF8.GetString(entry.Bytes).TrimStart('\uFEFF'), url, entry.Label, entry.Retrieved, request, fromCache: true);
            if (entry.Values != fetch.Import.Observations.Count || entry.Values == 0)
            {
                return new CacheEntry(null, false, $"{entry.File}: it holds {fetch.Import.Observations.Count} values where its metadata recorded another count");
            }

            return new CacheEntry(fetch, entry.IsFresh(Now(), _options.Freshness), null);
        }
        catch (Exception e) when (e is ImfApiException or FormatException or InvalidOperationException or ArgumentException)
        {
            return new CacheEntry(null, false, $"{entry.File}: {VisibleText.Of(e.Message)}");
        }
    }

    /// <summary>A cached answer: the fetch and whether it is fresh, or why it is damaged.</summary>
    private sealed record CacheEntry(ImfFetch? Fetch, bool Fresh, string? Problem);

    private static ImfApiException Failure(string message, string keepNote, Exception? inner = null) => new(message + keepNote, inner);

    /// <summary>The policy's clock (<see cref="ApiClientOptions.Clock"/>, else UTC now): one clock for requests, retries and the cache.</summary>
    private DateTimeOffset Now() => _policy.Now();

    // ---- codes ----

    private static string Codes(IReadOnlyList<Economy> economies) => string.Join("+", economies.Select(e => e.Code == "WLD" ? "G001" : e.Code));

    private static string FrequencyCode(Frequency frequency) => frequency switch { Frequency.Monthly => "M", Frequency.Quarterly => "Q", _ => "A" };

    private static string PeriodText(int year, Frequency frequency, bool first) => frequency switch
    {
        Frequency.Monthly => $"{year}-M{(first ? "01" : "12")}",
        Frequency.Quarterly => $"{year}-Q{(first ? "1" : "4")}",
        _ => year.ToString(CultureInfo.InvariantCulture),
    };

    private static string Period21(int year, Frequency frequency, bool first) => frequency switch
    {
        Frequency.Monthly => $"{year}-{(first ? "01" : "12")}",
        Frequency.Quarterly => $"{year}-Q{(first ? "1" : "4")}",
        _ => year.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>The request as sources name it, without colons: "api.imf.org IMTS 2.1 NIC..G001.M from 1990".</summary>
    private static string Label(Uri url, ImfRequest? request)
    {
        var path = Uri.UnescapeDataString(url.AbsolutePath);
        var version = path.Contains("/3.0/", StringComparison.Ordinal) ? "3.0" : "2.1";
        var key = path[(path.LastIndexOf('/') + 1)..];
        var query = Uri.UnescapeDataString(url.Query).Replace(":", " ", StringComparison.Ordinal).Replace("?", " ", StringComparison.Ordinal).Trim();
        return $"{url.Host} IMTS {version} {key}{(query.Length > 0 ? " " + query : "")}".Replace(':', ' ');
    }

    private static string Excerpt(byte[] body) => HttpAnswer.Excerpt(body);
}
