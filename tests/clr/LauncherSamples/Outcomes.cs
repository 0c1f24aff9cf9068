using nanoFramework.TestFramework;

namespace LauncherSamples
{
    /// <summary>One test of each outcome, a test with data rows, and the class lifecycle.</summary>
    [TestClass]
    public class Outcomes
    {
        private static string s_log = string.Empty;

        [Setup]
        public void Begin() => s_log += "setup;";

        [TestMethod]
        public void Passes() => Assert.AreEqual(4, 2 + 2);

        [TestMethod]
        public void Fails() => Assert.AreEqual(1, 2);

        [TestMethod]
        public void Skips() => Assert.SkipTest("not today");

        [TestMethod]
        [DataRow(2, 4)]
        [DataRow(3, 7)]
        public void Doubles(int value, int twice) => Assert.AreEqual(twice, value * 2);

        [TestMethod]
        public void SetupRanFirst() => Assert.AreEqual("setup;", s_log);

        [Cleanup]
        public void End() => s_log += "cleanup;";
    }
}
