using TradeAnalytics.Sql;
using TradeAnalytics.Tests.Support;

namespace TradeAnalytics.Tests.Sql;

/// <summary>Issue 24, class 6: by default one read-only query runs, over the Parquet files given and nothing else.</summary>
public class SqlTests
{
    private static readonly string Shipped = TestPaths.Repo("data", "imf-dots-2022-all.parquet");

    [Trait("Category", "Slow")]
    [Theory]
    [InlineData("select * from read_csv('/etc/passwd')", "file system operations are disabled")]
    [InlineData("select * from read_text('/etc/passwd')", "file system operations are disabled")]
    [InlineData("select * from read_parquet('/etc/passwd')", "file system operations are disabled")]
    [InlineData("COPY (select 1) TO '{dir}/copied.csv'", "only a query")]
    [InlineData("ATTACH '{dir}/attached.db'", "only a query")]
    [InlineData("INSTALL httpfs", "only a query")]
    [InlineData("SET enable_external_access = true", "only a query")]
    [InlineData("select 1; select 2", "the SQL holds 2")]
    public void A_hostile_statement_is_refused_by_default(string sql, string expected)
    {
        var dir = Directory.CreateTempSubdirectory("sql-hostile-").FullName;
        sql = sql.Replace("{dir}", dir, StringComparison.Ordinal);
        // Before: COPY … TO wrote a file, read_csv('/etc/passwd') read it, ATTACH and INSTALL httpfs worked, and both of two statements ran.
        var error = Assert.Throws<SqlQueryException>(() =>
        {
            using var result = TradeSql.Query(sql, [Shipped]);
            _ = result.Rows().ToList();
        });

        Assert.Contains(expected, error.Message);
        Assert.Empty(Directory.GetFileSystemEntries(dir));
    }

    [Fact]
    public void The_files_given_are_still_read()
    {
        using var result = TradeSql.Query("select count(*) as n from trade", [Shipped]);

        Assert.Equal(2_581_017L, Convert.ToInt64(result.Rows().Single()[0], System.Globalization.CultureInfo.InvariantCulture));   // data/README.md
    }

    [Fact]
    public void The_command_refuses_too_and_unrestricted_is_an_explicit_choice()
    {
        var (code, output, error) = TradeAnalytics.Tests.Cli.Cli.Run("sql", "select * from read_text('/etc/passwd')", "--data", Shipped);

        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Contains("file system operations are disabled", error);

        // The library names its own option; the tool names its flag.
        var refused = Assert.Throws<SqlQueryException>(() => TradeSql.Query("COPY (select 1) TO 'x.csv'", [Shipped]).Dispose());
        Assert.Contains("Open access explicitly (SqlAccess.Unrestricted)", refused.Message, StringComparison.Ordinal);
        var (_, _, copyError) = TradeAnalytics.Tests.Cli.Cli.Run("sql", "COPY (select 1) TO 'x.csv'", "--data", Shipped);
        Assert.Contains("Open access explicitly (--unrestricted)", copyError, StringComparison.Ordinal);
        Assert.DoesNotContain("SqlAccess", copyError, StringComparison.Ordinal);

        var copy = Path.Combine(Directory.CreateTempSubdirectory("sql-open-").FullName, "out.csv");
        var (open, _, openError) = TradeAnalytics.Tests.Cli.Cli.Run("sql", $"COPY (select 42 as x) TO '{copy}'", "--data", Shipped, "--unrestricted", "--format", "csv");
        Assert.True(open == 0, openError);
        Assert.Equal("x\n42\n", File.ReadAllText(copy));
    }

    [Fact]
    public void A_json_result_with_a_non_finite_value_is_a_whole_document()
    {
        // Before: 1e308-sized sums gave Infinity, and the JSON writer failed midway, leaving half a document on stdout.
        var (code, output, error) = TradeAnalytics.Tests.Cli.Cli.Run("sql", "select 1e308 * 10 as too_big, 'KAZ' as code", "--data", Shipped, "--format", "json");

        Assert.True(code == 0, error);
        var row = System.Text.Json.JsonDocument.Parse(output).RootElement[0];
        Assert.Equal(System.Text.Json.JsonValueKind.Null, row.GetProperty("too_big").ValueKind);
        Assert.DoesNotContain("Infinity", output);
    }
}
