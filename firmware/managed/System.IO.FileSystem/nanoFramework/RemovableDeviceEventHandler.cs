namespace nanoFramework.System.IO
{
    /// <summary>Handles <see cref="StorageEventManager.RemovableDeviceInserted"/> and its removal twin.</summary>
    public delegate void RemovableDeviceEventHandler(object sender, RemovableDriveEventArgs e);
}
