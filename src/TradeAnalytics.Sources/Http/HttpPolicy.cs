using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace TradeAnalytics.Sources.Http;

/// <summary>
/// The one HTTP policy of the Sources' API clients: a GET that follows redirects within one origin only (the key goes to that
/// origin alone), at most one request per <see cref="HttpPolicySettings.MinInterval"/>, each try under its own time-out, an answer
/// read as a stream up to a size, and retries on 429, 5xx and time-outs — honouring Retry-After up to a limit, else backing off
/// exponentially. The retries and time-outs are a Polly v8 resilience pipeline; the client's <see cref="HttpPolicySettings.Delay"/>
/// does the waiting (the pipeline itself never sleeps), so a test can run the whole schedule without waiting.
/// </summary>
internal sealed class HttpPolicy : IDisposable
{
    private readonly HttpPolicySettings _settings;
    private readonly HttpClient _http;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ResiliencePipeline<HttpAnswer> _pipeline;
    private DateTimeOffset _lastRequest = DateTimeOffset.MinValue;

    private const int MaxRedirects = 5;

    internal HttpPolicy(HttpPolicySettings settings)
    {
        _settings = settings;
        _http = settings.Handler is null
            ? new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false })
            : new HttpClient(settings.Handler, disposeHandler: false);
        _http.Timeout = Timeout.InfiniteTimeSpan;   // each try has its own time-out, in the pipeline
        _http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("TradeAnalytics", settings.Version));
        _http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("(+https://www.nuget.org/packages/TradeAnalytics.Sources)"));
        _pipeline = new ResiliencePipelineBuilder<HttpAnswer>()
            .AddRetry(new RetryStrategyOptions<HttpAnswer>
            {
                MaxRetryAttempts = Math.Max(0, settings.MaxTries - 1),
                ShouldHandle = args => ValueTask.FromResult(args.Outcome switch
                {
                    { Exception: TimeoutRejectedException } => true,
                    { Result: { } answer } => answer.IsBusy && Wait(answer.RetryAfter, args.AttemptNumber) <= settings.MaxRetryWait,
                    _ => false,
                }),
                // The pipeline decides whether and how long; the client's clock waits (OnRetry), so the pipeline's own delay is nil.
                DelayGenerator = _ => ValueTask.FromResult<TimeSpan?>(TimeSpan.Zero),
                OnRetry = args => new ValueTask(Delay(Wait(args.Outcome.Result?.RetryAfter, args.AttemptNumber), args.Context.CancellationToken)),
            })
            .AddTimeout(settings.Timeout)
            .Build();
    }

    /// <summary>
    /// GETs <paramref name="url"/> under the policy. An answer of 429 or 5xx comes back (with <see cref="HttpAnswer.Tries"/>) once the
    /// tries are spent or the server asks to wait longer than <see cref="HttpPolicySettings.MaxRetryWait"/>; a refusal of the policy is an
    /// <see cref="HttpPolicyException"/>; a try that timed out every time is a <see cref="TimeoutRejectedException"/>; transport
    /// failures are the <see cref="HttpRequestException"/> or <see cref="IOException"/> they were.
    /// </summary>
    internal async Task<HttpAnswer> GetAsync(Uri url, CancellationToken cancellationToken)
    {
        var tries = 0;
        var answer = await _pipeline.ExecuteAsync(
            async token =>
            {
                tries++;
                await PaceAsync(token).ConfigureAwait(false);
                using var response = await SendAsync(url, token).ConfigureAwait(false);
                var body = await ReadBodyAsync(response, url, token).ConfigureAwait(false);
                return new HttpAnswer(response.StatusCode, response.ReasonPhrase, response.Content.Headers.ContentType?.MediaType ?? "",
                    response.Content.Headers.ContentLength, body, RetryAfter(response.Headers.RetryAfter), 0);
            },
            cancellationToken).ConfigureAwait(false);
        return answer with { Tries = tries };
    }

    /// <summary>
    /// GETs <paramref name="url"/> under the policy and turns every way it can fail into a message for a person, naming
    /// <paramref name="publisher"/> ("The IMF"): <paramref name="fail"/> makes the client's exception from the message, whether the
    /// client's cached copy is kept (true for every failure but a refusal of the policy), and the cause. An answer of 429 or 5xx
    /// after the tries, or one asking to wait too long, fails too; any other answer comes back for the client to judge.
    /// </summary>
    internal async Task<HttpAnswer> GetOrFailAsync(Uri url, string publisher, Func<string, bool, Exception?, Exception> fail, CancellationToken cancellationToken)
    {
        HttpAnswer answer;
        try
        {
            answer = await GetAsync(url, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpPolicyException e)
        {
            throw fail(e.Message, false, e);
        }
        catch (TimeoutRejectedException)
        {
            throw fail($"{publisher} did not answer {url} within {_settings.Timeout.TotalSeconds:0} s ({_settings.MaxTries} tries).", true, null);
        }
        catch (HttpRequestException e) when (e.InnerException is IOException || e.HttpRequestError == HttpRequestError.ResponseEnded)
        {
            throw fail($"The answer from {url} was cut short ({e.Message}); nothing was kept from it.", true, e);
        }
        catch (HttpRequestException e) when (e.HttpRequestError == HttpRequestError.NameResolutionError)
        {
            throw fail($"Cannot find the server {url.Host} (DNS): check the network or {_settings.OriginOption}.", true, e);
        }
        catch (HttpRequestException e)
        {
            throw fail($"Cannot reach {url.GetLeftPart(UriPartial.Authority)}: {e.Message} Check the network or {_settings.OriginOption}.", true, e);
        }
        catch (IOException e)
        {
            throw fail($"The answer from {url} was cut short ({e.Message}); nothing was kept from it.", true, e);
        }

        if (answer.IsBusy)
        {
            var wait = Wait(answer.RetryAfter, answer.Tries - 1);
            throw fail(answer.Tries < _settings.MaxTries && wait > _settings.MaxRetryWait
                ? $"{publisher} asks to wait {wait.TotalSeconds:0} s before asking {url} again (Retry-After); the client waits at most {_settings.MaxRetryWait.TotalSeconds:0} s. Try again later."
                : $"{publisher} answered {(int)answer.Status} {answer.Reason} to {url} {answer.Tries} times; try again later.", true, null);
        }

        if (answer.ContentLength is { } length && length != answer.Body.Length)
        {
            throw fail($"The answer from {url} was cut short: {answer.Body.Length} of {length} bytes.", true, null);
        }

        return answer;
    }

    /// <summary>How long to wait before the next try: what Retry-After asks, else <see cref="HttpPolicySettings.Backoff"/> doubled each try.</summary>
    internal TimeSpan Wait(TimeSpan? retryAfter, int attemptNumber)
    {
        var wait = retryAfter ?? _settings.Backoff * Math.Pow(2, attemptNumber);
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
    }

    private TimeSpan? RetryAfter(RetryConditionHeaderValue? header)
        => header?.Delta ?? (header?.Date is { } date ? date - Now() : null);

    /// <summary>True when <paramref name="url"/> has the origin (scheme, host, port) of the configured one: the only place the key goes.</summary>
    private bool SameOrigin(Uri url) => Uri.Compare(url, _settings.Origin, UriComponents.SchemeAndServer, UriFormat.UriEscaped, StringComparison.OrdinalIgnoreCase) == 0;

    private async Task<HttpResponseMessage> SendAsync(Uri url, CancellationToken cancellationToken)
    {
        var seen = new List<Uri>();
        for (var current = url; ;)
        {
            using var message = new HttpRequestMessage(HttpMethod.Get, current);
            message.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(_settings.Accept));
            if (_settings.KeyHeader is { } header && _settings.Key is { } key && SameOrigin(current))
            {
                message.Headers.Add(header, key);
            }

            var response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (status is not (301 or 302 or 303 or 307 or 308))
            {
                return response;
            }

            response.Dispose();
            seen.Add(current);
            var location = response.Headers.Location is { } l ? (l.IsAbsoluteUri ? l : new Uri(current, l)) : null;
            if (location is null)
            {
                throw new HttpPolicyException($"{url} answered {status} (a redirect) without saying where to.");
            }

            if (!SameOrigin(location))
            {
                throw new HttpPolicyException($"{current} redirected to another origin ({location.GetLeftPart(UriPartial.Authority)}); not followed, so that the API key and the request stay with {_settings.Origin.GetLeftPart(UriPartial.Authority)}. Set {_settings.OriginOption} to the server that answers.");
            }

            if (seen.Contains(location) || seen.Count > MaxRedirects)
            {
                throw new HttpPolicyException($"{url} redirects in a loop ({string.Join(" → ", seen.Append(location).Select(u => u.PathAndQuery))}); the server is misconfigured, try again later.");
            }

            current = location;
        }
    }

    private async Task<byte[]> ReadBodyAsync(HttpResponseMessage response, Uri url, CancellationToken cancellationToken)
    {
        var limit = _settings.MaxAnswerBytes;
        if (response.Content.Headers.ContentLength is { } announced && announced > limit)
        {
            throw new HttpPolicyException($"{url} announced an answer of {announced:N0} bytes; answers are read up to {limit:N0} bytes. Ask for fewer economies or years at a time.");
        }

        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var body = new MemoryStream();
        var buffer = new byte[1 << 16];
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (body.Length + read > limit)
            {
                throw new HttpPolicyException($"The answer from {url} is larger than {limit:N0} bytes; it was abandoned there. Ask for fewer economies or years at a time.");
            }

            body.Write(buffer, 0, read);
        }

        return body.ToArray();
    }

    /// <summary>No more than one request per <see cref="HttpPolicySettings.MinInterval"/>, across the client's threads.</summary>
    private async Task PaceAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var wait = _lastRequest + _settings.MinInterval - Now();
            if (wait > TimeSpan.Zero)
            {
                await Delay(wait, cancellationToken).ConfigureAwait(false);
            }

            _lastRequest = Now();
        }
        finally
        {
            _gate.Release();
        }
    }

    private Task Delay(TimeSpan wait, CancellationToken cancellationToken) => (_settings.Delay ?? Task.Delay)(wait, cancellationToken);

    internal DateTimeOffset Now() => _settings.Clock?.Invoke() ?? DateTimeOffset.UtcNow;

    public void Dispose()
    {
        _http.Dispose();
        _gate.Dispose();
    }
}

