using System.Text;
using TradeAnalytics.Sources;
using TradeAnalytics.Sources.Imf;
using TradeAnalytics.Tests.Support;
using CliRunner = TradeAnalytics.Tests.Cli.Cli;

namespace TradeAnalytics.Tests.Servers;

/// <summary>
/// The IMF data API client against a server on 127.0.0.1 that replays the real recorded answer
/// (shared/data/imf-formats/imts-sdmx-csv-NIC-G001-monthly.csv, the answer to
/// GET /2.1/data/IMF.STA,IMTS/NIC..G001.M?startPeriod=1990-01 per API.md) and injects faults.
/// </summary>
public class ImfDataClientTests
{
    private static readonly string Recorded = Path.Combine(TestPaths.FormatsFolder, "imts-sdmx-csv-NIC-G001-monthly.csv");

    private static readonly ImfRequest Nicaragua = new([Economies.Get("NIC")], [Economies.World], Frequency.Monthly, 1990);

    private static Answer RecordedAnswer() => new(200, File.ReadAllBytes(Recorded));

    private static Answer SlowDown()
    {
        var answer = Answer.Text(429, "slow down");
        answer.Headers["Retry-After"] = "7";
        return answer;
    }

    private static Answer NotFound() => Answer.Text(404, "NoRecordsFound: the 3.0 endpoint has no such structure");

    private static (ImfDataClient Client, List<TimeSpan> Waits, string Cache) Client(ReplayServer server, Action<ImfClientOptionsBuilder>? tune = null)
    {
        var waits = new List<TimeSpan>();
        var cache = Directory.CreateTempSubdirectory("imf-cache-").FullName;
        var b = new ImfClientOptionsBuilder { BaseUrl = new Uri(server.BaseUrl), Cache = cache };
        tune?.Invoke(b);
        var options = new ImfClientOptions
        {
            BaseUrl = b.BaseUrl,
            CacheFolder = b.Cache,
            Timeout = b.Timeout,
            MaxTries = b.MaxTries,
            ApiKey = b.ApiKey,
            Offline = b.Offline,
            Freshness = b.Freshness,
            MinInterval = TimeSpan.Zero,
            Delay = (wait, _) =>
            {
                lock (waits)
                {
                    waits.Add(wait);
                }

                return Task.CompletedTask;
            },
        };
        return (new ImfDataClient(options), waits, cache);
    }

    internal sealed class ImfClientOptionsBuilder
    {
        public required Uri BaseUrl { get; set; }

        public required string Cache { get; set; }

        public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

        public int MaxTries { get; set; } = 3;

        public string? ApiKey { get; set; }

        public bool Offline { get; set; }

        public TimeSpan Freshness { get; set; } = TimeSpan.FromDays(1);
    }

    private static Dictionary<(string, string, TradeFlow, int, string), double> Values(IEnumerable<TradeObservation> observations)
        => observations.ToDictionary(o => o.Key, o => o.Value.Value);

    [RequiresImfFormatsFact]
    public void The_client_asks_30_then_21_as_apiMd_describes_and_returns_the_annual_values_of_the_recorded_file()
    {
        using var server = new ReplayServer(r => r.PathAndQuery.StartsWith("/3.0/", StringComparison.Ordinal) ? NotFound() : RecordedAnswer());
        var (client, _, _) = Client(server, b => b.ApiKey = "test-key");
        using (client)
        {
            var fetch = client.Fetch(Nicaragua);

            var requests = server.Requests.ToList();
            Assert.Equal("/3.0/data/dataflow/IMF.STA/IMTS/+/NIC.*.G001.M?c%5BTIME_PERIOD%5D=ge%3A1990-M01", requests[0].PathAndQuery);
            Assert.Equal("/2.1/data/IMF.STA,IMTS/NIC..G001.M?startPeriod=1990-01", requests[1].PathAndQuery);   // API.md's recorded request
            Assert.All(requests, r =>
            {
                Assert.Equal("application/vnd.sdmx.data+csv; version=2.0.0", r.Headers["Accept"]);
                Assert.StartsWith("TradeAnalytics/", r.Headers["User-Agent"]);
                Assert.Equal("test-key", r.Headers["Ocp-Apim-Subscription-Key"]);
            });
            Assert.Equal(Values(TradeFileImporter.Import(Recorded).Observations), Values(fetch.Import.Observations));
            Assert.True(fetch.Import.Reconciles);
            Assert.False(fetch.FromCache);
            Assert.StartsWith("127.0.0.1 IMTS 2.1 NIC..G001.M startPeriod=1990-01 retrieved ", fetch.Import.Observations[0].Source);
        }
    }

