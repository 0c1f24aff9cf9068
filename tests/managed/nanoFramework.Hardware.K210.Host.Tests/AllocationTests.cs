using NfK210.Cli.Demo;

namespace nanoFramework.Hardware.K210.Host.Tests;

/// <summary>
/// Issue 13, point 7: the managed heap a call costs, counted in bytes with
/// <see cref="GC.GetAllocatedBytesForCurrentThread"/> (exact per thread, not a timing). A Forward allocates the copy
/// of its result that FeatureMap promises and nothing the data does not need: no second AI buffer, no buffer per
/// float, no scratch that could be kept, no error message that is never shown.
/// <para>
/// Sizes on 64-bit .NET: an array is a 24-byte header (object header, method table, length) plus its elements,
/// rounded up to 8 bytes; a FeatureMap is a 40-byte object (16-byte header, the array reference, three ints and a
/// bool, rounded up to 8). The P/Invoke calls pin arrays with <c>fixed</c> and allocate nothing managed.
/// </para>
/// </summary>
public sealed class AllocationTests
{
    private const int ArrayHeaderBytes = 24;
    private const int FeatureMapBytes = 40;
    private const int WarmUpCalls = 3;
    private const int MeasuredCalls = 5;

    private static long ArrayBytes(long elementBytes) => ArrayHeaderBytes + ((elementBytes + 7) & ~7L);

    /// <summary>Bytes allocated on this thread by one call of <paramref name="call"/>, after warm-up (JIT, statics,
    /// marshalling stubs); every measured call must cost the same, or the count is not a property of the call.</summary>
    private static long BytesPerCall(Action call)
    {
        for (int i = 0; i < WarmUpCalls; i++)
        {
            call();
        }

        var counts = new long[MeasuredCalls];
        for (int i = 0; i < MeasuredCalls; i++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            call();
            counts[i] = GC.GetAllocatedBytesForCurrentThread() - before;
        }

        Assert.True(counts.Distinct().Count() == 1, "allocations differ between calls: " + string.Join(", ", counts));
        return counts[0];
    }

    private static long BytesOf(Action call)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        call();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    private static Image GrayImage(int side, int seed)
    {
        var image = new Image(side, side, PixelFormat.Grayscale);
        for (int y = 0; y < side; y++)
        {
            for (int x = 0; x < side; x++)
            {
                int v = ((x * 7) + (y * 13) + seed) & 0xFF;
                image.SetPixel(x, y, v * 0x010101);
            }
        }

        return image;
    }

    /// <summary>What a Forward that returns output 0 of the demo model must cost: its copy and one FeatureMap.</summary>
    private static long DemoForwardBytes => ArrayBytes(DemoModel.OutputBytes * 4) + FeatureMapBytes;

    [Fact]
    public void Measurement_CountsAnArrayAsItsHeaderPlusItsElements()
    {
        // Checks the size model the other tests bound against, on this runtime.
        // (after warm-up: the first call of new code may allocate for the runtime, e.g. when it runs first in the process)
        Assert.Equal(ArrayBytes(1000), BytesPerCall(() => GC.KeepAlive(new byte[1000])));
        Assert.Equal(ArrayBytes(4 * 333), BytesPerCall(() => GC.KeepAlive(new float[333])));
        Assert.Equal(0, BytesPerCall(() => { }));
    }

    [Fact]
    public void ForwardImage_CurrentAiBuffer_AllocatesTheOutputCopyAndOneFeatureMap()
    {
        using KpuModel net = Kpu.Load(DemoModel.Create().Kmodel);
        Image image = GrayImage(DemoModel.InputSize, 1);
        image.PixToAi();

        long bytes = BytesPerCall(() => GC.KeepAlive(net.Forward(image)));

        Assert.Equal(DemoForwardBytes, bytes);
        Assert.True(image.IsAiBufferCurrent);
    }

