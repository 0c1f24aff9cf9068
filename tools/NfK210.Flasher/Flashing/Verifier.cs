using System.Security.Cryptography;
using NfK210.Flasher.Images;

namespace NfK210.Flasher.Flashing;

/// <summary>
/// Checks a written region with the stub's hash extension, else its read extension; with neither (a stage-2 program
/// other than ours) it says so once and the per-packet CRC-32 checks and replies are all there is.
/// </summary>
public sealed class Verifier
{
    private readonly StubStage _stub;
    private readonly IFlashObserver _observer;
    private bool _hashUnknown;
    private bool _readUnknown;
    private bool _told;

    public Verifier(StubStage stub, IFlashObserver observer)
    {
        _stub = stub;
        _observer = observer;
    }

    /// <summary>True when the flash holds <paramref name="expected"/> at <paramref name="address"/>; null when it
    /// cannot be checked; false when it differs (<paramref name="detail"/> says where).</summary>
    public bool? Check(uint address, byte[] expected, out string detail)
    {
        detail = string.Empty;
        if (!_hashUnknown)
        {
            ExtensionCall call = _stub.Hash(address, (uint)expected.Length);
            if (!call.Unsupported)
            {
                bool same = call.Data!.AsSpan().SequenceEqual(SHA256.HashData(expected));
                detail = same ? string.Empty : $"SHA-256 of flash 0x{address:X6}+{expected.Length} differs from the data sent";
                return same;
            }

            _hashUnknown = true;
        }

        if (!_readUnknown)
        {
            for (int offset = 0; offset < expected.Length; offset += StubStage.ReadChunk)
            {
                int n = Math.Min(StubStage.ReadChunk, expected.Length - offset);
                ExtensionCall call = _stub.Read(address + (uint)offset, n);
                if (call.Unsupported)
                {
                    _readUnknown = true;
                    break;
                }

                int diff = call.Data!.AsSpan().CommonPrefixLength(expected.AsSpan(offset, n));
                if (diff < n)
                {
                    detail = $"flash byte 0x{address + offset + diff:X6} reads 0x{call.Data![diff]:X2}, " +
                             $"0x{expected[offset + diff]:X2} was written";
                    return false;
                }
            }

            if (!_readUnknown)
            {
                return true;
            }
        }

        if (!_told)
        {
            _told = true;
            _observer.Warning("the stage-2 program does not know nf-k210's hash (0xDA) and read (0xD9) extensions: " +
                              "the written data is checked only by each packet's CRC-32 and the program's replies");
        }

        return null;
    }

    /// <summary>The first 16 bytes of flash, when the stub can read (to find the firmware already on the board).</summary>
    public byte[]? ReadStart()
    {
        if (_readUnknown)
        {
            return null;
        }

        ExtensionCall call = _stub.Read(0, 16);
        _readUnknown = call.Unsupported;
        return call.Data;
    }

    /// <summary>The bytes a region's frames put in flash (the region rounded up to 4 KiB with 0xFF).</summary>
    public static byte[] Expected(FlashRegion region) =>
        [.. FlashPlan.Frames(region).SelectMany(f => f.Data)];
}
