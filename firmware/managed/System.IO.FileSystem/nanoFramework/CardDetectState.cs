namespace nanoFramework.System.IO
{
    /// <summary>Whether a card sits in its slot.</summary>
    public enum CardDetectState
    {
        /// <summary>A card was inserted.</summary>
        Inserted = 0,

        /// <summary>The card was removed.</summary>
        Removed = 1,
    }
}
