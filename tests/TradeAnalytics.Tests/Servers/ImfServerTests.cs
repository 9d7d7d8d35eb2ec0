using System.Text;
using System.Text.Json.Nodes;
using TradeAnalytics.Sources;
using TradeAnalytics.Sources.Imf;
using TradeAnalytics.Tests.Support;

namespace TradeAnalytics.Tests.Servers;

/// <summary>
/// Issue 24, classes 4, 5, 7, 8 and 12 for the IMF client, against servers on 127.0.0.1 that replay the real recorded answer
/// (shared/data/imf-formats/imts-sdmx-csv-NIC-G001-monthly.csv) and misbehave: redirects, empty and huge answers, long waits,
/// escape sequences; and a cache damaged in the ways a tester damaged it.
/// </summary>
public class ImfServerTests
{
    private static readonly string Recorded = Path.Combine(TestPaths.FormatsFolder, "imts-sdmx-csv-NIC-G001-monthly.csv");

    private static readonly ImfRequest Nicaragua = new([Economies.Get("NIC")], [Economies.World], Frequency.Monthly, 1990);

    private static Answer RecordedAnswer() => new(200, File.ReadAllBytes(Recorded));

    private static Answer Redirect(string to) => new(302, []) { Headers = { ["Location"] = to } };

    private static ImfDataClient Client(string baseUrl, string cache, string? key = null, TimeSpan? freshness = null, bool offline = false, long maxBytes = 64L << 20, List<TimeSpan>? waits = null)
        => new(new ImfClientOptions
        {
            BaseUrl = new Uri(baseUrl),
            CacheFolder = cache,
            ApiKey = key,
            Offline = offline,
            Freshness = freshness ?? TimeSpan.FromDays(1),
            MaxAnswerBytes = maxBytes,
            MinInterval = TimeSpan.Zero,
            Timeout = TimeSpan.FromSeconds(20),
            Delay = (wait, _) =>
            {
                waits?.Add(wait);
                return Task.CompletedTask;
            },
        });

    private static string Cache() => Directory.CreateTempSubdirectory("hostile-cache-").FullName;

    private static int Count(ImfFetch fetch) => fetch.Import.Observations.Count;

    [RequiresImfFormatsFact]
    public void The_api_key_never_follows_a_redirect_to_another_origin()
    {
        // Before: a 302 from the base URL to another port sent Ocp-Apim-Subscription-Key there.
        using var elsewhere = new ReplayServer(_ => RecordedAnswer());
        using var server = new ReplayServer(r => Redirect(elsewhere.BaseUrl.TrimEnd('/') + r.PathAndQuery));
        using var client = Client(server.BaseUrl, Cache(), key: "secret-key");

        var error = Assert.Throws<ImfApiException>(() => client.Fetch(Nicaragua));

        Assert.Contains("redirected to another origin", error.Message);
        Assert.Empty(elsewhere.Requests);
        Assert.All(server.Requests, r => Assert.Equal("secret-key", r.Headers["Ocp-Apim-Subscription-Key"]));
    }

    [RequiresImfFormatsFact]
    public void A_redirect_within_the_origin_is_followed_with_the_key_and_a_loop_is_named()
    {
        using var server = new ReplayServer(r => r.PathAndQuery.StartsWith("/moved", StringComparison.Ordinal) ? RecordedAnswer() : Redirect("/moved" + r.PathAndQuery));
        using var client = Client(server.BaseUrl, Cache(), key: "secret-key");

        Assert.True(Count(client.Fetch(Nicaragua)) > 0);
        Assert.All(server.Requests, r => Assert.Equal("secret-key", r.Headers["Ocp-Apim-Subscription-Key"]));

        using var loop = new ReplayServer(r => Redirect(r.PathAndQuery));
        using var looping = Client(loop.BaseUrl, Cache());
        Assert.Contains("redirects in a loop", Assert.Throws<ImfApiException>(() => looping.Fetch(Nicaragua)).Message);
    }

    [RequiresImfFormatsFact]
    public void An_answer_with_only_the_header_never_replaces_good_cached_data()
    {
        // Before: a 200 with only the header replaced a good cached answer, and --offline then served nothing with exit 0.
        var header = File.ReadAllLines(Recorded)[0] + "\n";
        var good = true;
        using var server = new ReplayServer(_ => good ? RecordedAnswer() : Answer.Text(200, header, "application/vnd.sdmx.data+csv"));
        var cache = Cache();
        int before;
        using (var client = Client(server.BaseUrl, cache))
        {
            before = Count(client.Fetch(Nicaragua));
        }

        good = false;
        using (var refresh = Client(server.BaseUrl, cache, freshness: TimeSpan.Zero))
        {
            var error = Assert.Throws<ImfApiException>(() => refresh.Fetch(Nicaragua));
            Assert.Contains("has no data", error.Message);
            Assert.Contains("The cached answer is kept as it was", error.Message);
        }

        using var offline = Client(server.BaseUrl, cache, offline: true);
        Assert.Equal(before, Count(offline.Fetch(Nicaragua)));
    }

