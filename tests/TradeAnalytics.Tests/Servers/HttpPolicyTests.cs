using System.Net;
using System.Text;
using TradeAnalytics.Sources.Http;

namespace TradeAnalytics.Tests.Servers;

/// <summary>
/// Issue 42, item 2: the one HTTP policy the API clients share (retries and per-try time-outs on Polly v8), tried directly with a
/// handler that answers from a script — the IMF client's fault tests (Formats/ImfDataClientTests, Hostile/ServerTests) try it
/// through a server on 127.0.0.1.
/// </summary>
public class HttpPolicyTests
{
    private sealed class Script(params Func<HttpRequestMessage, HttpResponseMessage>[] answers) : HttpMessageHandler
    {
        public List<HttpRequestMessage> Requests { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Add(request);
            return Task.FromResult(answers[Math.Min(Requests.Count - 1, answers.Length - 1)](request));
        }
    }

    private static HttpResponseMessage Answer(HttpStatusCode status, string body = "x", TimeSpan? retryAfter = null)
    {
        var response = new HttpResponseMessage(status) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };
        if (retryAfter is { } wait)
        {
            response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(wait);
        }

        return response;
    }

    private static (HttpPolicy Policy, List<TimeSpan> Waits) Policy(Script script, int maxTries = 4, TimeSpan? maxRetryWait = null)
    {
        var waits = new List<TimeSpan>();
        var settings = new HttpPolicySettings(new Uri("http://127.0.0.1:9/api/"), "Options.BaseUrl", "X-Key", "secret", "text/csv", "1.0.0", TimeSpan.FromSeconds(30), maxTries,
            TimeSpan.FromSeconds(2), TimeSpan.Zero, 1 << 20, maxRetryWait ?? TimeSpan.FromSeconds(60), script, (wait, _) => { waits.Add(wait); return Task.CompletedTask; }, null);
        return (new HttpPolicy(settings), waits);
    }

    [Fact]
    public async Task Busy_answers_are_retried_with_Retry_After_or_doubling_waits_then_the_answer_is_read()
    {
        var script = new Script(_ => Answer(HttpStatusCode.ServiceUnavailable), _ => Answer(HttpStatusCode.TooManyRequests, retryAfter: TimeSpan.FromSeconds(7)),
            _ => Answer(HttpStatusCode.BadGateway), _ => Answer(HttpStatusCode.OK, "data"));
        var (policy, waits) = Policy(script);
        using (policy)
        {
            var answer = await policy.GetAsync(new Uri("http://127.0.0.1:9/api/x"), CancellationToken.None);

            Assert.Equal((HttpStatusCode.OK, "data", 4), (answer.Status, Encoding.UTF8.GetString(answer.Body), answer.Tries));
            Assert.Equal([TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(8)], waits);   // 2 s, Retry-After, 2 s doubled twice
            Assert.All(script.Requests, r => Assert.Equal("secret", r.Headers.GetValues("X-Key").Single()));
        }
    }

    [Fact]
    public async Task The_tries_end_and_a_long_Retry_After_is_not_waited_for()
    {
        var (spent, spentWaits) = Policy(new Script(_ => Answer(HttpStatusCode.InternalServerError)), maxTries: 2);
        using (spent)
        {
            var answer = await spent.GetAsync(new Uri("http://127.0.0.1:9/api/x"), CancellationToken.None);
            Assert.Equal((HttpStatusCode.InternalServerError, 2), (answer.Status, answer.Tries));
            Assert.Equal([TimeSpan.FromSeconds(2)], spentWaits);
        }

        var (patient, waits) = Policy(new Script(_ => Answer(HttpStatusCode.TooManyRequests, retryAfter: TimeSpan.FromHours(1))));
        using (patient)
        {
            var answer = await patient.GetAsync(new Uri("http://127.0.0.1:9/api/x"), CancellationToken.None);
            Assert.Equal((HttpStatusCode.TooManyRequests, 1, TimeSpan.FromHours(1)), (answer.Status, answer.Tries, answer.RetryAfter!.Value));
            Assert.Empty(waits);
        }
    }

    [Fact]
    public async Task A_redirect_to_another_origin_is_refused_and_the_key_stays_home()
    {
        var script = new Script(_ =>
        {
            var moved = new HttpResponseMessage(HttpStatusCode.Found);
            moved.Headers.Location = new Uri("http://example.org/steal");
            return moved;
        });
        var (policy, _) = Policy(script);
        using (policy)
        {
            var e = await Assert.ThrowsAsync<HttpPolicyException>(() => policy.GetAsync(new Uri("http://127.0.0.1:9/api/x"), CancellationToken.None));

            Assert.Contains("redirected to another origin (http://example.org); not followed", e.Message, StringComparison.Ordinal);
            Assert.Contains("Set Options.BaseUrl to the server that answers.", e.Message, StringComparison.Ordinal);
            Assert.Single(script.Requests);
        }
    }
}