    [Fact]
    public void ForwardImage_StaleAiBuffer_RefillsItInPlace()
    {
        using KpuModel net = Kpu.Load(DemoModel.Create().Kmodel);
        Image image = GrayImage(DemoModel.InputSize, 2);
        image.PixToAi();
        int flip = 0;

        // Each call changes a pixel first (outside the count) so that Forward sees a stale AI buffer.
        long total = 0;
        for (int i = 0; i < WarmUpCalls + MeasuredCalls; i++)
        {
            image.SetPixel(5, 9, (flip ^= 0xFF) * 0x010101);
            Assert.False(image.IsAiBufferCurrent);
            long bytes = BytesOf(() => GC.KeepAlive(net.Forward(image)));
            if (i >= WarmUpCalls)
            {
                Assert.Equal(DemoForwardBytes, bytes);
                total += bytes;
            }
        }

        Assert.Equal(MeasuredCalls * DemoForwardBytes, total);
        Assert.True(image.IsAiBufferCurrent);
        // The refill is real: the result is that of the changed pixels.
        Assert.Equal(net.Forward(image.GetAiBuffer()).ToByteArray(), net.Forward(image).ToByteArray());
    }

    [Fact]
    public void ForwardImage_NoAiBuffer_AllocatesItOnceThenReusesIt()
    {
        using KpuModel net = Kpu.Load(DemoModel.Create().Kmodel);
        long ForwardBytes(Image image) => BytesOf(() => GC.KeepAlive(net.Forward(image)));
        for (int i = 0; i < WarmUpCalls; i++)
        {
            Image warmUp = GrayImage(DemoModel.InputSize, 3); // the same code, first and later calls, outside the count
            ForwardBytes(warmUp);
            ForwardBytes(warmUp);
        }

        Image image = GrayImage(DemoModel.InputSize, 4);
        Assert.False(image.HasAiBuffer);

        long first = ForwardBytes(image);
        long second = ForwardBytes(image);

        Assert.Equal(ArrayBytes(DemoModel.InputSize * DemoModel.InputSize) + DemoForwardBytes, first);
        Assert.Equal(DemoForwardBytes, second);
    }

    [Fact]
    public void ForwardBytes_AllocatesTheOutputCopyAndOneFeatureMap()
    {
        using KpuModel net = Kpu.Load(DemoModel.Create().Kmodel);
        byte[] tensor = GrayImage(DemoModel.InputSize, 5).ToByteArray();

        Assert.Equal(DemoForwardBytes, BytesPerCall(() => GC.KeepAlive(net.Forward(tensor))));
    }

    [Fact]
    public void GetOutput_AllocatesTheOutputCopyAndOneFeatureMap()
    {
        // No message string is built for a call that succeeds.
        using KpuModel net = Kpu.Load(DemoModel.Create().Kmodel);
        net.Forward(GrayImage(DemoModel.InputSize, 6).ToByteArray());

        Assert.Equal(DemoForwardBytes, BytesPerCall(() => GC.KeepAlive(net.GetOutput(0))));
    }

    [Fact]
    public void FeatureMap_ToFloatArrayAllocatesOneFloatArray_TheIndexerNothing()
    {
        using KpuModel net = Kpu.Load(DemoModel.Create().Kmodel);
        FeatureMap map = net.Forward(GrayImage(DemoModel.InputSize, 7).ToByteArray());
        Assert.True(map.IsFloat);

        Assert.Equal(ArrayBytes(4L * map.Length), BytesPerCall(() => GC.KeepAlive(map.ToFloatArray())));
        float sum = 0;
        Assert.Equal(0, BytesPerCall(() =>
        {
            for (int i = 0; i < map.Length; i++)
            {
                sum += map[i];
            }
        }));
        Assert.True(sum > 0);
    }

    [Fact]
    public void RunYolo2_KeepsTheDecoderScratch_AllocatesTheOutputCopyAndTheResult()
    {
        // The demo output (4x32x32 floats) read as a 32x16 grid of 1 anchor x (5 + 3 classes). Its values lie in
        // 0..1, so no probability reaches 0.5 (at most sigmoid(1) x softmax 0.58 = 0.42): the result is empty.
        using KpuModel net = Kpu.Load(DemoModel.Create().Kmodel);
        net.SetOutputs(0, 32, 16, 8);
        net.InitYolo2(0.5f, 0.3f, [1f, 1f]);
        Image image = GrayImage(DemoModel.InputSize, 8);
        image.PixToAi();

        Yolo2Detection[]? found = null;
        long bytes = BytesPerCall(() => found = net.RunYolo2(image));

        Assert.Empty(found!);
        Assert.Equal(DemoForwardBytes + ArrayBytes(0), bytes);
    }

