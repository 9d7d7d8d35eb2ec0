using System.Reflection;
using System.Runtime.CompilerServices;
using TradeAnalytics.Tests.Support;

namespace TradeAnalytics.Tests.Api;

/// <summary>
/// The core (TradeAnalytics) holds the model, the analytics and claim evaluation, and depends on the runtime and MathNet
/// alone: file formats, safe writing and the claim and report writers are in TradeAnalytics.Formats, readers and clients in
/// TradeAnalytics.Sources, and so on outward. No package shows its internals to another package; only the test projects see them.
/// </summary>
public class ArchitectureTests
{
    /// <summary>Every package under src/ but the tool.</summary>
    internal static readonly string[] Shipped =
    [
        "TradeAnalytics", "TradeAnalytics.Formats", "TradeAnalytics.Sources", "TradeAnalytics.Charts", "TradeAnalytics.Reports",
        "TradeAnalytics.Parquet", "TradeAnalytics.Sql", "TradeAnalytics.Data.ImfDots2022", "TradeAnalytics.Catalogue",
    ];

    /// <summary>What an assembly references beyond the runtime and MathNet.</summary>
    private static List<string> BeyondRuntimeAndMathNet(Assembly assembly)
        => [.. assembly.GetReferencedAssemblies().Select(a => a.Name!)
            .Where(n => !(n is "netstandard" or "mscorlib" or "MathNet.Numerics" || n.StartsWith("System.", StringComparison.Ordinal) || n == "System" || n.StartsWith("Microsoft.Win32.", StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal)];

    [Fact]
    public void The_core_references_the_runtime_and_MathNet_alone()
    {
        var core = typeof(TradeDataset).Assembly;
        Assert.Equal("TradeAnalytics", core.GetName().Name);
        Assert.Empty(BeyondRuntimeAndMathNet(core));
        Assert.Contains("MathNet.Numerics", core.GetReferencedAssemblies().Select(a => a.Name));
    }

    [Fact]
    public void The_rule_fails_on_a_forbidden_reference()
    {
        // The formats package references the core and Sep (its CSV reader): both are beyond what the core may reference,
        // so the same rule applied to it names them.
        var formats = typeof(InterchangeCsv).Assembly;
        Assert.Equal(["Sep", "TradeAnalytics"], BeyondRuntimeAndMathNet(formats));
    }

    [Fact]
    public void The_core_holds_no_file_format_or_writer()
    {
        var core = typeof(TradeDataset).Assembly;
        foreach (var name in new[] { "SafeFile", "InputFile", "InterchangeCsv", "CsvText", "StrictCsv", "CsvRecords" })
        {
            Assert.DoesNotContain(core.GetTypes(), t => t.Name == name);
        }

        Assert.DoesNotContain(core.GetTypes(), t => t.Name is "ClaimsFile" or "ClaimReport");
        Assert.Equal("TradeAnalytics.Formats", typeof(TradeAnalytics.Claims.ClaimsFile).Assembly.GetName().Name);
        Assert.Equal("TradeAnalytics.Formats", typeof(SafeFile).Assembly.GetName().Name);
    }

    [Fact]
    public void No_package_shows_its_internals_to_another_package()
    {
        var shown = new List<string>();
        foreach (var package in Shipped)
        {
            var assembly = Assembly.Load(package);
            foreach (var friend in assembly.GetCustomAttributes<InternalsVisibleToAttribute>().Select(a => a.AssemblyName))
            {
                if (friend is not ("TradeAnalytics.Tests" or "TradeAnalytics.Benchmarks"))
                {
                    shown.Add($"{package} → {friend}");
                }
            }
        }

        Assert.Empty(shown);
    }

    [Fact]
    public void Every_package_under_src_is_listed()
    {
        var projects = Directory.GetDirectories(TestPaths.Repo("src"))
            .Where(d => File.Exists(Path.Combine(d, Path.GetFileName(d) + ".csproj")))
            .Select(Path.GetFileName)
            .Where(n => n != "TradeAnalytics.Cli");
        Assert.Equal(projects.Order(StringComparer.Ordinal), Shipped.Order(StringComparer.Ordinal));
    }
}
