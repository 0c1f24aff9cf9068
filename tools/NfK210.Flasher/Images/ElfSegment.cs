namespace NfK210.Flasher.Images;

/// <summary>A PT_LOAD segment with file contents.</summary>
public sealed record ElfSegment(ulong VirtualAddress, ulong PhysicalAddress, byte[] Data, ulong MemorySize);
