// The method table and native record of System.IO.FileSystem: one entry per method of the assembly, in the order of
// its .pe method table (MetadataProcessor's type order, then virtual, instance and static methods of each type), NULL
// for the managed ones. It equals nf-interpreter's src/System.IO.FileSystem/nf_sys_io_filesystem.cpp entry for entry
// (tests/managed/NfK210.Pe.Tests/FileSystemNativeRecordTests.cs checks both against the built assembly); the checksum
// is the one MetadataProcessor computes for that method list. The method list is fixed by nanoFramework's release
// (version 1.1.0.4): a change to the managed assembly that moves an entry breaks binding with nanoFramework's apps.
#include "nf_sys_io_filesystem.h"

// clang-format off
static const CLR_RT_MethodHandler method_lookup[] = {
    // nanoFramework.System.IO.CardDetectChangedEventArgs
    NULL, // 0: inst internal Void .ctor(CardDetectState, UInt32)
    NULL, // 1: inst public CardDetectState get_CardState()
    NULL, // 2: inst public UInt32 get_SlotIndex()
    // nanoFramework.System.IO.FileSystem.CardDetectParameters
    NULL, // 3: inst public Void .ctor()
    // nanoFramework.System.IO.FileSystem.CardDetectStateEventHandler
    NULL, // 4: virt public Void Invoke(Object, CardDetectChangedEventArgs)
    NULL, // 5: virt public IAsyncResult BeginInvoke(Object, CardDetectChangedEventArgs, AsyncCallback, Object)
    NULL, // 6: virt public Void EndInvoke(IAsyncResult)
    NULL, // 7: inst public Void .ctor(Object, IntPtr)
    // nanoFramework.System.IO.FileSystem.SDCard
    NULL, // 8: virt protected Void Finalize()
    NULL, // 9: virt public Void Dispose()
    NULL, // 10: inst public SDInterfaceType get_CardType()
    NULL, // 11: inst public Boolean get_IsMounted()
    NULL, // 12: inst public Boolean get_CardDetectEnabled()
    NULL, // 13: inst public UInt32 get_SlotIndex()
    NULL, // 14: inst public SDCardMmcParameters get_MmcParameters()
    NULL, // 15: inst public SDCardSpiParameters get_SpiParameters()
    NULL, // 16: inst public CardDetectParameters get_CdParameters()
    NULL, // 17: inst public Void add_CardDetectChanged(CardDetectStateEventHandler)
    NULL, // 18: inst public Void remove_CardDetectChanged(CardDetectStateEventHandler)
    NULL, // 19: inst public Boolean get_IsCardDetected()
    NULL, // 20: inst public Void .ctor(UInt32)
    NULL, // 21: inst public Void .ctor(SDCardMmcParameters, CardDetectParameters)
    NULL, // 22: inst public Void .ctor(SDCardSpiParameters, CardDetectParameters)
    NULL, // 23: inst private Void Initialise(UInt32, CardDetectParameters)
    NULL, // 24: inst public Void Mount()
    NULL, // 25: inst public Void Unmount()
    NULL, // 26: inst internal Void OnEvent(Boolean, UInt32)
    NULL, // 27: inst private Void Dispose(Boolean)
    Library_nf_sys_io_filesystem_nanoFramework_System_IO_FileSystem_SDCard::InitNative___VOID,
    Library_nf_sys_io_filesystem_nanoFramework_System_IO_FileSystem_SDCard::NativeDispose___VOID,
    Library_nf_sys_io_filesystem_nanoFramework_System_IO_FileSystem_SDCard::MountNative___VOID,
    Library_nf_sys_io_filesystem_nanoFramework_System_IO_FileSystem_SDCard::UnmountNative___VOID,
    Library_nf_sys_io_filesystem_nanoFramework_System_IO_FileSystem_SDCard::PollCardDetectNative___BOOLEAN,
    // nanoFramework.System.IO.FileSystem.SDCardMmcParameters
    NULL, // 33: inst public Void .ctor()
    // nanoFramework.System.IO.FileSystem.SDCardSpiParameters
    NULL, // 34: inst public Void .ctor()
    // nanoFramework.System.IO.RemovableDeviceEventHandler
    NULL, // 35: virt public Void Invoke(Object, RemovableDriveEventArgs)
    NULL, // 36: virt public IAsyncResult BeginInvoke(Object, RemovableDriveEventArgs, AsyncCallback, Object)
    NULL, // 37: virt public Void EndInvoke(IAsyncResult)
    NULL, // 38: inst public Void .ctor(Object, IntPtr)
    // nanoFramework.System.IO.RemovableDriveEventArgs
    NULL, // 39: inst internal Void .ctor(DriveInfo, RemovableDeviceEvent)
    NULL, // 40: inst public DriveInfo get_Drive()
    NULL, // 41: inst public RemovableDeviceEvent get_Event()
    // System.IO.DriveInfo
    NULL, // 42: inst public DriveType get_DriveType()
    NULL, // 43: inst public Void set_DriveType(DriveType)
    NULL, // 44: inst public String get_Name()
    NULL, // 45: inst public Void set_Name(String)
    NULL, // 46: inst public Int64 get_TotalSize()
    NULL, // 47: inst public Void set_TotalSize(Int64)
    NULL, // 48: inst public Void .ctor(String)
    NULL, // 49: inst public Void Format(String, UInt32)
    Library_nf_sys_io_filesystem_System_IO_DriveInfo::Refresh___VOID,
    Library_nf_sys_io_filesystem_System_IO_DriveInfo::DriveInfoNative___VOID__STRING,
    Library_nf_sys_io_filesystem_System_IO_DriveInfo::_ctor___VOID__U4,
    NULL, // 53: static public DriveInfo[] GetDrives()
    Library_nf_sys_io_filesystem_System_IO_DriveInfo::GetFileSystems___STATIC__SZARRAY_STRING,
    Library_nf_sys_io_filesystem_System_IO_DriveInfo::MountRemovableVolumes___STATIC__VOID,
    Library_nf_sys_io_filesystem_System_IO_DriveInfo::GetDrivesNative___STATIC__SZARRAY_SystemIODriveInfo,
    // nanoFramework.System.IO.StorageEventManager
    NULL, // 57: static public Void add_RemovableDeviceInserted(RemovableDeviceEventHandler)
    NULL, // 58: static public Void remove_RemovableDeviceInserted(RemovableDeviceEventHandler)
    NULL, // 59: static public Void add_RemovableDeviceRemoved(RemovableDeviceEventHandler)
    NULL, // 60: static public Void remove_RemovableDeviceRemoved(RemovableDeviceEventHandler)
    NULL, // 61: static private Void .cctor()
    NULL, // 62: static internal Void OnStorageEventCallback(StorageEvent)
    NULL, // 63: static private DriveInfo RemoveDrive(UInt32)
    NULL, // 64: static internal Boolean RegisterSDcardForEvents(SDCard)
    NULL, // 65: static internal Void RemoveSDcardFromEvents(SDCard)
    NULL, // 66: static internal SDCard FindRegisteredEvent(UInt32)
    // nanoFramework.System.IO.StorageEventManager/StorageEvent
    NULL, // 67: inst public Void .ctor()
    // nanoFramework.System.IO.StorageEventManager/StorageEventListener
    NULL, // 68: inst public Void InitializeForEventSource()
    NULL, // 69: inst public StorageEvent ProcessEvent(UInt32, UInt32, DateTime)
    NULL, // 70: inst public Boolean OnEvent(StorageEvent)
    NULL, // 71: inst public Void .ctor()
    // System.IO.Directory
    NULL, // 72: static public DirectoryInfo CreateDirectory(String)
    NULL, // 73: static public Void Delete(String)
    NULL, // 74: static public Void Delete(String, Boolean)
    NULL, // 75: static public Boolean Exists(String)
    NULL, // 76: static public String GetCurrentDirectory()
    NULL, // 77: static public String[] GetFiles(String)
    NULL, // 78: static public String[] GetDirectories(String)
    NULL, // 79: static public Void Move(String, String)
    NULL, // 80: static public Void SetCurrentDirectory(String)
    NULL, // 81: static private String[] GetChildren(String, Boolean)
    NULL, // 82: static private Void RecursiveCopyAndDelete(String, String)
    Library_nf_sys_io_filesystem_System_IO_Directory::NativeGetChildren___STATIC__SZARRAY_STRING__STRING__BOOLEAN,
    // System.IO.DirectoryInfo
    NULL, // 84: virt public String get_Name()
    NULL, // 85: virt public Boolean get_Exists()
    NULL, // 86: virt public Void Delete()
    NULL, // 87: virt protected Void HandleRefreshError()
    NULL, // 88: virt public String ToString()
    NULL, // 89: inst public Void .ctor(String)
    NULL, // 90: inst public DirectoryInfo get_Parent()
    NULL, // 91: inst public DirectoryInfo get_Root()
    NULL, // 92: inst public Void Create()
    NULL, // 93: inst public DirectoryInfo CreateSubdirectory(String)
    NULL, // 94: inst public FileInfo[] GetFiles()
    NULL, // 95: inst public DirectoryInfo[] GetDirectories()
    NULL, // 96: inst public Void MoveTo(String)
    NULL, // 97: inst public Void Delete(Boolean)
    // System.IO.FileSystemManager/FileRecord
    NULL, // 98: inst public Void .ctor(String, FileShare)
    // System.IO.FileSystemManager
    NULL, // 99: inst public Void .ctor()
    NULL, // 100: static public Object AddToOpenListForRead(String)
    NULL, // 101: static public Object AddToOpenList(String)
    NULL, // 102: static public FileRecord AddToOpenList(String, FileAccess, FileShare)
    NULL, // 103: static public Void RemoveFromOpenList(Object)
    NULL, // 104: static public Object LockDirectory(String)
    NULL, // 105: static private Boolean AnyFileOpenInDirectory(String)
    NULL, // 106: static public Void UnlockDirectory(Object)
    NULL, // 107: static public Void UnlockDirectory(String)
    NULL, // 108: static public Void ForceRemoveRootname(String)
    NULL, // 109: static public Boolean IsInDirectory(String, String)
    NULL, // 110: static internal Void SetCurrentDirectory(String)
    NULL, // 111: static private Void .cctor()
    // System.IO.FileStream
    NULL, // 112: virt protected Void Finalize()
    NULL, // 113: virt public Boolean get_CanRead()
    NULL, // 114: virt public Boolean get_CanSeek()
    NULL, // 115: virt public Boolean get_CanWrite()
    NULL, // 116: virt public Int64 get_Length()
    NULL, // 117: virt public Int64 get_Position()
    NULL, // 118: virt public Void set_Position(Int64)
    NULL, // 119: virt public Void Close()
    NULL, // 120: virt public Void Dispose()
    NULL, // 121: virt protected Void Dispose(Boolean)
    NULL, // 122: virt public Void Flush()
    NULL, // 123: virt public Int32 Read(Byte[], Int32, Int32)
    NULL, // 124: virt public Int32 Read(SpanByte)
    NULL, // 125: virt public Int32 ReadByte()
    NULL, // 126: virt public Int64 Seek(Int64, SeekOrigin)
    NULL, // 127: virt public Void SetLength(Int64)
    NULL, // 128: virt public Void Write(Byte[], Int32, Int32)
    NULL, // 129: virt public Void WriteByte(Byte)
    NULL, // 130: inst public Void .ctor(String, FileMode)
    NULL, // 131: inst public Void .ctor(String, FileMode, FileAccess)
    NULL, // 132: inst public Void .ctor(String, FileMode, FileAccess, FileShare)
    NULL, // 133: inst public Void .ctor(String, FileMode, FileAccess, FileShare, Int32)
    NULL, // 134: inst public String get_Name()
    NULL, // 135: inst internal Void DisposeAndDelete()
    NULL, // 136: inst private Void AdjustCapabilities(Boolean, Boolean, Boolean)
    NULL, // 137: inst private Void RegisterShareInformation(FileAccess, FileShare)
    NULL, // 138: inst private Void CreateNewFile(Boolean, Int32)
    NULL, // 139: inst private Void CreateFile(Boolean, Int32)
    NULL, // 140: inst private Void OpenFile(Boolean, Int32)
    NULL, // 141: inst private Void TruncateFile(Boolean, Int32)
    NULL, // 142: inst private Void AppendToFile(FileAccess, Int32)
    // System.IO.File
    NULL, // 143: static public Void AppendAllText(String, String)
    NULL, // 144: static public Void Copy(String, String)
    NULL, // 145: static public Void Copy(String, String, Boolean)
    NULL, // 146: static public FileStream Create(String)
    NULL, // 147: static public FileStream Create(String, Int32)
    NULL, // 148: static public Void Delete(String)
    NULL, // 149: static public Boolean Exists(String)
    NULL, // 150: static public FileAttributes GetAttributes(String)
    NULL, // 151: static public Void Move(String, String)
    NULL, // 152: static public FileStream Open(String, FileMode)
    NULL, // 153: static public FileStream Open(String, FileMode, FileAccess)
    NULL, // 154: static public FileStream Open(String, FileMode, FileAccess, FileShare)
    NULL, // 155: static public FileStream OpenRead(String)
    NULL, // 156: static public FileStream OpenWrite(String)
    NULL, // 157: static public Byte[] ReadAllBytes(String)
    NULL, // 158: static public String ReadAllText(String)
    NULL, // 159: static public Void SetAttributes(String, FileAttributes)
    NULL, // 160: static public Void WriteAllBytes(String, Byte[])
    NULL, // 161: static public Void WriteAllText(String, String)
    NULL, // 162: static internal Void Copy(String, String, Boolean, Boolean)
    NULL, // 163: static private Byte[] EncodeUtf8(String)
    NULL, // 164: static private String DecodeUtf8(Byte[])
    NULL, // 165: static private Void .cctor()
    // System.IO.FileInfo
    NULL, // 166: virt public String get_Name()
    NULL, // 167: virt public Boolean get_Exists()
    NULL, // 168: virt public Void Delete()
    NULL, // 169: virt protected Void HandleRefreshError()
    NULL, // 170: virt public String ToString()
    NULL, // 171: inst public Void .ctor(String)
    NULL, // 172: inst public Int64 get_Length()
    NULL, // 173: inst public String get_DirectoryName()
    NULL, // 174: inst public DirectoryInfo get_Directory()
    NULL, // 175: inst public FileStream Create()
    // System.IO.NativeFileInfo
    NULL, // 176: inst public Void .ctor()
    // System.IO.FileSystemInfo
    NULL, // 177: virt public String get_FullName()
    NULL, // 178: virt public Boolean get_Exists()
    NULL, // 179: virt public String get_Name()
    NULL, // 180: virt public Void Delete()
    NULL, // 181: virt public Void Refresh()
    NULL, // 182: virt protected Void HandleRefreshError()
    NULL, // 183: inst protected Void .ctor()
    NULL, // 184: inst public FileAttributes get_Attributes()
    NULL, // 185: inst public String get_Extension()
    NULL, // 186: inst internal Void RefreshIfNull()
    // System.IO.NativeFileStream
    Library_nf_sys_io_filesystem_System_IO_NativeFileStream::_ctor___VOID__STRING__I4,
    Library_nf_sys_io_filesystem_System_IO_NativeFileStream::Read___I4__SZARRAY_U1__I4__I4__I4,
    Library_nf_sys_io_filesystem_System_IO_NativeFileStream::Write___I4__SZARRAY_U1__I4__I4__I4,
    Library_nf_sys_io_filesystem_System_IO_NativeFileStream::Seek___I8__I8__U4,
    Library_nf_sys_io_filesystem_System_IO_NativeFileStream::Flush___VOID,
    Library_nf_sys_io_filesystem_System_IO_NativeFileStream::GetLength___I8,
    Library_nf_sys_io_filesystem_System_IO_NativeFileStream::SetLength___VOID__I8,
    Library_nf_sys_io_filesystem_System_IO_NativeFileStream::GetStreamProperties___VOID__BYREF_BOOLEAN__BYREF_BOOLEAN__BYREF_BOOLEAN,
    Library_nf_sys_io_filesystem_System_IO_NativeFileStream::Close___VOID,
    // System.IO.NativeFindFile
    NULL, // 196: inst public Void .ctor()
    Library_nf_sys_io_filesystem_System_IO_NativeFindFile::GetFileInfo___STATIC__SystemIONativeFileInfo__STRING,
    // System.IO.NativeIO
    Library_nf_sys_io_filesystem_System_IO_NativeIO::Delete___STATIC__VOID__STRING__BOOLEAN,
    Library_nf_sys_io_filesystem_System_IO_NativeIO::Move___STATIC__BOOLEAN__STRING__STRING,
    Library_nf_sys_io_filesystem_System_IO_NativeIO::CreateDirectory___STATIC__VOID__STRING,
    Library_nf_sys_io_filesystem_System_IO_NativeIO::GetAttributes___STATIC__U4__STRING,
    Library_nf_sys_io_filesystem_System_IO_NativeIO::SetAttributes___STATIC__VOID__STRING__U4,
    Library_nf_sys_io_filesystem_System_IO_NativeIO::Format___STATIC__VOID__STRING__STRING__U4,
    // System.IO.Path
    NULL, // 204: static public String ChangeExtension(String, String)
    NULL, // 205: static public String Combine(String, String)
    NULL, // 206: static public String GetDirectoryName(String)
    NULL, // 207: static internal Int32 GetDirectoryNameOffset(String)
    NULL, // 208: static public String GetExtension(String)
    NULL, // 209: static public String GetFileName(String)
    NULL, // 210: static public String GetFileNameWithoutExtension(String)
    NULL, // 211: static public String GetFullPath(String)
    NULL, // 212: static public Char[] GetInvalidFileNameChars()
    NULL, // 213: static public Char[] GetInvalidPathChars()
    NULL, // 214: static public String GetPathRoot(String)
    NULL, // 215: static public Boolean HasExtension(String)
    NULL, // 216: static public Boolean IsPathRooted(String)
    NULL, // 217: static private String JoinInternal(String, String)
    NULL, // 218: static private Void ValidateNullOrEmpty(String)
    NULL, // 219: static private Void .cctor()
    // System.IO.PathInternal
    NULL, // 220: static internal Int32 GetRootLength(String)
    NULL, // 221: static internal Boolean IsDirectorySeparator(Char)
    NULL, // 222: static internal Boolean IsEffectivelyEmpty(String)
    NULL, // 223: static internal Boolean IsValidDriveChar(Char)
    NULL, // 224: static internal String NormalizeDirectorySeparators(String)
};
// clang-format on

const CLR_RT_NativeAssemblyData g_CLR_AssemblyNative_System_IO_FileSystem = {
    "System.IO.FileSystem",
    0x1777E2FE,
    method_lookup,
    {1, 1, 0, 4},
};
