namespace TradeAnalytics.Tests.Outputs;

/// <summary>
/// Safe writing is an instance its owner stops (<see cref="WriteScope"/>), never a switch of the process: a stopped scope
/// deletes what was begun in it and begins nothing more, while writes outside it go on.
/// </summary>
public class WriteScopeTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("write-scope-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string[] PartFiles() => Directory.GetFiles(_folder, "*.part");

    [Fact]
    public void Stopping_deletes_the_files_begun_in_the_scope_and_refuses_new_ones()
    {
        var target = Path.Combine(_folder, "out.csv");
        File.WriteAllText(target, "earlier");
        using var writes = new WriteScope();
        var pending = SafeFile.Open(target);
        pending.Stream.Write("half a file"u8);
        Assert.Single(PartFiles());
        Assert.Single(writes.Pending);

        writes.Stop();

        Assert.True(writes.IsStopped);
        Assert.Empty(PartFiles());
        Assert.Empty(writes.Pending);
        Assert.Contains("told to stop", Assert.Throws<IOException>(pending.Commit).Message, StringComparison.Ordinal);   // nothing moves into place
        pending.Dispose();
        var refused = Assert.Throws<IOException>(() => SafeFile.WriteText(target, "later"));
        Assert.Contains("told to stop", refused.Message, StringComparison.Ordinal);
        Assert.Equal("earlier", File.ReadAllText(target));
        Assert.Empty(PartFiles());
    }

    [Fact]
    public async Task A_stopped_scope_does_not_stop_writes_outside_it()
    {
        var inside = Path.Combine(_folder, "inside.txt");
        var outside = Path.Combine(_folder, "outside.txt");
        using (var writes = new WriteScope())
        {
            writes.Stop();
            Assert.Throws<IOException>(() => SafeFile.WriteText(inside, "x"));

            // Another flow of execution that does not carry the scope (a host's other work) writes as usual.
            Task elsewhere;
            using (ExecutionContext.SuppressFlow())
            {
                elsewhere = Task.Run(() => SafeFile.WriteText(outside, "written"));
            }

            await elsewhere;
        }

        Assert.Equal("written", File.ReadAllText(outside));
        SafeFile.WriteText(inside, "after the scope");              // the scope is disposed: writes go on
        Assert.Equal("after the scope", File.ReadAllText(inside));
        Assert.False(File.Exists(inside + ".part"));
    }

    [Fact]
    public async Task Tasks_the_scope_starts_are_in_it_and_an_inner_scope_stops_with_its_outer()
    {
        using var outer = new WriteScope();
        using var inner = new WriteScope();
        var begun = await Task.Run(() => SafeFile.Open(Path.Combine(_folder, "parallel.bin")));
        Assert.Single(outer.Pending);
        Assert.Single(inner.Pending);

        outer.Stop();

        Assert.True(inner.IsStopped);
        Assert.Empty(PartFiles());
        begun.Dispose();
        Assert.Throws<IOException>(() => SafeFile.WriteBytes(Path.Combine(_folder, "next.bin"), [1, 2, 3]));
    }

    [Fact]
    public void Files_moved_into_place_leave_the_list()
    {
        using var writes = new WriteScope();
        SafeFile.WriteText(Path.Combine(_folder, "a.txt"), "a");
        using (var kept = SafeFile.Open(Path.Combine(_folder, "b.txt")))
        {
            kept.Stream.Write("b"u8);
            kept.Commit();
        }

        Assert.Empty(writes.Pending);
        writes.Stop();
        Assert.Equal("a", File.ReadAllText(Path.Combine(_folder, "a.txt")));
        Assert.Equal("b", File.ReadAllText(Path.Combine(_folder, "b.txt")));
    }
}
