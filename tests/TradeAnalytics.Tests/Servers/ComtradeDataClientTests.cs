using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using TradeAnalytics.Catalogue;
using TradeAnalytics.Sources.UnComtrade;
using TradeAnalytics.Tests.Support;
using CliRunner = TradeAnalytics.Tests.Cli.Cli;

namespace TradeAnalytics.Tests.Servers;

/// <summary>
/// The UN Comtrade data API client against a server on 127.0.0.1 that replays the real recorded answer
/// (shared/data/comtrade-formats/comtradeapi-data-v1-get-C-A-HS-CHN-2010.json: China's exports to and imports from Argentina
/// and Germany, all goods, 2010, as recorded for ropensci/comtradr's tests) and misbehaves on purpose.
/// </summary>
public class ComtradeDataClientTests
{
    private static readonly string Recorded = Path.Combine(TestPaths.ComtradeFormatsFolder, "comtradeapi-data-v1-get-C-A-HS-CHN-2010.json");

    private static readonly Economy China = Economies.Get("CHN");
    private static readonly Economy Argentina = Economies.Get("ARG");
    private static readonly Economy Germany = Economies.Get("DEU");

    /// <summary>What the recorded answer asks: China's report with Argentina and Germany, 2010, exports and imports, all goods.</summary>
    private static readonly ComtradeRequest ChinaRequest = new([China], [Argentina, Germany], 2010, 2010);

    /// <summary>
    /// The recorded answer's four primaryValue cells (data[0..3]), in US$, as US$ millions: CHN imports from ARG 6,804,128,143,
    /// from DEU 74,251,272,075; exports to ARG 6,115,764,185, to DEU 68,047,133,397.
    /// </summary>
    private static readonly Dictionary<(string, TradeFlow), double> RecordedValues = new()
    {
        [("ARG", TradeFlow.Imports)] = 6804.128143,
        [("DEU", TradeFlow.Imports)] = 74251.272075,
        [("ARG", TradeFlow.Exports)] = 6115.764185,
        [("DEU", TradeFlow.Exports)] = 68047.133397,
    };

    private static byte[] RecordedBytes() => File.ReadAllBytes(Recorded);

    private static Answer SlowDown()
    {
        var answer = Answer.Text(429, "Rate limit is exceeded. Try again in 7 seconds.");
        answer.Headers["Retry-After"] = "7";
        return answer;
    }

    private static Answer Json(byte[] body, int status = 200) => new(status, body, "application/json; charset=utf-8");

    /// <summary>The recorded answer with only the rows <paramref name="keep"/> takes, and its count set to match (or to <paramref name="count"/>).</summary>
    private static byte[] Subset(Func<JsonNode, bool> keep, int? count = null)
    {
        var root = JsonNode.Parse(RecordedBytes())!.AsObject();
        var rows = root["data"]!.AsArray().Where(r => keep(r!)).Select(r => r!.DeepClone()).ToList();
        root["data"] = new JsonArray([.. rows]);
        root["count"] = count ?? rows.Count;
        return Encoding.UTF8.GetBytes(root.ToJsonString());
    }

    private static (ComtradeDataClient Client, List<TimeSpan> Waits, string Cache) Client(ReplayServer server, string? key = null, int maxRecords = 100_000, bool offline = false,
        TimeSpan? freshness = null, long maxBytes = 64L << 20, string? cache = null, int maxTries = 3)
    {
        var waits = new List<TimeSpan>();
        cache ??= Directory.CreateTempSubdirectory("comtrade-cache-").FullName;
        var client = new ComtradeDataClient(new ComtradeClientOptions
        {
            BaseUrl = new Uri(server.BaseUrl),
            ApiKey = key,
            MaxRecords = maxRecords,
            CacheFolder = cache,
            Offline = offline,
            Freshness = freshness ?? TimeSpan.FromDays(1),
            MaxAnswerBytes = maxBytes,
            MaxTries = maxTries,
            Timeout = TimeSpan.FromSeconds(10),
            MinInterval = TimeSpan.Zero,
            Delay = (wait, _) =>
            {
                lock (waits)
                {
                    waits.Add(wait);
                }

                return Task.CompletedTask;
            },
        });
        return (client, waits, cache);
    }

    private static Dictionary<(string, TradeFlow), double> Values(ComtradeFetch fetch)
        => fetch.Import.Observations.ToDictionary(o => (o.Partner.Code, o.Flow), o => o.Value.Value);

