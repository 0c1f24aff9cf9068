using System;
using nanoFramework.TestFramework;

namespace nanoFramework.Hardware.K210.Tests
{
    /// <summary>
    /// Forward(float[]) writes the floats as little-endian IEEE bytes without BitConverter.GetBytes per value (issue 13):
    /// on nanoCLR as on .NET it must run the model on exactly the bytes GetBytes gives, edge values included.
    /// </summary>
    [TestClass]
    public class FloatInputTests
    {
        private const string Iris = "models/v3-iris/";

        [Setup]
        public void RequireSharedModels()
        {
            if (!TestData.HasShared)
            {
                Assert.SkipTest(TestData.SharedMissing);
            }
        }

        private static byte[] BytesOf(float[] values)
        {
            byte[] bytes = new byte[4 * values.Length];
            for (int i = 0; i < values.Length; i++)
            {
                Array.Copy(BitConverter.GetBytes(values[i]), 0, bytes, 4 * i, 4);
            }

            return bytes;
        }

        [TestMethod]
        public void Forward_Floats_RunsOnTheFileBytesOfTheSameValues()
        {
            using KpuModel model = Kpu.Load(TestData.Shared(Iris + "iris.kmodel"));
            byte[] file = TestData.Read(TestData.Shared(Iris + "input_features_f32.bin"));
            CollectionAssert.AreEqual(file, BytesOf(new[] { 5.1f, 3.8f, 1.9f, 0.4f }));

            CollectionAssert.AreEqual(model.Forward(file).ToByteArray(),
                model.Forward(new[] { 5.1f, 3.8f, 1.9f, 0.4f }).ToByteArray());
        }

        [TestMethod]
        public void Forward_EdgeFloats_RunOnTheirGetBytes()
        {
            // zeros of both signs, subnormals (smallest, 2^-127 area, largest), the smallest normal, large and
            // infinite values, NaN: each row runs once through float[] and once through its GetBytes tensor.
            float[][] rows =
            {
                new[] { 0f, -0f, 1f, -1f },
                new[] { float.Epsilon, -float.Epsilon, 1e-40f, -5.877472E-39f },
                new[] { 1.1754942E-38f, 1.17549435E-38f, -1.17549435E-38f, 3.4028235E+38f },
                new[] { float.PositiveInfinity, 2f, 3f, 4f },
                new[] { 7.5f, float.NegativeInfinity, 0.1f, 65504f },
                new[] { float.NaN, 1f, 2f, 3f },
                new[] { 1e-30f, 123456.79f, -0.33333334f, 16777217f },
            };

            using KpuModel model = Kpu.Load(TestData.Shared(Iris + "iris.kmodel"));
            for (int r = 0; r < rows.Length; r++)
            {
                byte[] expected = model.Forward(BytesOf(rows[r])).ToByteArray();
                byte[] actual = model.Forward(rows[r]).ToByteArray();
                CollectionAssert.AreEqual(expected, actual, "row " + r);
            }
        }
    }
}
