using TradeAnalytics.Tests.Support;
using CliRunner = TradeAnalytics.Tests.Cli.Cli;

namespace TradeAnalytics.Tests.Catalogue;

/// <summary>
/// The catalogue: every shipped source, one question asked of all of them, and the commands that answer from every source
/// (issue 38's examples). Expected values cite the shipped files' lines, which cite the publishers' cells.
/// </summary>
public class SourceCatalogueTests
{
    private static readonly Economy Kaz = Economies.Get("KAZ");
    private static readonly Economy Isr = Economies.Get("ISR");

    [Fact]
    public void The_shipped_catalogue_lists_every_source_once_with_the_default_first()
    {
        var catalogue = SourceCatalogue.Shipped;

        Assert.Equal(["dots", "national", "imts2025", "comtrade-hs27", "comtrade-hs2"], catalogue.Ids);
        Assert.Equal(SourceCatalogue.DefaultId, catalogue.Sources[0].Id);
        Assert.All(catalogue.Sources, s =>
        {
            Assert.False(string.IsNullOrWhiteSpace(s.Publisher));
            Assert.False(string.IsNullOrWhiteSpace(s.Edition));
            Assert.False(string.IsNullOrWhiteSpace(s.Licence));
            Assert.NotEmpty(s.Caveats);
        });
        Assert.Same(catalogue["NATIONAL"], catalogue["national"]);
        Assert.Contains("dots, national, imts2025", Assert.Throws<KeyNotFoundException>(() => catalogue["oecd"]).Message);
    }

    [Fact]
    public void A_source_that_declares_its_reporters_declares_exactly_those_its_data_hold()
    {
        // The declared lists let a question skip a source without loading it: they must never leave out a reporter the data hold.
        foreach (var source in SourceCatalogue.Shipped.Sources.Where(s => s.DeclaredReporters is not null))
        {
            Assert.Equal(source.DeclaredReporters, source.Coverage().Reporters);
        }
    }

    [Fact]
    public void One_question_gets_each_sources_answer_with_the_years_it_holds()
    {
        // Kazakhstan's exports to Israel, 2019–2023: DOTS ends in 2020 (DOTS_103.xlsx!Exports!AD39, AE39); the office publishes
        // 2018–2023 (data/national-kaz.csv:508, 1640, 2050); the 2025 copy holds 2025 only; the Comtrade extracts hold HS codes.
        var question = new TradeQuestion(Kaz, Isr, TradeMeasure.Exports) { Years = new YearSpan(2019, 2023) };

        var answers = SourceCatalogue.Shipped.Ask(question).ToDictionary(a => a.Source.Id);

        Assert.Equal([2019, 2020], answers["dots"].YearsHeld);
        Assert.Equal(466.478, answers["dots"].Series![2019]!.Value.Value, 3);      // DOTS_103.xlsx!Exports!AD39
        Assert.Equal([2019, 2020, 2021, 2022, 2023], answers["national"].YearsHeld);
        Assert.Equal(817.00669185, answers["national"].Series![2022]!.Value.Value, 8);   // national-kaz.csv:1640
        Assert.Contains("2022.xls!2022!D82", answers["national"].Series![2022]!.Source, StringComparison.Ordinal);
        Assert.False(answers["imts2025"].HasValues);
        Assert.Equal("has no value in 2019–2023; it holds 2025", answers["imts2025"].Unavailable);
        Assert.Equal("holds products only, no all-goods totals", answers["comtrade-hs27"].Unavailable);
        Assert.Equal("holds no report by Kazakhstan", answers["comtrade-hs2"].Unavailable);
        Assert.Equal("national: 2019–2023", answers["national"].ToString());
    }

    [Fact]
    public void The_default_source_answers_for_every_dots_reporter_not_only_the_papers_six()
    {
        // Turkey's own table: DOTS_200.xlsx!Exports, FOB!BI39 = 4022.878172 and Imports, CIF!BI39 = 2001.2048 (2018), read from the
        // workbook's sheet XML; Turkey is none of the paper extract's reporters.
        var (code, output, error) = CliRunner.Run("series", "TUR", "ISR", "--from", "2018", "--to", "2018", "--format", "csv");

        Assert.True(code == 0, error);
        Assert.Contains("2018,6024.083,false,false,false,DOTS_200.xlsx!Exports!BI39 + DOTS_200.xlsx!Imports!BI39", output, StringComparison.Ordinal);
        Assert.DoesNotContain(ShippedData.ImfDots2022.Reporters, r => r.Code == "TUR");
    }

