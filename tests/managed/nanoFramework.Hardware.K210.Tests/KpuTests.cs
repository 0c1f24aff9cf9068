using System;
using nanoFramework.TestFramework;

namespace nanoFramework.Hardware.K210.Tests
{
    /// <summary>Kpu and KpuModel on the shared V3 models: oracle bytes, PROVENANCE detections, MaixPy flows, SetLayers, errors.</summary>
    [TestClass]
    public class KpuTests
    {
        private const string Yolo = "models/v3-yolo20-demo/";

        // MNIST V3 layers: 0 K210_CONV 1x28x28 -> 16x14x14 kept in KPU RAM, 1 K210_CONV -> 32x7x7 copied to main
        // memory, 2 DEQUANTIZE, 3 flatten, 4 fully connected, 5 QUANTIZE, 6 K210_ADD_PADDING, 7 K210_CONV,
        // 8 K210_REMOVE_PADDING, 9 DEQUANTIZE, 10 SOFTMAX.
        private const string Mnist = "models/v3-maix-mnist/";
        private static readonly float[] YoloAnchors = { 1.08f, 1.19f, 3.42f, 4.41f, 6.63f, 11.38f, 9.42f, 5.11f, 16.62f, 10.52f };

        [Setup]
        public void RequireSharedModels()
        {
            if (!TestData.HasShared)
            {
                Assert.SkipTest(TestData.SharedMissing);
            }
        }

        private static byte[] Read(string relative) => TestData.Read(TestData.Shared(relative));

        [TestMethod]
        public void Forward_Tensor_ReproducesTheYoloOracleBytes()
        {
            using KpuModel model = Kpu.Load(TestData.Shared(Yolo + "yolo.kmodel"));
            FeatureMap map = model.Forward(Read(Yolo + "input_dog_rgb_chw_3x240x320_u8.bin"));
            CollectionAssert.AreEqual(Read(Yolo + "oracle/dog.rc5emu.out.bin"), map.ToByteArray());
            Assert.AreEqual(10, map.Width);
            Assert.AreEqual(7, map.Height);
            Assert.AreEqual(125, map.Channels);
            Assert.IsTrue(map.IsFloat);
            Assert.AreEqual(8750, map.Length);
        }

        [TestMethod]
        public void RunYolo2_OnTheDogTensor_GivesTheProvenanceDetections()
        {
            using KpuModel model = Kpu.Load(TestData.Shared(Yolo + "yolo.kmodel"));
            model.InitYolo2(0.5f, 0.3f, YoloAnchors);
            Yolo2Detection[] found = model.RunYolo2(Read(Yolo + "input_dog_rgb_chw_3x240x320_u8.bin"));
            // PROVENANCE.md (x1, y1, x2, y2): bicycle 0.944 (35,42,254,199); car 0.850 (182,37,235,78);
            // dog 0.553 (42,77,130,228); car 0.549 (210,37,269,78)
            int[][] want =
            {
                new[] { 1, 944, 35, 42, 254, 199 }, new[] { 6, 850, 182, 37, 235, 78 },
                new[] { 11, 553, 42, 77, 130, 228 }, new[] { 6, 549, 210, 37, 269, 78 },
            };
            Assert.AreEqual(4, found.Length);
            foreach (int[] w in want)
            {
                bool matched = false;
                foreach (Yolo2Detection d in found)
                {
                    if (d.ClassId == w[0] && (int)((d.Value * 1000) + 0.5f) == w[1])
                    {
                        matched = true;
                        Assert.AreEqual(w[2], d.X);
                        Assert.AreEqual(w[3], d.Y);
                        Assert.AreEqual(w[4], d.X + d.Width);
                        Assert.AreEqual(w[5], d.Y + d.Height);
                        Assert.AreEqual(4, d.ObjectCount);
                    }
                }

                Assert.IsTrue(matched, "class " + w[0] + " with probability 0." + w[1]);
            }

            for (int i = 0; i < found.Length; i++)
            {
                Assert.AreEqual(i, found[i].Index);
            }
        }

