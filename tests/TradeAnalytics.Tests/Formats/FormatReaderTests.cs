using TradeAnalytics.Sources;
using TradeAnalytics.Sources.Imf;

namespace TradeAnalytics.Tests.Formats;

/// <summary>Each format's quirks, on small extracts written in the shape of the real files.</summary>
public class FormatReaderTests
{
    private const string ImtsHeader = "DATAFLOW,COUNTRY,INDICATOR,COUNTERPART_COUNTRY,FREQUENCY,TIME_PERIOD,OBS_VALUE,SCALE,STATUS,SERIES_NAME\n";

    private static string Months(string indicator, int year, int months, double dollars)
        => string.Concat(Enumerable.Range(1, months).Select(m => $"IMF.STA:IMTS(1.0.0),NIC,{indicator},G001,M,{year}-M{m:00},{dollars},6,,\"Imports, CIF\"\n"));

    [Fact]
    public void Imts_values_are_dollars_made_millions_and_complete_years_are_summed()
    {
        var text = ImtsHeader + Months("XG_FOB_USD", 2019, 12, 1_500_000) + Months("MG_CIF_USD", 2019, 12, 2_000_000) + Months("XG_FOB_USD", 2020, 4, 1_000_000);

        var read = SdmxCsvReader.Read(new StringReader(text), "nic.csv");
        var annual = AnnualAggregation.FromPeriods(read.Observations);

        Assert.Equal(28, read.Observations.Count);
        Assert.Equal(1.5, read.Observations[0].Value.Value, 12);
        var exports2019 = annual.Annual.Single(o => o.Flow == TradeFlow.Exports && o.Year == 2019);
        Assert.Equal(18.0, exports2019.Value.Value, 9);
        Assert.Equal(Economies.World, exports2019.Partner);
        Assert.Equal("nic.csv:2019-M01..2019-M12 (sum of 12)", exports2019.Source);
        Assert.Equal("NIC→WLD exports 2020: 4 of 12 months", Assert.Single(annual.Incomplete).ToString());
        Assert.DoesNotContain(annual.Annual, o => o.Year == 2020);
    }

    [Fact]
    public void Imts_rows_without_dimensions_or_period_are_counted_not_read_as_zero()
    {
        var text = ImtsHeader
            + "IMF.STA:IMTS(1.0.0),,MG_FOB_USD,,,,,,,attribute only\n"
            + "IMF.STA:IMTS(1.0.0),NIC,XG_FOB_USD,G001,M,,5,6,,no period\n"
            + "IMF.STA:IMTS(1.0.0),NIC,XG_FOB_USD,G001,M,2019-M01,,6,,no value\n";

        var read = SdmxCsvReader.Read(new StringReader(text), "nic.csv");

        Assert.Empty(read.Observations);
        Assert.Equal(["empty dimension (country, counterpart)", "empty period", "empty value (missing, not zero)"], read.Skipped.Select(s => s.Reason));
        Assert.Equal(["nic.csv:2", "nic.csv:3", "nic.csv:4"], read.Skipped.Select(s => s.Source));
        Assert.True(read.Reconciles);
    }

    [Fact]
    public void Imts_trade_balance_is_checked_against_exports_minus_imports_and_imports_fob_is_counted()
    {
        var text = ImtsHeader
            + "IMF.STA:IMTS(1.0.0),NIC,XG_FOB_USD,G001,A,2019,5000000,6,,x\n"
            + "IMF.STA:IMTS(1.0.0),NIC,MG_CIF_USD,G001,A,2019,7000000,6,,x\n"
            + "IMF.STA:IMTS(1.0.0),NIC,TBG_USD,G001,A,2019,-2000000,6,,x\n"
            + "IMF.STA:IMTS(1.0.0),NIC,MG_FOB_USD,G001,A,2019,6500000,6,,x\n";

        var read = SdmxCsvReader.Read(new StringReader(text), "nic.csv");

        var check = Assert.Single(read.BalanceChecks);
        Assert.True(check.Agrees);
        Assert.Equal(-2.0, check.ExportsMinusImports, 12);
        Assert.Equal((2, 1, 1), (read.Observations.Count, read.BalanceRecords, read.OtherFlowRecords));
        Assert.True(read.Reconciles);
    }

