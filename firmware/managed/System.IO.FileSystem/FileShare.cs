namespace System.IO
{
    /// <summary>What other streams may do with a file while it is open.</summary>
    [Flags]
    public enum FileShare
    {
        /// <summary>No sharing.</summary>
        None = 0,

        /// <summary>Others may open the file for reading.</summary>
        Read = 1,

        /// <summary>Others may open the file for writing.</summary>
        Write = 2,

        /// <summary>Others may open the file for reading and writing.</summary>
        ReadWrite = 3,
    }
}