    [Fact]
    public void Where_the_default_has_no_value_the_answer_names_the_sources_that_do()
    {
        var (code, output, _) = CliRunner.Run("series", "KAZ", "ISR", "--from", "2021", "--to", "2023", "--flow", "exports");

        Assert.Equal(0, code);
        Assert.Contains("2021–2023: outside the data, which hold 1994–2020", output, StringComparison.Ordinal);
        Assert.Contains("other sources with values in 2021–2023: national: 2021–2023", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_claim_checker_reproduces_with_the_office_figures_what_dots_cannot_and_names_the_source()
    {
        // Issue 38's three claims. The office's files: Kazakhstan → Israel exports 2022 = 817.00669185 (national-kaz.csv:1640);
        // Uzbekistan → Israel exports 2018 = 19.0141 (national-uzb.csv:570) against DOTS 2.738054 (DOTS_210.xlsx!Exports!AC37);
        // Uzbekistan–Israel turnover 2019 = 17.5998 + 32.1456 = 49.7454, 2020 = 4.7564 + 35.98827 = 40.74467 (national-uzb.csv:571-572,
        // 3763-3764): −18.1 %; DOTS 2.34588 + 28.051339 → 2.070375 + 34.202563 is +19.3 % (DOTS_210.xlsx AD37/AE37, AD39/AE39).
        var claims = Path.Combine(Path.GetTempPath(), $"news-{Guid.NewGuid():N}.csv");
        File.WriteAllText(claims, """
            id,section,quote,kind,economy,partner,measure,side,base_year,year,stated,stated_high,unit,tolerance,precision_note,note
            kaz-2022-exports,news,Kazakhstan exported $817 million to Israel in 2022,value,KAZ,ISR,exports,reporter,,2022,817,,musd,0.5,whole millions,
            uzb-2018-exports,news,Uzbekistan's exports to Israel were $19 million in 2018,value,UZB,ISR,exports,reporter,,2018,19,,musd,0.5,whole millions,
            uzb-2020-fall,news,Uzbekistan–Israel trade fell 18 % in 2020,growth,UZB,ISR,turnover,reporter,2019,2020,-18,,percent,0.5,whole percent,

            """.Replace("\r\n", "\n", StringComparison.Ordinal));
        try
        {
            var (code, output, error) = CliRunner.Run("check-claims", claims, "--format", "csv");

            Assert.True(code == 0, error);
            var rows = StrictCsvReader.Read(output);
            Assert.Equal(["id", "quote", "stated", "computed", "verdict", "distance", "note", "verdict_source", "verdict_dots", "verdict_national", "verdict_imts2025"], rows[0]);
            var byId = rows.Skip(1).ToDictionary(r => r[0]);
            Assert.Equal(("reproduced", "national", "not-checkable"), (byId["kaz-2022-exports"][4], byId["kaz-2022-exports"][7], byId["kaz-2022-exports"][8]));
            Assert.Equal("817.01 $m", byId["kaz-2022-exports"][3]);
            Assert.Equal(("reproduced", "national", "not-reproduced"), (byId["uzb-2018-exports"][4], byId["uzb-2018-exports"][7], byId["uzb-2018-exports"][8]));
            Assert.Equal(("reproduced", "national", "not-reproduced"), (byId["uzb-2020-fall"][4], byId["uzb-2020-fall"][7], byId["uzb-2020-fall"][8]));
            Assert.Equal("'-18.1 %", byId["uzb-2020-fall"][3]);

            // --source means the same as elsewhere: the statistics offices alone.
            var (nationalCode, national, nationalError) = CliRunner.Run("check-claims", claims, "--source", "national", "--format", "csv");
            Assert.True(nationalCode == 0, nationalError);
            Assert.StartsWith("id,quote,stated,computed,verdict,distance,note,verdict_source,verdict_national\n", national, StringComparison.Ordinal);

            // And DOTS alone gives what it gives: not-checkable for 2022 (the edition ends in 2020), 2.738 for 2018.
            var (_, dots, _) = CliRunner.Run("check-claims", claims, "--source", "dots", "--format", "csv");
            var dotsRows = StrictCsvReader.Read(dots).Skip(1).ToDictionary(r => r[0]);
            Assert.Equal("not-checkable", dotsRows["kaz-2022-exports"][4]);
            Assert.Equal("2.738 $m", dotsRows["uzb-2018-exports"][3]);
        }
        finally
        {
            File.Delete(claims);
        }
    }

    [Fact]
    public void An_unknown_source_is_refused_naming_the_catalogue()
    {
        var (code, _, error) = CliRunner.Run("growth", "KAZ", "ISR", "--source", "oecd");

        Assert.Equal(1, code);
        Assert.Contains("--source oecd: use dots, national, imts2025, comtrade-hs27, comtrade-hs2, imf, comtrade or imf+dots", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sources_command_lists_each_source_with_coverage_counted_from_its_data()
    {
        var (code, output, error) = CliRunner.Run("sources", "--format", "csv");

        Assert.True(code == 0, error);
        var rows = StrictCsvReader.Read(output);
        Assert.Equal(["id", "publisher", "edition", "origin", "licence", "reporters", "partners", "years", "flows", "products", "values", "caveats"], rows[0]);
        var national = rows.Single(r => r[0] == "national");
        // The four offices' files: data/national-{arm,kaz,kgz,uzb}.csv, 20,841 rows under their headers (wc -l less 4).
        Assert.Equal(("ARM KAZ KGZ UZB", "20841"), (national[5], national[10]));
        Assert.Equal("2025", rows.Single(r => r[0] == "imts2025")[7]);
    }

    [Fact]
    public void The_core_package_embeds_no_trade_data()
    {
        // The core keeps the model's code tables (economies, their names, HS chapter names) and nothing a publisher counted.
        var resources = typeof(TradeDataset).Assembly.GetManifestResourceNames().Order(StringComparer.Ordinal).ToList();

        Assert.Equal(["TradeAnalytics.economies.csv", "TradeAnalytics.economy-names.csv", "TradeAnalytics.hs-chapters.csv"], resources);
    }

    [Fact]
    public void Partners_ranks_countries_only_and_names_the_aggregates_beside_the_ranking()
    {
        // DOTS_103.xlsx (Kazakhstan), sheet Exports, FOB, column AD (2019): B22 Italy 8373.712847, B59 China 7823.406348,
        // B92 Russian Federation 5602.531933; B9 World 57676.727675, B10 Advanced Economies 30627.073048 (an aggregate).
        var (code, output, error) = CliRunner.Run("partners", "KAZ", "--year", "2019", "--flow", "exports", "--top", "3", "--format", "csv");

        Assert.True(code == 0, error);
        var rows = StrictCsvReader.Read(output);
        Assert.Equal(["rank", "partner", "name", "value_musd", "share_of_world_percent", "estimated", "partial", "source"], rows[0]);
        Assert.Equal(["ITA", "CHN", "RUS"], rows.Skip(1).Select(r => r[1]));
        Assert.Equal(("8373.713", "14.52", "DOTS_103.xlsx!Exports!AD22"), (rows[1][3], rows[1][4], rows[1][7]));   // 8373.712847 / 57676.727675

        var (_, table, _) = CliRunner.Run("partners", "KAZ", "--year", "2019", "--flow", "exports", "--top", "3");
        Assert.Contains("WLD (World, an aggregate): 57676.728", table, StringComparison.Ordinal);
        Assert.Contains("ADV (Advanced Economies, an aggregate): 30627.073", table, StringComparison.Ordinal);
        Assert.DoesNotContain(rows.Skip(1), r => r[1] is "WLD" or "ADV");
    }

    [Fact]
    public void Economies_resolve_by_every_official_spelling_of_the_one_name_table()
    {
        // "Kyrgyz Republic" (official) and "Türkiye" (common) are in Claims/economy-names.csv (world-countries 5.1.0).
        Assert.Equal("KGZ", Economies.Resolve("Kyrgyz Republic").Code);
        Assert.Equal("TUR", Economies.Resolve("Türkiye").Code);
        Assert.Equal("KAZ", Economies.Resolve("Казахстан").Code);

        var (code, output, error) = CliRunner.Run("series", "Kyrgyz Republic", "ISR", "--from", "2019", "--to", "2019", "--format", "csv");
        Assert.True(code == 0, error);
        Assert.Contains("DOTS_109.xlsx!Exports!AD38", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Layered_sources_mark_each_break_on_its_year_and_a_rate_across_one_says_so()
    {
        // Kazakhstan → Israel exports: 2017 DOTS 130.671373 (imf-dots-2022.csv:14222, DOTS_103.xlsx!Exports!AB39); 2018 the office's
        // 397.8504 (national-kaz.csv:130); 2024 in no source; 2025 the copy's 49.4, flagged (imts-2025-copy.csv:19).
        var (code, output, error) = CliRunner.Run("series", "KAZ", "ISR", "--source", "national", "--source", "imts2025", "--source", "dots",
            "--flow", "exports", "--from", "2017", "--format", "csv");

        Assert.True(code == 0, error);
        var rows = StrictCsvReader.Read(output).Skip(1).ToDictionary(r => r[0]);
        Assert.Equal(("130.671", "dots", "false"), (rows["2017"][1], rows["2017"][6], rows["2017"][7]));
        Assert.Equal(("397.850", "national", "true"), (rows["2018"][1], rows["2018"][6], rows["2018"][7]));
        Assert.Equal(("national", "false"), (rows["2019"][6], rows["2019"][7]));
        Assert.Equal(("", "", "true"), (rows["2024"][1], rows["2024"][6], rows["2024"][4]));
        Assert.Equal(("49.400", "true", "imts2025", "true"), (rows["2025"][1], rows["2025"][2], rows["2025"][6], rows["2025"][7]));

        var (_, growth, _) = CliRunner.Run("growth", "KAZ", "ISR", "--source", "national", "--source", "imts2025", "--flow", "exports", "--from", "2018", "--to", "2025", "--format", "csv");
        var between = StrictCsvReader.Read(growth).Single(r => r[0] == "Growth");
        Assert.Equal("-87.6", between[3].TrimStart('\''));   // 49.4 / 397.8504 − 1
        Assert.StartsWith("across sources (national 2018 → imts2025 2025)", between[5], StringComparison.Ordinal);
        Assert.Contains("2025 includes an estimate", between[5], StringComparison.Ordinal);
        // …and that compare calls the 2025 value partial beside the office's 363.35494748 of 2023 (national-kaz.csv:2050).
        Assert.EndsWith("2025: imts2025: looks partial, 49.4 is below a third of national's 363.4 (2023)", between[5], StringComparison.Ordinal);

        // One source: no break column, no note.
        var (_, single, _) = CliRunner.Run("series", "KAZ", "ISR", "--from", "2017", "--to", "2018", "--format", "csv");
        Assert.StartsWith("year,value_musd,estimated,partial,missing,source\n", single, StringComparison.Ordinal);
    }

    [Fact]
    public void A_share_from_hs_chapters_sums_the_chapters_and_names_every_gap_chapter_34_included()
    {
        // awk over data/comtrade-hs2-caucasus.csv, Azerbaijan's exports of 2021: 31 chapter rows to Israel sum to 898.096972, 89 to
        // the World to 22206.238220 (4.044 %); the nomenclature's chapters without a World row: 34 36 37 45 51 80 88 93.
        var (code, output, error) = CliRunner.Run("share", "AZE", "ISR", "--year", "2021", "--flow", "exports", "--source", "comtrade-hs2", "--format", "csv");

        Assert.True(code == 0, error);
        var row = StrictCsvReader.Read(output)[1];
        Assert.Equal(("898.097", "22206.238", "4.044"), (row[3], row[4], row[5]));
        Assert.Contains("sums of 89 chapter values", row[6], StringComparison.Ordinal);
        Assert.Contains("chapter(s) 34, 36, 37, 45, 51, 80, 88, 93", row[6], StringComparison.Ordinal);

        // The default source has no 2021: the refusal names the chapter source instead of only failing.
        var (refused, _, message) = CliRunner.Run("share", "AZE", "ISR", "--year", "2021", "--flow", "exports");
        Assert.Equal(1, refused);
        Assert.Contains("comtrade-hs2: holds HS chapters only (no all-goods total; their sum is not a published total), by chapter in 2021", message, StringComparison.Ordinal);

        // products lists chapter 34 among the gaps too (the audit: absent for every reporter, never listed before).
        var (_, products, _) = CliRunner.Run("products", "AZE", "ISR", "--year", "2021");
        Assert.Contains("gaps, not zeros): 34,36,37,45,51,80,88,93", products, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_calls_the_value_apart_from_the_partners_mirror_apart_not_the_one_that_agrees_with_it()
    {
        // Uzbekistan → Israel exports 2018: DOTS 2.738054 (DOTS_210.xlsx!Exports!AC37), the office 19.0141 (national-uzb.csv:570),
        // Israel's own imports from Uzbekistan 1.6 (DOTS_98.xlsx!Imports!BI113): the office's figure is the one apart (audit finding).
        var (code, output, error) = CliRunner.Run("compare", "UZB", "ISR", "--flow", "exports", "--from", "2018", "--to", "2018", "--format", "csv");

        Assert.True(code == 0, error);
        var row = StrictCsvReader.Read(output)[1];
        Assert.Equal(("2018", "2.738", "19.014"), (row[0], row[1], row[2]));
        Assert.Equal("national stands apart: its 19.0 is over three times dots's 2.7, and ISR's own report (dots) gives 1.6", row[^1]);
        Assert.DoesNotContain("looks partial", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_takes_no_spread_between_one_flow_and_a_whole_turnover()
    {
        // Kyrgyzstan–Israel 1996: DOTS holds exports only, 0.009 (DOTS_109.xlsx!Exports!G38: a partial turnover); the office both
        // flows, 0.0088 + 0.7148 (national-kgz.csv:1179, 3637). No spread between a partial value and a whole one (audit finding).
        var (code, output, error) = CliRunner.Run("compare", "KGZ", "ISR", "--from", "1996", "--to", "1996", "--format", "csv");

        Assert.True(code == 0, error);
        var row = StrictCsvReader.Read(output)[1];
        Assert.Equal(("1996", "0.009", "0.724", "", ""), (row[0], row[1], row[2], row[4], row[5]));
        Assert.Contains("dots: partial (one flow not reported)", row[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_mirror_report_far_from_the_other_sides_own_says_so_and_why()
    {
        // Israel's imports from Kazakhstan 2018: 4.1 (DOTS_98.xlsx!Imports!BI105) against Kazakhstan's exports to Israel 397.861937
        // (DOTS_103.xlsx!Exports!AC39): the audit found the mirror shown without a word on the asymmetry.
        var (code, output, error) = CliRunner.Run("series", "KAZ", "ISR", "--side", "partner", "--flow", "exports", "--from", "2018", "--to", "2018");

        Assert.True(code == 0, error);
        Assert.Contains("mirror asymmetry: Israel's report differs more than threefold from Kazakhstan's own in 1 year(s) (2018: 4.1 against 397.9)", output, StringComparison.Ordinal);
        Assert.Contains("\"Areas, nes\"", output, StringComparison.Ordinal);

        // The economy's own report carries no such line.
        var (_, own, _) = CliRunner.Run("series", "KAZ", "ISR", "--flow", "exports", "--from", "2018", "--to", "2018");
        Assert.DoesNotContain("mirror asymmetry", own, StringComparison.Ordinal);
    }

    [Fact]
    public void Sql_names_codes_through_the_economies_table_and_tells_countries_from_aggregates()
    {
        // DOTS_103.xlsx!Exports, FOB column AD (2019): B22 Italy 8373.712847 is Kazakhstan's largest country partner.
        var (code, output, error) = CliRunner.Run("sql",
            "select e.name, e.kind, t.value_musd from trade t join economies e on e.code = t.partner where t.reporter = 'KAZ' and t.flow = 'exports' and t.year = 2019 and e.kind = 'country' order by t.value_musd desc limit 1",
            "--format", "csv");

        Assert.True(code == 0, error);
        Assert.Equal("name,kind,value_musd\nItaly,country,8373.712847\n", output);

        var (_, kinds, _) = CliRunner.Run("sql", "select kind, count(*) from economies where code in ('WLD', 'X899', 'KAZ') group by kind order by kind", "--format", "csv");
        Assert.Equal("kind,count_star()\naggregate,1\ncountry,1\nresidual,1\n", kinds);
    }

    [Fact]
    public void Import_reads_the_tools_own_interchange_table_csv_to_parquet_and_back_byte_for_byte()
    {
        var folder = Directory.CreateTempSubdirectory("interchange-").FullName;
        try
        {
            var parquet = Path.Combine(folder, "kaz.parquet");
            var csv = Path.Combine(folder, "kaz.csv");
            var (code, output, error) = CliRunner.Run("import", TestPaths.Repo("data", "national-kaz.csv"), "--out", parquet);
            Assert.True(code == 0, error);
            // data/national-kaz.csv: 2,327 lines, a header and 2,326 rows (wc -l).
            Assert.Contains("national-kaz.csv: 2326 values read = 2326 accepted + 0 rejected", output, StringComparison.Ordinal);

            var (back, _, backError) = CliRunner.Run("import", parquet, "--out", csv);
            Assert.True(back == 0, backError);
            Assert.Equal(File.ReadAllBytes(TestPaths.Repo("data", "national-kaz.csv")), File.ReadAllBytes(csv));
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public void Chart_by_source_draws_each_source_as_its_own_line()
    {
        var svg = Path.Combine(Directory.CreateTempSubdirectory("by-source-").FullName, "kz.svg");
        try
        {
            var (code, _, error) = CliRunner.Run("chart", "KAZ", "ISR", "--by-source", "--from", "2015", "--out", svg);

            Assert.True(code == 0, error);
            var text = File.ReadAllText(svg);
            Assert.Contains("Kazakhstan–Israel turnover by source, 2015–2025", text, StringComparison.Ordinal);
            Assert.Contains("solid: dots; dashed: national; markers: imts2025", text, StringComparison.Ordinal);

            var (refused, _, message) = CliRunner.Run("chart", "KAZ", "ISR", "--by-source", "--source", "comtrade-hs2", "--out", svg);
            Assert.Equal(1, refused);
            Assert.Contains("no source of comtrade-hs2 holds Kazakhstan–Israel turnover", message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(svg)!, true);
        }
    }

    [Fact]
    public void The_report_page_shows_each_claims_verdict_from_every_source_side_by_side()
    {
        // Kazakhstan → Israel exports 2022 = 817.00669185 (national-kaz.csv:1640); DOTS ends in 2020.
        var folder = Directory.CreateTempSubdirectory("report-claims-").FullName;
        try
        {
            var claims = Path.Combine(folder, "news.csv");
            File.WriteAllText(claims, TradeAnalytics.Claims.ClaimsFile.Header + "\nkaz-2022,news,Kazakhstan exported $817 million to Israel in 2022,value,KAZ,ISR,exports,reporter,,2022,817,,musd,0.5,whole millions,\n");
            var page = Path.Combine(folder, "kz.html");

            var (code, _, error) = CliRunner.Run("report", "KAZ", "ISR", "--claims", claims, "--out", page);

            Assert.True(code == 0, error);
            var html = File.ReadAllText(page);
            Assert.Contains("<th>source</th>", html, StringComparison.Ordinal);
            Assert.Contains("<td>national</td>", html, StringComparison.Ordinal);
            Assert.Contains("dots: not-checkable<br>national: reproduced (0.0 %)<br>imts2025: not-checkable", html, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public void The_papers_extract_holds_the_same_cells_as_the_whole_edition_for_its_six_reporters()
    {
        // ShippedData.Dots answers a question about the paper's reporters from the small extract: it must be the whole edition's
        // values for them, cell for cell (value, flag, source), and nothing else.
        var codes = ShippedData.PaperExtractReporters.ToArray();
        var whole = TradeAnalytics.Data.ImfDots2022All.Of(codes).Observations
            .Select(o => (o.Key, o.Value.Value, o.Estimated, o.Source)).OrderBy(x => x.Key).ToList();
        var extract = ShippedData.ImfDots2022.Observations.Where(o => codes.Contains(o.Reporter.Code))
            .Select(o => (o.Key, o.Value.Value, o.Estimated, o.Source)).OrderBy(x => x.Key).ToList();

        Assert.Equal(ShippedData.ImfDots2022.Observations.Count, extract.Count);
        Assert.Equal(whole.Count, extract.Count);
        Assert.Equal(whole, extract);
        Assert.Same(ShippedData.ImfDots2022About(Kaz, Isr), ShippedData.Dots(Kaz, Isr));
        Assert.Contains("all 235 reporters", ShippedData.Dots(Economies.Get("TUR"), Isr).Name, StringComparison.Ordinal);
    }

    [Fact]
    public void The_national_source_reads_only_the_offices_of_the_reporters_asked_about()
    {
        // data/national-kaz.csv holds 2,326 rows (wc -l less its header); Israel has no office here.
        var kazakhstan = ShippedData.NationalStatisticsOf(Kaz, Isr);

        Assert.Equal(2326, kazakhstan.Observations.Count);
        Assert.Equal(["KAZ"], kazakhstan.Reporters.Select(r => r.Code));
        Assert.Empty(ShippedData.NationalStatisticsOf(Isr).Observations);
        // The catalogue's source gives at least those (all four offices once another question has loaded them whole).
        var about = SourceCatalogue.Shipped["national"].About(Kaz, Isr);
        Assert.True(about.Observations.Count >= 2326);
        Assert.Equal(2326, about.Observations.Count(o => o.Reporter.Code == "KAZ"));
    }
}
