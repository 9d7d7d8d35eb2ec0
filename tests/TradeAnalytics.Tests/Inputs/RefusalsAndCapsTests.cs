using TradeAnalytics.Claims;
using TradeAnalytics.Sources;
using TradeAnalytics.Sources.NationalStatistics;
using TradeAnalytics.Tests.Support;
using System.Text;
using CliRunner = TradeAnalytics.Tests.Cli.Cli;

namespace TradeAnalytics.Tests.Inputs;

/// <summary>Issue 39 (the second hostile trial): clear refusals where .NET's own errors showed, caps per run, visible text.</summary>
public class RefusalsAndCapsTests
{
    [Theory]
    [InlineData("--width", "-5")]
    [InlineData("--width", "30000")]
    [InlineData("--height", "30000")]
    [InlineData("--height", "abc")]
    public void A_chart_size_outside_100_to_10000_pixels_is_refused_with_a_sentence(string option, string value)
    {
        var svg = Path.Combine(Path.GetTempPath(), $"size-{Guid.NewGuid():N}.svg");
        var (code, _, error) = CliRunner.Run("chart", "KAZ", "ISR", option, value, "--out", svg);

        Assert.Equal(1, code);
        Assert.Contains($"{option}: '{value}' is not a size in pixels: give a whole number from 100 to 10,000.", error, StringComparison.Ordinal);
        Assert.False(File.Exists(svg));
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("-1")]
    public void A_compare_tolerance_that_is_not_a_non_negative_number_is_refused(string tolerance)
    {
        var a = TestFile("a", "KAZ,ISR,exports,2018,1,false,a:2\n");
        var b = TestFile("b", "KAZ,ISR,exports,2018,2,false,b:2\n");
        var (code, _, error) = CliRunner.Run("compare", a, b, "--tolerance", tolerance);

        Assert.Equal(1, code);
        Assert.Contains($"--tolerance {tolerance}: give a number of US$ million, 0 or more", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_claims_cap_holds_for_the_run_not_for_each_file()
    {
        // Two files of 6,000 claims each: each under the 10,000 a file may hold, 12,000 together.
        var folder = Directory.CreateTempSubdirectory("claims-cap-").FullName;
        try
        {
            foreach (var name in new[] { "a", "b" })
            {
                var text = new StringBuilder(TradeAnalytics.Claims.ClaimsFile.Header).Append('\n');
                for (var i = 0; i < 6_000; i++)
                {
                    text.Append($"{name}{i},s,q,value,KAZ,ISR,turnover,reporter,,2008,2.43,,busd,0.005,,\n");
                }

                File.WriteAllText(Path.Combine(folder, name + ".csv"), text.ToString());
            }

            var (code, _, error) = CliRunner.Run("check-claims", folder);

            Assert.Equal(1, code);
            Assert.Contains("the claims files hold more than 10,000 claims together (at b.csv)", error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public void A_files_escape_sequences_in_the_notes_on_standard_error_are_shown_never_sent_to_the_terminal()
    {
        // A row repeated with the same value is kept once and noted, naming the file, whose name carries ESC [2J (clear screen).
        var file = TestFile("x\u001b[2Jy", "KAZ,ISR,exports,2018,1,false,a:2\nKAZ,ISR,exports,2018,1,false,a:2\n");
        var (code, _, error) = CliRunner.Run("series", "KAZ", "ISR", "--data", file, "--no-shipped-data", "--flow", "exports");

        Assert.True(code == 0, error);
        Assert.DoesNotContain('\u001b', error);
        Assert.Contains("x\\u001B[2Jy", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_drafter_reads_a_number_with_a_zero_width_space_inside_as_a_reader_sees_it()
    {
        // "$2.4\u200B3 billion" shows as $2.43 billion; it was drafted as $2.4 with high confidence.
        var draft = TradeAnalytics.Claims.ClaimDrafter.Draft("In 2008, the trade turnover between Kazakhstan and Israel reached $2.4\u200B3 billion.", "a");

        var claim = Assert.Single(draft.Claims).Claim;
        Assert.Equal(2.43, claim.Stated);
        Assert.Equal(TradeAnalytics.Claims.ClaimUnit.BillionUsd, claim.Unit);
    }

    [Fact]
    public void The_drafter_never_reads_the_exponent_of_1e400_as_a_percentage()
    {
        // "1e400 %" was drafted as a growth of +400 %.
        var draft = TradeAnalytics.Claims.ClaimDrafter.Draft("In 2019, trade between Kazakhstan and Israel grew by 1e400 % on the year before.", "a");

        Assert.DoesNotContain(draft.Claims, c => c.Claim.Stated == 400);
    }

    [Fact]
    public void A_wrong_json_type_in_the_2025_copy_is_a_rejection_naming_the_file_and_element_not_a_dotnet_message()
    {
        // An edge that is a number and a node that is a string: .NET's "requires an element of type 'Object'" reached the user.
        var path = Path.Combine(Directory.CreateTempSubdirectory("imts-types-").FullName, "trade_data.json");
        File.WriteAllText(path, "{\"nodes\": [\"x\", {\"id\": \"Israel\", \"totalExports\": 1.5}], \"edges\": [7, {\"source\": \"Kazakhstan\", \"target\": \"Israel\", \"value\": 49.4}]}");
        var output = Path.Combine(Path.GetDirectoryName(path)!, "out.csv");

        var (code, text, error) = CliRunner.Run("import", path, "--out", output);

        Assert.True(code == 0, error);
        Assert.Contains("4 values read (edges and node totals) = 2 accepted + 2 rejected", text, StringComparison.Ordinal);
        Assert.Contains("rejected: trade_data.json:edges[0] (a third-party copy of preliminary IMF data, rounded to 0.1 $m): a number where an edge object", text, StringComparison.Ordinal);
        Assert.DoesNotContain("requires an element of type", text + error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"nodes\": [], \"edges\": [{\"source\": \"Kazakhstan\", \"target\": \"Israel\", \"value\": 49.4, \"value\": 99999.9}]}", "$.edges[0].value")]
    [InlineData("{\"nodes\": [], \"edges\": [{\"source\": \"Kazakhstan\", \"target\": \"Israel\", \"value\": 49.4}], \"edges\": []}", "$.edges")]
    public void A_key_written_twice_in_the_2025_copy_is_refused_naming_its_place(string json, string place)
    {
        // A second "value" turned 49.4 into 99,999.9, a second "edges" dropped 22,099 values, both in silence.
        var path = Path.Combine(Directory.CreateTempSubdirectory("imts-keys-").FullName, "trade_data.json");
        File.WriteAllText(path, json);

        var (code, _, error) = CliRunner.Run("import", path, "--out", Path.Combine(Path.GetDirectoryName(path)!, "out.csv"));

        Assert.Equal(1, code);
        Assert.Contains($"trade_data.json: the key at {place} is written twice in one object", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(path)!, "out.csv")));
    }

    [Fact]
    public void Two_rows_for_one_partner_with_different_values_are_an_error_naming_both_never_the_first_kept()
    {
        // Issue 39, finding 1: a group row renamed as a country made Kazakhstan → Kyrgyzstan the CIS total, the first row kept in silence.
        var path = UzbekExports("376,Isroil,Израиль,Israel,15786.0,13731.0\n376,Isroil,Израиль,Israel,99999.0,13731.0\n");

        var error = Assert.ThrowsAny<FormatException>(() => TradeAnalytics.Sources.TradeFileImporter.Import(path));

        Assert.Contains("sdmx_data_1105.csv:3:2022: UZB→ISR Exports 2022 is 99.999 $m here", error.Message, StringComparison.Ordinal);
        Assert.Contains("and 15.786 $m at sdmx_data_1105.csv:2:2022: two values for one thing", error.Message, StringComparison.Ordinal);

        // The same value twice is kept once, and said.
        File.WriteAllText(path, UzbekHeader + "376,Isroil,Израиль,Israel,15786.0,13731.0\n376,Isroil,Израиль,Israel,15786.0,13731.0\n");
        var import = TradeAnalytics.Sources.TradeFileImporter.Import(path);
        Assert.Equal(2, import.Observations.Count);
        Assert.Equal(2, import.Rejected);
    }

    [Fact]
    public void Fetch_refuses_an_output_inside_its_own_answers_cache()
    {
        // Issue 39, finding 7: fetch --out naming its own cache file overwrote the cached answer. Refused before any request.
        var cache = Directory.CreateTempSubdirectory("imf-cache-").FullName;
        var cached = Path.Combine(cache, "0123456789abcdef01234567.csv");
        File.WriteAllText(cached, "a cached answer");

        var (code, _, error) = CliRunner.Run("fetch", "KAZ", "ISR", "--cache-dir", cache, "--offline", "--out", cached);

        Assert.Equal(1, code);
        Assert.Contains("is inside the answers' cache", error, StringComparison.Ordinal);
        Assert.Equal("a cached answer", File.ReadAllText(cached));
    }

    [Fact]
    public void A_negative_value_from_a_statistics_office_is_kept_and_flagged_as_the_dots_reader_flags_its_own()
    {
        // Issue 39, finding 2: negative values from the new readers were not flagged, though the README says they are.
        var path = UzbekExports("376,Isroil,Израиль,Israel,-15.0,13731.0\n");

        var import = TradeAnalytics.Sources.TradeFileImporter.Import(path);

        Assert.Equal(1, import.Flagged);
        Assert.Equal(-0.015, import.Observations.Single(o => o.Year == 2022).Value.Value);
        Assert.Contains(import.Report, l => l == "flagged: sdmx_data_1105.csv:2:2022: -0.015 $m, negative, which a trade flow cannot be; kept as published");
        Assert.EndsWith("2 values imported; 0 rejected; 1 flagged", import.Summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1e400")]
    [InlineData("1E+300")]
    public void A_node_total_beyond_any_trade_value_in_the_2025_copy_is_rejected_never_written_as_infinity(string total)
    {
        // Issue 39, finding 2: the reader wrote Infinity for 1e400 and kept 1E+300, values the tool then refused to read.
        var path = Path.Combine(Directory.CreateTempSubdirectory("imts-total-").FullName, "trade_data.json");
        File.WriteAllText(path, "{\"nodes\": [{\"id\": \"Israel\", \"totalExports\": " + total + "}], \"edges\": []}");
        var output = Path.Combine(Path.GetDirectoryName(path)!, "out.csv");

        var (code, text, error) = CliRunner.Run("import", path, "--out", output);

        Assert.True(code == 0, error);
        Assert.Contains($"rejected: trade_data.json:nodes[0].totalExports", text, StringComparison.Ordinal);
        Assert.Contains($"{total}: ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Infinity", File.ReadAllText(output), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("7.9e28")]
    [InlineData("1e300")]
    public void A_national_cell_beyond_decimal_range_is_rejected_never_a_crash(string cell)
    {
        // Issue 39, finding 3: any national cell ≥ 7.9e28 overflowed decimal (a stack trace, exit 134).
        var path = UzbekExports($"376,Isroil,Израиль,Israel,{cell},13731.0\n");

        var import = TradeAnalytics.Sources.TradeFileImporter.Import(path);

        Assert.Equal(1, import.Rejected);
        Assert.Single(import.Observations);
        Assert.Contains(import.Report, l => l.Contains("sdmx_data_1105.csv:2:2022", StringComparison.Ordinal) && l.Contains("beyond ±1e9 $m", StringComparison.Ordinal));
    }

    [Fact]
    public void A_temporary_file_a_killed_fetch_left_in_the_cache_is_deleted_by_a_later_run_a_young_one_is_not()
    {
        // Issue 39, finding 7: a SIGKILL left a hidden 46 MB .part file that no later run removed.
        var cache = Directory.CreateTempSubdirectory("imf-stale-").FullName;
        var stale = Path.Combine(cache, ".0123456789abcdef01234567.csv.0a1b.part");
        var young = Path.Combine(cache, ".fedcba9876543210fedcba98.csv.2c3d.part");
        File.WriteAllText(stale, "cut");
        File.WriteAllText(young, "being written");
        File.SetLastWriteTimeUtc(stale, DateTime.UtcNow.AddHours(-2));

        var (code, _, error) = CliRunner.Run("fetch", "KAZ", "ISR", "--cache-dir", cache, "--offline");

        Assert.Equal(1, code);   // offline, nothing cached: refused, as before
        Assert.Contains("run without --offline to fetch it", error, StringComparison.Ordinal);   // the tool's flag, not ImfClientOptions.Offline
        Assert.False(File.Exists(stale));
        Assert.True(File.Exists(young));
    }

    private const string UzbekHeader = "Code,Klassifikator,Klassifikator_ru,Klassifikator_en,2022,2023\n";

    /// <summary>A small Uzbek exports table (sdmx_data_1105.csv, 2022 and 2023) with the rows given, in a folder of its own.</summary>
    private static string UzbekExports(string rows)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("uzb-").FullName, "sdmx_data_1105.csv");
        File.WriteAllText(path, UzbekHeader + rows);
        return path;
    }

    private static string TestFile(string name, string rows)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("fourth-").FullName, name + ".csv");
        File.WriteAllText(path, "reporter,partner,flow,year,value_musd,estimated,source\n" + rows);
        return path;
    }

    [RequiresNationalFact]
    public void An_armstat_file_cut_after_a_partners_june_does_not_pass_that_year_as_whole()
    {
        // The real file cut at the end of line 11332, "Israel",2024,6 (the trial's case: Armenia → Israel 2024 was 4.232 $m,
        // six months read as the year).
        var lines = File.ReadLines(Path.Combine(Support.TestPaths.NationalFolder, "armenia", "arm_trade_country.csv")).Take(11332).ToList();
        Assert.StartsWith("\"Israel\",2024,6,", lines[^1], StringComparison.Ordinal);
        var cut = Path.Combine(Directory.CreateTempSubdirectory("armstat-cut-").FullName, "arm_trade_country.csv");
        File.WriteAllLines(cut, lines);

        var import = ArmeniaMonthlyCsv.Import(cut);

        Assert.DoesNotContain(import.Observations, o => o.Partner.Code == "ISR" && o.Year == 2024);
        Assert.Contains(import.Report, l => l.Contains("the file ends with Israel 2024-06 (line 11332), not a December: it may be cut there; Israel's 2024 is left out", StringComparison.Ordinal));
        Assert.Contains(import.Report, l => l.Contains("Israel 2024: the file ends in its month 06, not a December", StringComparison.Ordinal));
    }

    [Fact]
    public void An_armstat_file_whose_last_line_closes_a_december_reads_every_year()
    {
        const string header = "\"country\",\"year\",\"month\",\"export\",\"import_origin\",\"import_consignment\",\"date\"\n";
        string Months(string country, int year, int to) => string.Concat(Enumerable.Range(1, to).Select(m => $"\"{country}\",{year},{m},1,2,3,\"{year}-{m:00}-01\"\n"));
        var folder = Directory.CreateTempSubdirectory("armstat-").FullName;
        var whole = Path.Combine(folder, "whole.csv");
        File.WriteAllText(whole, header + Months("Georgia", 2020, 12) + Months("Israel", 2020, 12));
        var cut = Path.Combine(folder, "cut.csv");
        File.WriteAllText(cut, header + Months("Georgia", 2020, 12) + Months("Israel", 2020, 6));

        // Twelve months of 1 thousand US$ of exports: 0.012 $m a year.
        Assert.Equal(0.012, ArmeniaMonthlyCsv.Import(whole).Observations.Single(o => o.Partner.Code == "ISR" && o.Flow == TradeFlow.Exports).Value.Value);
        var short6 = ArmeniaMonthlyCsv.Import(cut);
        Assert.DoesNotContain(short6.Observations, o => o.Partner.Code == "ISR");
        Assert.Equal(0.012, short6.Observations.Single(o => o.Partner.Code == "GEO" && o.Flow == TradeFlow.Exports).Value.Value);
    }

    [Fact]
    public void A_concentration_whose_countries_sum_past_the_world_says_so()
    {
        // Kazakhstan's exports 2018: 10 to Israel, 10 to Uzbekistan, and a World of 10 (a file with the World from elsewhere).
        var file = TestFile("kaz", "KAZ,ISR,exports,2018,10,false,f:2\nKAZ,UZB,exports,2018,10,false,f:3\nKAZ,WLD,exports,2018,10,false,f:4\n");

        var (code, text, error) = CliRunner.Run("share", "KAZ", "--concentration", "--year", "2018", "--flow", "exports", "--data", file, "--no-shipped-data", "--format", "csv");

        Assert.True(code == 0, error);
        Assert.Contains(",200.000,\"the partner countries sum to 200 % of the World total the data report", text, StringComparison.Ordinal);
        Assert.Contains("note: the partner countries sum to 200 % of the World total", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cut_workbook_is_named_as_a_workbook_and_a_folder_as_a_folder()
    {
        var folder = Directory.CreateTempSubdirectory("cut-xls-").FullName;
        // The first bytes of every Excel 97–2003 file (the OLE2 compound-file signature), then nothing: a workbook cut short.
        var xls = Path.Combine(folder, "table.xls");
        File.WriteAllBytes(xls, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0]);
        var xlsx = Path.Combine(folder, "table.xlsx");
        File.WriteAllBytes(xlsx, [(byte)'P', (byte)'K', 3, 4, 0, 0]);

        var (code, _, error) = CliRunner.Run("import", xls, "--out", Path.Combine(folder, "out.csv"));
        Assert.Equal(1, code);
        Assert.Contains("table.xls: an Excel 97–2003 workbook (.xls) that none of this library's readers could open (12 bytes): it may be cut short or damaged.", error, StringComparison.Ordinal);
        Assert.DoesNotContain("The first line is", error, StringComparison.Ordinal);

        var (zipCode, _, zipError) = CliRunner.Run("import", xlsx, "--out", Path.Combine(folder, "out.csv"));
        Assert.Equal(1, zipCode);
        Assert.Contains("table.xlsx: not an .xlsx workbook", zipError, StringComparison.Ordinal);   // the workbook readers say it first

        var (dirCode, _, dirError) = CliRunner.Run("series", "KAZ", "ISR", "--data", folder, "--no-shipped-data");
        Assert.Equal(1, dirCode);
        Assert.Contains($"'{folder}' is a folder, not an interchange CSV file: name the file.", dirError, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_detection_reads_a_bounded_beginning_and_shows_binary_as_visible_text()
    {
        // 3 MB on one line with no line break: detection reads its first 64 KiB, and the message shows 120 visible characters.
        var path = Path.Combine(Directory.CreateTempSubdirectory("one-line-").FullName, "answer.txt");
        File.WriteAllText(path, "\u0001\u0002" + new string('x', 3 << 20));

        var (code, _, error) = CliRunner.Run("import", path, "--out", path + ".csv");

        Assert.Equal(1, code);
        Assert.Contains("The first line is: '??xxxxxxxx", error, StringComparison.Ordinal);
        Assert.True(error.Length < 4000, $"{error.Length} characters of message");
    }

    [RequiresNationalFact]
    public void A_folder_of_the_som_table_alone_imports_nothing_and_fails_strict()
    {
        // Issue 39, finding 8: the Kyrgyz table in soms alone imported 0 values with exit 0 under --strict.
        var folder = Directory.CreateTempSubdirectory("som-").FullName;
        const string som = "4.03.00.17 Экспорт товаров по странам..xlsx";
        File.Copy(Path.Combine(TestPaths.NationalFolder, "kyrgyzstan", som), Path.Combine(folder, som));
        var output = Path.Combine(Directory.CreateTempSubdirectory("som-out-").FullName, "o.csv");

        var (strictCode, text, error) = CliRunner.Run("import", folder, "--out", output, "--strict");
        var (plainCode, _, plainError) = CliRunner.Run("import", folder, "--out", output);

        Assert.Equal(1, strictCode);
        Assert.Contains("values in thousand soms, not US dollars: not read", text, StringComparison.Ordinal);
        Assert.Contains("warning: no value was imported from", error, StringComparison.Ordinal);
        Assert.Equal(0, plainCode);
        Assert.Contains("warning: no value was imported from", plainError, StringComparison.Ordinal);
    }

    [Fact]
    public void A_csv_line_longer_than_any_row_is_refused_before_it_is_buffered_whole()
    {
        // Issue 39, finding 4: a 60 MB IMF answer on one line peaked at 851 MB. Here 24 MB: refused at the 1 Mi-th character of line 2.
        var text = "DATAFLOW,COUNTRY,INDICATOR,COUNTERPART_COUNTRY,FREQUENCY,TIME_PERIOD,OBS_VALUE\n" + new string('7', 24 << 20);
        var allocated = GC.GetAllocatedBytesForCurrentThread();

        var error = Assert.Throws<FormatException>(() => TradeAnalytics.Sources.Imf.SdmxCsvReader.Read(new StringReader(text), "answer.csv"));

        Assert.Equal("answer.csv:2: a line of over 1,048,576 characters, which no row of a trade table is: damaged, not read.", error.Message);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - allocated < 16 << 20, $"{(GC.GetAllocatedBytesForCurrentThread() - allocated) >> 20} MB allocated");
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void A_long_draft_reports_progress_and_stops_at_the_claims_a_file_may_hold()
    {
        // 10,050 sentences of one claim each: the draft stops at ClaimsFile.MaxClaims (10,000), says where, and what it wrote
        // the checker reads (before, 41,120 claims were drafted that check-claims then refused, after 106 s without a word).
        var folder = Directory.CreateTempSubdirectory("long-draft-").FullName;
        var article = Path.Combine(folder, "long.txt");
        File.WriteAllText(article, string.Concat(Enumerable.Range(0, 10_050).Select(i => $"In {1990 + (i % 30)}, Kazakhstan's exports to Israel were ${i + 1} million. ")));
        var draft = Path.Combine(folder, "long.csv");

        var (code, text, error) = CliRunner.Run("check-claims", "--draft", article, "--out", draft);

        Assert.True(code == 0, error);
        Assert.Contains("drafting: sentence 200 of 10,050", error, StringComparison.Ordinal);
        Assert.Contains("Stopped at 10,000 claims, the most a claims file holds, at sentence 10,001 of 10,050", text, StringComparison.Ordinal);
        Assert.Equal(ClaimsFile.MaxClaims, ClaimsFile.ReadFile(draft).Count);
    }

    [Fact]
    public void An_archive_header_claiming_half_a_gigabyte_of_metadata_is_refused_from_the_header_alone()
    {
        // One 512-byte tar header of type 'x' (a PAX header) whose size field says 512 MiB (octal 4000000000), then 1 KiB and the
        // end: the reader held all 512 MiB in memory before (2.56 GB peak); the header pass refuses it without reading on.
        var header = new byte[512];
        System.Text.Encoding.ASCII.GetBytes("PaxHeaders/x").CopyTo(header, 0);
        System.Text.Encoding.ASCII.GetBytes("0000644\0").CopyTo(header, 100);
        System.Text.Encoding.ASCII.GetBytes("04000000000\0").CopyTo(header, 124);
        header[156] = (byte)'x';
        System.Text.Encoding.ASCII.GetBytes("ustar\0" + "00").CopyTo(header, 257);
        var path = Path.Combine(Directory.CreateTempSubdirectory("pax-").FullName, "hostile.tar.gz");
        using (var file = File.Create(path))
        using (var gzip = new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionLevel.Fastest))
        {
            gzip.Write(header);
            gzip.Write(new byte[1024]);
        }

        var before = GC.GetTotalAllocatedBytes();
        var error = Assert.Throws<FormatException>(() => TradeFileImporter.Import(path));

        Assert.Contains("hostile.tar.gz: entry 1 (PaxHeaders/x) carries 536,870,912 bytes of a PAX header; more than 1,048,576 is damage, not read.", error.Message);
        Assert.True(GC.GetTotalAllocatedBytes() - before < 64 << 20, "the refusal allocated more than 64 MiB");
    }

    [RequiresChapterArchiveFact]
    public void Links_in_a_chapter_archive_are_listed_as_not_read()
    {
        // The real archive's first chapter file, then a symbolic link and a hard link to it.
        var folder = Directory.CreateTempSubdirectory("links-").FullName;
        var path = Path.Combine(folder, "links.tar.gz");
        using (var source = new System.Formats.Tar.TarReader(new System.IO.Compression.GZipStream(File.OpenRead(TestPaths.ChapterArchive), System.IO.Compression.CompressionMode.Decompress)))
        using (var file = File.Create(path))
        using (var gzip = new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionLevel.Fastest))
        using (var writer = new System.Formats.Tar.TarWriter(gzip, System.Formats.Tar.TarEntryFormat.Pax))
        {
            System.Formats.Tar.TarEntry? first;
            do
            {
                first = source.GetNextEntry(copyData: true);
            }
            while (first is not null && first.EntryType is not System.Formats.Tar.TarEntryType.RegularFile);

            var chapter = new System.Formats.Tar.PaxTarEntry(System.Formats.Tar.TarEntryType.RegularFile, Path.GetFileName(first!.Name)) { DataStream = first.DataStream };
            writer.WriteEntry(chapter);
            writer.WriteEntry(new System.Formats.Tar.PaxTarEntry(System.Formats.Tar.TarEntryType.SymbolicLink, "Israel;2099;Export;27.csv") { LinkName = chapter.Name });
            writer.WriteEntry(new System.Formats.Tar.PaxTarEntry(System.Formats.Tar.TarEntryType.HardLink, "Israel;2098;Export;27.csv") { LinkName = chapter.Name });
        }

        var import = TradeFileImporter.Import(path);

        Assert.Contains(import.Report, l => l.Contains("not read, of other layouts or not regular files (2): Israel;2099;Export;27.csv (a symbolic link), Israel;2098;Export;27.csv (a hard link)", StringComparison.Ordinal));
        Assert.DoesNotContain(import.Observations, o => o.Year is 2098 or 2099);
    }

    [RequiresImfFormatsFact]
    public void Imts_annual_sums_are_the_exact_sums_of_the_published_monthly_values()
    {
        // imts-sdmx-csv-NIC-G001-monthly.csv, XG_FOB_USD, 1990-M01..M12: the twelve OBS_VALUEs (whole dollars with eight decimals)
        // sum, in Python's decimal arithmetic, to 325,592,999.99999996 US$ = 325.59299999999996 $m. The trial expected 325.593: that
        // is a rounding of the published values' sum, which the tool does not do.
        var import = TradeFileImporter.Import(Path.Combine(TestPaths.FormatsFolder, "imts-sdmx-csv-NIC-G001-monthly.csv"));

        var y1990 = import.Observations.Single(o => o.Flow == TradeFlow.Exports && o.Year == 1990);
        Assert.Equal(325.59299999999996, y1990.Value.Value);
        Assert.EndsWith("1990-M01..1990-M12 (sum of 12)", y1990.Source, StringComparison.Ordinal);
    }

    [RequiresNationalFact]
    public void Uzbekistans_two_tables_swapped_are_said_to_look_swapped_against_the_imf_figures()
    {
        // The tables are told apart by their number alone (1105 exports, 1176 imports): each file under the other's name.
        var office = Path.Combine(TestPaths.NationalFolder, "uzbekistan");
        var swapped = Directory.CreateTempSubdirectory("uzb-swapped-").FullName;
        File.Copy(Path.Combine(office, "sdmx_data_1105.csv"), Path.Combine(swapped, "sdmx_data_1176.csv"));
        File.Copy(Path.Combine(office, "sdmx_data_1176.csv"), Path.Combine(swapped, "sdmx_data_1105.csv"));

        var outputs = Directory.CreateTempSubdirectory("uzb-out-").FullName;
        var (code, text, error) = CliRunner.Run("import", swapped, "--out", Path.Combine(outputs, "out.csv"));
        var (rightCode, right, _) = CliRunner.Run("import", office, "--out", Path.Combine(outputs, "right.csv"));

        Assert.True(code == 0, error);
        Assert.Contains("the exports read here lie close to its imports and the imports to its exports", text, StringComparison.Ordinal);
        Assert.Contains("the files look swapped. For Uzbekistan, sdmx_data_1105 is exports and 1176 imports.", error, StringComparison.Ordinal);
        Assert.Equal(0, rightCode);
        Assert.DoesNotContain("look swapped", right, StringComparison.Ordinal);
    }
}
