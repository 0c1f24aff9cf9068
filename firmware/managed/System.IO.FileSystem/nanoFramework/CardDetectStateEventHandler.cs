namespace nanoFramework.System.IO.FileSystem
{
    /// <summary>Handles <see cref="SDCard.CardDetectChanged"/>.</summary>
    public delegate void CardDetectStateEventHandler(object sender, CardDetectChangedEventArgs e);
}
