namespace TradeAnalytics;

/// <summary>
/// Safe writing that its owner can stop: every file <see cref="SafeFile"/> begins while the scope is current (on the flow
/// of execution that made it and the tasks that flow starts) is listed until it is moved into place. <see cref="Stop"/>
/// deletes the ones not yet whole and makes the writes begun after it fail. A program that ends on a signal (the command
/// line, the figures runner) makes one at its start and stops it in its handler; the library itself installs no handler and
/// keeps no switch of its own, and writes outside any scope are never stopped by another's.
/// </summary>
/// <remarks>
/// A scope made while another is current is part of it: stopping the outer one stops it too. Dispose the scopes in the
/// reverse order they were made (a <c>using</c> declaration does).
/// </remarks>
/// <example>
/// <code>
/// using var writes = new WriteScope();
/// using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, _ => writes.Stop());
/// </code>
/// </example>
public sealed class WriteScope : IDisposable
{
    private static readonly AsyncLocal<WriteScope?> Innermost = new();
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);
    private readonly WriteScope? _outer;
    private bool _stopped;
    private bool _disposed;

    /// <summary>Makes the scope current on this flow of execution.</summary>
    public WriteScope()
    {
        _outer = Innermost.Value;
        Innermost.Value = this;
    }

    /// <summary>Whether <see cref="Stop"/> was called on this scope or one it is part of.</summary>
    public bool IsStopped
    {
        get
        {
            for (var scope = this; scope is not null; scope = scope._outer)
            {
                lock (scope._pending)
                {
                    if (scope._stopped)
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }

    /// <summary>The files begun in the scope and not yet moved into place or deleted (full paths of the temporary files).</summary>
    public IReadOnlyList<string> Pending
    {
        get
        {
            lock (_pending)
            {
                return [.. _pending];
            }
        }
    }

    /// <summary>
    /// Deletes every temporary file begun in the scope and not yet moved into place, and from then on begins none in it
    /// (<see cref="SafeFile.Open"/> and the writes built on it throw an <see cref="IOException"/> saying so). A file being moved
    /// into place at that moment is either in place whole or not at all. Safe to call from any thread, a signal handler's
    /// among them, and more than once.
    /// </summary>
    public void Stop()
    {
        string[] pending;
        lock (_pending)
        {
            _stopped = true;
            pending = [.. _pending];
            _pending.Clear();
        }

        foreach (var temporary in pending)
        {
            SafeFile.Delete(temporary);
        }
    }

    /// <summary>Makes the scope that was current before this one current again; files begun in it stay listed until done.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (Innermost.Value == this)
        {
            Innermost.Value = _outer;
        }
    }

    /// <summary>The scopes current on this flow, innermost first.</summary>
    internal static List<WriteScope> Current()
    {
        var scopes = new List<WriteScope>();
        for (var scope = Innermost.Value; scope is not null; scope = scope._outer)
        {
            scopes.Add(scope);
        }

        return scopes;
    }

    /// <summary>
    /// Creates <paramref name="temporary"/> through <paramref name="create"/> and lists it in every scope of
    /// <paramref name="scopes"/>, all of them locked (outermost first) meanwhile, so that a <see cref="Stop"/> either sees the
    /// file or comes before it is made (and then it is not made).
    /// </summary>
    /// <exception cref="IOException">One of the scopes is stopped.</exception>
    internal static FileStream Begin(List<WriteScope> scopes, string temporary, string path, Func<FileStream> create)
    {
        var taken = 0;
        try
        {
            for (var i = scopes.Count - 1; i >= 0; i--)
            {
                Monitor.Enter(scopes[i]._pending);
                taken++;
                if (scopes[i]._stopped)
                {
                    throw new IOException($"{path}: not written, the program was told to stop; the earlier file, if any, is left as it was.");
                }
            }

            var stream = create();
            foreach (var scope in scopes)
            {
                scope._pending.Add(temporary);
            }

            return stream;
        }
        finally
        {
            for (var i = scopes.Count - taken; i < scopes.Count; i++)
            {
                Monitor.Exit(scopes[i]._pending);
            }
        }
    }

    /// <summary>Takes <paramref name="temporary"/> off the lists of <paramref name="scopes"/> (moved into place or deleted).</summary>
    internal static void Done(List<WriteScope> scopes, string temporary)
    {
        foreach (var scope in scopes)
        {
            lock (scope._pending)
            {
                scope._pending.Remove(temporary);
            }
        }
    }
}
