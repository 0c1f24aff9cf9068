namespace nanoFramework.System.IO.FileSystem
{
    /// <summary>The card-detect pin of an SD slot.</summary>
    public class CardDetectParameters
    {
        /// <summary>Whether the slot has a card-detect pin.</summary>
        public bool enableCardDetectPin;

        /// <summary>The pin level that means "card present".</summary>
        public bool cardDetectedState;

        /// <summary>The GPIO number of the card-detect pin.</summary>
        public uint cardDetectPin;

        /// <summary>Mount on insertion and unmount on removal automatically.</summary>
        public bool autoMount;
    }
}
