using System.CommandLine;
using System.CommandLine.Parsing;

namespace TradeAnalytics.Cli;

/// <summary>
/// Refuses, before anything is read or written, a command whose output is one of its inputs (the same file, through
/// symbolic links too), is a file of the kind a folder it reads holds, or is another of its outputs. One check for every command: the
/// options and arguments are classed by name, so a new command is covered by naming its options as the others do.
/// </summary>
internal static class OutputGuard
{
    /// <summary>Options that name a file or folder the command writes.</summary>
    private static readonly HashSet<string> Outputs = new(StringComparer.Ordinal) { "--out", "--yoy", "--markdown", "--out-dir", "--chapter-names" };

    /// <summary>Options and arguments that name a file or folder the command reads.</summary>
    private static readonly HashSet<string> Inputs = new(StringComparer.Ordinal) { "--data", "--claims", "--draft", "path", "folder", "files", "a", "b" };

    internal static void Check(ParseResult parse)
    {
        var outputs = new List<(string Name, string Path)>();
        var inputs = new List<(string Name, string Path)>();
        foreach (var child in parse.CommandResult.Children)
        {
            var (name, tokens) = child switch
            {
                OptionResult o => (o.Option.Name, o.Tokens),
                ArgumentResult a => (a.Argument.Name, a.Tokens),
                _ => ("", (IReadOnlyList<Token>)[]),
            };
            var list = Outputs.Contains(name) ? outputs : Inputs.Contains(name) ? inputs : null;
            list?.AddRange(tokens.Select(t => (name, Canonical(t.Value))));
        }

        for (var i = 0; i < outputs.Count; i++)
        {
            var (name, path) = outputs[i];
            foreach (var (inputName, input) in inputs)
            {
                if (Same(path, input))
                {
                    throw new CommandLineException($"{name} {path} is also an input ({inputName}): refusing to overwrite what the command reads. Write to another file.");
                }

                if (Directory.Exists(input) && Inside(path, input) && Reads(input, inputName, path))
                {
                    throw new CommandLineException($"{name} {path} lies inside the folder {input} that the command reads ({inputName}), and is a file of the kind read there: write it elsewhere, so that no input is replaced and no output is read back as data.");
                }

                if (Directory.Exists(path) && Inside(input, path) && name == "--out-dir")
                {
                    throw new CommandLineException($"{name} {path} holds an input of the command ({input}): write the reports into another folder.");
                }
            }

            foreach (var (otherName, other) in outputs.Skip(i + 1))
            {
                if (Same(path, other))
                {
                    throw new CommandLineException($"{name} and {otherName} name the same file ({path}): give each output its own file.");
                }
            }
        }
    }

    /// <summary>
    /// Whether a folder import would read a file like <paramref name="output"/>: a folder of DOTS workbooks (import-dots's
    /// folder, or any folder holding .xlsx files) reads .xlsx; a folder of Comtrade files reads every .csv and .json.
    /// </summary>
    private static bool Reads(string folder, string inputName, string output)
    {
        var extension = Path.GetExtension(output).ToLowerInvariant();
        var workbooks = inputName == "folder" || Directory.EnumerateFiles(folder, "*.xlsx").Any();
        return workbooks ? extension == ".xlsx" : extension is ".csv" or ".json";
    }

    private static bool Same(string a, string b)
        => string.Equals(a, b, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal) || FileIdentity.SameFile(a, b);

    private static bool Inside(string path, string folder)
        => path.StartsWith(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    /// <summary>The full path with every symbolic link on it resolved (its folders' too), so that a link to a file is the file.</summary>
    internal static string Canonical(string path, int depth = 0)
    {
        var full = Path.GetFullPath(path);
        if (depth > 32)
        {
            return full;
        }

        var parent = Path.GetDirectoryName(full);
        var resolved = parent is null ? full : Path.Combine(Canonical(parent, depth + 1), Path.GetFileName(full));
        try
        {
            FileSystemInfo info = Directory.Exists(resolved) ? new DirectoryInfo(resolved) : new FileInfo(resolved);
            return info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target ? Canonical(target.FullName, depth + 1) : resolved;
        }
        catch (IOException)
        {
            return resolved;   // a link loop: the path as given, which the command will then fail to open with its own message
        }
    }
}

/// <summary>Whether two paths name one file through hard links: the same device and inode (Linux; elsewhere paths alone decide).</summary>
internal static class FileIdentity
{
#pragma warning disable SYSLIB1054 // LibraryImport would need unsafe code for one call with blittable arguments
    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "stat", SetLastError = true)]
    private static extern int Stat([System.Runtime.InteropServices.MarshalAs(System.Runtime.InteropServices.UnmanagedType.LPUTF8Str)] string path, byte[] buffer);
#pragma warning restore SYSLIB1054

    internal static bool SameFile(string a, string b)
        => OperatingSystem.IsLinux() && File.Exists(a) && File.Exists(b) && Id(a) is { } x && Id(b) is { } y && x == y;

    /// <summary>st_dev and st_ino, the first two 64-bit fields of struct stat on Linux x86-64 and arm64 alike.</summary>
    private static (ulong Device, ulong Inode)? Id(string path)
    {
        var buffer = new byte[256];
        try
        {
            return Stat(path, buffer) == 0 ? (BitConverter.ToUInt64(buffer, 0), BitConverter.ToUInt64(buffer, 8)) : null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;   // a C library without stat(): the path comparison stands alone
        }
    }
}
