using System.Runtime.CompilerServices;

namespace System.IO
{
    /// <summary>A drive (volume): <c>D:\</c> for the SD card, <c>I:\</c> for internal storage where a board has it.</summary>
    public sealed class DriveInfo
    {
        // The native code fills these fields by index (1..4): keep their order.
        private DriveType _driveType;
        private string _name;
        private long _totalSize;
#pragma warning disable CS0649 // written by the native code only
        internal uint _volumeIndex;
#pragma warning restore CS0649

        /// <summary>Fixed or removable.</summary>
        public DriveType DriveType { get => _driveType; set => _driveType = value; }

        /// <summary>The drive's root name, such as <c>D:</c>.</summary>
        public string Name { get => _name; set => _name = value; }

        /// <summary>The volume's size in bytes (0 when unknown).</summary>
        public long TotalSize { get => _totalSize; set => _totalSize = value; }

        /// <summary>The drive named <paramref name="driveName"/> (<c>D</c>, <c>D:</c> or <c>D:\</c>).</summary>
        /// <param name="driveName">A drive letter, optionally with colon and separator.</param>
        /// <exception cref="ArgumentNullException">driveName is null.</exception>
        /// <exception cref="ArgumentException">driveName is not a drive name.</exception>
        /// <exception cref="IOException">No such drive is mounted.</exception>
        public DriveInfo(string driveName)
        {
            if (driveName == null)
            {
                throw new ArgumentNullException(nameof(driveName));
            }

            // accept "D", "D:" and "D:\"; the native lookup wants the root name "D:"
            if (driveName.Length == 0 || driveName.Length > 3 || !PathInternal.IsValidDriveChar(driveName[0]) ||
                (driveName.Length > 1 && driveName[1] != Path.VolumeSeparatorChar) ||
                (driveName.Length == 3 && !PathInternal.IsDirectorySeparator(driveName[2])))
            {
                throw new ArgumentException("not a drive name: " + driveName);
            }

            DriveInfoNative(driveName.Substring(0, 1) + Path.VolumeSeparatorChar);
        }

        /// <summary>Formats the drive with <paramref name="fileSystem"/> (see <see cref="GetFileSystems"/>).</summary>
        /// <param name="fileSystem">The file system's name, such as <c>FAT</c>.</param>
        /// <param name="parameters">File-system specific options (0 for the default).</param>
        public void Format(string fileSystem, uint parameters)
        {
            FileSystemManager.ForceRemoveRootname(_name);
            NativeIO.Format(_name, fileSystem, parameters);
            Refresh();
        }

        /// <summary>Reads the drive's type and size again.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern void Refresh();

        [MethodImpl(MethodImplOptions.InternalCall)]
        private extern void DriveInfoNative(string driveName);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal extern DriveInfo(uint volumeIndex);

        /// <summary>The mounted drives.</summary>
        public static DriveInfo[] GetDrives() => GetDrivesNative();

        /// <summary>The names of the file systems this device can format.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern string[] GetFileSystems();

        /// <summary>Mounts the removable drives that are present and not mounted yet.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void MountRemovableVolumes();

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern DriveInfo[] GetDrivesNative();
    }
}