        [TestMethod]
        public void RunYolo2_OnDogBmp_FindsBicycleCarAndDog()
        {
            // Image.Load goes through RGB565, so the input differs slightly from the 8-bit tensor: the same objects,
            // not necessarily the same probabilities.
            using KpuModel model = Kpu.Load(TestData.Shared(Yolo + "yolo.kmodel"));
            model.InitYolo2(0.5f, 0.3f, YoloAnchors);
            Image dog = Image.Load(TestData.Shared(Yolo + "dog.bmp"));
            Yolo2Detection[] found = model.RunYolo2(dog);
            bool bicycle = false, car = false, dogFound = false;
            foreach (Yolo2Detection d in found)
            {
                bicycle |= d.ClassId == 1;
                car |= d.ClassId == 6;
                dogFound |= d.ClassId == 11;
                Assert.IsTrue(d.X >= 0 && d.Y >= 0 && d.X + d.Width <= 320 && d.Y + d.Height <= 240, "box inside the image");
            }

            Assert.IsTrue(bicycle && car && dogFound, "bicycle, car and dog among " + found.Length + " detections");
        }

        [TestMethod]
        public void RunYolo2_NothingAboveThreshold_ReturnsAnEmptyArray()
        {
            using KpuModel model = Kpu.Load(TestData.Shared(Yolo + "yolo.kmodel"));
            model.InitYolo2(1.0f, 0.3f, YoloAnchors);
            Yolo2Detection[] found = model.RunYolo2(new Image(320, 240, PixelFormat.Rgb565));
            Assert.IsNotNull(found);
            Assert.AreEqual(0, found.Length);
        }

        [TestMethod]
        public void Forward_Mnist_ClassifiesEveryDigit()
        {
            using KpuModel model = Kpu.Load(TestData.Shared("models/v3-maix-mnist/mnist.kmodel"));
            Assert.AreEqual(28, model.InputWidth);
            Assert.AreEqual(1, model.InputChannels);
            for (int digit = 0; digit < 10; digit++)
            {
                byte[] gray = Read("models/v3-maix-mnist/inputs/digit" + digit + "_1x28x28_u8.bin");
                Image image = Image.Decode(Files.Pgm(28, 28, gray));
                image.PixToAi();
                float[] scores = model.Forward(image).ToFloatArray();
                Assert.AreEqual(10, scores.Length);
                Assert.AreEqual(digit, Files.ArgMax(scores), "digit " + digit);
            }
        }

        [TestMethod]
        public void Forward_Floats_RunsTheIrisModel()
        {
            using KpuModel model = Kpu.Load(TestData.Shared("models/v3-iris/iris.kmodel"));
            float[] logits = model.Forward(new[] { 5.1f, 3.8f, 1.9f, 0.4f }).ToFloatArray();
            // the board's printout (PROVENANCE.md): 16.077795, 5.607656, -2.071745
            Assert.AreEqual(16.077795f, logits[0], 0.0002f);
            Assert.AreEqual(5.607656f, logits[1], 0.0002f);
            Assert.AreEqual(-2.071745f, logits[2], 0.0002f);
        }

        [TestMethod]
        public void Forward_StaleAiBuffer_IsRefreshedFromThePixels()
        {
            using KpuModel model = Kpu.Load(TestData.Shared("models/v3-maix-mnist/mnist.kmodel"));
            Image seven = Image.Decode(Files.Pgm(28, 28, Read("models/v3-maix-mnist/inputs/digit7_1x28x28_u8.bin")));
            Image blank = new Image(28, 28, PixelFormat.Grayscale);
            blank.PixToAi();
            // paint the 7 into the blank image after PixToAi: the model must see the 7
            for (int y = 0; y < 28; y++)
            {
                for (int x = 0; x < 28; x++)
                {
                    blank.SetPixel(x, y, seven.GetPixel(x, y));
                }
            }

            Assert.IsFalse(blank.IsAiBufferCurrent);
            CollectionAssert.AreEqual(model.Forward(seven).ToByteArray(), model.Forward(blank).ToByteArray());
            Assert.IsTrue(blank.IsAiBufferCurrent);
        }

