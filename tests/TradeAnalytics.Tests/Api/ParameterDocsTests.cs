using System.Reflection;
using System.Runtime.CompilerServices;
using System.Xml.Linq;

namespace TradeAnalytics.Tests.Api;

/// <summary>
/// Item 16 of the "what a stranger meets" issue: every parameter of the public API has a &lt;param&gt; tag.
/// The compiler only warns (CS1573) when some parameters of a member are documented and others are not,
/// so this reads each package's XML documentation file by reflection. Every package is listed.
/// </summary>
public class ParameterDocsTests
{
    public static TheoryData<string> Packages => PublicApiTests.Packages;

    [Theory]
    [MemberData(nameof(Packages))]
    public void Every_public_parameter_is_documented(string package)
    {
        var assembly = Assembly.Load(package);
        var xmlPath = Path.ChangeExtension(assembly.Location, ".xml");
        Assert.True(File.Exists(xmlPath), $"{xmlPath} is missing: GenerateDocumentationFile must be on.");
        var members = XDocument.Load(xmlPath).Descendants("member")
            .Select(m => (Name: (string)m.Attribute("name")!, Params: m.Elements("param").Select(p => (string)p.Attribute("name")!).ToHashSet(), Inherits: m.Element("inheritdoc") is not null))
            .ToList();

        var undocumented = new List<string>();
        foreach (var type in assembly.GetExportedTypes())
        {
            var typeId = type.FullName!.Replace('+', '.');
            var typeParams = members.Where(m => m.Name == "T:" + typeId).SelectMany(m => m.Params).ToHashSet();
            var methods = type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(m => (!m.IsSpecialName || m.Name.StartsWith("op_", StringComparison.Ordinal)) && m.GetCustomAttribute<CompilerGeneratedAttribute>() is null)
                .Where(m => !(m.Name is "Equals" or "GetHashCode" or "ToString" or "Deconstruct" or "PrintMembers" or "<Clone>$"))
                .Cast<MethodBase>()
                .Concat(type.GetConstructors(BindingFlags.Public | BindingFlags.Instance));
            foreach (var method in methods)
            {
                var parameters = method.GetParameters().Select(p => p.Name!).ToList();
                if (parameters.Count == 0)
                {
                    continue;
                }

                var prefix = $"M:{typeId}.{(method.IsConstructor ? "#ctor" : method.Name)}";
                var candidates = members.Where(m => m.Name == prefix || m.Name.StartsWith(prefix + "(", StringComparison.Ordinal) || m.Name.StartsWith(prefix + "``", StringComparison.Ordinal)).ToList();
                var documented = candidates.Any(c => c.Inherits || parameters.All(c.Params.Contains))
                    // A record's primary constructor is documented by the type's <param> tags.
                    || (method.IsConstructor && parameters.All(typeParams.Contains));
                if (!documented)
                {
                    undocumented.Add($"{type.Name}.{method.Name}({string.Join(", ", parameters)})");
                }
            }
        }

        Assert.True(undocumented.Count == 0, $"{package}: parameters without <param>: {string.Join("; ", undocumented)}");
    }
}
