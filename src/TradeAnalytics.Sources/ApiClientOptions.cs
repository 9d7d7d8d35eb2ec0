namespace TradeAnalytics.Sources;

/// <summary>
/// What the Sources' API clients (<see cref="Imf.ImfClientOptions"/>, <see cref="UnComtrade.ComtradeClientOptions"/>) share: how they
/// talk to a server (time-outs, tries, waits, bounds) and where they keep what they got (the cache, its freshness, offline use).
/// </summary>
public abstract class ApiClientOptions
{
    /// <summary>The environment variable that overrides the cache's root folder (each client keeps its answers in a folder of its own there).</summary>
    public const string CacheVariable = "TRADE_ANALYTICS_CACHE";

    /// <summary>Options with a client's own server, cache folder and least interval between requests.</summary>
    /// <param name="baseUrl">The default root of the API.</param>
    /// <param name="cacheFolder">The default cache folder.</param>
    /// <param name="minInterval">The default least time between two requests.</param>
    protected ApiClientOptions(Uri baseUrl, string cacheFolder, TimeSpan minInterval)
    {
        BaseUrl = baseUrl;
        CacheFolder = cacheFolder;
        MinInterval = minInterval;
    }

    /// <summary>The root of the API (the client's default, or its environment variable: a mirror, or a test server); the key goes to its origin only.</summary>
    public Uri BaseUrl { get; init; }

    /// <summary>The root given by <paramref name="variable"/>, else <paramref name="fallback"/>, ending in a slash.</summary>
    /// <param name="variable">The environment variable.</param>
    /// <param name="fallback">The publisher's root.</param>
    protected static Uri DefaultBaseUrl(string variable, string fallback)
        => new(Environment.GetEnvironmentVariable(variable) is { Length: > 0 } url ? url.TrimEnd('/') + "/" : fallback);

    /// <summary>How long one try may take before it is abandoned. Default 60 s.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How many tries a request gets on 429, 5xx and time-outs. Default 4.</summary>
    public int MaxTries { get; init; } = 4;

    /// <summary>The first wait before a retry (doubled each time) when the server sends no Retry-After. Default 2 s.</summary>
    public TimeSpan Backoff { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The least time between two requests (the client's default).</summary>
    public TimeSpan MinInterval { get; init; }

    /// <summary>The folder of cached answers (the client's default, under <see cref="CacheVariable"/>, $XDG_CACHE_HOME or ~/.cache).</summary>
    public string CacheFolder { get; init; }

    /// <summary>A cached answer younger than this is used without asking the server. Default 1 day.</summary>
    public TimeSpan Freshness { get; init; } = TimeSpan.FromDays(1);

    /// <summary>Read only the cache; a request not in it is an error saying so.</summary>
    public bool Offline { get; init; }

    /// <summary>The largest answer read; a larger one is an error (read as a stream and abandoned at the limit). Default 64 MiB.</summary>
    public long MaxAnswerBytes { get; init; } = 64L << 20;

    /// <summary>The longest wait a server's Retry-After may ask for; a longer one is an error saying so. Default 60 s.</summary>
    public TimeSpan MaxRetryWait { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The HTTP handler (tests pass their own); null = the platform's, with redirects left to the client.</summary>
    public HttpMessageHandler? Handler { get; init; }

    /// <summary>How the client waits between tries (tests shorten it); null = Task.Delay.</summary>
    public Func<TimeSpan, CancellationToken, Task>? Delay { get; init; }

    /// <summary>The clock for retrieval times and freshness (tests set it); null = now.</summary>
    public Func<DateTimeOffset>? Clock { get; init; }

    /// <summary>
    /// A client's default cache folder: <see cref="CacheVariable"/> (as it is for the IMF, with <paramref name="below"/> under it for the
    /// others), else $XDG_CACHE_HOME/trade-analytics/<paramref name="name"/>, else ~/.cache/trade-analytics/<paramref name="name"/> (the
    /// platform's local application data folder on Windows).
    /// </summary>
    /// <param name="name">The client's folder name ("imf", "comtrade").</param>
    /// <param name="below">The folder under <see cref="CacheVariable"/>, or null for the variable's folder itself.</param>
    protected static string DefaultCacheFolder(string name, string? below)
    {
        if (Environment.GetEnvironmentVariable(CacheVariable) is { Length: > 0 } folder)
        {
            return below is null ? folder : Path.Combine(folder, below);
        }

        var root = Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg
            ? xdg
            : OperatingSystem.IsWindows()
                ? Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData)
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return Path.Combine(root, "trade-analytics", name);
    }

    /// <summary>The settings of the HTTP policy these options give, for a client's origin option, key header and key.</summary>
    internal Http.HttpPolicySettings PolicySettings(Uri origin, string originOption, string? key, string accept, Type client)
        => new(origin, originOption, "Ocp-Apim-Subscription-Key", key, accept, client.Assembly.GetName().Version?.ToString(3) ?? "0",
            Timeout, MaxTries, Backoff, MinInterval, MaxAnswerBytes, MaxRetryWait, Handler, Delay, Clock);
}