    [RequiresImfFormatsFact]
    public void An_sdmx_30_answer_in_the_csv_20_layout_gives_the_same_values()
    {
        // No 3.0 answer is recorded: the recorded rows in the 2.0 layout (STRUCTURE, STRUCTURE_ID, ACTION first).
        var lines = File.ReadAllLines(Recorded);
        var v2 = string.Join("\n", lines.Select((l, i) => (i == 0 ? "STRUCTURE,STRUCTURE_ID,ACTION," : "dataflow,IMF.STA:IMTS(1.0.0),I,") + l[(l.IndexOf(',', StringComparison.Ordinal) + 1)..])) + "\n";
        using var server = new ReplayServer(_ => Answer.Text(200, v2, "application/vnd.sdmx.data+csv; version=2.0.0"));
        var (client, _, _) = Client(server);
        using (client)
        {
            var fetch = client.Fetch(Nicaragua);

            Assert.Single(server.Requests);
            Assert.Equal(Values(TradeFileImporter.Import(Recorded).Observations), Values(fetch.Import.Observations));
        }
    }

    [RequiresImfFormatsFact]
    public void A_429_is_retried_after_the_servers_retry_after_and_then_succeeds()
    {
        var calls = 0;
        using var server = new ReplayServer(_ => Interlocked.Increment(ref calls) == 1
            ? SlowDown()
            : RecordedAnswer());
        var (client, waits, _) = Client(server);
        using (client)
        {
            var fetch = client.Fetch(Nicaragua);

            Assert.Equal(2, server.Requests.Count);
            Assert.Contains(TimeSpan.FromSeconds(7), waits);
            Assert.NotEmpty(fetch.Import.Observations);
        }
    }

    [Fact]
    public void A_503_until_the_tries_run_out_is_a_clear_error_after_backing_off()
    {
        using var server = new ReplayServer(_ => Answer.Text(503, "maintenance"));
        var (client, waits, _) = Client(server, b => b.MaxTries = 3);
        using (client)
        {
            var e = Assert.Throws<ImfApiException>(() => client.Fetch(Nicaragua));

            Assert.Contains("answered 503", e.Message);
            Assert.Contains("3 times; try again later", e.Message);
            Assert.Equal(3, server.Requests.Count);        // bounded; a 5xx is not a reason to try 2.1
            Assert.Equal([TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4)], waits);   // backoff doubles
        }
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void A_stall_past_the_timeout_is_a_clear_error()
    {
        using var server = new ReplayServer(_ => Answer.Text(200, "DATAFLOW,COUNTRY\n") with { Stall = TimeSpan.FromSeconds(3) });
        var (client, _, _) = Client(server, b => { b.Timeout = TimeSpan.FromMilliseconds(300); b.MaxTries = 2; });
        using (client)
        {
            var e = Assert.Throws<ImfApiException>(() => client.Fetch(Nicaragua));

            Assert.Contains("did not answer", e.Message);
            Assert.Contains("within 0 s (2 tries)", e.Message.Replace("0.3", "0", StringComparison.Ordinal));
        }
    }

    [RequiresImfFormatsFact]
    public void A_truncated_body_is_an_error_never_partial_data()
    {
        var body = File.ReadAllBytes(Recorded);
        using var server = new ReplayServer(_ => new Answer(200, body) { CutAfter = body.Length / 3 });
        var (client, _, cache) = Client(server);
        using (client)
        {
            var e = Assert.Throws<ImfApiException>(() => client.Fetch(Nicaragua));

            Assert.Contains("cut short", e.Message);
            Assert.Empty(Directory.GetFiles(cache, "*.csv"));
        }
    }

