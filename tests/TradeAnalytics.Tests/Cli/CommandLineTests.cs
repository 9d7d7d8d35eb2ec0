using TradeAnalytics.Cli;

namespace TradeAnalytics.Tests.Cli;

internal static class Cli
{
    /// <summary>Runs the command line in-process and captures what it prints.</summary>
    internal static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CommandLine.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}

public class CommandLineTests
{
    [Fact]
    public void Growth_prints_one_named_line_per_measure_with_the_cited_fold_change()
    {
        // DOTS_103.xlsx J39/S39: 1999 = 5.6 + 15.1 = 20.7; 2008 = 2226.593035 + 204.897815 → 117.46-fold.
        var (code, output, _) = Cli.Run("growth", "KAZ", "ISR", "--from", "1999", "--to", "2008");

        Assert.Equal(0, code);
        var lines = output.Split('\n');
        Assert.Equal(9, lines.Count(l => l.StartsWith("YoY ", StringComparison.Ordinal)));
        Assert.Contains(lines, l => l.StartsWith("CAGR ", StringComparison.Ordinal));
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^Fold change\s+1999\s+2008\s+117\.46\s+ratio"));
        Assert.Contains(lines, l => l.StartsWith("Trend growth ", StringComparison.Ordinal) && l.Contains("R² "));
    }

    [Fact]
    public void Series_marks_missing_years_and_sources_in_csv()
    {
        // DOTS_201.xlsx!Exports!AC39 (2018) is empty; AB39 (2017) = 0.09434.
        var (code, output, _) = Cli.Run("series", "TKM", "ISR", "--from", "2017", "--to", "2018", "--flow", "exports", "--format", "csv");

        Assert.Equal(0, code);
        Assert.Equal(
            "year,value_musd,estimated,partial,missing,source\n2017,0.094,false,false,false,DOTS_201.xlsx!Exports!AB39\n2018,,false,false,true,\n",
            output);
    }

    [Fact]
    public void Share_of_a_group_sums_the_members_and_marks_partial_turnovers()
    {
        var (code, output, _) = Cli.Run("share", "--group", "KAZ,UZB,TKM,TJK,KGZ", "--with", "ISR", "--year", "2018", "--format", "json");

        Assert.Equal(0, code);
        Assert.Contains("\"economy\": \"TKM\"", output);
        Assert.Contains("\"note\": \"partial\"", output);
    }

    [Fact]
    public void An_unknown_economy_is_an_error_with_suggestions_and_no_stack_trace()
    {
        var (code, _, error) = Cli.Run("growth", "KAX", "ISR");

        Assert.Equal(1, code);
        Assert.Equal("error: Unknown economy 'KAX'. Did you mean: Kazakhstan (KAZ)?", error.Trim());
    }

    [Fact]
    public void A_year_outside_the_data_gets_a_missing_row_and_a_line_naming_the_range_that_exists()
    {
        // Issue 27, item 2: a year outside the data is a valid question (exit 0); the data hold 1992 (DOTS_103.xlsx!Imports!C39) to 2020.
        var (code, output, _) = Cli.Run("series", "KAZ", "ISR", "--from", "1960", "--to", "1992");

        Assert.Equal(0, code);
        Assert.Contains("1960–1991: outside the data, which hold 1992–2020 (missing, not zero).", output);
        Assert.Equal(33, output.Split('\n').Count(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^(19[6-9]\d) ")));
    }

    [Fact]
    public void A_year_no_statistic_can_cover_is_an_error()
    {
        var (code, _, error) = Cli.Run("series", "KAZ", "ISR", "--from", "1899");

        Assert.Equal(1, code);
        Assert.Equal("error: --from 1899 is not a year trade statistics cover: give a year in 1900–2100 (the data hold 1992–2020).", error.Trim());
    }

    [Fact]
    public void A_bad_data_file_names_the_file_line_and_field()
    {
        var file = Path.Combine(Path.GetTempPath(), $"bad-{Guid.NewGuid():N}.csv");
        File.WriteAllText(file, "reporter,partner,flow,year,value_musd,estimated,source\nKAZ,ISR,exports,2008,abc,false,x\n");
        try
        {
            var (code, _, error) = Cli.Run("series", "KAZ", "ISR", "--data", file);

            Assert.Equal(1, code);
            Assert.Contains($"{Path.GetFileName(file)}:2: value_musd: 'abc' is not a number", error);
            Assert.DoesNotContain("   at ", error);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Check_claims_reports_every_claim_of_the_paper()
    {
        var (code, output, _) = Cli.Run("check-claims", "--format", "csv");

        Assert.Equal(0, code);
        Assert.Equal(21, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("kaz-2008-value,", output);
    }

    [Fact]
    public void Chart_writes_a_png()
    {
        var file = Path.Combine(Path.GetTempPath(), $"kz-{Guid.NewGuid():N}.png");
        try
        {
            var (code, _, _) = Cli.Run("chart", "KAZ", "ISR", "--from", "2009", "--to", "2018", "--out", file);

            Assert.Equal(0, code);
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(file).Take(4));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void An_unparsable_option_is_a_non_zero_exit()
    {
        Assert.NotEqual(0, Cli.Run("growth", "KAZ", "ISR", "--flow", "sideways").Code);
    }
}

public class ImportAndCompareCommandTests
{
    [TradeAnalytics.Tests.Support.RequiresDotsAndImfFormatsFact]
    public void Compare_reports_the_Nicaragua_revisions_with_a_summary()
    {
        var (code, output, _) = Cli.Run("compare",
            TradeAnalytics.Tests.Support.TestPaths.Dots("DOTS_143.xlsx"),
            Path.Combine(TradeAnalytics.Tests.Support.TestPaths.FormatsFolder, "imts-sdmx-csv-NIC-G001-monthly.csv"));

        Assert.Equal(0, code);
        Assert.Contains("summary: 62 values in both;", output);
        Assert.Contains("largest revision: NIC→WLD imports", output);
    }

    [TradeAnalytics.Tests.Support.RequiresImfFormatsFact]
    public void Import_detects_the_format_and_writes_the_interchange_file()
    {
        var outFile = Path.Combine(Path.GetTempPath(), $"gtm-{Guid.NewGuid():N}.csv");
        try
        {
            var (code, output, _) = Cli.Run("import", Path.Combine(TradeAnalytics.Tests.Support.TestPaths.FormatsFolder, "imts-sdmx-csv-GTM-G001-monthly.csv"), "--out", outFile);

            Assert.Equal(0, code);
            Assert.StartsWith("IMF IMTS SDMX-CSV: imts-sdmx-csv-GTM-G001-monthly.csv", output);
            Assert.Contains("reconciles:                   yes", output);
            var data = InterchangeCsv.ReadFile(outFile);
            Assert.Equal(data.RowsRead, data.RowsAccepted);
            Assert.All(data.Dataset.Observations, o => Assert.Equal(("GTM", "WLD"), (o.Reporter.Code, o.Partner.Code)));
        }
        finally
        {
            File.Delete(outFile);
        }
    }
}
