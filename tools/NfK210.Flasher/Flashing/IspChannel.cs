using System.Diagnostics;
using NfK210.Flasher.Protocol;
using NfK210.Flasher.Transport;

namespace NfK210.Flasher.Flashing;

/// <summary>Requests out, SLIP-framed replies in, over a serial link; 0xD1 debug text is collected on the way.</summary>
public sealed class IspChannel
{
    private readonly ISerialLink _link;
    private readonly SlipReader _reader = new();
    private readonly Queue<byte> _pending = new();
    private readonly byte[] _chunk = new byte[4096];

    public IspChannel(ISerialLink link)
    {
        _link = link;
    }

    public ISerialLink Link => _link;

    /// <summary>Debug text (0xD1) received so far.</summary>
    public List<string> DebugText { get; } = [];

    /// <summary>Drops whatever was received and not read yet (late or duplicated replies).</summary>
    public void Flush()
    {
        _link.DiscardBuffers();
        _pending.Clear();
        _reader.Reset();
    }

    /// <summary>
    /// After a packet that needed more than one try: a late reply to an earlier try may still be on its way; wait and
    /// drop it, so it cannot be taken for the reply to the next packet.
    /// </summary>
    public void SettleAfterRetry(int attempt, TimeSpan settle)
    {
        if (attempt > 0)
        {
            Thread.Sleep(settle);
            Flush();
        }
    }

    public void Send(IspRequest request) => _link.Write(request.EncodeFrame());

    /// <summary>Flushes, sends, and waits for the reply.</summary>
    public ReplyOutcome Transact(IspRequest request, TimeSpan timeout)
    {
        Flush();
        Send(request);
        return Receive(timeout);
    }

    /// <summary>The next reply frame within <paramref name="timeout"/>; debug text does not count as the reply.</summary>
    public ReplyOutcome Receive(TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            while (_pending.Count > 0)
            {
                SlipFrame? frame = _reader.Push(_pending.Dequeue());
                if (frame is null)
                {
                    continue;
                }

                if (!frame.IsValid)
                {
                    return new ReplyOutcome(null, $"garbled reply ({frame.Error})");
                }

                IspReply? reply = IspReply.Decode(frame.Payload);
                if (reply is null)
                {
                    return new ReplyOutcome(null, $"garbled reply (a frame of {frame.Payload.Length} byte(s))");
                }

                if (reply.IsDebugText)
                {
                    DebugText.Add(reply.Text);
                    continue;
                }

                return new ReplyOutcome(reply, null);
            }

            TimeSpan left = timeout - clock.Elapsed;
            if (left <= TimeSpan.Zero)
            {
                return _reader.NoiseBytes > 0
                    ? new ReplyOutcome(null, $"no reply, only {_reader.NoiseBytes} byte(s) of unframed noise")
                    : ReplyOutcome.Timeout;
            }

            int n = _link.Read(_chunk, left < TimeSpan.FromMilliseconds(100) ? left : TimeSpan.FromMilliseconds(100));
            for (int i = 0; i < n; i++)
            {
                _pending.Enqueue(_chunk[i]);
            }
        }
    }
}