        [TestMethod]
        public void NetInfo_DescribesTheYoloLayers()
        {
            using KpuModel model = Kpu.Load(TestData.Shared(Yolo + "yolo.kmodel"));
            LayerInfo[] layers = model.NetInfo();
            Assert.AreEqual(17, layers.Length);
            LayerInfo first = layers[0];
            Assert.AreEqual("K210_CONV", first.TypeName);
            Assert.IsTrue(first.OnKpu);
            Assert.AreEqual(320, first.InputWidth);
            Assert.AreEqual(240, first.InputHeight);
            Assert.AreEqual(3, first.InputChannels);
            Assert.AreEqual(160, first.OutputWidth);
            Assert.AreEqual(16, first.OutputChannels);
            Assert.AreEqual(1, first.KernelType);
            Assert.AreEqual(1, first.PoolType);
            Assert.AreEqual("DEQUANTIZE", layers[16].TypeName);
            Assert.IsFalse(layers[16].OnKpu);
        }

        [TestMethod]
        public void SetOutputs_ChecksIndexAndSize()
        {
            using KpuModel model = Kpu.Load(TestData.Shared(Yolo + "yolo.kmodel"));
            KpuException e = (KpuException)Assert.ThrowsException(typeof(KpuException), () => model.SetOutputs(1, 10, 7, 125));
            Assert.AreEqual(KpuErrorCode.IndexOutOfRange, e.ErrorCode);
            e = (KpuException)Assert.ThrowsException(typeof(KpuException), () => model.SetOutputs(0, 10, 7, 124));
            Assert.AreEqual(KpuErrorCode.SizeNotMatch, e.ErrorCode);
            Assert.Contains("8750", e.Message);
            model.SetOutputs(0, 8750, 1, 1);
            FeatureMap flat = model.Forward(new byte[230400]);
            Assert.AreEqual(8750, flat.Width);
            Assert.AreEqual(1, flat.Channels);
        }

        [TestMethod]
        public void Load_NotAKmodel_ThrowsKmodelVersionError()
        {
            KpuException e = (KpuException)Assert.ThrowsException(typeof(KpuException),
                () => Kpu.Load(Files.Ascii("hello, this is not a model")));
            Assert.AreEqual(KpuErrorCode.KmodelVersion, e.ErrorCode);
            Assert.Contains("not a kmodel", e.Message);
        }

        [TestMethod]
        public void Forward_V5_ReproducesTheYoloxOracleBytes()
        {
            // kmodel V5 (nncase 1.0.0-beta2): stackvm code plus 27 k210 functions; plain float rules, the primary oracle.
            // The oracle is streamed, and each float compared with equality plus the sign byte of zeros (with no NaN: the
            // same as comparing bytes), so that the 1 MiB managed heap of nanoCLR holds only the 350 KB output once.
            FeatureMap map;
            using (KpuModel model = Kpu.Load(TestData.Shared("models/v5-yolox-nano/yolox_nano_224.kmodel")))
            {
                map = model.Forward(Read("models/v5-yolox-nano/input.bin"));
            }

            Assert.IsTrue(map.IsFloat);
            Assert.AreEqual(1029 * 85, map.Length);
            Assert.AreEqual(85, map.Width);
            Assert.AreEqual(1029, map.Height);
            byte[] chunk = new byte[4096];
            int index = 0;
            using (var oracle = new global::System.IO.FileStream(TestData.Shared("models/v5-yolox-nano/oracle/input.nncase1.out0.bin"),
                       global::System.IO.FileMode.Open, global::System.IO.FileAccess.Read))
            {
                Assert.AreEqual(4L * map.Length, oracle.Length);
                int got;
                while ((got = ReadFull(oracle, chunk)) > 0)
                {
                    for (int at = 0; at + 4 <= got; at += 4, index++)
                    {
                        float want = BitConverter.ToSingle(chunk, at), value = map[index];
                        // zeros: the sign byte (nanoCLR throws on 1 / 0f, so no 1 / value test)
                        if (float.IsNaN(value) || value != want || (value == 0 && BitConverter.GetBytes(value)[3] != chunk[at + 3]))
                        {
                            Assert.Fail("float " + index + " is " + value + ", the oracle's " + want);
                        }
                    }
                }
            }

            Assert.AreEqual(map.Length, index);
        }