    [RequiresImfFormatsFact]
    public void An_answer_that_ends_early_but_cleanly_is_not_read_as_whole_nor_cached()
    {
        // The recorded answer without its exports rows (XG_FOB_USD): well formed to its last line, but a series asked for is absent
        // (the trial's case: "36 annual values", "reconciles: yes", cached and served offline).
        var lines = File.ReadAllLines(Recorded);
        var body = Encoding.UTF8.GetBytes(string.Join("\n", lines.Where(l => !l.Contains(",XG_FOB_USD,", StringComparison.Ordinal))) + "\n");
        using var server = new ReplayServer(r => r.PathAndQuery.StartsWith("/3.0/", StringComparison.Ordinal) ? NotFound() : new Answer(200, body));
        var (client, _, cache) = Client(server);
        using (client)
        {
            var e = Assert.Throws<ImfApiException>(() => client.Fetch(Nicaragua));

            Assert.Contains("holds no values of NIC→WLD exports, asked for (every indicator of every pair): it may have ended early, so it is not read as whole and not cached.", e.Message);
            Assert.Empty(Directory.GetFiles(cache, "*.csv"));
        }
    }

    [Theory]
    [InlineData(200, "<!DOCTYPE html><html><body>Service unavailable</body></html>", "text/html", "answered an HTML page, not data")]
    [InlineData(204, "", "text/plain", "The IMF has no data for NIC→WLD, monthly, 1990–…")]
    [InlineData(400, "Invalid key: too many dimensions", "text/plain", "The IMF refused")]
    [InlineData(200, "{\"data\": []}", "application/json", "not SDMX-CSV of IMTS")]
    public void A_wrong_answer_is_a_clear_error_with_the_servers_message(int status, string body, string contentType, string expected)
    {
        using var server = new ReplayServer(_ => Answer.Text(status, body, contentType));
        var (client, _, _) = Client(server);
        using (client)
        {
            var e = Assert.Throws<ImfApiException>(() => client.Fetch(Nicaragua));

            Assert.Contains(expected, e.Message);
            if (status == 400)
            {
                Assert.Contains("Invalid key: too many dimensions", e.Message);
            }
        }
    }

    [RequiresImfFormatsFact]
    public void A_cached_answer_survives_a_failing_server_and_serves_offline()
    {
        var failing = false;
        using var server = new ReplayServer(r => failing ? Answer.Text(503, "down") : r.PathAndQuery.StartsWith("/3.0/", StringComparison.Ordinal) ? NotFound() : RecordedAnswer());
        var (client, _, cache) = Client(server, b => b.Freshness = TimeSpan.Zero);
        ImfFetch first;
        using (client)
        {
            first = client.Fetch(Nicaragua);
        }

        var cached = Directory.GetFiles(cache, "*.csv").Single();
        var bytes = File.ReadAllBytes(cached);
        failing = true;
        var (again, _, _) = Client(server, b => { b.Cache = cache; b.Freshness = TimeSpan.Zero; b.MaxTries = 2; });
        using (again)
        {
            var e = Assert.Throws<ImfApiException>(() => again.Fetch(Nicaragua));
            Assert.Contains("The cached answer is kept as it was; ImfClientOptions.Offline works with it.", e.Message);
            Assert.DoesNotContain("--", e.Message, StringComparison.Ordinal);   // the library names its options, not the tool's flags
        }

        Assert.Equal(bytes, File.ReadAllBytes(cached));
        var requestsBefore = server.Requests.Count;
        var (offline, _, _) = Client(server, b => { b.Cache = cache; b.Offline = true; });
        using (offline)
        {
            var fromCache = offline.Fetch(Nicaragua);
            Assert.True(fromCache.FromCache);
            Assert.Equal(Values(first.Import.Observations), Values(fromCache.Import.Observations));
            Assert.Equal(requestsBefore, server.Requests.Count);   // offline asks nobody

            var missing = Assert.Throws<ImfApiException>(() => offline.Fetch(Nicaragua with { FromYear = 2000 }));
            Assert.StartsWith("Offline, and no cached answer for NIC→WLD, monthly, 2000–…", missing.Message);
        }
    }

    [Fact]
    public void No_server_listening_is_a_clear_error()
    {
        var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        var port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        using var client = new ImfDataClient(new ImfClientOptions { BaseUrl = new Uri($"http://127.0.0.1:{port}/"), CacheFolder = Directory.CreateTempSubdirectory("c-").FullName, MinInterval = TimeSpan.Zero });

        var e = Assert.Throws<ImfApiException>(() => client.Fetch(Nicaragua));

        Assert.StartsWith($"Cannot reach http://127.0.0.1:{port}", e.Message);
    }

