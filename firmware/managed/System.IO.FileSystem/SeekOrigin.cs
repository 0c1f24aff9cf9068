namespace System.IO
{
    /// <summary>
    /// The reference point of <see cref="FileStream.Seek"/>. nanoFramework has it in System.IO.Streams, which this
    /// build (mscorlib only) does not reference; an enum adds no method, so the native checksum stays the same.
    /// </summary>
    public enum SeekOrigin
    {
        /// <summary>The start of the stream.</summary>
        Begin = 0,

        /// <summary>The current position.</summary>
        Current = 1,

        /// <summary>The end of the stream.</summary>
        End = 2,
    }
}
