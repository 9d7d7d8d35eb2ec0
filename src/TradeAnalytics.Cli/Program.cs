using System.Runtime.InteropServices;
using TradeAnalytics;
using TradeAnalytics.Cli;

// Told to stop (Ctrl-C, SIGTERM): outputs not yet whole are deleted; every earlier file is as it was. The tool owns its writes
// (a WriteScope) and its signal handlers; the library installs none.
using var writes = new WriteScope();
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
// A file-size limit (ulimit -f) would kill the process with SIGXFSZ (25 on Linux and macOS); ignored (SIG_IGN, set at
// once rather than through the runtime's asynchronous signal dispatch, which lost the race now and then), the write
// fails instead with an error naming the file, and the temporary file is deleted like after any failed write.
if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())
{
    NativeSignals.Ignore(25);
}
// Standard output through a 64 KiB buffer: Console.Out flushes at every write, a system call per CSV field, which made
// a 51.6 M-row `sql … --format csv` take 27 minutes. Long outputs still stream, a buffer at a time; errors and notes go
// to standard error unbuffered, as they happen.
// A short command allocates a few tens of MB at most: the first of them without a collection (a gen-0 collection in the middle
// of a cold single-pair answer compacted the freshly read tables, a third of its time, measured with perf). Past 48 MB the
// collector works as usual; a runtime that cannot give the room just starts without it.
try
{
    GC.TryStartNoGCRegion(48L << 20);
}
catch (Exception e) when (e is ArgumentOutOfRangeException or InvalidOperationException)
{
}

HugePages.AdviseHeap();

using var stdout = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16) { AutoFlush = false };
try
{
    return CommandLine.Run(args, stdout, Console.Error);
}
finally
{
    stdout.Flush();
}

void Stop(PosixSignalContext context)
{
    writes.Stop();
    Console.Error.WriteLine($"stopped ({context.Signal}): outputs not yet whole were deleted; earlier files are as they were.");
}

/// <summary>The one signal disposition the runtime offers no synchronous way to set.</summary>
internal static class NativeSignals
{
#pragma warning disable SYSLIB1054 // LibraryImport would need unsafe code for one call with blittable arguments
    [DllImport("libc", EntryPoint = "signal")]
    private static extern nint Signal(int signal, nint handler);
#pragma warning restore SYSLIB1054

    /// <summary>Sets <paramref name="signal"/> to SIG_IGN.</summary>
    internal static void Ignore(int signal) => Signal(signal, 1);
}