/// <summary>What <see cref="HttpPolicy"/> needs from a client's options.</summary>
/// <param name="Origin">The base URL: redirects are followed within its origin only, and the key goes there alone.</param>
/// <param name="OriginOption">How the client names the option that sets <paramref name="Origin"/>, for messages ("ImfClientOptions.BaseUrl").</param>
/// <param name="KeyHeader">The header the key goes in, or null.</param>
/// <param name="Key">The key, or null.</param>
/// <param name="Accept">The media type asked for.</param>
/// <param name="Version">The library's version, for the User-Agent.</param>
/// <param name="Timeout">How long one try may take.</param>
/// <param name="MaxTries">Tries on 429, 5xx and time-outs.</param>
/// <param name="Backoff">The first wait without Retry-After, doubled each try.</param>
/// <param name="MinInterval">The least time between two requests.</param>
/// <param name="MaxAnswerBytes">The largest answer read.</param>
/// <param name="MaxRetryWait">The longest Retry-After honoured.</param>
/// <param name="Handler">A message handler (tests), or null for sockets without automatic redirects.</param>
/// <param name="Delay">How to wait (tests), or null for <see cref="Task.Delay(TimeSpan, CancellationToken)"/>.</param>
/// <param name="Clock">The clock (tests), or null for UTC now.</param>
internal sealed record HttpPolicySettings(Uri Origin, string OriginOption, string? KeyHeader, string? Key, string Accept, string Version, TimeSpan Timeout, int MaxTries,
    TimeSpan Backoff, TimeSpan MinInterval, long MaxAnswerBytes, TimeSpan MaxRetryWait, HttpMessageHandler? Handler, Func<TimeSpan, CancellationToken, Task>? Delay, Func<DateTimeOffset>? Clock);

