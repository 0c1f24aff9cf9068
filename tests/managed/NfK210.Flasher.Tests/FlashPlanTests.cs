using NfK210.Flasher.Images;

namespace NfK210.Flasher.Tests;

public class FlashPlanTests
{
    [Fact]
    public void Frames_UnalignedRawStart_LeadInUpTo64KiBBoundaryThenFullFrames()
    {
        var region = new FlashRegion("m", 0x301000, new byte[0x20000 + 10], false);
        var frames = FlashPlan.Frames(region).Select(f => (f.Address, f.Data.Length)).ToList();
        Assert.Equal([(0x301000u, 0xF000), (0x310000u, 0x10000), (0x320000u, 0x1000 * 2)], frames);
    }

    [Fact]
    public void Frames_ShortRegionBeforeBoundary_OneFrameNoEmptyTail()
    {
        // kflash crashes on this case (spec addendum A5): 4 KiB multiple, unaligned, shorter than the distance.
        var region = new FlashRegion("m", 0x501000, new byte[0x2000], false);
        Assert.Equal([(0x501000u, 0x2000)], FlashPlan.Frames(region).Select(f => (f.Address, f.Data.Length)));
    }

    [Fact]
    public void Frames_TailIsPaddedWithErasedBytes()
    {
        var region = new FlashRegion("m", 0, [1, 2, 3], false);
        byte[] frame = Assert.Single(FlashPlan.Frames(region)).Data;
        Assert.Equal(4096, frame.Length);
        Assert.Equal([1, 2, 3, 0xFF, 0xFF], frame[..5]);
        Assert.All(frame[3..], b => Assert.Equal(0xFF, b));
    }

    [Fact]
    public void Validate_ModelInsideFirmwaresLastSector_IsRejectedNamingBoth()
    {
        var fw = new FlashRegion("fw.bin", 0, new byte[0x2F000 + 100], true);
        var model = new FlashRegion("m.kmodel", 0x2F000, new byte[10], false);
        var e = Assert.Throws<FlashException>(() => new FlashPlan([model, fw]).Validate(FlashPlan.DefaultFlashSize));
        Assert.Contains("overlaps the firmware", e.Message);
        Assert.Contains("0x30000", e.Message);
    }

    [Fact]
    public void Validate_TwoModelsSharingASector_AreRejected()
    {
        var a = new FlashRegion("a", 0x300000, new byte[0x1001], false);
        var b = new FlashRegion("b", 0x301000, new byte[10], false);
        var e = Assert.Throws<FlashException>(() => new FlashPlan([a, b]).Validate(FlashPlan.DefaultFlashSize));
        Assert.Contains("overlaps another region", e.Message);
    }

    [Fact]
    public void Validate_AdjacentSectors_AreAccepted()
    {
        var a = new FlashRegion("a", 0x300000, new byte[0x1000], false);
        var b = new FlashRegion("b", 0x301000, new byte[10], false);
        new FlashPlan([a, b]).Validate(FlashPlan.DefaultFlashSize);
    }

    [Theory]
    [InlineData(0x300100u, 10, "not a multiple of 4 KiB")]
    [InlineData(0xFFF000u, 0x1001, "ends past the 16 MiB flash")]
    public void Validate_BadPlacement_IsRejected(uint address, int length, string expected)
    {
        var e = Assert.Throws<FlashException>(() =>
            new FlashPlan([new FlashRegion("m", address, new byte[length], false)]).Validate(FlashPlan.DefaultFlashSize));
        Assert.Contains(expected, e.Message);
    }
}
