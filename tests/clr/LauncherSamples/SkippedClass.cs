using nanoFramework.TestFramework;

namespace LauncherSamples
{
    /// <summary>A class whose [Setup] skips all its tests.</summary>
    [TestClass]
    public class SkippedClass
    {
        [Setup]
        public void Begin() => Assert.SkipTest("no device here");

        [TestMethod]
        public void NeverRuns() => Assert.IsTrue(false);
    }
}
