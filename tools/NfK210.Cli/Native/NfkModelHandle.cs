using System.Runtime.InteropServices;

namespace NfK210.Cli.Native;

/// <summary>Owns an <c>nfk_model*</c>; frees it with nfk_model_free.</summary>
internal sealed class NfkModelHandle : SafeHandle
{
    public NfkModelHandle()
        : base(IntPtr.Zero, ownsHandle: true)
    {
    }

    public NfkModelHandle(IntPtr handle)
        : base(IntPtr.Zero, ownsHandle: true)
    {
        SetHandle(handle);
    }

    public override bool IsInvalid => handle == IntPtr.Zero;

    protected override bool ReleaseHandle()
    {
        NfkNative.ModelFree(handle);
        return true;
    }
}