    [Trait("Category", "Slow")]
    [RequiresImfFormatsFact]
    public void The_fetch_command_writes_the_same_annual_values_as_importing_the_recorded_file_and_works_offline_after()
    {
        using var server = new ReplayServer(r => r.PathAndQuery.StartsWith("/3.0/", StringComparison.Ordinal) ? NotFound() : RecordedAnswer());
        var folder = Directory.CreateTempSubdirectory("fetch-").FullName;
        var cache = Path.Combine(folder, "cache");
        var fetched = Path.Combine(folder, "fetched.csv");
        var imported = Path.Combine(folder, "imported.csv");

        var (code, output, error) = CliRunner.Run("fetch", "NIC", "WLD", "--frequency", "M", "--from", "1990", "--base-url", server.BaseUrl, "--cache-dir", cache, "--out", fetched);
        CliRunner.Run("import", Recorded, "--out", imported);

        Assert.True(code == 0, error);
        Assert.True(output.StartsWith("fetched: " + server.BaseUrl + "2.1/data/IMF.STA,IMTS/NIC..G001.M?startPeriod=1990-01", StringComparison.Ordinal), output[..200]);
        Assert.StartsWith("fetched: " + server.BaseUrl + "2.1/data/IMF.STA,IMTS/NIC..G001.M?startPeriod=1990-01", output);
        var a = InterchangeCsv.ReadFile(fetched).Dataset.Observations;
        var b = InterchangeCsv.ReadFile(imported).Dataset.Observations;
        Assert.Equal(Values(b), Values(a));

        server.Dispose();
        var (offlineCode, offlineOut, _) = CliRunner.Run("fetch", "NIC", "WLD", "--frequency", "M", "--from", "1990", "--base-url", server.BaseUrl, "--cache-dir", cache, "--offline");
        Assert.Equal(0, offlineCode);
        Assert.StartsWith("from the cache: ", offlineOut);

        var (failCode, _, failError) = CliRunner.Run("fetch", "NIC", "WLD", "--frequency", "A", "--base-url", server.BaseUrl, "--cache-dir", cache);
        Assert.Equal(1, failCode);
        Assert.Contains("error: Cannot reach", failError);
        Assert.Contains("Check the network or --base-url.", failError);   // the library's ImfClientOptions.BaseUrl, in the tool's flag
        Assert.DoesNotContain("ImfClientOptions", failError, StringComparison.Ordinal);
    }

    [Trait("Category", "Slow")]
    [RequiresImfFormatsFact]
    public void Series_on_fetched_data_and_on_imts_layered_over_dots()
    {
        using var server = new ReplayServer(r => r.PathAndQuery.StartsWith("/3.0/", StringComparison.Ordinal) ? NotFound() : RecordedAnswer());
        var cache = Directory.CreateTempSubdirectory("src-").FullName;

        var (code, output, error) = CliRunner.Run("series", "NIC", "WLD", "--flow", "imports", "--from", "2023", "--to", "2023", "--source", "imf", "--base-url", server.BaseUrl, "--cache-dir", cache, "--format", "csv");

        Assert.True(code == 0, error);
        // The twelve MG_CIF_USD values of 2023 in the recorded file sum to 8,363.663253 $m.
        Assert.Contains("2023,8363.663,false,false,false,", output);
        Assert.Contains("note: fetched", error);
        var requested = server.Requests.Last().PathAndQuery;
        Assert.Equal("/2.1/data/IMF.STA,IMTS/NIC..NIC+G001.A", requested);   // the economy's and the World's reports; WLD sent as G001
    }
}

public class LayeredDatasetTests
{
    [Fact]
    public void Layers_take_each_value_from_the_first_dataset_that_has_it_and_keep_its_source()
    {
        static TradeObservation O(int year, double value, string source)
            => new(Economies.Kazakhstan, Economies.Israel, TradeFlow.Exports, year, new UsdMillions(value), false, source);
        var imts = new TradeDataset([O(2020, 330, "imts:2020"), O(2021, 400, "imts:2021")], "IMTS");
        var dots = new TradeDataset([O(2019, 466.478, "dots:2019"), O(2020, 327.026, "dots:2020")], "DOTS");

        var layered = TradeDataset.Layered([imts, dots]);
        var exports = layered.Bilateral("KAZ", "ISR").Exports();

        Assert.Equal(["dots:2019", "imts:2020", "imts:2021"], exports.Select(v => v.Source));
        Assert.Equal(330, exports[2020]!.Value.Value);
        Assert.Equal("IMTS over DOTS", layered.Name);
        Assert.Equal(["2 of 2 values from IMTS", "1 of 2 values from DOTS"], layered.Notes);
    }
}
