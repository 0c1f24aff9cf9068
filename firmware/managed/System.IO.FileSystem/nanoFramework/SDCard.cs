using System;
using System.Runtime.CompilerServices;

namespace nanoFramework.System.IO.FileSystem
{
    /// <summary>
    /// An SD card slot. Mounting it makes its FAT volume a drive (<c>D:\</c>) that <see cref="global::System.IO.File"/>,
    /// <see cref="global::System.IO.FileStream"/> and <see cref="global::System.IO.Directory"/> reach.
    /// </summary>
    public class SDCard : IDisposable
    {
        // The native code reads and writes these fields by index (1..12): keep their order.
#pragma warning disable CS0649 // _mounted is written by the native code
        private bool _mounted;
#pragma warning restore CS0649
        private bool _disposed;
        private readonly SDInterfaceType _sdCardType;
        private bool _enableCardDetectPin;
        private bool _cardDetectedState;
        private uint _cardDetectPin;
        private uint _slotIndex;
        private bool _autoMount = true;
        private readonly SDDataWidth _dataWidth;
        private readonly uint _spiBus;
        private readonly uint _chipSelectPin;

        /// <summary>How the card is attached.</summary>
        public SDInterfaceType CardType => _sdCardType;

        /// <summary>Whether the card's volume is mounted.</summary>
        public bool IsMounted => _mounted;

        /// <summary>Whether the slot watches a card-detect pin.</summary>
        public bool CardDetectEnabled => _enableCardDetectPin;

        /// <summary>The SD slot.</summary>
        public uint SlotIndex => _slotIndex;

        /// <summary>The MMC parameters this card was opened with.</summary>
        public SDCardMmcParameters MmcParameters => new SDCardMmcParameters { slotIndex = _slotIndex, dataWidth = _dataWidth };

        /// <summary>The SPI parameters this card was opened with.</summary>
        public SDCardSpiParameters SpiParameters =>
            new SDCardSpiParameters { slotIndex = _slotIndex, spiBus = _spiBus, chipSelectPin = _chipSelectPin };

        /// <summary>The card-detect parameters this card was opened with.</summary>
        public CardDetectParameters CdParameters => new CardDetectParameters
        {
            enableCardDetectPin = _enableCardDetectPin,
            cardDetectedState = _cardDetectedState,
            cardDetectPin = _cardDetectPin,
            autoMount = _autoMount,
        };

        /// <summary>Raised when the card-detect pin changes.</summary>
        public event CardDetectStateEventHandler CardDetectChanged;

        /// <summary>Whether a card is in the slot (false when the slot has no card-detect pin).</summary>
        public bool IsCardDetected => _enableCardDetectPin && PollCardDetectNative();

        /// <summary>A card on the system's default interface.</summary>
        /// <param name="slotIndex">The SD slot.</param>
        public SDCard(uint slotIndex)
        {
            _sdCardType = SDInterfaceType.System;
            Initialise(slotIndex, null);
        }

        /// <summary>A card on an MMC/SDIO host.</summary>
        /// <param name="mmcParameters">Slot and bus width.</param>
        /// <param name="cdParameters">The card-detect pin, or null.</param>
        public SDCard(SDCardMmcParameters mmcParameters, CardDetectParameters cdParameters)
        {
            if (mmcParameters == null)
            {
                throw new ArgumentNullException(nameof(mmcParameters));
            }

            _sdCardType = SDInterfaceType.Mmc;
            _dataWidth = mmcParameters.dataWidth;
            Initialise(mmcParameters.slotIndex, cdParameters);
        }

        /// <summary>A card on a SPI bus.</summary>
        /// <param name="spiParameters">Slot, bus and chip select.</param>
        /// <param name="cdParameters">The card-detect pin, or null.</param>
        public SDCard(SDCardSpiParameters spiParameters, CardDetectParameters cdParameters)
        {
            if (spiParameters == null)
            {
                throw new ArgumentNullException(nameof(spiParameters));
            }

            _sdCardType = SDInterfaceType.Spi;
            _spiBus = spiParameters.spiBus;
            _chipSelectPin = spiParameters.chipSelectPin;
            Initialise(spiParameters.slotIndex, cdParameters);
        }

        /// <summary>Releases the slot.</summary>
        ~SDCard()
        {
            Dispose(false);
        }

        private void Initialise(uint slotIndex, CardDetectParameters cdParameters)
        {
            _slotIndex = slotIndex;
            if (cdParameters != null)
            {
                _enableCardDetectPin = cdParameters.enableCardDetectPin;
                _cardDetectedState = cdParameters.cardDetectedState;
                _cardDetectPin = cdParameters.cardDetectPin;
                _autoMount = cdParameters.autoMount;
            }

            // one SDCard object per slot: the storage events find it by slot
            if (!StorageEventManager.RegisterSDcardForEvents(this))
            {
                throw new ArgumentException("slot already in use");
            }

            InitNative();
        }

        /// <summary>Mounts the card's volume; <see cref="IsMounted"/> tells the result.</summary>
        public void Mount() => MountNative();

        /// <summary>Unmounts the card's volume.</summary>
        public void Unmount() => UnmountNative();

        // The card-detect pin changed: auto-mount or unmount, then tell the subscribers.
        internal void OnEvent(bool pinState, uint slotIndex)
        {
            CardDetectState state = pinState == _cardDetectedState ? CardDetectState.Inserted : CardDetectState.Removed;
            if (_autoMount)
            {
                try
                {
                    if (state == CardDetectState.Inserted && !IsMounted)
                    {
                        Mount();
                    }
                    else if (state == CardDetectState.Removed && IsMounted)
                    {
                        Unmount();
                    }
                }
                catch (Exception)
                {
                    // a card that cannot be mounted still raises the event
                }
            }

            CardDetectChanged?.Invoke(this, new CardDetectChangedEventArgs(state, slotIndex));
        }

        /// <summary>Unmounts the card and releases the slot.</summary>
        public void Dispose()
        {
            Dispose(true);
            GC.SuppressFinalize(this);
        }

        private void Dispose(bool disposing)
        {
            if (_disposed)
            {
                return;
            }

            if (IsMounted)
            {
                Unmount();
            }

            if (disposing)
            {
                StorageEventManager.RemoveSDcardFromEvents(this);
            }

            NativeDispose();
            _disposed = true;
        }

        [MethodImpl(MethodImplOptions.InternalCall)]
        private extern void InitNative();

        [MethodImpl(MethodImplOptions.InternalCall)]
        private extern void NativeDispose();

        [MethodImpl(MethodImplOptions.InternalCall)]
        private extern void MountNative();

        [MethodImpl(MethodImplOptions.InternalCall)]
        private extern void UnmountNative();

        [MethodImpl(MethodImplOptions.InternalCall)]
        private extern bool PollCardDetectNative();

        /// <summary>How an SD card is attached.</summary>
        public enum SDInterfaceType
        {
            /// <summary>The board's default interface.</summary>
            System = 0,

            /// <summary>An MMC/SDIO host.</summary>
            Mmc = 1,

            /// <summary>A SPI bus.</summary>
            Spi = 2,
        }

        /// <summary>The MMC data bus width.</summary>
        public enum SDDataWidth
        {
            /// <summary>One data line.</summary>
            _1_bit = 1,

            /// <summary>Four data lines.</summary>
            _4_bit = 2,
        }
    }
}