    [Fact]
    public void Quarters_make_a_year_only_when_all_four_are_present()
    {
        var text = ImtsHeader + string.Concat(Enumerable.Range(1, 4).Select(q => $"IMF.STA:IMTS(1.0.0),NIC,XG_FOB_USD,G001,Q,2019-Q{q},1000000,6,,x\n"))
            + "IMF.STA:IMTS(1.0.0),NIC,XG_FOB_USD,G001,Q,2020-Q1,1000000,6,,x\n";

        var annual = AnnualAggregation.FromPeriods(SdmxCsvReader.Read(new StringReader(text), "q.csv").Observations);

        Assert.Equal(4.0, Assert.Single(annual.Annual).Value.Value, 12);
        Assert.Equal("NIC→WLD exports 2020: 1 of 4 quarters", Assert.Single(annual.Incomplete).ToString());
    }

    [Fact]
    public void Sdmx_csv_2_reads_quoted_commas_and_newlines_and_skips_deletions()
    {
        var text = "STRUCTURE,STRUCTURE_ID,ACTION,COUNTRY,INDICATOR,COUNTERPART_COUNTRY,FREQUENCY,TIME_PERIOD,OBS_VALUE,COMMENT\n"
            + "dataflow,IMF.STA:IMTS(1.0.0),I,GTM,XG_FOB_USD,G001,A,2019,11000000000,\"revised, see note\nsecond line\"\n"
            + "dataflow,IMF.STA:IMTS(1.0.0),D,GTM,XG_FOB_USD,G001,A,2018,1,\"\"\n";

        var read = SdmxCsvReader.Read(new StringReader(text), "gtm.csv");

        Assert.Equal("IMF SDMX-CSV 2.0", read.Format);
        var obs = Assert.Single(read.Observations);
        Assert.Equal((Economies.Get("GTM"), 2019, 11000.0), (obs.Reporter, obs.Period.Year, obs.Value.Value));
        Assert.Equal("gtm.csv:4", Assert.Single(read.Skipped).Source);
        Assert.True(read.Reconciles);
    }

    [Fact]
    public void The_portal_download_reads_codes_from_the_series_code_and_applies_the_scale()
    {
        var text = "\uFEFF\"DATASET\",\"SERIES_CODE\",\"OBS_MEASURE\",\"COUNTRY\",\"INDICATOR\",\"COUNTERPART_COUNTRY\",\"FREQUENCY\",\"SCALE\",\"2023\",\"2024\"\n"
            + "\"IMF.STA:IMTS(1.0.0)\",\"KOS.XG_FOB_USD.G001.A\",\"OBS_VALUE\",\"Kosovo, Republic of\",\"Exports, FOB\",\"World\",\"Annual\",\"Millions\",\"1012.5\",\"\"\n";

        var read = PortalCsvReader.Read(new StringReader(text), "portal.csv");

        var obs = Assert.Single(read.Observations);
        Assert.Equal(("XKX", "WLD", 2023, 1012.5), (obs.Reporter.Code, obs.Partner.Code, obs.Period.Year, obs.Value.Value));
        Assert.Equal("empty value (missing, not zero)", Assert.Single(read.Skipped).Reason);
    }

