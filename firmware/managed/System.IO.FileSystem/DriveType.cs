namespace System.IO
{
    /// <summary>The kind of a drive.</summary>
    public enum DriveType
    {
        /// <summary>Unknown drive type.</summary>
        Unknown = 0,

        /// <summary>The drive has no root directory.</summary>
        NoRootDirectory = 1,

        /// <summary>A removable drive, such as an SD card or a USB stick.</summary>
        Removable = 2,

        /// <summary>A fixed drive, such as the internal flash.</summary>
        Fixed = 3,

        /// <summary>A RAM disk.</summary>
        Ram = 4,
    }
}