    [RequiresImfFormatsFact]
    public void A_cached_answer_cut_at_a_line_end_or_flipped_is_damaged_not_half_served()
    {
        using var server = new ReplayServer(_ => RecordedAnswer());
        var cache = Cache();
        using (var client = Client(server.BaseUrl, cache))
        {
            client.Fetch(Nicaragua);
        }

        var data = Directory.GetFiles(cache, "*.csv").Single();
        var lines = File.ReadAllLines(data);
        File.WriteAllLines(data, lines.Take(lines.Length / 2));

        using var offline = Client(server.BaseUrl, cache, offline: true);
        var error = Assert.Throws<ImfApiException>(() => offline.Fetch(Nicaragua));
        Assert.Contains("is damaged", error.Message);
        Assert.Contains("SHA-256", error.Message);

        // Online, the damaged entry is replaced and the user is told.
        using var online = Client(server.BaseUrl, cache);
        var fetch = online.Fetch(Nicaragua);
        Assert.Contains("A damaged cache entry was replaced", fetch.Note);
        Assert.Equal(lines.Length, File.ReadAllLines(data).Length);
    }

    [RequiresImfFormatsFact]
    public void A_cache_entry_dated_in_the_future_is_stale_and_a_null_date_is_repaired_online()
    {
        using var server = new ReplayServer(_ => RecordedAnswer());
        var cache = Cache();
        using (var client = Client(server.BaseUrl, cache))
        {
            client.Fetch(Nicaragua);
        }

        var meta = Directory.GetFiles(cache, "*.json").Single();
        var document = JsonNode.Parse(File.ReadAllText(meta))!;
        document["retrievedAt"] = DateTimeOffset.UtcNow.AddYears(10).ToString("O");
        File.WriteAllText(meta, document.ToJsonString());
        var asked = server.Requests.Count;
        using (var client = Client(server.BaseUrl, cache))
        {
            Assert.False(client.Fetch(Nicaragua).FromCache);
        }

        Assert.Equal(asked + 1, server.Requests.Count);

        // Before: a null date gave "Value cannot be null." and blocked every fetch until the file was deleted by hand.
        document["retrievedAt"] = null;
        File.WriteAllText(meta, document.ToJsonString());
        using (var offline = Client(server.BaseUrl, cache, offline: true))
        {
            Assert.Contains("retrieval date is missing", Assert.Throws<ImfApiException>(() => offline.Fetch(Nicaragua)).Message);
        }

        using var online = Client(server.BaseUrl, cache);
        Assert.Contains("A damaged cache entry was replaced", online.Fetch(Nicaragua).Note);
    }

    [RequiresImfFormatsFact]
    public void A_cache_folder_that_is_a_file_still_gives_the_answer_and_says_so()
    {
        using var server = new ReplayServer(_ => RecordedAnswer());
        var file = Path.Combine(Cache(), "not-a-folder");
        File.WriteAllText(file, "x");
        using var client = Client(server.BaseUrl, file);

        var fetch = client.Fetch(Nicaragua);

        Assert.True(Count(fetch) > 0);
        Assert.Contains("is a file, not a folder: the answer was used but not cached", fetch.Note);
    }

    [Fact]
    public void A_huge_answer_is_abandoned_at_the_limit_and_a_long_retry_after_is_refused_at_once()
    {
        // Before: a 500 MB answer took 3.5 GB; Retry-After: 3600 slept silently for an hour.
        var huge = new byte[3 << 20];
        huge.AsSpan().Fill((byte)'x');
        using var big = new ReplayServer(_ => new Answer(200, huge));
        using var client = Client(big.BaseUrl, Cache(), maxBytes: 1 << 20);
        Assert.Contains("answers are read up to 1,048,576 bytes", Assert.Throws<ImfApiException>(() => client.Fetch(Nicaragua)).Message);

        var waits = new List<TimeSpan>();
        using var slow = new ReplayServer(_ => new Answer(429, Encoding.UTF8.GetBytes("later")) { Headers = { ["Retry-After"] = "3600" } });
        using var patient = Client(slow.BaseUrl, Cache(), waits: waits);
        Assert.Contains("asks to wait 3600 s", Assert.Throws<ImfApiException>(() => patient.Fetch(Nicaragua)).Message);
        Assert.Empty(waits);
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void Escape_sequences_in_a_servers_answer_reach_the_terminal_as_visible_text()
    {
        // Before: a screen clear and a forged "SUCCESS" line in an error page were echoed raw to stderr.
        using var server = new ReplayServer(_ => Answer.Text(400, "\u001b[2J\u001b[1;1HSUCCESS: all values verified\u202Egnp.exe"));
        var (code, _, error) = TradeAnalytics.Tests.Cli.Cli.Run("fetch", "NIC", "WLD", "--base-url", server.BaseUrl, "--cache-dir", Cache());

        Assert.Equal(1, code);
        Assert.DoesNotContain('\u001b', error);
        Assert.DoesNotContain('\u202E', error);
        Assert.Contains("\\u001B[2J", error);
        Assert.Contains("\\u202E", error);
    }
}
