using System;

namespace nanoFramework.System.IO
{
    /// <summary>Tells which slot's card-detect pin changed and how.</summary>
    public class CardDetectChangedEventArgs : EventArgs
    {
        private readonly CardDetectState _cardState;
        private readonly uint _slotIndex;

        internal CardDetectChangedEventArgs(CardDetectState state, uint slotIndex)
        {
            _cardState = state;
            _slotIndex = slotIndex;
        }

        /// <summary>Inserted or removed.</summary>
        public CardDetectState CardState => _cardState;

        /// <summary>The SD slot the event is about.</summary>
        public uint SlotIndex => _slotIndex;
    }
}
