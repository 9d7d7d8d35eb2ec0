using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace TradeAnalytics.Tests.Support;

/// <summary>What the server answers to one request.</summary>
internal sealed record Answer(int Status, byte[] Body, string ContentType = "application/vnd.sdmx.data+csv; charset=utf-8")
{
    public Dictionary<string, string> Headers { get; init; } = [];

    /// <summary>Wait this long before answering (a stall).</summary>
    public TimeSpan Stall { get; init; }

    /// <summary>Announce the whole length but send only this many bytes, then drop the connection.</summary>
    public int? CutAfter { get; init; }

    public static Answer Text(int status, string body, string contentType = "text/plain; charset=utf-8") => new(status, Encoding.UTF8.GetBytes(body), contentType);
}

/// <summary>One request as the server saw it.</summary>
internal sealed record SeenRequest(string PathAndQuery, IReadOnlyDictionary<string, string> Headers);

/// <summary>
/// An HTTP server on 127.0.0.1 (a free port) that answers from a function — replaying recorded files and
/// injecting faults — and records every request. Requests are bounded by the tests; it stops when disposed.
/// </summary>
internal sealed class ReplayServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Func<SeenRequest, Answer> _answer;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public ReplayServer(Func<SeenRequest, Answer> answer)
    {
        _answer = answer;
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        BaseUrl = $"http://127.0.0.1:{port}/";
        _listener.Prefixes.Add(BaseUrl);
        _listener.Start();
        _loop = Task.Run(Loop);
    }

    public string BaseUrl { get; }

    public ConcurrentQueue<SeenRequest> Requests { get; } = new();

    private async Task Loop()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (_stop.IsCancellationRequested || !_listener.IsListening)
            {
                return;
            }

            _ = Task.Run(() => Serve(context));
        }
    }

    private async Task Serve(HttpListenerContext context)
    {
        var headers = context.Request.Headers.AllKeys.Where(k => k is not null).ToDictionary(k => k!, k => context.Request.Headers[k]!, StringComparer.OrdinalIgnoreCase);
        var seen = new SeenRequest(context.Request.RawUrl ?? "", headers);
        Requests.Enqueue(seen);
        var answer = _answer(seen);
        try
        {
            if (answer.Stall > TimeSpan.Zero)
            {
                await Task.Delay(answer.Stall, _stop.Token);
            }

            var response = context.Response;
            response.StatusCode = answer.Status;
            response.ContentType = answer.ContentType;
            foreach (var (name, value) in answer.Headers)
            {
                response.Headers[name] = value;
            }

            response.ContentLength64 = answer.Body.Length;
            var send = answer.CutAfter ?? answer.Body.Length;
            await response.OutputStream.WriteAsync(answer.Body.AsMemory(0, send));
            if (answer.CutAfter is not null)
            {
                await response.OutputStream.FlushAsync();
                response.Abort();
                return;
            }

            response.Close();
        }
        catch (Exception) when (_stop.IsCancellationRequested)
        {
        }
        catch (HttpListenerException)
        {
        }
        catch (IOException)
        {
        }
    }

    private int _disposed;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        _stop.Cancel();
        _listener.Stop();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }

        _stop.Dispose();
    }
}
