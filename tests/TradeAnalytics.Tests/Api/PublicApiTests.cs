using System.Reflection;
using PublicApiGenerator;
using TradeAnalytics.Charts;
using TradeAnalytics.Sources.Imf;
using TradeAnalytics.Tests.Support;

namespace TradeAnalytics.Tests.Api;

/// <summary>
/// The public API of each package, approved: a change to it fails this test until the approved file
/// (tests/TradeAnalytics.Tests/Api/*.approved.txt) is updated in the same commit, so it shows as a
/// reviewed diff. On a mismatch the test writes *.received.txt beside it; copy it over to approve.
/// </summary>
public class PublicApiTests
{
    public static TheoryData<string> Packages => new(ArchitectureTests.Shipped);

    [Trait("Category", "Slow")]
    [Theory]
    [MemberData(nameof(Packages))]
    public void The_public_api_is_the_approved_one(string package)
    {
        var assembly = package switch
        {
            "TradeAnalytics" => typeof(TradeDataset).Assembly,
            "TradeAnalytics.Formats" => typeof(InterchangeCsv).Assembly,
            "TradeAnalytics.Sources" => typeof(DotsWorkbookReader).Assembly,
            "TradeAnalytics.Reports" => typeof(TradeAnalytics.Reports.HtmlReport).Assembly,
            "TradeAnalytics.Parquet" => typeof(TradeAnalytics.Parquet.InterchangeParquet).Assembly,
            "TradeAnalytics.Sql" => typeof(TradeAnalytics.Sql.TradeSql).Assembly,
            "TradeAnalytics.Data.ImfDots2022" => typeof(TradeAnalytics.Data.ImfDots2022All).Assembly,
            "TradeAnalytics.Catalogue" => typeof(SourceCatalogue).Assembly,
            _ => typeof(BarChart).Assembly,
        };
        var api = assembly.GeneratePublicApi(new ApiGeneratorOptions { ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute"] })
            .ReplaceLineEndings("\n");
        var approvedPath = TestPaths.Repo("tests", "TradeAnalytics.Tests", "Api", package + ".approved.txt");
        var receivedPath = Path.ChangeExtension(approvedPath, null).Replace(".approved", ".received", StringComparison.Ordinal) + ".txt";
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : "";

        if (approved != api)
        {
            File.WriteAllText(receivedPath, api);
        }
        else if (File.Exists(receivedPath))
        {
            File.Delete(receivedPath);
        }

        Assert.True(approved == api, $"The public API of {package} changed. Review {receivedPath} and, if intended, copy it to {approvedPath}.");
    }
}
