using NfK210.Flasher.Images;

namespace NfK210.Flasher.Tests;

public class FirmwareImageTests
{
    [Fact]
    public void Wrap_SpecTestVector_HeaderPayloadAndDigest()
    {
        byte[] image = FirmwareImage.Wrap([0x01, 0x02, 0x03]);
        Assert.Equal("00030000000102036d1e1e5327877a72512121431132b2abaea4f0aab1fd0a43192ccbcd793e32a2", Hex.Format(image));
    }

    [Fact]
    public void ImageLength_ReadsHeaderAndRejectsErasedFlash()
    {
        Assert.Equal(5 + 3 + 32, FirmwareImage.ImageLength(FirmwareImage.Wrap([1, 2, 3]), 16 << 20));
        Assert.Null(FirmwareImage.ImageLength([0xFF, 0xFF, 0xFF, 0xFF, 0xFF], 16 << 20));
        Assert.Null(FirmwareImage.ImageLength([0x00, 0xFF, 0xFF, 0xFF, 0x7F], 16 << 20));
    }
}