        /// <summary>Fills buffer from the stream (fewer bytes only at its end); the count read.</summary>
        private static int ReadFull(global::System.IO.FileStream stream, byte[] buffer)
        {
            int total = 0, got;
            while (total < buffer.Length && (got = stream.Read(buffer, total, buffer.Length - total)) > 0)
            {
                total += got;
            }

            return total;
        }

        [TestMethod]
        public void Load_TruncatedFile_ThrowsKmodelFormatError()
        {
            // the first 1000 bytes only: the whole 1.35 MB file does not fit a 1 MiB managed heap (QEMU, the board)
            byte[] cut = new byte[1000];
            using (var file = new global::System.IO.FileStream(TestData.Shared(Yolo + "yolo.kmodel"),
                       global::System.IO.FileMode.Open, global::System.IO.FileAccess.Read))
            {
                Assert.AreEqual(cut.Length, ReadFull(file, cut));
            }

            KpuException e = (KpuException)Assert.ThrowsException(typeof(KpuException), () => Kpu.Load(cut));
            Assert.AreEqual(KpuErrorCode.KmodelFormat, e.ErrorCode);
            Assert.Contains("past the end", e.Message);
        }

        [TestMethod]
        public void Load_MissingFile_ThrowsReadFileError()
        {
            KpuException e = (KpuException)Assert.ThrowsException(typeof(KpuException),
                () => Kpu.Load(TestData.Shared("models/no-such.kmodel")));
            Assert.AreEqual(KpuErrorCode.ReadFile, e.ErrorCode);
            Assert.Contains("no-such.kmodel", e.Message);
        }

        [TestMethod]
        public void Load_TooManyModels_SaysNeededAndFree()
        {
            // by path: the file goes straight to model memory, not through a 1.35 MB managed array
            string path = TestData.Shared(Yolo + "yolo.kmodel");
            KpuModel[] models = new KpuModel[8];
            try
            {
                KpuException? failure = null;
                for (int i = 0; i < models.Length && failure == null; i++)
                {
                    try
                    {
                        models[i] = Kpu.Load(path);
                    }
                    catch (KpuException e)
                    {
                        failure = e;
                    }
                }

                Assert.IsNotNull(failure, "6 MiB cannot hold 8 copies of a 1.35 MB model");
                Assert.AreEqual(KpuErrorCode.NoMemory, failure!.ErrorCode);
                Assert.Contains("does not fit", failure.Message);
                Assert.Contains("are free", failure.Message);
            }
            finally
            {
                foreach (KpuModel m in models)
                {
                    m?.Dispose();
                }
            }
        }

        [TestMethod]
        public void Forward_WrongImageOrTensor_ThrowsArgumentExceptionNamingExpectedAndActual()
        {
            using KpuModel model = Kpu.Load(TestData.Shared(Yolo + "yolo.kmodel"));
            Exception e = Assert.ThrowsException(typeof(ArgumentException), () => model.Forward(new Image(28, 28, PixelFormat.Rgb565)));
            Assert.Contains("320x240 Rgb565", e.Message);
            Assert.Contains("28x28", e.Message);
            e = Assert.ThrowsException(typeof(ArgumentException), () => model.Forward(new Image(320, 240, PixelFormat.Grayscale)));
            Assert.Contains("Grayscale", e.Message);
            e = Assert.ThrowsException(typeof(ArgumentException), () => model.Forward(new byte[100]));
            Assert.Contains("230400", e.Message);
            Assert.Contains("100", e.Message);
            e = Assert.ThrowsException(typeof(ArgumentException), () => model.Forward(new float[4]));
            Assert.Contains("uint8", e.Message);
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => model.Forward(new byte[230400], 1));
        }

