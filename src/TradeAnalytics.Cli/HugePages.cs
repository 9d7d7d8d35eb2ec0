using System.Globalization;
using System.Runtime.InteropServices;

namespace TradeAnalytics.Cli;

/// <summary>
/// Asks Linux to back the garbage-collected heap with transparent huge pages where the system leaves that to the program
/// (<c>/sys/kernel/mm/transparent_hugepage/enabled</c> = <c>madvise</c>, the common default). A short command touches
/// some megabytes of fresh heap, and each 4 KiB page touched is a page fault: in a virtual machine, about a third of a cold
/// answer's time went to them (perf). With 2 MiB pages the same memory is a few faults. Anything unusual (another system, no
/// <c>/proc</c>, a refusal) leaves the heap as it was.
/// </summary>
internal static class HugePages
{
    private const int AdviseHugePage = 14;   // MADV_HUGEPAGE

#pragma warning disable SYSLIB1054 // LibraryImport would need unsafe code for one call with blittable arguments
    [DllImport("libc", EntryPoint = "madvise")]
    private static extern int Madvise(nint address, nuint length, int advice);
#pragma warning restore SYSLIB1054

    /// <summary>Advises the heap's address range (the mappings around a fresh object, contiguous and anonymous).</summary>
    internal static void AdviseHeap()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        try
        {
            var probe = GCHandle.Alloc(new byte[64], GCHandleType.Pinned);
            var at = (ulong)probe.AddrOfPinnedObject();
            probe.Free();
            var maps = new List<(ulong Start, ulong End, bool Anonymous)>();
            foreach (var line in File.ReadLines("/proc/self/maps"))
            {
                // start-end perms offset dev inode [path]
                var fields = line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
                var range = fields[0].Split('-');
                maps.Add((ulong.Parse(range[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture), ulong.Parse(range[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture),
                    fields.Length == 5 && fields[4] == "0"));
            }

            var i = maps.FindIndex(m => m.Start <= at && at < m.End);
            if (i < 0 || !maps[i].Anonymous)
            {
                return;
            }

            var (first, last) = (i, i);
            while (first > 0 && maps[first - 1].Anonymous && maps[first - 1].End == maps[first].Start)
            {
                first--;
            }

            while (last + 1 < maps.Count && maps[last + 1].Anonymous && maps[last + 1].Start == maps[last].End)
            {
                last++;
            }

            _ = Madvise((nint)maps[first].Start, (nuint)(maps[last].End - maps[first].Start), AdviseHugePage);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or OverflowException or IndexOutOfRangeException or DllNotFoundException or EntryPointNotFoundException)
        {
        }
    }
}
