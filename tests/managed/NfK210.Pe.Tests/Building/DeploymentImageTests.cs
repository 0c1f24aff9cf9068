using NfK210.Pe.Building;
using NfK210.Pe.Reading;
using NfK210.Pe.Tests.Reading;

namespace NfK210.Pe.Tests.Building;

public sealed class DeploymentImageTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 3)]
    [InlineData(2, 2)]
    [InlineData(3, 1)]
    [InlineData(32536, 0)]
    public void EachAssemblyIsPaddedToAMultipleOfFour(int length, int padding) =>
        Assert.Equal(padding, DeploymentImage.Padding(length));

    [CoreLibraryFact]
    public void ImageIsTheFilesBackToBackAndSplitsAtTheirHeaders()
    {
        byte[] corlib = PeTestFiles.CoreLibrary();

        byte[] image = DeploymentImage.Build([corlib, corlib]);

        Assert.Equal(2 * corlib.Length, image.Length);
        IReadOnlyList<(int Offset, PeFile Pe)> parts = DeploymentImage.Split(image);
        Assert.Equal([0, corlib.Length], parts.Select(p => p.Offset));
        Assert.All(parts, p => Assert.DoesNotContain(p.Pe.Verify(), q => q.Severity == PeSeverity.Error));
    }
}
