namespace System.IO
{
    /// <summary>What a file is opened for.</summary>
    [Flags]
    public enum FileAccess
    {
        /// <summary>Read access.</summary>
        Read = 1,

        /// <summary>Write access.</summary>
        Write = 2,

        /// <summary>Read and write access.</summary>
        ReadWrite = 3,
    }
}
