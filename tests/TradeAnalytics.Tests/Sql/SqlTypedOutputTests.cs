using CliRunner = TradeAnalytics.Tests.Cli.Cli;
using TradeAnalytics.Tests.Support;

namespace TradeAnalytics.Tests.Sql;

/// <summary>Issue 39, finding 6: sql printed a list as a .NET type name and a DATE in the current culture's order.</summary>
public class SqlTypedOutputTests
{
    private const string Query = "select [1, 2, 3] as l, DATE '2020-01-31' as d, {'a': 1, 'b': 'x'} as s, TIMESTAMP '2020-01-31 12:30:00' as t";

    [Fact]
    public void Csv_writes_dates_in_iso_8601_and_lists_and_structs_as_json_text()
    {
        var (code, output, error) = CliRunner.Run("sql", Query, "--format", "csv");

        Assert.True(code == 0, error);
        Assert.Equal("l,d,s,t\n\"[1,2,3]\",2020-01-31,\"{\"\"a\"\":1,\"\"b\"\":\"\"x\"\"}\",2020-01-31T12:30:00\n", output.ReplaceLineEndings("\n"));
        Assert.DoesNotContain("System.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_writes_lists_and_structs_as_json_values_and_dates_as_iso_text()
    {
        var (code, output, error) = CliRunner.Run("sql", Query, "--format", "json");

        Assert.True(code == 0, error);
        using var document = System.Text.Json.JsonDocument.Parse(output);
        var row = document.RootElement[0];
        Assert.Equal([1, 2, 3], row.GetProperty("l").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal("2020-01-31", row.GetProperty("d").GetString());
        Assert.Equal("x", row.GetProperty("s").GetProperty("b").GetString());
        Assert.Equal("2020-01-31T12:30:00", row.GetProperty("t").GetString());
    }

    [Fact]
    public void An_error_in_the_query_is_one_line_and_exit_1_never_a_stack_trace()
    {
        var (code, _, error) = CliRunner.Run("sql", "select case when range > 5000 then error('boom') else range end from range(100000)", "--format", "csv");

        Assert.Equal(1, code);
        Assert.StartsWith("error: DuckDB", error, StringComparison.Ordinal);
        Assert.Contains("boom", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void A_query_past_its_time_limit_is_stopped_with_one_line_and_its_spill_folder_removed()
    {
        // Issue 39, finding 4: a recursive CTE ran past 100 s with DuckDB's defaults (no time limit, spill anywhere). The tool runs as
        // its own process with a temporary folder of its own: counting the shared one's spill folders raced with the other SQL
        // tests running beside this one (CI saw one vanish mid-test).
        var temp = Directory.CreateTempSubdirectory("sql-time-limit-");
        try
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();

            var (code, _, error) = CliProcess.Run("TMPDIR=" + temp.FullName, "sql", "with recursive t(n) as (select 1 union all select n + 1 from t) select count(*) from t", "--time-limit", "2");

            Assert.Equal(1, code);
            Assert.Contains("the query ran past its time limit of 2 s and was stopped (raise it with --time-limit SECONDS; 0 for none)", error, StringComparison.Ordinal);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"stopped after {clock.Elapsed}");
            Assert.Empty(Directory.GetDirectories(temp.FullName, "trade-analytics-sql-*"));
        }
        finally
        {
            temp.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_negative_bound_is_refused()
    {
        var (code, _, error) = CliRunner.Run("sql", "select 1", "--memory-limit", "-1");

        Assert.Equal(1, code);
        Assert.Contains("--memory-limit -1: give 0 (no bound) or more.", error, StringComparison.Ordinal);
    }
}
