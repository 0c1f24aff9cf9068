using NfK210.Cli.Outputs;

namespace NfK210.Cli.Tests;

public sealed class OutputNamingTests
{
    [Theory]
    [InlineData("input.bin", 0, "input.out0.bin")]
    [InlineData("dir/sub/dog.bmp", 1, "dog.out1.bin")]
    [InlineData("a.tar.gz", 3, "a.tar.out3.bin")]
    [InlineData("noext", 12, "noext.out12.bin")]
    [InlineData("/abs/path/22.jpg", 0, "22.out0.bin")]
    public void FileName_IsStemDotOutIndexDotBin(string input, int index, string expected)
    {
        Assert.Equal(expected, OutputNaming.FileName(input, index));
    }

    [Fact]
    public void FilePath_IsInsideTheOutputDirectory()
    {
        Assert.Equal(Path.Combine("out", "x.out0.bin"), OutputNaming.FilePath("out", "in/x.png", 0));
    }

    [Fact]
    public void CheckDistinct_SameStemInTwoPlaces_Throws()
    {
        CliException e = Assert.Throws<CliException>(() => OutputNaming.CheckDistinct(["a/x.bin", "b/x.png"]));

        Assert.Contains("a/x.bin", e.Message);
        Assert.Contains("b/x.png", e.Message);
    }

    [Fact]
    public void CheckDistinct_DistinctStemsOrTheSameFileTwice_Pass()
    {
        OutputNaming.CheckDistinct(["a/x.bin", "a/y.bin"]);
        OutputNaming.CheckDistinct(["a/x.bin", "a/x.bin"]);
    }
}
