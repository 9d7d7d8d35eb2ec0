using System.Globalization;
using System.Net;
using System.Text;
using TradeAnalytics.Sources.Http;

namespace TradeAnalytics.Sources.UnComtrade;

/// <summary>
/// What to fetch from UN Comtrade's data API: reporters × partners × flows × years × commodity codes, annual, goods, in the HS
/// classification each reporter used (Comtrade's "HS" as reported: each value keeps the revision, e.g. H3).
/// </summary>
/// <param name="Reporters">The reporting economies.</param>
/// <param name="Partners">The counterparts (WLD is Comtrade's World, 0).</param>
/// <param name="FromYear">The first year.</param>
/// <param name="ToYear">The last year.</param>
public sealed record ComtradeRequest(IReadOnlyList<Economy> Reporters, IReadOnlyList<Economy> Partners, int FromYear, int ToYear)
{
    /// <summary>The flows (default exports and imports; re-exports and re-imports may be asked for too).</summary>
    public IReadOnlyList<TradeFlow> Flows { get; init; } = [TradeFlow.Exports, TradeFlow.Imports];

    /// <summary>
    /// Comtrade's commodity codes: TOTAL (all goods, the default), AG2, AG4 or AG6 (every code of 2, 4 or 6 digits), or HS codes of
    /// 2, 4 or 6 digits ("27", "2709", "270900").
    /// </summary>
    public IReadOnlyList<string> Commodities { get; init; } = [ComtradeDataClient.AllGoods];

    /// <summary>
    /// Ask monthly data (<c>C/M/HS</c>, periods YYYYMM, one year a request): each year's value is then the sum of its twelve months, made only
    /// where all twelve are there (a year in progress is left out, its months rejected with the reason). Default false: annual data.
    /// </summary>
    public bool Monthly { get; init; }

    /// <summary>"KAZ→ISR+WLD, exports+imports, TOTAL, 2015–2024".</summary>
    public override string ToString()
        => $"{string.Join("+", Reporters.Select(r => r.Code))}→{string.Join("+", Partners.Select(p => p.Code))}, {string.Join("+", Flows.Select(InterchangeCsv.FlowName))}, "
            + $"{string.Join("+", Commodities)}, {(Monthly ? "monthly, " : "")}{FromYear.ToString(CultureInfo.InvariantCulture)}–{ToYear.ToString(CultureInfo.InvariantCulture)}";
}

/// <summary>How <see cref="ComtradeDataClient"/> talks to UN Comtrade and where it keeps what it got (with the options every client shares).</summary>
public sealed class ComtradeClientOptions : ApiClientOptions
{
    /// <summary>The environment variable that overrides <see cref="ApiClientOptions.BaseUrl"/> (a mirror, or a test server).</summary>
    public const string BaseUrlVariable = "TRADE_ANALYTICS_COMTRADE_BASE_URL";

    /// <summary>The environment variable the key is read from by default.</summary>
    public const string KeyVariable = "COMTRADE_API_KEY";

    /// <summary>Options: the cache in $TRADE_ANALYTICS_CACHE/comtrade, else $XDG_CACHE_HOME/trade-analytics/comtrade, else ~/.cache/trade-analytics/comtrade; at most a request a second.</summary>
    /// <remarks><see cref="ApiClientOptions.BaseUrl"/> is the API's root ("data/v1/get/…" with a key, "public/v1/preview/…" without, are appended): https://comtradeapi.un.org/, or <see cref="BaseUrlVariable"/>.</remarks>
    public ComtradeClientOptions()
        : base(DefaultBaseUrl(BaseUrlVariable, "https://comtradeapi.un.org/"), DefaultCacheFolder("comtrade", "comtrade"), TimeSpan.FromSeconds(1))
    {
    }

    /// <summary>The subscription key (Ocp-Apim-Subscription-Key), sent only to <see cref="ApiClientOptions.BaseUrl"/>'s origin; default from <see cref="KeyVariable"/>. Without one, the keyless preview answers, at most <see cref="ComtradeDataClient.PreviewLimit"/> rows a request.</summary>
    public string? ApiKey { get; init; } = Environment.GetEnvironmentVariable(KeyVariable) is { Length: > 0 } key ? key : null;

    /// <summary>The most rows one keyed request asks for (the API's maxRecords); an answer of exactly this many is split and asked again. Default 100,000.</summary>
    public int MaxRecords { get; init; } = 100_000;
}

