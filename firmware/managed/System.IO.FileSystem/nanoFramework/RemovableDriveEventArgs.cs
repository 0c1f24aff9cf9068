using System;
using System.IO;

namespace nanoFramework.System.IO
{
    /// <summary>Tells which drive appeared or went away.</summary>
    public class RemovableDriveEventArgs : EventArgs
    {
        private readonly DriveInfo _drive;
        private readonly RemovableDeviceEvent _event;

        internal RemovableDriveEventArgs(DriveInfo drive, RemovableDeviceEvent deviceEvent)
        {
            _drive = drive;
            _event = deviceEvent;
        }

        /// <summary>The drive.</summary>
        public DriveInfo Drive => _drive;

        /// <summary>Inserted or removed.</summary>
        public RemovableDeviceEvent Event => _event;

        /// <summary>What happened to a removable drive.</summary>
        public enum RemovableDeviceEvent
        {
            /// <summary>The drive was inserted.</summary>
            Inserted,

            /// <summary>The drive was removed.</summary>
            Removed,
        }
    }
}
