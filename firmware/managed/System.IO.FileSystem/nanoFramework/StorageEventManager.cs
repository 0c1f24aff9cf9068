using System;
using System.Collections;
using System.IO;
using nanoFramework.System.IO.FileSystem;

namespace nanoFramework.System.IO
{
    /// <summary>
    /// Raises events when removable drives come and go and routes card-detect changes to their <see cref="SDCard"/>.
    /// The native storage events reach it through nanoFramework.Runtime.Events, which this mscorlib-only build does
    /// not reference: the listener below is the receiving end, ready for it, and nothing calls it yet.
    /// </summary>
    public static class StorageEventManager
    {
        /// <summary>Raised when a removable drive is mounted.</summary>
        public static event RemovableDeviceEventHandler RemovableDeviceInserted;

        /// <summary>Raised when a removable drive is unmounted.</summary>
        public static event RemovableDeviceEventHandler RemovableDeviceRemoved;

        // the drives known so far (DriveInfo) and the registered SD cards (SDCard)
        private static readonly ArrayList _drives;
        private static readonly ArrayList _sdCardList = new ArrayList();

        static StorageEventManager()
        {
            _drives = new ArrayList();
            foreach (DriveInfo drive in DriveInfo.GetDrives())
            {
                _drives.Add(drive);
            }
        }

        internal static void OnStorageEventCallback(StorageEvent storageEvent)
        {
            switch (storageEvent.EventType)
            {
                case StorageEventTypes.RemovableDeviceInsertion:
                    DriveInfo inserted = new DriveInfo(storageEvent.VolumeIndex);
                    _drives.Add(inserted);
                    RemovableDeviceInserted?.Invoke(
                        null,
                        new RemovableDriveEventArgs(inserted, RemovableDriveEventArgs.RemovableDeviceEvent.Inserted));
                    break;

                case StorageEventTypes.RemovableDeviceRemoval:
                    DriveInfo removed = RemoveDrive(storageEvent.VolumeIndex);
                    if (removed != null)
                    {
                        FileSystemManager.ForceRemoveRootname(removed.Name);
                        RemovableDeviceRemoved?.Invoke(
                            null,
                            new RemovableDriveEventArgs(removed, RemovableDriveEventArgs.RemovableDeviceEvent.Removed));
                    }

                    break;

                case StorageEventTypes.CardDetectChanged:
                    SDCard card = FindRegisteredEvent(storageEvent.SlotIndex);
                    card?.OnEvent(storageEvent.state, storageEvent.SlotIndex);
                    break;
            }
        }

        private static DriveInfo RemoveDrive(uint volumeIndex)
        {
            for (int i = 0; i < _drives.Count; i++)
            {
                DriveInfo drive = (DriveInfo)_drives[i];
                if (drive._volumeIndex == volumeIndex)
                {
                    _drives.RemoveAt(i);
                    return drive;
                }
            }

            return null;
        }

        internal static bool RegisterSDcardForEvents(SDCard card)
        {
            if (FindRegisteredEvent(card.SlotIndex) != null)
            {
                return false;
            }

            _sdCardList.Add(card);
            return true;
        }

        internal static void RemoveSDcardFromEvents(SDCard card) => _sdCardList.Remove(card);

        internal static SDCard FindRegisteredEvent(uint slotIndex)
        {
            foreach (SDCard card in _sdCardList)
            {
                if (card.SlotIndex == slotIndex)
                {
                    return card;
                }
            }

            return null;
        }

        internal enum StorageEventTypes : byte
        {
            Invalid = 0,
            RemovableDeviceInsertion = 1,
            RemovableDeviceRemoval = 2,
            CardDetectChanged = 3,
        }

        // One native storage event (what nanoFramework.Runtime.Events would deliver).
        internal class StorageEvent
        {
            public StorageEventTypes EventType;
            public uint VolumeIndex;
            public uint SlotIndex;
            public DateTime Time;
            public bool state;
        }

        // Turns the native event's two words into a StorageEvent and hands it to the manager.
        internal class StorageEventListener
        {
            public void InitializeForEventSource()
            {
            }

            // data1: event type in bits 0..7, slot in bits 8..15; data2: volume index, or the card-detect pin state
            public StorageEvent ProcessEvent(uint data1, uint data2, DateTime time)
            {
                StorageEvent storageEvent = new StorageEvent();
                storageEvent.EventType = (StorageEventTypes)(data1 & 0xFF);
                storageEvent.SlotIndex = (data1 >> 8) & 0xFF;
                storageEvent.VolumeIndex = data2;
                storageEvent.state = data2 != 0;
                storageEvent.Time = time;
                return storageEvent;
            }

            public bool OnEvent(StorageEvent storageEvent)
            {
                OnStorageEventCallback(storageEvent);
                return true;
            }
        }
    }
}
