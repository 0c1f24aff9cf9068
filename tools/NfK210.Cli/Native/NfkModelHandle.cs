using System.Runtime.InteropServices;
using NfK210.Interop;

namespace NfK210.Cli.Native;

/// <summary>Owns an <c>nfk_model*</c>; frees it with nfk_model_free.</summary>
internal sealed class NfkModelHandle : SafeHandle
{
    public NfkModelHandle(IntPtr handle)
        : base(IntPtr.Zero, ownsHandle: true)
    {
        SetHandle(handle);
    }

    public override bool IsInvalid => handle == IntPtr.Zero;

    /// <summary>
    /// The pointer for native calls, kept valid until the lease is disposed (what the interop marshaller does for a
    /// SafeHandle argument: the imports take the plain pointer).
    /// </summary>
    /// <exception cref="ObjectDisposedException">The handle is closed (the model was disposed).</exception>
    public Lease Use() => new(this);

    protected override bool ReleaseHandle()
    {
        NfkModelNative.ModelFree(handle);
        return true;
    }

    /// <summary>One use of the handle; dispose it when the native call (and any read of what it returned) is done.</summary>
    public ref struct Lease
    {
        private readonly NfkModelHandle _owner;
        private bool _added;

        internal Lease(NfkModelHandle owner)
        {
            _owner = owner;
            _added = false;
            owner.DangerousAddRef(ref _added);
            Pointer = owner.DangerousGetHandle();
        }

        public IntPtr Pointer { get; }

        public void Dispose()
        {
            if (_added)
            {
                _added = false;
                _owner.DangerousRelease();
            }
        }
    }
}
