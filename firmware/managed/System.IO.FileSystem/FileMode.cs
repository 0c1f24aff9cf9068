namespace System.IO
{
    /// <summary>How a file is opened or created.</summary>
    public enum FileMode
    {
        /// <summary>Create a new file; fail if it exists.</summary>
        CreateNew = 1,

        /// <summary>Create a new file, overwriting an existing one.</summary>
        Create = 2,

        /// <summary>Open an existing file; fail if it does not exist.</summary>
        Open = 3,

        /// <summary>Open a file, creating it when it does not exist.</summary>
        OpenOrCreate = 4,

        /// <summary>Open an existing file and cut it to zero bytes.</summary>
        Truncate = 5,

        /// <summary>Open or create a file and write at its end only.</summary>
        Append = 6,
    }
}