    [Fact]
    public void PixToAi_Rgb565_AllocatesTheAiBufferOnce()
    {
        for (int i = 0; i < WarmUpCalls; i++)
        {
            BytesOf(new Image(40, 30, PixelFormat.Rgb565).PixToAi); // the same code outside the count
        }

        var image = new Image(40, 30, PixelFormat.Rgb565);
        image.DrawRectangle(3, 4, 20, 10, 0x3366CC, fill: true);

        long first = BytesOf(image.PixToAi);
        Assert.Equal(ArrayBytes(3 * 40 * 30), first);
        Assert.Equal(0, BytesPerCall(image.PixToAi));
    }

    [Fact]
    public void SensorSnapshot_OnThePc_FillsTheSnapshotsAiBufferDirectly()
    {
        // A 320x240 RGB565 BMP as the camera: no conversion, resize or crop. What a snapshot must allocate: the file
        // bytes, the decoded frame, the snapshot's pixels and its AI planes; the rest (two Image objects, the file's
        // FileInfo/FileStream/handle) is small. The old path added an AI buffer on the frame and a copy of it:
        // 2 x 230 424 bytes more.
        const int width = 320, height = 240;
        string bmp = Path.Combine(Paths.NewTempFolder(), "frame.bmp");
        var picture = new Image(width, height, PixelFormat.Rgb565);
        picture.DrawRectangle(10, 20, 100, 50, 0xC08040, fill: true);
        File.WriteAllBytes(bmp, picture.ToBmp());
        Sensor.SetSource(bmp);
        Sensor.Reset();
        Sensor.SetPixFormat(PixelFormat.Rgb565);
        Sensor.SetFrameSize(FrameSize.Qvga);

        long arrays = ArrayBytes(new FileInfo(bmp).Length) + (2 * ArrayBytes(2 * width * height)) + ArrayBytes(3 * width * height);
        Image? snapshot = null;
        for (int i = 0; i < WarmUpCalls + MeasuredCalls; i++)
        {
            // File I/O does not allocate the same every call (seen: a few hundred bytes to 6.7 KB more, when the
            // runtime's file and thread-pool machinery grows), hence a range. Its bound, 64 KiB, still tells apart
            // what this test is about: one needless AI-sized copy would add 230 424 bytes.
            long bytes = BytesOf(() => snapshot = Sensor.Snapshot());
            if (i >= WarmUpCalls)
            {
                Assert.InRange(bytes - arrays, 0, 64 * 1024);
            }
        }

        Assert.True(snapshot!.IsAiBufferCurrent);
        picture.PixToAi();
        Assert.Equal(picture.GetAiBuffer(), snapshot.GetAiBuffer());
        Assert.Equal(picture.ToByteArray(), snapshot.ToByteArray());
    }

    [SharedFact]
    public void ForwardFloats_AllocatesOneInputBuffer_NotOnePerValue()
    {
        using KpuModel net = Kpu.Load(Paths.Model("v3-iris/iris.kmodel"));
        float[] features = [5.1f, 3.8f, 1.9f, 0.4f];
        int outputBytes = net.Forward(features).Size;
        Assert.Equal(12, outputBytes);

        long bytes = BytesPerCall(() => GC.KeepAlive(net.Forward(features)));

        // The 16-byte input tensor, the 12-byte output copy and its FeatureMap: 40 + 40 + 40. One byte[4] per value
        // (the old BitConverter.GetBytes loop) would add 4 x 32 bytes.
        Assert.Equal(ArrayBytes(4 * features.Length) + ArrayBytes(outputBytes) + FeatureMapBytes, bytes);
    }

    [SharedFact]
    public void ForwardFloats_GivesTheResultOfItsLittleEndianBytes()
    {
        using KpuModel net = Kpu.Load(Paths.Model("v3-iris/iris.kmodel"));
        float[] features = [5.1f, 3.8f, 1.9f, 0.4f];
        byte[] tensor = features.SelectMany(BitConverter.GetBytes).ToArray();
        Assert.Equal(File.ReadAllBytes(Paths.Model("v3-iris/input_features_f32.bin")), tensor);

        Assert.Equal(net.Forward(tensor).ToByteArray(), net.Forward(features).ToByteArray());
    }
}
