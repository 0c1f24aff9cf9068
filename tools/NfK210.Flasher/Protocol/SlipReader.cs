namespace NfK210.Flasher.Protocol;

/// <summary>
/// Incremental SLIP decoder (spec §4): bytes before the first 0xC0 are discarded (and counted as noise), a frame
/// ends at the next 0xC0, consecutive 0xC0 are one delimiter (so a lost frame end does not shift later replies), and
/// an escape other than DB DC / DB DD spoils the frame it is in.
/// </summary>
public sealed class SlipReader
{
    private readonly List<byte> _buffer = [];
    private bool _inFrame;
    private bool _escape;
    private string? _error;

    /// <summary>Bytes seen outside any frame since the last <see cref="Reset"/>.</summary>
    public int NoiseBytes { get; private set; }

    /// <summary>Feeds one byte; returns a frame when this byte closes one.</summary>
    public SlipFrame? Push(byte b)
    {
        if (!_inFrame)
        {
            if (b == Slip.End)
            {
                _inFrame = true;
            }
            else
            {
                NoiseBytes++;
            }

            return null;
        }

        if (b == Slip.End)
        {
            if (_buffer.Count == 0 && _error is null && !_escape)
            {
                return null; // C0 C0: the end of nothing and the start of the next frame
            }

            string? error = _escape ? "frame ends inside an escape" : _error;
            var frame = new SlipFrame([.. _buffer], error);
            _buffer.Clear();
            _error = null;
            _escape = false;
            return frame;
        }

        if (_escape)
        {
            _escape = false;
            if (b == Slip.EscEnd)
            {
                _buffer.Add(Slip.End);
            }
            else if (b == Slip.EscEsc)
            {
                _buffer.Add(Slip.Esc);
            }
            else
            {
                _error ??= $"invalid SLIP escape DB {b:X2}";
            }

            return null;
        }

        if (b == Slip.Esc)
        {
            _escape = true;
        }
        else
        {
            _buffer.Add(b);
        }

        return null;
    }

    /// <summary>Forgets any partial frame (after a baud change or a flush).</summary>
    public void Reset()
    {
        _buffer.Clear();
        _inFrame = false;
        _escape = false;
        _error = null;
        NoiseBytes = 0;
    }
}
