using System.Runtime.InteropServices;
using TradeAnalytics;
using TradeAnalytics.Cli;

// Told to stop (Ctrl-C, SIGTERM): outputs not yet whole are deleted; every earlier file is as it was (SafeFile).
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
return CommandLine.Run(args, Console.Out, Console.Error);

static void Stop(PosixSignalContext context)
{
    SafeFile.DeletePending();
    Console.Error.WriteLine($"stopped ({context.Signal}): outputs not yet whole were deleted; earlier files are as they were.");
}