/// <summary>An answer read whole under the policy.</summary>
/// <param name="Status">Its status.</param>
/// <param name="Reason">Its reason phrase.</param>
/// <param name="MediaType">Its content type, or empty.</param>
/// <param name="ContentLength">The length it announced, or null.</param>
/// <param name="Body">Its body.</param>
/// <param name="RetryAfter">What its Retry-After asked, or null.</param>
/// <param name="Tries">How many tries it took.</param>
internal sealed record HttpAnswer(HttpStatusCode Status, string? Reason, string MediaType, long? ContentLength, byte[] Body, TimeSpan? RetryAfter, int Tries)
{
    /// <summary>429 or 5xx: the server asks to come back later.</summary>
    internal bool IsBusy => (int)Status == 429 || (int)Status >= 500;

    /// <summary>The first 200 visible characters of a body, for a message (a server's error text, an HTML page).</summary>
    internal static string Excerpt(byte[] body)
    {
        var text = VisibleText.Of(System.Text.Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 400)).ReplaceLineEndings(" ").Trim());
        return text.Length > 200 ? text[..200] + "…" : text;
    }
}

/// <summary>A request the policy refused or abandoned (a redirect to another origin, a loop, an answer over the size limit).</summary>
internal sealed class HttpPolicyException(string message) : Exception(message);
