using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Protishruti.Web.Documents.Chromium;

/// <summary>
/// A minimal Chrome DevTools Protocol client over one browser WebSocket, with flattened sessions (ADR 0013):
/// commands are matched to replies by id, events are handed to the session that subscribed to them.
/// </summary>
internal sealed class CdpConnection : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> _pending = new();
    private readonly ConcurrentDictionary<string, Action<string, JsonElement>> _sessions = new();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly CancellationTokenSource _closing = new();
    private Task _receiving = Task.CompletedTask;
    private int _nextId;

    /// <summary>Completed when the socket drops: the browser crashed or was killed.</summary>
    public Task Closed => _closedSource.Task;
    private readonly TaskCompletionSource _closedSource = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsOpen => !_closedSource.Task.IsCompleted && _socket.State == WebSocketState.Open;

    public static async Task<CdpConnection> ConnectAsync(Uri endpoint, CancellationToken ct)
    {
        var connection = new CdpConnection();
        connection._socket.Options.KeepAliveInterval = TimeSpan.Zero;
        await connection._socket.ConnectAsync(endpoint, ct);
        connection._receiving = Task.Run(connection.ReceiveLoopAsync, CancellationToken.None);
        return connection;
    }

    /// <summary>Routes the events of <paramref name="sessionId"/> (method, params) to <paramref name="onEvent"/>.</summary>
    public void Subscribe(string sessionId, Action<string, JsonElement> onEvent) => _sessions[sessionId] = onEvent;

    public void Unsubscribe(string sessionId) => _sessions.TryRemove(sessionId, out _);

    public async Task<JsonElement> SendAsync(string method, object? parameters = null, string? sessionId = null, CancellationToken ct = default)
    {
        var id = Interlocked.Increment(ref _nextId);
        var reply = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = reply;
        var message = new JsonObject { ["id"] = id, ["method"] = method };
        if (parameters is not null) message["params"] = JsonSerializer.SerializeToNode(parameters);
        if (sessionId is not null) message["sessionId"] = sessionId;
        var bytes = Encoding.UTF8.GetBytes(message.ToJsonString());
        try
        {
            if (!IsOpen) throw new WebSocketException("The DevTools connection is closed.");
            await _sendLock.WaitAsync(ct);
            try
            {
                await _socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, ct);
            }
            finally
            {
                _sendLock.Release();
            }
            await using var _ = ct.Register(() => reply.TrySetCanceled(ct));
            return await reply.Task;
        }
        finally
        {
            _pending.TryRemove(id, out _);
        }
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (_socket.State == WebSocketState.Open)
            {
                var result = await _socket.ReceiveAsync(buffer, _closing.Token);
                if (result.MessageType == WebSocketMessageType.Close) break;
                message.Write(buffer, 0, result.Count);
                if (!result.EndOfMessage) continue;
                Dispatch(message.GetBuffer().AsMemory(0, (int)message.Length));
                message.SetLength(0);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException or IOException)
        {
            // The browser went away; everyone waiting learns it below.
        }
        finally
        {
            _closedSource.TrySetResult();
            foreach (var (_, pending) in _pending)
                pending.TrySetException(new WebSocketException("The DevTools connection closed: the browser exited."));
        }
    }

    private void Dispatch(ReadOnlyMemory<byte> utf8)
    {
        using var doc = JsonDocument.Parse(utf8);
        var root = doc.RootElement;
        if (root.TryGetProperty("id", out var idElement))
        {
            if (!_pending.TryGetValue(idElement.GetInt32(), out var reply)) return;
            if (root.TryGetProperty("error", out var error))
                reply.TrySetException(new CdpException(error.GetProperty("message").GetString() ?? "DevTools error"));
            else
                reply.TrySetResult(root.TryGetProperty("result", out var r) ? r.Clone() : default);
            return;
        }
        if (root.TryGetProperty("sessionId", out var session) && _sessions.TryGetValue(session.GetString()!, out var handler)
            && root.TryGetProperty("method", out var method))
        {
            handler(method.GetString()!, root.TryGetProperty("params", out var p) ? p.Clone() : default);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _closing.CancelAsync();
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                using var quick = new CancellationTokenSource(TimeSpan.FromSeconds(1));
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, quick.Token);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // Already gone.
        }
        await _receiving;
        _socket.Dispose();
        _closing.Dispose();
        _sendLock.Dispose();
    }
}

public sealed class CdpException : Exception
{
    public CdpException() { }
    public CdpException(string message) : base(message) { }
    public CdpException(string message, Exception inner) : base(message, inner) { }
}