/// <summary>One request a fetch made (or read from the cache).</summary>
/// <param name="Url">The request (the key is a header, never in it).</param>
/// <param name="RetrievedAt">When its answer was retrieved from the server.</param>
/// <param name="FromCache">True when read from the cache.</param>
/// <param name="Rows">The rows its answer held (its <c>count</c>).</param>
public sealed record ComtradeAnswer(string Url, DateTimeOffset RetrievedAt, bool FromCache, int Rows);

/// <summary>What a fetch produced: the annual values (each with its request, retrieval date and row as its source), every request made, and the import report.</summary>
/// <param name="Import">The observations and the readers' reconciliation, over every answer.</param>
/// <param name="Answers">Each request and its answer's row count.</param>
/// <param name="Preview">True when the keyless preview answered (at most <see cref="ComtradeDataClient.PreviewLimit"/> rows a request).</param>
public sealed record ComtradeFetch(FileImport Import, IReadOnlyList<ComtradeAnswer> Answers, bool Preview)
{
    /// <summary>What the user should know (the cache could not be written, a damaged entry was replaced, series the API holds no value of); empty when nothing.</summary>
    public string Note { get; init; } = "";

    /// <summary>The retrieval date of the oldest answer used.</summary>
    public DateTimeOffset RetrievedAt => Answers.Count == 0 ? default : Answers.Min(a => a.RetrievedAt);

    /// <summary>"fetched 3 requests (1 from the cache) from UN Comtrade's keyless preview, retrieved 2026-12-06: 96 values".</summary>
    public override string ToString()
    {
        var cached = Answers.Count(a => a.FromCache);
        return $"{(cached == Answers.Count ? "from the cache" : "fetched")}: {Answers.Count} request(s){(cached > 0 && cached < Answers.Count ? $" ({cached} from the cache)" : "")} to UN Comtrade's "
            + $"{(Preview ? "keyless preview" : "data API")} (retrieved {RetrievedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC), {Import.Observations.Count} annual values";
    }
}

/// <summary>A request to UN Comtrade's data API that could not give data; the message says why, for a person.</summary>
public sealed class ComtradeApiException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong, and what to do.</param>
    /// <param name="inner">The underlying error, if any.</param>
    public ComtradeApiException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}

/// <summary>
/// Gets goods trade from UN Comtrade's data API (comtradeapi.un.org): <c>data/v1/get/C/A/HS</c> with a subscription key, else the
/// keyless <c>public/v1/preview/C/A/HS</c>, which answers at most <see cref="PreviewLimit"/> rows. Totals only (partner2Code 0,
/// customsCode C00, motCode 0); values in whole US dollars become US$ millions; each keeps the HS revision the reporter used.
/// A request is split to stay under the API's limits: at most <see cref="PeriodsPerRequest"/> years each, and an answer that
/// reaches the row cap (the preview's, or <see cref="ComtradeClientOptions.MaxRecords"/>) is split again by years, flows,
/// partners, reporters and codes until it does not — a single cell still at the cap is an error, never a cut answer read as whole.
/// Every answer's <c>count</c> is checked against its rows; rows the request did not ask for are rejected with that reason.
/// The same HTTP policy, cache and promises as the IMF client (<see cref="Imf.ImfDataClient"/>): a key only to its origin,
/// bounded answers, retries honouring Retry-After, an on-disk cache with provenance per request, <see cref="ApiClientOptions.Offline"/>,
/// and a cut, empty or failed answer never replacing a good cached one.
/// </summary>
public sealed class ComtradeDataClient : IDisposable
{
    /// <summary>Comtrade's code for all goods.</summary>
    public const string AllGoods = "TOTAL";

    /// <summary>The most rows the keyless preview answers.</summary>
    public const int PreviewLimit = 500;

    /// <summary>The most periods one request names (the API takes at most 12): twelve years, or the twelve months of one year.</summary>
    public const int PeriodsPerRequest = 12;

    private static int YearsPerRequest(ComtradeRequest request) => request.Monthly ? 1 : PeriodsPerRequest;

    private readonly ComtradeClientOptions _options;
    private readonly HttpPolicy _policy;
    private readonly AnswerCache _cache;