    [Fact]
    public void The_legacy_csv_maps_numeric_codes_and_attaches_status_rows()
    {
        // Shape of dots-legacy-portal-query.csv: CRLF, a trailing comma on every line, no final newline.
        var text = "Country Name,Country Code,Indicator Name,Indicator Code,Counterpart Country Name,Counterpart Country Code,Attribute,2024,\r\n"
            + "Germany,134,\"Goods, Value of Exports, Free on board (FOB), US Dollars\",TXG_FOB_USD,Canada,156,Value,1058843775,\r\n"
            + "Germany,134,\"Goods, Value of Exports, Free on board (FOB), US Dollars\",TXG_FOB_USD,Canada,156,Status,e,";

        var read = LegacyDotsCsvReader.Read(new StringReader(text), "legacy.csv");

        var obs = Assert.Single(read.Observations);
        Assert.Equal(("DEU", "CAN", 1058.843775, true, "e"), (obs.Reporter.Code, obs.Partner.Code, obs.Value.Value, obs.Estimated, obs.Status));
        Assert.True(read.Reconciles);
    }

    [Fact]
    public void An_unknown_numeric_code_is_an_error_that_lists_it()
    {
        var text = "Country Name,Country Code,Indicator Name,Indicator Code,Counterpart Country Name,Counterpart Country Code,Attribute,2024,\r\n"
            + "Somewhere,999,x,TXG_FOB_USD,Canada,156,Value,5,";

        var e = Assert.Throws<FormatException>(() => LegacyDotsCsvReader.Read(new StringReader(text), "legacy.csv"));

        Assert.Equal("legacy.csv: economy code(s) not in the code tables (ImfNumeric): 999. Add them to Imf/imf-codes.csv with the file that shows what they stand for.", e.Message);
    }

    [Fact]
    public void Legacy_sdmx_json_uses_unit_mult_and_maps_w00_to_the_world()
    {
        var json = "{\"CompactData\":{\"DataSet\":{\"Series\":{\"@FREQ\":\"A\",\"@REF_AREA\":\"KZ\",\"@INDICATOR\":\"TXG_FOB_USD\",\"@COUNTERPART_AREA\":\"W00\",\"@UNIT_MULT\":\"3\","
            + "\"Obs\":{\"@TIME_PERIOD\":\"2020\",\"@OBS_VALUE\":\"47000\"}}}}}";

        var read = LegacySdmxJsonReader.Read(new StringReader(json), "kz.json");

        var obs = Assert.Single(read.Observations);
        Assert.Equal(("KAZ", "WLD", 47.0), (obs.Reporter.Code, obs.Partner.Code, obs.Value.Value));
    }

    [Theory]
    [InlineData("2024", 2024, Frequency.Annual, 0)]
    [InlineData("2024-Q3", 2024, Frequency.Quarterly, 3)]
    [InlineData("2024Q1", 2024, Frequency.Quarterly, 1)]
    [InlineData("1990-M01", 1990, Frequency.Monthly, 1)]
    [InlineData("2024M2", 2024, Frequency.Monthly, 2)]
    public void Periods_parse_in_every_spelling_the_IMF_uses(string text, int year, Frequency frequency, int index)
    {
        Assert.True(Period.TryParse(text, out var p));
        Assert.Equal(new Period(year, frequency, index), p);
        Assert.False(Period.TryParse("2024-M13", out _));
    }

    [Fact]
    public void A_file_in_no_known_format_names_the_formats_tried_and_its_first_line()
    {
        var file = Path.Combine(Path.GetTempPath(), $"mystery-{Guid.NewGuid():N}.csv");
        File.WriteAllText(file, "year;value\n2019;5\n");
        try
        {
            var e = Assert.Throws<FormatException>(() => TradeFileImporter.Import(file));

            Assert.Contains("not a format this library reads. Tried: a folder of UN Comtrade bulk CSV files; UN Comtrade bulk CSV (22 columns); UN Comtrade API JSON (data/v1)", e.Message);
            Assert.Contains("; a folder of DOTS workbooks; DOTS country workbook (.xlsx); IMF IMTS SDMX-CSV", e.Message);
            Assert.EndsWith("The first line is: 'year;value'.", e.Message);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
