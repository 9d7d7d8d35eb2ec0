using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace TradeAnalytics.Charts;

/// <summary>
/// Native memory for the pixels of charts being drawn as PNG, shared by every chart and thread and kept for the next.
/// </summary>
/// <remarks>
/// The system maps a page of fresh memory only when it is first touched, one fault per 4 KiB page, and on these virtual machines
/// a fault is dear: a chart's 2.4–5 MB of pixels drawn on fresh memory cost more than drawing it. The shared array pool
/// kept a returned buffer in the cache of the thread that returned it, so a chart drawn on another thread took fresh memory
/// (4,433 faults, a third of the figures runner's, for 14 charts on two cores). A block here is reserved at
/// <see cref="Reserve"/> bytes or more, and only the part a chart draws on is ever mapped, so one block serves a small
/// chart and then a large one without a second reservation. At most one block per core is kept; the others are freed.
/// </remarks>
internal static class PixelBlocks
{
    /// <summary>A reserved block: its address and size in bytes.</summary>
    internal readonly record struct Block(IntPtr Address, nuint Size);   // from Marshal.AllocHGlobal (malloc: a block this size is mapped lazily)

    /// <summary>The least a block reserves: 8 MiB, room for a 1400×900 chart (5 MB) and more.</summary>
    internal const int Reserve = 8 << 20;

    private static readonly ConcurrentStack<Block> Free = new();

    /// <summary>A block of at least <paramref name="bytes"/> bytes, reused when one is free.</summary>
    internal static Block Rent(int bytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bytes);
        while (Free.TryPop(out var block))
        {
            if (block.Size >= (nuint)bytes)
            {
                return block;
            }

            Marshal.FreeHGlobal(block.Address);
        }

        var size = (nuint)Math.Max(bytes, Reserve);
        return new Block(Marshal.AllocHGlobal((nint)size), size);
    }

    /// <summary>Gives a block back for the next chart, or frees it when as many are kept as there are cores.</summary>
    internal static void Return(Block block)
    {
        if (Free.Count < Environment.ProcessorCount)
        {
            Free.Push(block);
        }
        else
        {
            Marshal.FreeHGlobal(block.Address);
        }
    }
}
