using nanoFramework.TestFramework;
using NfK210.TestRunner;
using Assert = Xunit.Assert;

namespace nanoFramework.Hardware.K210.Host.Tests
{
    /// <summary>The nanoFramework-style runner on the sample classes below (they live in this assembly).</summary>
    public sealed class NanoTestRunnerTests
    {
        [Fact]
        public void Run_CountsPassedFailedSkippedAndFollowsTheLifecycle()
        {
            RunnerSamples.Log.Clear();
            var output = new StringWriter();
            TestSummary summary = NanoTestRunner.Run(typeof(RunnerSamples).Assembly, output);
            string text = output.ToString();

            // RunnerSamples: Passes, DataRow x2 (one fails), Fails, Skips; SkippedClass: 1 skipped by [Setup]
            Assert.Equal(new TestSummary(2, 2, 2), summary);
            Assert.EndsWith("2 passed, 2 failed, 2 skipped" + Environment.NewLine, text);
            Assert.Contains("Test failed,nanoFramework.Hardware.K210.Host.Tests.RunnerSamples.Fails,expected 1, got 2", text);
            Assert.Contains("Test passed,nanoFramework.Hardware.K210.Host.Tests.RunnerSamples.Doubles.0,", text);
            Assert.Contains("Test failed,nanoFramework.Hardware.K210.Host.Tests.RunnerSamples.Doubles.1,", text);
            Assert.Contains("Test skipped,nanoFramework.Hardware.K210.Host.Tests.SkippedClass.NeverRuns,no device here", text);
            // tests by name (ordinal), the order the nanoCLR launcher uses too; data rows in declaration order
            Assert.Equal(["setup", "doubles 2", "doubles 3", "fails", "passes", "skips", "cleanup"], RunnerSamples.Log);
        }
    }

    /// <summary>Sample tests for the runner (not run by xUnit).</summary>
    [TestClass]
    public class RunnerSamples
    {
        public static readonly List<string> Log = [];

        [Setup]
        public void Begin() => Log.Add("setup");

        [TestMethod]
        public void Passes()
        {
            Log.Add("passes");
            nanoFramework.TestFramework.Assert.AreEqual(4, 2 + 2);
        }

        [TestMethod]
        [DataRow(2, 4)]
        [DataRow(3, 7)]
        public void Doubles(int value, int twice)
        {
            Log.Add("doubles " + value);
            nanoFramework.TestFramework.Assert.AreEqual(twice, value * 2);
        }

        [TestMethod]
        public void Fails()
        {
            Log.Add("fails");
            nanoFramework.TestFramework.Assert.AreEqual(1, 2);
        }

        [TestMethod]
        public void Skips()
        {
            Log.Add("skips");
            nanoFramework.TestFramework.Assert.SkipTest("not today");
        }

        [Cleanup]
        public void End() => Log.Add("cleanup");
    }

    /// <summary>A class whose [Setup] skips everything.</summary>
    [TestClass]
    public class SkippedClass
    {
        [Setup]
        public void Begin() => nanoFramework.TestFramework.Assert.SkipTest("no device here");

        [TestMethod]
        public void NeverRuns() => throw new InvalidOperationException("must not run");
    }
}
