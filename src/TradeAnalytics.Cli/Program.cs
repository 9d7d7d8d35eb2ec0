using System.Runtime.InteropServices;
using TradeAnalytics;
using TradeAnalytics.Cli;

// Told to stop (Ctrl-C, SIGTERM): outputs not yet whole are deleted; every earlier file is as it was (SafeFile).
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
// A file-size limit (ulimit -f) would kill the process with SIGXFSZ (25 on Linux and macOS); ignored, the write fails
// instead with an error naming the file, and the temporary file is deleted like after any failed write.
using var fileSizeLimit = OperatingSystem.IsLinux() || OperatingSystem.IsMacOS() ? PosixSignalRegistration.Create((PosixSignal)25, context => context.Cancel = true) : null;
return CommandLine.Run(args, Console.Out, Console.Error);

static void Stop(PosixSignalContext context)
{
    SafeFile.DeletePending();
    Console.Error.WriteLine($"stopped ({context.Signal}): outputs not yet whole were deleted; earlier files are as they were.");
}
