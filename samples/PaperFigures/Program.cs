// Regenerates the paper's five figures, figure 6 on oil, figure 7 (every source to 2025) and figure 8 (HS chapters) (PNG, SVG, CSV), the claim report (claims.md, claims.csv)
// and the one-page HTML report (report.html) into charts/; with --figures LIST, only those figures.
// Usage: dotnet run --project samples/PaperFigures -c Release [-- --out DIR] [--mirror] [--figures 1-5]
using System.Runtime.InteropServices;
using TradeAnalytics;

// Told to stop (Ctrl-C, SIGTERM): files not yet whole are deleted, not left as .part files beside their targets; every earlier
// file is as it was. The program owns its writes (a WriteScope) and its signal handlers; the library installs none.
using var writes = new WriteScope();
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
return PaperFigures.Runner.Run(args, Console.Out, Console.Error);

void Stop(PosixSignalContext context)
{
    writes.Stop();
    Console.Error.WriteLine($"stopped ({context.Signal}): files not yet whole were deleted; earlier files are as they were.");
}
