using System.Text.RegularExpressions;
using TradeAnalytics.Tests.Support;

namespace TradeAnalytics.Tests.Docs;

/// <summary>The file-based sample names packages this repository packs, at the version it packs (CI runs it against them).</summary>
public partial class SamplesTests
{
    [Fact]
    public void The_file_based_sample_asks_for_the_packed_version_of_a_package_here()
    {
        var version = Regex.Match(File.ReadAllText(TestPaths.Repo("Directory.Build.props")), "<Version>([^<]+)</Version>").Groups[1].Value;
        var packages = PackageDirective().Matches(File.ReadAllText(TestPaths.Repo("samples", "FileBased", "kz.cs"))).ToList();

        Assert.NotEmpty(packages);
        foreach (var package in packages)
        {
            Assert.Equal(version, package.Groups["version"].Value);
            Assert.True(File.Exists(TestPaths.Repo("src", package.Groups["name"].Value, package.Groups["name"].Value + ".csproj")), package.Value);
        }
    }

    [GeneratedRegex(@"^#:package (?<name>[\w.]+)@(?<version>\S+)$", RegexOptions.Multiline)]
    private static partial Regex PackageDirective();
}