    /// <summary>A client.</summary>
    /// <param name="options">Options; null = the defaults.</param>
    public ComtradeDataClient(ComtradeClientOptions? options = null)
    {
        _options = options ?? new ComtradeClientOptions();
        _policy = new HttpPolicy(_options.PolicySettings(_options.BaseUrl, "ComtradeClientOptions.BaseUrl", _options.ApiKey, "application/json", typeof(ComtradeDataClient)));
        _cache = new AnswerCache(_options.CacheFolder, ".answer.json", "ComtradeClientOptions.CacheFolder");
    }

    /// <summary>True when requests go to the keyless preview (no key set).</summary>
    public bool IsPreview => _options.ApiKey is null;

    private int RowCap => IsPreview ? PreviewLimit : _options.MaxRecords;

    /// <summary>The URL of one request (at most <see cref="PeriodsPerRequest"/> years; <see cref="FetchAsync"/> splits larger ones).</summary>
    /// <param name="request">What to ask.</param>
    /// <exception cref="ArgumentException">An economy without a Comtrade code, a code that is not TOTAL, AG2/4/6 or HS digits, or too many years.</exception>
    public Uri Url(ComtradeRequest request)
    {
        Preconditions.NotNull(request);
        Validate(request);
        if (request.ToYear - request.FromYear + 1 > YearsPerRequest(request))
        {
            throw new ArgumentException($"One request names at most {PeriodsPerRequest} periods ({YearsPerRequest(request)} year(s)); {request} names more (FetchAsync splits it).", nameof(request));
        }

        var periods = Enumerable.Range(request.FromYear, request.ToYear - request.FromYear + 1)
            .SelectMany(y => request.Monthly ? Enumerable.Range(1, 12).Select(m => y * 100 + m) : [y])
            .Select(p => p.ToString(CultureInfo.InvariantCulture));

        var query = new List<string>
        {
            "reporterCode=" + Uri.EscapeDataString(string.Join(",", request.Reporters.Select(CodeOf))),
            "period=" + Uri.EscapeDataString(string.Join(",", periods)),
            "partnerCode=" + Uri.EscapeDataString(string.Join(",", request.Partners.Select(CodeOf))),
            "partner2Code=0",
            "cmdCode=" + Uri.EscapeDataString(string.Join(",", request.Commodities)),
            "flowCode=" + Uri.EscapeDataString(string.Join(",", request.Flows.Select(FlowCode))),
            "customsCode=C00",
            "motCode=0",
        };
        if (!IsPreview)
        {
            query.Add("maxRecords=" + _options.MaxRecords.ToString(CultureInfo.InvariantCulture));
        }

        query.Add("includeDesc=false");
        var frequency = request.Monthly ? "M" : "A";
        return new Uri(_options.BaseUrl, (IsPreview ? $"public/v1/preview/C/{frequency}/HS?" : $"data/v1/get/C/{frequency}/HS?") + string.Join("&", query));
    }

    /// <summary>Fetches <paramref name="request"/>, split into requests the API takes; each from the cache when fresh (or offline), else from the server.</summary>
    /// <param name="request">What to fetch.</param>
    /// <param name="progress">Told of each request as it is answered ("2 of 3"); may be null.</param>
    /// <param name="cancellationToken">Cancels the fetch.</param>
    /// <exception cref="ArgumentException">An economy without a Comtrade code, an unknown commodity code, or no reporter, partner, flow or code.</exception>
    /// <exception cref="ComtradeApiException">No data could be had, or an answer was not whole; the message says why.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public async Task<ComtradeFetch> FetchAsync(ComtradeRequest request, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        Preconditions.NotNull(request);
        Validate(request);
        _cache.SweepStaleTemporaries();
        var pending = new Queue<ComtradeRequest>();
        var step = YearsPerRequest(request);
        for (var from = request.FromYear; from <= request.ToYear; from += step)
        {
            pending.Enqueue(request with { FromYear = from, ToYear = Math.Min(request.ToYear, from + step - 1) });
        }

        var results = new List<ComtradeReadResult>();
        var answers = new List<ComtradeAnswer>();
        var notes = new List<string>();
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var part = pending.Dequeue();
            var (result, answer, note) = await OneAsync(part, cancellationToken).ConfigureAwait(false);
            if (note.Length > 0)
            {
                notes.Add(note);
            }

