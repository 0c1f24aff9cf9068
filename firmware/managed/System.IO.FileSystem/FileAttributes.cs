namespace System.IO
{
    /// <summary>Attributes of a file or directory (the FAT attribute bits).</summary>
    [Flags]
    public enum FileAttributes
    {
        /// <summary>The file is read-only.</summary>
        ReadOnly = 0x01,

        /// <summary>The file is hidden.</summary>
        Hidden = 0x02,

        /// <summary>The file belongs to the operating system.</summary>
        System = 0x04,

        /// <summary>The entry is a directory.</summary>
        Directory = 0x10,

        /// <summary>The file is marked for backup or removal.</summary>
        Archive = 0x20,

        /// <summary>No other attribute is set.</summary>
        Normal = 0x80,
    }
}