        [TestMethod]
        public void Model_AfterDispose_ThrowsObjectDisposed()
        {
            KpuModel model = Kpu.Load(TestData.Shared(Yolo + "yolo.kmodel"));
            model.Dispose();
            model.Dispose();
            Assert.ThrowsException(typeof(ObjectDisposedException), () => model.Forward(new byte[230400]));
            Assert.ThrowsException(typeof(ObjectDisposedException), () => { _ = model.InputWidth; });
            Assert.ThrowsException(typeof(ObjectDisposedException), () => model.NetInfo());
        }

        [TestMethod]
        public void Yolo2_MisuseIsReported()
        {
            using KpuModel model = Kpu.Load(TestData.Shared(Yolo + "yolo.kmodel"));
            Assert.ThrowsException(typeof(InvalidOperationException), () => model.RunYolo2(new Image(320, 240, PixelFormat.Rgb565)));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => model.InitYolo2(1.5f, 0.3f, YoloAnchors));
            Assert.ThrowsException(typeof(ArgumentException), () => model.InitYolo2(0.5f, 0.3f, new[] { 1f, 2f, 3f }));
            // 3 anchors cannot split 125 channels
            model.InitYolo2(0.5f, 0.3f, new[] { 1f, 1f, 2f, 2f, 3f, 3f });
            KpuException e = (KpuException)Assert.ThrowsException(typeof(KpuException), () => model.RunYolo2(new byte[230400]));
            Assert.Contains("125 channels", e.Message);
        }

        [TestMethod]
        public void GetOutput_BeforeAnyRun_ThrowsRunModelError()
        {
            using KpuModel model = Kpu.Load(TestData.Shared(Yolo + "yolo.kmodel"));
            KpuException e = (KpuException)Assert.ThrowsException(typeof(KpuException), () => model.GetOutput(0));
            Assert.AreEqual(KpuErrorCode.RunModel, e.ErrorCode);
        }

        [TestMethod]
        public void MemTest_SeesTheModelsMemory()
        {
            KpuMemoryInfo before = Kpu.MemTest();
            Assert.AreEqual(6L * 1024 * 1024, before.NativeTotalBytes);
            using KpuModel model = Kpu.Load(TestData.Shared(Yolo + "yolo.kmodel"));
            KpuMemoryInfo after = Kpu.MemTest();
            Assert.IsTrue(before.NativeFreeBytes - after.NativeFreeBytes >= 1351592, "the model's file is in the heap");
            Assert.Contains("###free sys heap memory", after.ToString());
        }

        [TestMethod]
        public void SetLayers2_ReturnsLayer1sMap_TheBytesLayer2Dequantizes()
        {
            byte[] file = Read(Mnist + "mnist.kmodel");
            using KpuModel model = Kpu.Load(file);
            model.SetLayers(2);
            FeatureMap map = model.Forward(Digit(3));
            AssertMap(map, 32, 7, 7, false);

            // layer 2 turns each byte q into q * scale + bias, with scale and bias from its body in the file
            int body = LayerBody(file, 2);
            Assert.AreEqual(12, ReadInt(file, 28 + (8 * ReadInt(file, 24)) + 16), "layer 2 is DEQUANTIZE");
            float scale = BitConverter.ToSingle(file, body + 16);
            float bias = BitConverter.ToSingle(file, body + 20);
            byte[] q = map.ToByteArray();
            byte[] expected = new byte[4 * q.Length];
            for (int i = 0; i < q.Length; i++)
            {
                float value = (float)((float)(q[i] * scale) + bias);
                Array.Copy(BitConverter.GetBytes(value), 0, expected, 4 * i, 4);
            }

            model.SetLayers(3);
            FeatureMap floats = model.Forward(Digit(3));
            Assert.IsTrue(floats.IsFloat);
            Assert.AreEqual(1568, floats.Length);
            CollectionAssert.AreEqual(expected, floats.ToByteArray());
        }

        [TestMethod]
        public void SetLayers1_ReturnsLayer0sMapFromKpuRam()
        {
            using KpuModel model = Kpu.Load(TestData.Shared(Mnist + "mnist.kmodel"));
            model.SetLayers(1);
            FeatureMap map = model.Forward(Digit(7));
            AssertMap(map, 16, 14, 14, false);
            Assert.AreEqual(model.NetInfo()[0].OutputChannels, map.Channels);
        }

        [TestMethod]
        public void SetLayers0OrAll_RestoresFullRuns()
        {
            using KpuModel model = Kpu.Load(TestData.Shared(Mnist + "mnist.kmodel"));
            byte[] full = model.Forward(Digit(5)).ToByteArray();
            Assert.AreEqual(40, full.Length);

            model.SetLayers(2);
            Assert.AreEqual(1568, model.Forward(Digit(5)).Size);
            KpuException e = (KpuException)Assert.ThrowsException(typeof(KpuException), () => model.GetOutput(0));
            Assert.AreEqual(KpuErrorCode.RunModel, e.ErrorCode);
            Assert.Contains("stopped after layer 1 of 11", e.Message);

            model.SetLayers(0);
            CollectionAssert.AreEqual(full, model.Forward(Digit(5)).ToByteArray());
            CollectionAssert.AreEqual(full, model.GetOutput(0).ToByteArray());
            model.SetLayers(-3);
            CollectionAssert.AreEqual(full, model.Forward(Digit(5)).ToByteArray());
            model.SetLayers(11);
            FeatureMap all = model.Forward(Digit(5));
            Assert.IsTrue(all.IsFloat);
            CollectionAssert.AreEqual(full, all.ToByteArray());
        }

        [TestMethod]
        public void SetLayersAboveTheLayerCount_ThrowsNamingTheMaximum()
        {
            using KpuModel model = Kpu.Load(TestData.Shared(Mnist + "mnist.kmodel"));
            model.SetLayers(2);
            Exception e = Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => model.SetLayers(12));
            Assert.Contains("12", e.Message);
            Assert.Contains("11", e.Message);
            Assert.AreEqual(1568, model.Forward(Digit(1)).Size, "the earlier limit still holds");
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => model.Forward(Digit(1), 1));
        }

        /// <summary>File offset of the body of layer index of a kmodel V3 (header, output table, layer table, bodies).</summary>
        private static int LayerBody(byte[] file, int index)
        {
            int outputs = ReadInt(file, 24);
            int layers = ReadInt(file, 12);
            int table = 28 + (8 * outputs);
            int offset = table + (8 * layers);
            for (int i = 0; i < index; i++)
            {
                offset += ReadInt(file, table + (8 * i) + 4);
            }

            return offset;
        }

        private static int ReadInt(byte[] b, int at) => b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24);

        private static byte[] Digit(int digit) => Read(Mnist + "inputs/digit" + digit + "_1x28x28_u8.bin");

        /// <summary>Shape, element type and size of a map.</summary>
        private static void AssertMap(FeatureMap map, int channels, int height, int width, bool isFloat)
        {
            Assert.AreEqual(channels, map.Channels);
            Assert.AreEqual(height, map.Height);
            Assert.AreEqual(width, map.Width);
            Assert.AreEqual(isFloat, map.IsFloat);
            Assert.AreEqual(channels * height * width * (isFloat ? 4 : 1), map.Size);
        }
    }
}