            if (answer.Rows >= RowCap)
            {
                // At the cap: the answer may be cut there. Asked again in halves; what was read of it is not kept.
                var halves = Split(part) ?? throw new ComtradeApiException(
                    $"{answer.Url} answered {answer.Rows:N0} rows, the most {(IsPreview ? "the keyless preview gives (set ComtradeClientOptions.ApiKey for up to " + _options.MaxRecords.ToString("N0", CultureInfo.InvariantCulture) + ")" : "ComtradeClientOptions.MaxRecords asks for")}, for one reporter, partner, flow, year and code: it may be cut, so it is not read as whole.");
                notes.Add($"{answer.Url} reached the {(IsPreview ? "preview's" : "request's")} cap of {RowCap:N0} rows; asked again in two parts.");
                foreach (var half in halves)
                {
                    pending.Enqueue(half);
                }

                continue;
            }

            results.Add(result);
            answers.Add(answer);
            progress?.Report($"{answers.Count} request(s) answered, {pending.Count} to go");
        }

        if (results.Sum(r => r.Observations.Count) == 0)
        {
            throw new ComtradeApiException($"UN Comtrade has no data for {request} ({answers.Count} request(s) answered with no rows).");
        }

        var import = ComtradeImporter.Combine($"UN Comtrade data API, {request}", ComtradeApiJsonReader.FormatName + " from the data API", results);
        var held = import.Observations.Select(o => (o.Reporter.Code, o.Partner.Code, o.Flow, o.Year, o.Product.IsAllGoods ? AllGoods : o.Product.ToCode())).ToHashSet();
        var missing = (from r in request.Reporters
                       from p in request.Partners
                       where r.Code != p.Code
                       from f in request.Flows
                       from y in Enumerable.Range(request.FromYear, request.ToYear - request.FromYear + 1)
                       from c in request.Commodities.Where(c => !c.StartsWith("AG", StringComparison.Ordinal))
                       where !held.Contains((r.Code, p.Code, f, y, c))
                       select $"{r.Code}→{p.Code} {InterchangeCsv.FlowName(f)} {y.ToString(CultureInfo.InvariantCulture)}{(c == AllGoods ? "" : " " + c)}").ToList();
        var report = import.Report.ToList();
        if (missing.Count > 0)
        {
            // Comtrade answers only what a reporter reported: a series it lacks is a gap (not reported, or not yet), never a zero.
            report.Add($"no value in the answers (a gap, not zero: not reported, or not yet): {string.Join(", ", missing.Take(12))}{(missing.Count > 12 ? $" and {missing.Count - 12} more" : "")}");
        }

        return new ComtradeFetch(import with { Report = report }, answers, IsPreview) { Note = string.Join(" ", notes) };
    }

    /// <summary>Fetches synchronously (for the command line).</summary>
    /// <param name="request">What to fetch.</param>
    /// <exception cref="ComtradeApiException">No data could be had; the message says why.</exception>
    public ComtradeFetch Fetch(ComtradeRequest request) => FetchAsync(request).GetAwaiter().GetResult();

    /// <inheritdoc />
    public void Dispose() => _policy.Dispose();

    /// <summary>One request the API takes: from the cache when fresh or offline, else from the server (and then cached when it holds rows).</summary>
    private async Task<(ComtradeReadResult Result, ComtradeAnswer Answer, string Note)> OneAsync(ComtradeRequest request, CancellationToken cancellationToken)
    {
        var url = Url(request);
        var damaged = "";
        var hadGood = false;
        if (_cache.Read(url) is { } entry)
        {
            if (entry.Problem is null)
            {
                try
                {
                    var cached = Parse(entry.Bytes, url, entry.Label, request, "");
                    if (cached.RowsRead != entry.Values)
                    {
                        damaged = $"{entry.File}: it holds {cached.RowsRead} rows where its metadata recorded {entry.Values}";
                    }
                    else if (_options.Offline || entry.IsFresh(Now(), _options.Freshness))
                    {
                        return (cached, new ComtradeAnswer(url.ToString(), entry.Retrieved, true, cached.RowsRead), "");
                    }
                    else
                    {
                        hadGood = true;
                    }
                }
                catch (ComtradeApiException e)
                {
                    damaged = $"{entry.File}: {VisibleText.Of(e.Message)}";
                }
            }
            else
            {
                damaged = entry.Problem;
            }
        }

        if (_options.Offline)
        {
            throw new ComtradeApiException(damaged.Length > 0
                ? $"Offline, and the cached answer to {url} is damaged ({damaged}): run without ComtradeClientOptions.Offline to fetch it again, which replaces it."
                : $"Offline, and no cached answer to {url} ({request}): run without ComtradeClientOptions.Offline to fetch it (the cache is {_options.CacheFolder}).");
        }

        var keep = hadGood ? " The cached answer is kept as it was; ComtradeClientOptions.Offline works with it." : "";
        var answer = await _policy.GetOrFailAsync(url, "UN Comtrade", (message, kept, inner) => new ComtradeApiException(message + (kept ? keep : ""), inner), cancellationToken).ConfigureAwait(false);
        var status = (int)answer.Status;
        var text = Encoding.UTF8.GetString(answer.Body, 0, Math.Min(answer.Body.Length, 400)).TrimStart('\uFEFF').TrimStart();
        if (answer.MediaType.Contains("html", StringComparison.OrdinalIgnoreCase) || text.StartsWith('<'))
        {
            throw new ComtradeApiException($"{url} answered {status} with an HTML page, not data ({Excerpt(answer.Body)}); an error page of the server or of a proxy in front of it.{keep}");
        }

        if (status >= 400)
        {
            var hint = status is 401 or 403 ? (IsPreview ? " The preview may be refused without a key: set ComtradeClientOptions.ApiKey." : " Check ComtradeClientOptions.ApiKey.") : "";
            throw new ComtradeApiException($"UN Comtrade refused {url}: {status} {answer.Reason}: {Excerpt(answer.Body)}.{hint}{keep}");
        }

        if (answer.Status == HttpStatusCode.NoContent || answer.Body.Length == 0)
        {
            throw new ComtradeApiException($"UN Comtrade answered {url} with {status} and no content: no answer, not an answer of no data.{keep}");
        }

        var retrieved = Now();
        var label = Label(url, retrieved);
        var result = Parse(answer.Body, url, label, request, keep);
        if (result.RowsRead == 0 && hadGood)
        {
            // A header and no rows where the cache holds rows: an answer cut to its envelope, or the server's trouble; never taken over the good one.
            throw new ComtradeApiException($"UN Comtrade answered {url} with no rows, where the cached answer holds some: not taken as the answer.{keep}");
        }

        // An answer of no rows is read (the API holds none: a gap) but never cached, so it never replaces an answer that had some.
        var note = result.RowsRead == 0 || result.RowsRead >= RowCap ? "" : _cache.Write(url, answer.Body, retrieved, label, result.RowsRead);
        if (damaged.Length > 0 && result.RowsRead > 0)
        {
            note = $"A damaged cache entry was replaced ({damaged}). {note}".Trim();
        }

        return (result, new ComtradeAnswer(url.ToString(), retrieved, false, result.RowsRead), note);
    }

    /// <summary>Reads an answer with the Comtrade API reader, and rejects rows the request did not ask for.</summary>
    private static ComtradeReadResult Parse(byte[] body, Uri url, string label, ComtradeRequest request, string keep)
    {
        ComtradeReadResult read;
        try
        {
            using var stream = new MemoryStream(body, writable: false);
            read = ComtradeApiJsonReader.Read(stream, label, countRequired: true, request.Monthly);
        }
        catch (FormatException e)
        {
            throw new ComtradeApiException($"The answer to {url} is not whole or not well formed: {e.Message}{keep}", e);
        }

        var reporters = request.Reporters.Select(e => e.Code).ToHashSet();
        var partners = request.Partners.Select(e => e.Code).ToHashSet();
        var codes = request.Commodities.ToHashSet();
        bool Asked(TradeObservation o)
        {
            var code = o.Product.IsAllGoods ? AllGoods : o.Product.ToCode();
            var commodity = codes.Contains(code) || codes.Contains("AG" + code.Length.ToString(CultureInfo.InvariantCulture));
            return reporters.Contains(o.Reporter.Code) && partners.Contains(o.Partner.Code) && request.Flows.Contains(o.Flow)
                && o.Year >= request.FromYear && o.Year <= request.ToYear && commodity;
        }

        var outside = read.Observations.Where(o => !Asked(o)).ToList();
        if (outside.Count == 0)
        {
            return read;
        }

        return read with
        {
            Observations = read.Observations.Where(Asked).ToList(),
            Rejected = [.. read.Rejected, .. outside.Select(o => new RejectedRow(o.Source, $"{o.Reporter.Code}→{o.Partner.Code} {InterchangeCsv.FlowName(o.Flow)} {o.Year.ToString(CultureInfo.InvariantCulture)} {o.Product}: not asked for ({request})"))],
        };
    }

    /// <summary>A request in two parts (years, then flows, partners, reporters, codes), or null when it is one cell.</summary>
    private static ComtradeRequest[]? Split(ComtradeRequest r)
    {
        if (r.ToYear > r.FromYear)
        {
            var middle = r.FromYear + ((r.ToYear - r.FromYear) / 2);
            return [r with { ToYear = middle }, r with { FromYear = middle + 1 }];
        }

        static (IReadOnlyList<T>, IReadOnlyList<T>) Halves<T>(IReadOnlyList<T> list) => (list.Take(list.Count / 2).ToList(), list.Skip(list.Count / 2).ToList());
        if (r.Flows.Count > 1)
        {
            var (a, b) = Halves(r.Flows);
            return [r with { Flows = a }, r with { Flows = b }];
        }

        if (r.Partners.Count > 1)
        {
            var (a, b) = Halves(r.Partners);
            return [r with { Partners = a }, r with { Partners = b }];
        }

        if (r.Reporters.Count > 1)
        {
            var (a, b) = Halves(r.Reporters);
            return [r with { Reporters = a }, r with { Reporters = b }];
        }

        if (r.Commodities.Count > 1)
        {
            var (a, b) = Halves(r.Commodities);
            return [r with { Commodities = a }, r with { Commodities = b }];
        }

        return null;
    }

    private static void Validate(ComtradeRequest request)
    {
        if (request.Reporters.Count == 0 || request.Partners.Count == 0 || request.Flows.Count == 0 || request.Commodities.Count == 0)
        {
            throw new ArgumentException($"A request names at least one reporter, partner, flow and commodity code ({request}).", nameof(request));
        }

        if (request.FromYear > request.ToYear || request.FromYear < 1962 || request.ToYear > 2100)
        {
            throw new ArgumentException($"The years {request.FromYear}–{request.ToYear} are not a span Comtrade holds (from 1962, first ≤ last).", nameof(request));
        }

        foreach (var code in request.Commodities)
        {
            if (code is not (AllGoods or "AG2" or "AG4" or "AG6") && !(code.Length is 2 or 4 or 6 && code.All(char.IsAsciiDigit)))
            {
                throw new ArgumentException($"Commodity code '{VisibleText.Of(code)}': use TOTAL, AG2, AG4, AG6 or an HS code of 2, 4 or 6 digits (e.g. 27, 2709).", nameof(request));
            }
        }

        foreach (var economy in request.Reporters.Concat(request.Partners))
        {
            CodeOf(economy);
        }
    }

    /// <summary>Comtrade's numeric code of an economy (a current one where a former has the same ISO code).</summary>
    private static string CodeOf(Economy economy)
        => ComtradeCodes.CodeOf(economy)?.ToString(CultureInfo.InvariantCulture)
            ?? throw new ArgumentException($"{economy.Name} ({economy.Code}) has no code in the Comtrade code table (UnComtrade/comtrade-codes.csv).", nameof(economy));

    private static string FlowCode(TradeFlow flow) => flow switch
    {
        TradeFlow.Exports => "X",
        TradeFlow.Imports => "M",
        TradeFlow.ReExports => "RX",
        TradeFlow.ReImports => "RM",
        _ => throw new ArgumentOutOfRangeException(nameof(flow), flow, "Exports, imports, re-exports or re-imports."),
    };

    private DateTimeOffset Now() => _policy.Now();

    /// <summary>The request as sources name it, without colons: "comtradeapi.un.org preview C A HS reporterCode=398 … retrieved 2026-12-06".</summary>
    private static string Label(Uri url, DateTimeOffset retrieved)
    {
        var path = Uri.UnescapeDataString(url.AbsolutePath).Trim('/').Replace('/', ' ');
        var query = Uri.UnescapeDataString(url.Query.TrimStart('?')).Replace('&', ' ');
        return $"{url.Host} {path} {query} retrieved {retrieved.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}".Replace(':', ' ');
    }

    private static string Excerpt(byte[] body) => HttpAnswer.Excerpt(body);
}