    private static Dictionary<string, string> Query(string pathAndQuery)
        => pathAndQuery.Split('?', 2)[1].Split('&').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1]));

    [RequiresComtradeFact]
    public void The_keyless_preview_is_asked_for_totals_and_the_recorded_answer_gives_its_four_values_then_the_cache_and_offline()
    {
        using var server = new ReplayServer(_ => Json(RecordedBytes()));
        var (client, _, cache) = Client(server);
        using (client)
        {
            var fetch = client.Fetch(ChinaRequest);

            Assert.True(fetch.Preview);
            Assert.Equal(RecordedValues, Values(fetch));
            Assert.True(fetch.Import.Reconciles);
            var seen = Assert.Single(server.Requests);
            Assert.StartsWith("/public/v1/preview/C/A/HS?", seen.PathAndQuery);
            Assert.False(seen.Headers.ContainsKey("Ocp-Apim-Subscription-Key"));
            var query = Query(seen.PathAndQuery);
            Assert.Equal("156", query["reporterCode"]);           // China's Comtrade code (comtrade-codes.csv)
            Assert.Equal("32,276", query["partnerCode"]);         // Argentina; Germany (not 280, the former Federal Republic)
            Assert.Equal("2010", query["period"]);
            Assert.Equal("TOTAL", query["cmdCode"]);
            Assert.Equal("X,M", query["flowCode"]);
            Assert.Equal(("0", "C00", "0"), (query["partner2Code"], query["customsCode"], query["motCode"]));
            Assert.All(fetch.Import.Observations, o => Assert.Equal("H3", o.Classification));   // the revision China reported in
            Assert.Contains(fetch.Import.Observations, o => o.Source.StartsWith("127.0.0.1 public v1 preview C A HS reporterCode=156", StringComparison.Ordinal) && o.Source.Contains("#data[", StringComparison.Ordinal));

            var again = client.Fetch(ChinaRequest);
            Assert.Single(server.Requests);                       // fresh in the cache: not asked again
            Assert.All(again.Answers, a => Assert.True(a.FromCache));
            Assert.Equal(RecordedValues, Values(again));
        }

        server.Dispose();
        var (offline, _, _) = Client(server, offline: true, cache: cache, freshness: TimeSpan.Zero);
        using (offline)
        {
            Assert.Equal(RecordedValues, Values(offline.Fetch(ChinaRequest)));
        }
    }

    [RequiresComtradeFact]
    public void With_a_key_the_data_endpoint_is_asked_and_the_key_goes_in_its_header()
    {
        using var server = new ReplayServer(_ => Json(RecordedBytes()));
        var (client, _, _) = Client(server, key: "secret-key");
        using (client)
        {
            var fetch = client.Fetch(ChinaRequest);

            Assert.False(fetch.Preview);
            var seen = Assert.Single(server.Requests);
            Assert.StartsWith("/data/v1/get/C/A/HS?", seen.PathAndQuery);
            Assert.Equal("secret-key", seen.Headers["Ocp-Apim-Subscription-Key"]);
            Assert.Equal("100000", Query(seen.PathAndQuery)["maxRecords"]);
            Assert.DoesNotContain("secret", seen.PathAndQuery, StringComparison.Ordinal);
        }
    }

    [RequiresComtradeFact]
    public void A_redirect_to_another_origin_is_not_followed_and_the_key_never_leaves()
    {
        using var elsewhere = new ReplayServer(_ => Json(RecordedBytes()));
        using var server = new ReplayServer(_ => new Answer(302, [], "text/plain") { Headers = { ["Location"] = elsewhere.BaseUrl + "data/v1/get/C/A/HS" } });
        var (client, _, cache) = Client(server, key: "secret-key");
        using (client)
        {
            var e = Assert.Throws<ComtradeApiException>(() => client.Fetch(ChinaRequest));

            Assert.Contains("redirected to another origin", e.Message);
            Assert.Empty(elsewhere.Requests);
            Assert.Empty(Directory.GetFiles(cache));
        }
    }

    [RequiresComtradeFact]
    public void A_429_is_retried_after_the_servers_retry_after_and_then_succeeds()
    {
        var calls = 0;
        using var server = new ReplayServer(_ => Interlocked.Increment(ref calls) == 1
            ? SlowDown()
            : Json(RecordedBytes()));
        var (client, waits, _) = Client(server);
        using (client)
        {
            var fetch = client.Fetch(ChinaRequest);

            Assert.Equal(2, server.Requests.Count);
            Assert.Contains(TimeSpan.FromSeconds(7), waits);
            Assert.Equal(RecordedValues, Values(fetch));
        }
    }

    [Fact]
    public void A_503_until_the_tries_run_out_is_a_clear_error()
    {
        using var server = new ReplayServer(_ => Answer.Text(503, "maintenance"));
        var (client, waits, _) = Client(server, maxTries: 3);
        using (client)
        {
            var e = Assert.Throws<ComtradeApiException>(() => client.Fetch(ChinaRequest));

            Assert.Contains("UN Comtrade answered 503", e.Message);
            Assert.Contains("3 times; try again later", e.Message);
            Assert.Equal(3, server.Requests.Count);
            Assert.Equal([TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4)], waits);
        }
    }

    [RequiresComtradeFact]
    public void A_cut_body_is_an_error_and_a_good_cached_answer_is_kept()
    {
        var body = RecordedBytes();
        var cut = false;
        using var server = new ReplayServer(_ => cut ? Json(body) with { CutAfter = body.Length / 2 } : Json(body));
        var (client, _, cache) = Client(server, freshness: TimeSpan.Zero);
        using (client)
        {
            client.Fetch(ChinaRequest);
            var cached = Directory.GetFiles(cache).ToDictionary(f => f, File.ReadAllBytes);
            cut = true;

            var e = Assert.Throws<ComtradeApiException>(() => client.Fetch(ChinaRequest));

            Assert.Contains("cut short", e.Message);
            Assert.Contains("The cached answer is kept as it was", e.Message);
            Assert.Equal(cached.Keys.Order(), Directory.GetFiles(cache).Order());
            Assert.All(cached, f => Assert.Equal(f.Value, File.ReadAllBytes(f.Key)));
        }

        var (offline, _, _) = Client(server, offline: true, cache: cache);
        using (offline)
        {
            Assert.Equal(RecordedValues, Values(offline.Fetch(ChinaRequest)));
        }
    }

    [RequiresComtradeFact]
    public void A_header_only_answer_never_replaces_a_good_cached_one()
    {
        var empty = false;
        using var server = new ReplayServer(_ => empty ? Json(Subset(_ => false)) : Json(RecordedBytes()));
        var (client, _, cache) = Client(server, freshness: TimeSpan.Zero);
        using (client)
        {
            client.Fetch(ChinaRequest);
            var cached = Directory.GetFiles(cache).ToDictionary(f => f, File.ReadAllBytes);
            empty = true;

            var e = Assert.Throws<ComtradeApiException>(() => client.Fetch(ChinaRequest));

            Assert.Contains("with no rows, where the cached answer holds some", e.Message);
            Assert.Contains("The cached answer is kept as it was", e.Message);
            Assert.All(cached, f => Assert.Equal(f.Value, File.ReadAllBytes(f.Key)));
        }
    }

    [RequiresComtradeFact]
    public void A_count_that_differs_from_the_rows_is_an_error_and_is_not_cached()
    {
        using var server = new ReplayServer(_ => Json(Subset(_ => true, count: 5)));
        var (client, _, cache) = Client(server);
        using (client)
        {
            var e = Assert.Throws<ComtradeApiException>(() => client.Fetch(ChinaRequest));

            Assert.Contains("\"count\" is 5 but \"data\" holds 4 rows; the answer is incomplete", e.Message);
            Assert.Empty(Directory.GetFiles(cache));
        }
    }

    [RequiresComtradeFact]
    public void An_answer_without_a_count_cannot_be_shown_whole()
    {
        var root = JsonNode.Parse(RecordedBytes())!.AsObject();
        root.Remove("count");
        using var server = new ReplayServer(_ => Json(Encoding.UTF8.GetBytes(root.ToJsonString())));
        var (client, _, _) = Client(server);
        using (client)
        {
            var e = Assert.Throws<ComtradeApiException>(() => client.Fetch(ChinaRequest));

            Assert.Contains("has no \"count\"", e.Message);
        }
    }

    [Fact]
    public void An_endless_stream_is_abandoned_at_the_size_limit()
    {
        using var server = new ReplayServer(_ => Json(new byte[3 << 20]));
        var (client, _, cache) = Client(server, maxBytes: 1 << 20);
        using (client)
        {
            var e = Assert.Throws<ComtradeApiException>(() => client.Fetch(ChinaRequest));

            Assert.Contains("1,048,576 bytes", e.Message);
            Assert.Empty(Directory.GetFiles(cache));
        }
    }

    [Theory]
    [InlineData(200, "<html><body>Service Unavailable</body></html>", "text/html", "an HTML page, not data")]
    [InlineData(200, "{\"elapsedTime\":\"0.01 secs\",\"count\":0,\"data\":[],\"error\":\"Invalid parameter: reporterCode\"}", "application/json", "the Comtrade API answered with an error: Invalid parameter: reporterCode")]
    [InlineData(401, "{\"statusCode\":401,\"message\":\"Access denied due to missing subscription key.\"}", "application/json", "The preview may be refused without a key")]
    [InlineData(200, "{\"elapsedTime\":\"0.01 secs\",\"count\":0,\"data\":[],\"error\":\"\"}", "application/json", "UN Comtrade has no data for CHN→ARG+DEU")]
    public void A_wrong_or_empty_answer_is_a_clear_error_and_nothing_is_cached(int status, string body, string contentType, string expected)
    {
        using var server = new ReplayServer(_ => Answer.Text(status, body, contentType));
        var (client, _, cache) = Client(server);
        using (client)
        {
            var e = Assert.Throws<ComtradeApiException>(() => client.Fetch(ChinaRequest));

            Assert.Contains(expected, e.Message);
            Assert.Empty(Directory.GetFiles(cache));
        }
    }

    [RequiresComtradeFact]
    public void Rows_not_asked_for_are_rejected_with_the_reason_and_counted()
    {
        using var server = new ReplayServer(_ => Json(RecordedBytes()));
        var (client, _, _) = Client(server);
        using (client)
        {
            var fetch = client.Fetch(new ComtradeRequest([China], [Argentina], 2010, 2010));

            Assert.Equal(new Dictionary<(string, TradeFlow), double> { [("ARG", TradeFlow.Imports)] = 6804.128143, [("ARG", TradeFlow.Exports)] = 6115.764185 }, Values(fetch));
            Assert.Equal(2, fetch.Import.Rejected);
            Assert.True(fetch.Import.Reconciles);                 // 4 rows = 2 accepted + 2 rejected
            Assert.Contains(fetch.Import.Report, l => l.Contains("not asked for", StringComparison.Ordinal));
        }
    }

    [RequiresComtradeFact]
    public void An_answer_at_the_row_cap_is_asked_again_in_parts_until_each_is_under_it()
    {
        // A cap of 4 rows: the two years' answer (the 4 recorded rows) is at the cap, so the client asks 2010 and 2011 apart; 2010's
        // answer is again at the cap, so it asks exports and imports apart. Only answers under the cap are read.
        using var server = new ReplayServer(r =>
        {
            var q = Query(r.PathAndQuery);
            return (q["period"], q["flowCode"]) switch
            {
                ("2011", _) => Json(Subset(_ => false)),
                ("2010", "X") => Json(Subset(row => (string?)row["flowCode"] == "X")),
                ("2010", "M") => Json(Subset(row => (string?)row["flowCode"] == "M")),
                _ => Json(RecordedBytes()),
            };
        });
        var (client, _, _) = Client(server, key: "k", maxRecords: 4);
        using (client)
        {
            var fetch = client.Fetch(ChinaRequest with { ToYear = 2011 });

            Assert.Equal(RecordedValues, Values(fetch));
            Assert.Equal(["2010,2011|X,M", "2010|X,M", "2011|X,M", "2010|X", "2010|M"], server.Requests.Select(r => Query(r.PathAndQuery)).Select(q => q["period"] + "|" + q["flowCode"]));
            Assert.Contains("cap of 4 rows", fetch.Note);
            Assert.Contains(fetch.Import.Report, l => l.Contains("CHN→ARG exports 2011", StringComparison.Ordinal));   // a gap, said so
        }
    }

    [RequiresComtradeFact]
    public void One_cell_still_at_the_cap_is_an_error_never_a_cut_answer_read_as_whole()
    {
        using var server = new ReplayServer(_ => Json(RecordedBytes()));
        var (client, _, _) = Client(server, key: "k", maxRecords: 4);
        using (client)
        {
            var e = Assert.Throws<ComtradeApiException>(() => client.Fetch(new ComtradeRequest([China], [Argentina], 2010, 2010) { Flows = [TradeFlow.Exports] }));

            Assert.Contains("it may be cut, so it is not read as whole", e.Message);
        }
    }

    [RequiresDotsAndImfFormatsFact]
    public void Monthly_data_are_asked_a_year_a_request_and_a_year_is_summed_only_from_all_twelve_months()
    {
        // No monthly Comtrade answer is recorded: the stand-in serves, in Comtrade's monthly layout, the IMF's recorded monthly imports of
        // Nicaragua from the World (imts-sdmx-csv-NIC-G001-monthly.csv, MG_CIF_USD rows) — all twelve months of 2023 (which sum to
        // 8,363.663253 $m, as the IMF client's test cites) and 2022 without its December. The mechanics are under test, not the figures.
        var months = File.ReadAllLines(Path.Combine(TestPaths.FormatsFolder, "imts-sdmx-csv-NIC-G001-monthly.csv"))
            .Select(l => l.Split(','))
            .Where(f => f.Length > 6 && f[2] == "MG_CIF_USD" && (f[5].StartsWith("2023-M", StringComparison.Ordinal) || (f[5].StartsWith("2022-M", StringComparison.Ordinal) && f[5] != "2022-M12")))
            .Select(f => (Year: int.Parse(f[5][..4], CultureInfo.InvariantCulture), Month: int.Parse(f[5][6..], CultureInfo.InvariantCulture), Value: f[6]))
            .ToList();
        Assert.Equal(23, months.Count);
        using var server = new ReplayServer(r =>
        {
            var year = int.Parse(Query(r.PathAndQuery)["period"][..4], CultureInfo.InvariantCulture);
            var rows = months.Where(m => m.Year == year).Select(m => (JsonNode)new JsonObject
            {
                ["typeCode"] = "C", ["freqCode"] = "M", ["refYear"] = m.Year, ["refMonth"] = m.Month, ["period"] = $"{m.Year}{m.Month:00}",
                ["reporterCode"] = 558, ["reporterISO"] = "NIC", ["flowCode"] = "M", ["partnerCode"] = 0, ["partnerISO"] = "W00",
                ["partner2Code"] = 0, ["classificationCode"] = "H6", ["cmdCode"] = "TOTAL", ["customsCode"] = "C00", ["motCode"] = 0,
                ["primaryValue"] = JsonValue.Create(decimal.Parse(m.Value, NumberStyles.Float, CultureInfo.InvariantCulture)),
            }).ToList();
            return Json(Encoding.UTF8.GetBytes(new JsonObject { ["elapsedTime"] = "0.1 secs", ["count"] = rows.Count, ["data"] = new JsonArray([.. rows]), ["error"] = "" }.ToJsonString()));
        });
        var (client, _, _) = Client(server);
        using (client)
        {
            var fetch = client.Fetch(new ComtradeRequest([Economies.Get("NIC")], [Economies.World], 2022, 2023) { Flows = [TradeFlow.Imports], Monthly = true });

            var value = Assert.Single(fetch.Import.Observations);
            Assert.Equal(2023, value.Year);
            Assert.Equal(8363.663253, value.Value.Value, 6);
            Assert.Contains("(months 01–12)", value.Source);
            Assert.Equal(11, fetch.Import.Rejected);          // 2022's eleven months: not a short year
            Assert.Contains(fetch.Import.Report, l => l.Contains("11 of 12 months", StringComparison.Ordinal));
            Assert.True(fetch.Import.Reconciles);             // 23 rows = 12 summed + 11 rejected
            Assert.Equal(["/public/v1/preview/C/M/HS", "/public/v1/preview/C/M/HS"], server.Requests.Select(r => r.PathAndQuery.Split('?')[0]));
            Assert.Equal("202201,202202,202203,202204,202205,202206,202207,202208,202209,202210,202211,202212", Query(server.Requests.First().PathAndQuery)["period"]);
        }
    }

    [Fact]
    public void Requests_over_twelve_years_are_split_and_unknown_codes_are_refused_before_asking()
    {
        using var server = new ReplayServer(_ => Json(Encoding.UTF8.GetBytes("{\"elapsedTime\":\"0 secs\",\"count\":0,\"data\":[],\"error\":\"\"}")));
        var (client, _, _) = Client(server);
        using (client)
        {
            Assert.Throws<ComtradeApiException>(() => client.Fetch(new ComtradeRequest([China], [Argentina], 2000, 2025)));
            Assert.Equal(["2000–2011", "2012–2023", "2024–2025"], server.Requests.Select(r => Query(r.PathAndQuery)["period"].Split(',')).Select(p => p[0] + "–" + p[^1]));

            var e = Assert.Throws<ArgumentException>(() => client.Fetch(ChinaRequest with { Commodities = ["27; DROP"] }));
            Assert.Contains("use TOTAL, AG2, AG4, AG6 or an HS code", e.Message);
            Assert.Equal(3, server.Requests.Count);
        }
    }

    [RequiresComtradeFact]
    public void A_damaged_cache_entry_is_refused_offline_and_replaced_online_with_a_note()
    {
        using var server = new ReplayServer(_ => Json(RecordedBytes()));
        var (client, _, cache) = Client(server);
        using (client)
        {
            client.Fetch(ChinaRequest);
        }

        var answer = Directory.GetFiles(cache, "*.answer.json").Single();
        File.WriteAllText(answer, File.ReadAllText(answer).Replace("6804128143.0", "6804128144.0", StringComparison.Ordinal));
        var (offline, _, _) = Client(server, offline: true, cache: cache);
        using (offline)
        {
            var e = Assert.Throws<ComtradeApiException>(() => offline.Fetch(ChinaRequest));
            Assert.Contains("SHA-256", e.Message);
        }

        var (online, _, _) = Client(server, cache: cache);
        using (online)
        {
            var fetch = online.Fetch(ChinaRequest);
            Assert.Contains("A damaged cache entry was replaced", fetch.Note);
            Assert.Equal(RecordedValues, Values(fetch));
        }
    }

    [Trait("Category", "Slow")]
    [RequiresComtradeFact]
    public void The_fetch_command_writes_the_recorded_values_caches_them_and_works_offline_after()
    {
        using var server = new ReplayServer(_ => Json(RecordedBytes()));
        var folder = Directory.CreateTempSubdirectory("fetch-comtrade-").FullName;
        var cache = Path.Combine(folder, "cache");
        var fetched = Path.Combine(folder, "fetched.csv");

        var (code, output, error) = CliRunner.Run("fetch", "CHN", "DEU", "--source", "comtrade", "--from", "2010", "--to", "2010", "--base-url", server.BaseUrl, "--cache-dir", cache, "--out", fetched);

        Assert.True(code == 0, error);
        Assert.StartsWith("fetched: 1 request(s) to UN Comtrade's keyless preview", output);
        var query = Query(Assert.Single(server.Requests).PathAndQuery);
        Assert.Equal(("156,276", "156,276,0"), (query["reporterCode"], query["partnerCode"]));   // both reports, with each other and the World
        var values = InterchangeCsv.ReadFile(fetched).Dataset.Observations.ToDictionary(o => (o.Partner.Code, o.Flow), o => o.Value.Value);
        Assert.Equal(new Dictionary<(string, TradeFlow), double> { [("DEU", TradeFlow.Imports)] = 74251.272075, [("DEU", TradeFlow.Exports)] = 68047.133397 }, values);
        Assert.Contains("not asked for", output);               // the Argentina rows the replay answers too
        Assert.Contains("DEU→CHN exports 2010", output);        // Germany's own report is not in the answer: a gap, said so

        server.Dispose();
        var (offlineCode, offlineOutput, offlineError) = CliRunner.Run("fetch", "CHN", "DEU", "--source", "comtrade", "--from", "2010", "--to", "2010", "--base-url", server.BaseUrl, "--cache-dir", cache, "--offline");
        Assert.True(offlineCode == 0, offlineError);
        Assert.StartsWith("from the cache: ", offlineOutput);

        var (failCode, _, failError) = CliRunner.Run("fetch", "CHN", "DEU", "--source", "comtrade", "--from", "2011", "--to", "2011", "--base-url", server.BaseUrl, "--cache-dir", cache, "--offline");
        Assert.Equal(1, failCode);
        Assert.Contains("run without --offline to fetch it", failError);
        Assert.DoesNotContain("ComtradeClientOptions", failError, StringComparison.Ordinal);
    }

    [Trait("Category", "Slow")]
    [RequiresComtradeFact]
    public void Series_and_a_chart_are_drawn_from_fetched_comtrade_data()
    {
        using var server = new ReplayServer(_ => Json(RecordedBytes()));
        var folder = Directory.CreateTempSubdirectory("chart-comtrade-").FullName;
        var cache = Path.Combine(folder, "cache");
        var svg = Path.Combine(folder, "chn-deu.svg");

        var (code, output, error) = CliRunner.Run("series", "CHN", "DEU", "--flow", "exports", "--source", "comtrade", "--from", "2010", "--to", "2010", "--base-url", server.BaseUrl, "--cache-dir", cache, "--format", "csv");
        Assert.True(code == 0, error);
        Assert.Contains("2010,68047.133", output);              // data[3]: 68,047,133,397 US$

        var (chartCode, _, chartError) = CliRunner.Run("chart", "CHN", "DEU", "--flow", "exports", "--source", "comtrade", "--from", "2010", "--to", "2010", "--base-url", server.BaseUrl, "--cache-dir", cache, "--out", svg);
        Assert.True(chartCode == 0, chartError);
        var drawn = File.ReadAllText(svg);
        Assert.Contains("2010", drawn);
        Assert.Contains("Comtrade", drawn);
        Assert.Single(server.Requests);                          // the chart read the series' cached answer
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void Series_of_a_product_asks_comtrade_for_it_and_reads_its_values()
    {
        // The stand-in answers, in the API's layout, Kazakhstan's HS 27 exports to Israel in 2010 as the shipped comtrade-hs27 source holds
        // them (its cell is that source's): the fetched series must give the same value.
        var shipped = ShippedData.ComtradeHs27Israel.Observations.Single(o => o.Reporter.Code == "KAZ" && o.Partner.Code == "ISR" && o.Flow == TradeFlow.Exports && o.Year == 2010 && o.Product.ToCode() == "27");
        var row = new JsonObject
        {
            ["typeCode"] = "C", ["freqCode"] = "A", ["refYear"] = 2010, ["period"] = "2010", ["reporterCode"] = 398, ["reporterISO"] = "KAZ",
            ["flowCode"] = "X", ["partnerCode"] = 376, ["partnerISO"] = "ISR", ["partner2Code"] = 0, ["classificationCode"] = "H3", ["cmdCode"] = "27",
            ["customsCode"] = "C00", ["motCode"] = 0,
            ["primaryValue"] = JsonValue.Create(decimal.Parse((shipped.Value.Value * 1e6).ToString("0.###", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)),
        };
        var body = Encoding.UTF8.GetBytes(new JsonObject { ["elapsedTime"] = "0.1 secs", ["count"] = 1, ["data"] = new JsonArray(row), ["error"] = "" }.ToJsonString());
        using var server = new ReplayServer(_ => Json(body));
        var cache = Directory.CreateTempSubdirectory("series-product-").FullName;

        var (code, output, error) = CliRunner.Run("series", "KAZ", "ISR", "--flow", "exports", "--product", "27", "--source", "comtrade", "--from", "2010", "--to", "2010",
            "--base-url", server.BaseUrl, "--cache-dir", cache, "--format", "csv");

        Assert.True(code == 0, error);
        Assert.Equal("TOTAL,27", Query(Assert.Single(server.Requests).PathAndQuery)["cmdCode"]);
        Assert.Contains("2010," + shipped.Value.Value.ToString("0.000", CultureInfo.InvariantCulture), output);
    }

    [Trait("Category", "Slow")]
    [RequiresComtradeFact]
    public void A_product_the_comtrade_answer_lacks_is_said_so_never_taken_from_the_shipped_product_data()
    {
        // The recorded answer holds China's all-goods rows only: asked of Comtrade for HS 27, the series must say that the answer lacks it,
        // never turn to the shipped product data (which it did, and named them in its error).
        using var server = new ReplayServer(_ => Json(RecordedBytes()));
        var cache = Directory.CreateTempSubdirectory("product-lacking-").FullName;

        var (code, output, error) = CliRunner.Run("series", "CHN", "DEU", "--flow", "exports", "--product", "27", "--source", "comtrade", "--from", "2010", "--to", "2010",
            "--base-url", server.BaseUrl, "--cache-dir", cache, "--format", "csv");

        Assert.Equal(1, code);
        Assert.Equal("TOTAL,27", Query(Assert.Single(server.Requests).PathAndQuery)["cmdCode"]);
        Assert.Equal("", output);
        Assert.Contains("UN Comtrade via the data API (keyless preview)", error, StringComparison.Ordinal);
        Assert.Contains("holds no HS 27; it holds all goods only.", error, StringComparison.Ordinal);
    }

    [Trait("Category", "Slow")]
    [RequiresComtradeFact]
    public void Claims_are_checked_against_fetched_comtrade_data_beside_the_default_source()
    {
        // China's exports to Germany in 2010: data[3] of the recorded answer, 68,047,133,397 US$ = 68.05 bn; DOTS 2022 holds its own value.
        using var server = new ReplayServer(_ => Json(RecordedBytes()));
        var folder = Directory.CreateTempSubdirectory("claims-comtrade-").FullName;
        var claims = Path.Combine(folder, "claims.csv");
        File.WriteAllText(claims, "id,section,quote,kind,economy,partner,measure,side,base_year,year,stated,stated_high,unit,tolerance,precision_note,note\n"
            + "chn-deu-2010,t,\"China's exports to Germany reached $68.05 billion in 2010\",value,CHN,DEU,exports,reporter,,2010,68.05,,busd,0.005,to the hundredth,\n");

        var (code, output, error) = CliRunner.Run("check-claims", claims, "--source", "comtrade", "--source", "dots", "--base-url", server.BaseUrl, "--cache-dir", Path.Combine(folder, "cache"), "--format", "csv");

        Assert.True(code is 0 or 2, error);
        var row = output.Split('\n').Single(l => l.StartsWith("chn-deu-2010,", StringComparison.Ordinal));
        Assert.Contains(",reproduced,", row);                  // the headline verdict
        Assert.EndsWith(",comtrade,reproduced,approximate", row.TrimEnd('\r'));   // its source, then each source's verdict: comtrade, dots
        Assert.Contains("68.047 bn $", row);
    }

    /// <summary>
    /// A stand-in for the keyless preview that serves <paramref name="values"/> (the shipped comtrade-hs2 chapter values, each from its
    /// cited cell) in the API's layout: the rows a request's reporters, partners, periods, flows and AG2 select, at most 500 of them with
    /// count 500 when more match — as the preview cuts.
    /// </summary>
    private static Func<SeenRequest, Answer> ChapterApi(IReadOnlyList<TradeObservation> values)
    {
        static int Code(string economy) => economy switch { "WLD" => 0, "ISR" => 376, "AZE" => 31, "GEO" => 268, "ARM" => 51, _ => throw new ArgumentException(economy) };
        return request =>
        {
            var q = Query(request.PathAndQuery);
            Assert.Equal("AG2", q["cmdCode"]);
            var selected = values.Where(o => q["reporterCode"].Split(',').Contains(Code(o.Reporter.Code).ToString(CultureInfo.InvariantCulture))
                    && q["partnerCode"].Split(',').Contains(Code(o.Partner.Code).ToString(CultureInfo.InvariantCulture))
                    && q["period"].Split(',').Contains(o.Year.ToString(CultureInfo.InvariantCulture))
                    && q["flowCode"].Split(',').Contains(o.Flow == TradeFlow.Exports ? "X" : "M"))
                .Take(ComtradeDataClient.PreviewLimit)
                .Select(o => (JsonNode)new JsonObject
                {
                    ["typeCode"] = "C", ["freqCode"] = "A", ["refYear"] = o.Year, ["period"] = o.Year.ToString(CultureInfo.InvariantCulture),
                    ["reporterCode"] = Code(o.Reporter.Code), ["reporterISO"] = o.Reporter.Code,
                    ["flowCode"] = o.Flow == TradeFlow.Exports ? "X" : "M",
                    ["partnerCode"] = Code(o.Partner.Code), ["partnerISO"] = o.Partner.Code == "WLD" ? "W00" : o.Partner.Code,
                    ["partner2Code"] = 0, ["classificationCode"] = "H5", ["cmdCode"] = o.Product.ToCode(), ["aggrLevel"] = 2,
                    ["customsCode"] = "C00", ["motCode"] = 0,
                    ["primaryValue"] = JsonValue.Create(decimal.Parse((o.Value.Value * 1e6).ToString("0.###", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)),
                })
                .ToList();
            return Json(Encoding.UTF8.GetBytes(new JsonObject { ["elapsedTime"] = "0.1 secs", ["count"] = selected.Count, ["data"] = new JsonArray([.. selected]), ["error"] = "" }.ToJsonString()));
        };
    }

    private static List<TradeObservation> ShippedChapters(Economy a, Economy b)
        => ShippedData.ComtradeHs2CaucasusBetween(a, b).Observations.Where(o => !o.Product.IsAllGoods && o.Product.Digits == 2).ToList();

    [Trait("Category", "Slow")]
    [Fact]
    public void A_products_table_from_fetched_chapters_equals_the_one_from_the_same_values_shipped()
    {
        // The stand-in serves Israel's and Azerbaijan's chapter values exactly as the shipped comtrade-hs2 source holds them: the fetched
        // path must give the same table as the shipped one.
        using var server = new ReplayServer(ChapterApi(ShippedChapters(Economies.Get("ISR"), Economies.Get("AZE"))));
        var cache = Directory.CreateTempSubdirectory("products-comtrade-").FullName;

        var (code, fetched, error) = CliRunner.Run("products", "ISR", "AZE", "--year", "2019", "--source", "comtrade", "--base-url", server.BaseUrl, "--cache-dir", cache, "--format", "csv");
        var (shippedCode, fromShipped, _) = CliRunner.Run("products", "ISR", "AZE", "--year", "2019", "--format", "csv");

        Assert.True(code == 0, error);
        Assert.Equal(0, shippedCode);
        var query = Query(Assert.Single(server.Requests).PathAndQuery);
        Assert.Equal(("376", "31,0", "AG2", "2019"), (query["reporterCode"], query["partnerCode"], query["cmdCode"], query["period"]));
        static IEnumerable<string> Table(string csv) => csv.Split('\n').Where(l => l.StartsWith("exports,", StringComparison.Ordinal) || l.StartsWith("imports,", StringComparison.Ordinal));
        Assert.True(Table(fetched).Count() >= 10, fetched);
        Assert.Equal(Table(fromShipped), Table(fetched));
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void The_chapter_indicators_from_fetched_chapters_equal_those_from_the_same_values_shipped_across_preview_splits()
    {
        using var server = new ReplayServer(ChapterApi(ShippedChapters(Economies.Get("ISR"), Economies.Get("AZE"))));
        var cache = Directory.CreateTempSubdirectory("indicators-comtrade-").FullName;

        var (code, fetched, error) = CliRunner.Run("indicators", "ISR", "AZE", "--year", "2019", "--source", "comtrade", "--base-url", server.BaseUrl, "--cache-dir", cache, "--format", "json");
        var (shippedCode, fromShipped, _) = CliRunner.Run("indicators", "ISR", "AZE", "--year", "2019", "--format", "json");

        Assert.True(code == 0, error);
        Assert.Equal(0, shippedCode);
        Assert.True(server.Requests.Count > 6, $"{server.Requests.Count} requests");   // six years of two reports' chapters exceed the preview's 500 rows: split
        Assert.Contains("cap of 500 rows", error);
        static Dictionary<string, string> Values(string json) => JsonNode.Parse(json)!["rows"]!.AsArray()
            .ToDictionary(r => (string)r!["indicator"]!, r => r!["value"]?.ToJsonString() ?? "");
        var shipped = Values(fromShipped);
        var chapterIndicators = shipped.Keys.Where(k => k.Contains("intra-industry", StringComparison.Ordinal) || k.Contains("similarity", StringComparison.Ordinal) || k.Contains("complementarity", StringComparison.Ordinal)).ToList();
        Assert.True(chapterIndicators.Count >= 5, string.Join(" | ", shipped.Keys));
        Assert.All(chapterIndicators, k => Assert.True(shipped[k].Length > 0, k));
        Assert.Equal(chapterIndicators.Select(k => shipped[k]), chapterIndicators.Select(k => Values(fetched)[k]));
    }
}
