using System;

namespace nanoFramework.Hardware.K210
{
    /// <summary>
    /// A loaded kmodel: MaixPy's <c>kpu_net</c> and the <c>kpu.*</c> calls that take it (<c>forward</c>,
    /// <c>get_output</c>, <c>set_outputs</c>, <c>set_layers</c>, <c>netinfo</c>, <c>init_yolo2</c>, <c>run_yolo2</c>,
    /// <c>deinit</c>). Not thread-safe. Every member except <see cref="Dispose"/> throws
    /// <see cref="ObjectDisposedException"/> after <see cref="Dispose"/>.
    /// </summary>
    public sealed partial class KpuModel : IDisposable
    {
        private const int InfoChannels = 0;
        private const int InfoHeight = 1;
        private const int InfoWidth = 2;
        private const int InfoIsFloat = 3;
        private const int InfoBytes = 4;

        private long _handle;
        private readonly int[] _input = new int[5];
        private readonly int[] _outputs;
        private readonly int _layerCount;
        private int _layerLimit;
        private bool _hasRun;
        private float _yoloThreshold;
        private float _yoloNms;
        private float[]? _anchors;

        // A model is one KPU task: a run and the read of its result must not interleave with another thread's run.
        // Every member that runs the model, reads its results, changes what a run does or frees it takes this lock
        // (Monitor is re-entrant: Forward -> GetOutput and RunYolo2 -> Forward nest).
        private readonly object _runLock = new object();

        // YOLOv2 decoder output scratch, reused by every RunYolo2 under _runLock (declared last: the native field
        // indices of the fields above stay as they were).
        private int[]? _yoloBoxes;
        private float[]? _yoloProbs;

        private KpuModel(long handle)
        {
            _handle = handle;
            Check(NativeGetInput(handle, _input), "reading the model's input");
            int count = NativeGetOutputCount(handle);
            _outputs = new int[5 * (count > 0 ? count : 0)];
            int[] info = new int[5];
            for (int i = 0; i < count; i++)
            {
                Check(NativeGetOutputInfo(handle, i, info), "reading output " + i);
                Array.Copy(info, 0, _outputs, 5 * i, 5);
            }

            _layerCount = NativeGetLayerCount(handle);
        }

        /// <summary>Frees the model if <see cref="Dispose"/> was not called (MaixPy's <c>kpu_net</c> finaliser).</summary>
        ~KpuModel()
        {
            Release();
        }

        internal static KpuModel Create(byte[] kmodel, string what)
        {
            return Wrap(NativeLoad(kmodel), what);
        }

        /// <summary>
        /// Loads a kmodel file natively, so its bytes go from the file straight into model memory (never through the
        /// managed heap, which on the board is far smaller than a model).
        /// </summary>
        internal static KpuModel CreateFromFile(string path)
        {
            return Wrap(NativeLoadFile(path), path);
        }

        private static KpuModel Wrap(long handle, string what)
        {
            if (handle == 0)
            {
                int status = NativeLastErrorCode();
                if (status == NativeStatus.FileUnreadable)
                {
                    throw new KpuException(KpuErrorCode.ReadFile, NativeLastError());
                }

                throw new KpuException(NativeStatus.ToErrorCode(status), "cannot load " + what + ": " + NativeLastError());
            }

            try
            {
                return new KpuModel(handle);
            }
            catch
            {
                NativeFree(handle);
                throw;
            }
        }

        /// <summary>Width of the model's input (the first layer's input width; the element count for a flat input).</summary>
        public int InputWidth => Live(_input[InfoWidth]);

        /// <summary>Height of the model's input (1 for a flat input).</summary>
        public int InputHeight => Live(_input[InfoHeight]);

        /// <summary>Channels of the model's input: 3 for RGB, 1 for grayscale (1 for a flat input).</summary>
        public int InputChannels => Live(_input[InfoChannels]);

        /// <summary>Number of model outputs.</summary>
        public int OutputCount => Live(_outputs.Length / 5);

        /// <summary>
        /// Runs the model on the image's AI buffer (MaixPy <c>kpu.forward(net, img)</c>) and returns output
        /// <paramref name="outputIndex"/> (MaixPy's third argument, which its documentation wrongly calls a layer), or,
        /// after <see cref="SetLayers"/>(n), the result of layer n (see there).
        /// A missing or stale AI buffer is refreshed from the pixels first (see <see cref="Image"/>).
        /// </summary>
        /// <exception cref="ArgumentNullException">image is null.</exception>
        /// <exception cref="ArgumentException">The image size or format does not match the model input (the message gives both).</exception>
        /// <exception cref="ArgumentOutOfRangeException">outputIndex is not an output (under a SetLayers limit: is not 0).</exception>
        /// <exception cref="KpuException">The run failed.</exception>
        public FeatureMap Forward(Image image, int outputIndex = 0)
        {
            ThrowIfDisposed();
            if (image == null)
            {
                throw new ArgumentNullException(nameof(image));
            }

            CheckImage(image);
            CheckForwardIndex(outputIndex);
            return RunAndRead(image.CurrentAiBuffer(), outputIndex);
        }

        /// <summary>
        /// Runs a model whose input is float32 (a first fully connected layer) on <paramref name="input"/>
        /// (MaixPy <c>kpu.forward(net, [floats])</c>).
        /// </summary>
        /// <exception cref="ArgumentNullException">input is null.</exception>
        /// <exception cref="ArgumentException">The model input is not float, or the length differs (the message gives both).</exception>
        /// <exception cref="ArgumentOutOfRangeException">outputIndex is not an output (under a SetLayers limit: is not 0).</exception>
        /// <exception cref="KpuException">The run failed.</exception>
        public FeatureMap Forward(float[] input, int outputIndex = 0)
        {
            ThrowIfDisposed();
            if (input == null)
            {
                throw new ArgumentNullException(nameof(input));
            }

            if (_input[InfoIsFloat] == 0)
            {
                throw new ArgumentException("the model input is uint8 " + DescribeInput() +
                    ": pass an Image or a byte[] tensor, not float[]", nameof(input));
            }

            int expected = _input[InfoBytes] / 4;
            if (input.Length != expected)
            {
                throw new ArgumentException("the model input takes " + expected + " floats (" + DescribeInput() +
                    "), got " + input.Length, nameof(input));
            }

            CheckForwardIndex(outputIndex);
            byte[] bytes = new byte[input.Length * 4];
            SingleBytes.Write(input, bytes);
            return RunAndRead(bytes, outputIndex);
        }

        /// <summary>
        /// Runs the model on a raw input tensor laid out as the model takes it (CHW planar uint8 for a KPU input,
        /// little-endian float32 for a float input), exactly the bytes of the CLI's <c>run --input</c>.
        /// </summary>
        /// <exception cref="ArgumentNullException">tensor is null.</exception>
        /// <exception cref="ArgumentException">The length differs from the model's input size (the message gives both).</exception>
        /// <exception cref="ArgumentOutOfRangeException">outputIndex is not an output (under a SetLayers limit: is not 0).</exception>
        /// <exception cref="KpuException">The run failed.</exception>
        public FeatureMap Forward(byte[] tensor, int outputIndex = 0)
        {
            ThrowIfDisposed();
            if (tensor == null)
            {
                throw new ArgumentNullException(nameof(tensor));
            }

            if (tensor.Length != _input[InfoBytes])
            {
                throw new ArgumentException("the model input takes " + _input[InfoBytes] + " bytes (" + DescribeInput() +
                    "), got " + tensor.Length, nameof(tensor));
            }

            CheckForwardIndex(outputIndex);
            return RunAndRead(tensor, outputIndex);
        }

        /// <summary>Output <paramref name="index"/> of the last run, as a copy (MaixPy <c>kpu.get_output(net, index)</c>).</summary>
        /// <exception cref="ArgumentOutOfRangeException">index is not an output.</exception>
        /// <exception cref="KpuException">
        /// <see cref="KpuErrorCode.RunModel"/> when the model has not run yet, or the last run stopped early (<see cref="SetLayers"/>).
        /// </exception>
        public FeatureMap GetOutput(int index)
        {
            lock (_runLock)
            {
                ThrowIfDisposed();
                CheckOutputIndex(index);
                if (!_hasRun)
                {
                    throw new KpuException(KpuErrorCode.RunModel, "no output yet: run Forward first");
                }

                int o = 5 * index;
                byte[] data = new byte[_outputs[o + InfoBytes]];
                int status = NativeGetOutput(_handle, index, data);
                if (status != NativeStatus.Ok)
                {
                    // The message is built only on failure: a Forward must not pay for a string it never shows.
                    throw new KpuException(NativeStatus.ToErrorCode(status), "reading output " + index + " failed: " +
                        NativeLastError());
                }

                bool isFloat = _outputs[o + InfoIsFloat] != 0;
                int c = _outputs[o + InfoChannels];
                int h = _outputs[o + InfoHeight];
                int w = _outputs[o + InfoWidth];
                if (c <= 0 || h <= 0 || w <= 0)
                {
                    c = 1;
                    h = 1;
                    w = isFloat ? data.Length / 4 : data.Length;
                }

                return new FeatureMap(data, w, h, c, isFloat);
            }
        }

        /// <summary>
        /// Declares the shape of output <paramref name="index"/> (MaixPy <c>kpu.set_outputs(net, index, w, h, ch)</c>,
        /// needed there for V4 models); later feature maps and <see cref="RunYolo2(Image)"/> use it. For a 1-D output use
        /// w = length, h = ch = 1.
        /// </summary>
        /// <exception cref="KpuException">
        /// <see cref="KpuErrorCode.IndexOutOfRange"/> for a bad index, <see cref="KpuErrorCode.SizeNotMatch"/> when
        /// w x h x ch is not the output's element count.
        /// </exception>
        public void SetOutputs(int index, int width, int height, int channels)
        {
            lock (_runLock)
            {
                ThrowIfDisposed();
                if (index < 0 || index >= OutputCount)
                {
                    throw new KpuException(KpuErrorCode.IndexOutOfRange, "output " + index + " does not exist; the model has " +
                        OutputCount);
                }

                int o = 5 * index;
                int elements = _outputs[o + InfoIsFloat] != 0 ? _outputs[o + InfoBytes] / 4 : _outputs[o + InfoBytes];
                if (width <= 0 || height <= 0 || channels <= 0 || (long)width * height * channels != elements)
                {
                    throw new KpuException(KpuErrorCode.SizeNotMatch, "w x h x ch = " + width + " x " + height + " x " +
                        channels + " does not match output " + index + ", which has " + elements + " elements");
                }

                _outputs[o + InfoChannels] = channels;
                _outputs[o + InfoHeight] = height;
                _outputs[o + InfoWidth] = width;
            }
        }

        /// <summary>
        /// Runs only the first <paramref name="count"/> layers from now on (MaixPy <c>kpu.set_layers(net, n)</c>): each
        /// later <c>Forward</c> stops after layer <paramref name="count"/> (counting from 1, so <see cref="NetInfo"/>
        /// index count - 1) and returns that layer's result, a copy shaped channels x height x width: uint8 for a KPU
        /// convolution (whether its map stays in KPU RAM or is copied to main memory) and the other quantized layers,
        /// float32 for the float layers; a layer whose body gives no map shape returns a flat map (height and channels
        /// 1). A V4 model counts nodes; a KPU map of N batches has N x channels channels. <see cref="GetOutput"/> fails
        /// after such a partial run: the model outputs were not computed. <paramref name="count"/> equal to the layer
        /// count, 0 or less restore full runs that return the model outputs.
        /// </summary>
        /// <param name="count">Layers to run, 1..<see cref="NetInfo"/>().Length; 0 or less for all.</param>
        /// <exception cref="ArgumentOutOfRangeException">count is above the number of layers (MaixPy returns False after "set layers_length to n, but max m").</exception>
        public void SetLayers(int count)
        {
            ThrowIfDisposed();
            if (count > _layerCount)
            {
                throw new ArgumentOutOfRangeException(nameof(count), "cannot run " + count + " layers: the model has " +
                    _layerCount + " (the maximum)");
            }

            lock (_runLock)
            {
                _layerLimit = count <= 0 || count == _layerCount ? 0 : count;
            }
        }

        /// <summary>The layers of the model (MaixPy <c>kpu.netinfo(net)</c>).</summary>
        public LayerInfo[] NetInfo()
        {
            lock (_runLock)
            {
                ThrowIfDisposed();
                LayerInfo[] layers = new LayerInfo[_layerCount];
                int[] info = new int[12];
                for (int i = 0; i < layers.Length; i++)
                {
                    Check(NativeGetLayer(_handle, i, info), "reading layer " + i);
                    layers[i] = new LayerInfo(i, info[0], NativeGetLayerName(_handle, i), info[1] != 0,
                        new int[] { info[2], info[3], info[4] }, new int[] { info[5], info[6], info[7] }, info[8] != 0,
                        info[9], info[10], info[11]);
                }

                return layers;
            }
        }

        /// <summary>
        /// Sets up YOLOv2 decoding (MaixPy <c>kpu.init_yolo2(net, threshold, nms, anchor_num, anchors)</c>). Any number of
        /// anchors: the class count is output channels / anchors - 5 (MaixPy assumes 5 anchors).
        /// </summary>
        /// <param name="threshold">Minimum probability of a detection, 0..1.</param>
        /// <param name="nms">IoU above which a less probable box of the same class is dropped, 0..1.</param>
        /// <param name="anchors">Anchor (w, h) pairs in grid cells: 2 x anchor count values.</param>
        /// <exception cref="ArgumentNullException">anchors is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException">threshold or nms is outside 0..1 (MaixPy: "threshold only support 0 to 1").</exception>
        /// <exception cref="ArgumentException">anchors is empty, odd in length, or holds a value that is not positive.</exception>
        public void InitYolo2(float threshold, float nms, float[] anchors)
        {
            ThrowIfDisposed();
            if (anchors == null)
            {
                throw new ArgumentNullException(nameof(anchors));
            }

            if (!(threshold >= 0 && threshold <= 1))
            {
                throw new ArgumentOutOfRangeException(nameof(threshold), "threshold must lie in 0..1, not " + threshold);
            }

            if (!(nms >= 0 && nms <= 1))
            {
                throw new ArgumentOutOfRangeException(nameof(nms), "nms must lie in 0..1, not " + nms);
            }

            if (anchors.Length == 0 || anchors.Length % 2 != 0)
            {
                throw new ArgumentException("anchors must be (w, h) pairs: an even, non-zero count of values, got " +
                    anchors.Length, nameof(anchors));
            }

            for (int i = 0; i < anchors.Length; i++)
            {
                if (!(anchors[i] > 0) || float.IsInfinity(anchors[i]))
                {
                    throw new ArgumentException("anchor value " + i + " is " + anchors[i] + "; anchors must be positive",
                        nameof(anchors));
                }
            }

            float[] copy = new float[anchors.Length];
            Array.Copy(anchors, copy, anchors.Length);
            lock (_runLock)
            {
                _yoloThreshold = threshold;
                _yoloNms = nms;
                _anchors = copy;
            }
        }

        /// <summary>
        /// Runs the model on the image and decodes output 0 as a YOLOv2 region layer (MaixPy <c>kpu.run_yolo2(net, img)</c>).
        /// Returns every detection (no limit of 10), an empty array when there is none (never null), boxes clipped to
        /// the image, in box order (anchor, then row, then column of the grid).
        /// </summary>
        /// <exception cref="InvalidOperationException"><see cref="InitYolo2"/> has not been called (MaixPy would crash).</exception>
        /// <exception cref="ArgumentNullException">image is null.</exception>
        /// <exception cref="ArgumentException">The image does not match the model input (the message gives both).</exception>
        /// <exception cref="KpuException">
        /// The run failed, or output 0 is not a float map whose channels split into anchors x (5 + classes)
        /// (<see cref="KpuErrorCode.Parameter"/>; declare its shape with <see cref="SetOutputs"/> if the model does not).
        /// </exception>
        public Yolo2Detection[] RunYolo2(Image image)
        {
            lock (_runLock)
            {
                ThrowIfDisposed();
                RequireYolo2();
                return DecodeYolo2(Forward(image, 0));
            }
        }

        /// <summary>
        /// As <see cref="RunYolo2(Image)"/>, on a raw input tensor laid out as the model takes it (for example the CHW
        /// bytes of the CLI's <c>run --input</c>).
        /// </summary>
        /// <exception cref="InvalidOperationException"><see cref="InitYolo2"/> has not been called.</exception>
        /// <exception cref="ArgumentNullException">tensor is null.</exception>
        /// <exception cref="ArgumentException">The length differs from the model's input size.</exception>
        /// <exception cref="KpuException">As <see cref="RunYolo2(Image)"/>.</exception>
        public Yolo2Detection[] RunYolo2(byte[] tensor)
        {
            lock (_runLock)
            {
                ThrowIfDisposed();
                RequireYolo2();
                return DecodeYolo2(Forward(tensor, 0));
            }
        }

        private void RequireYolo2()
        {
            if (_anchors == null)
            {
                throw new InvalidOperationException("call InitYolo2 before RunYolo2");
            }
        }

        private Yolo2Detection[] DecodeYolo2(FeatureMap map)
        {
            float[] anchors = _anchors!;
            if (!map.IsFloat)
            {
                throw new KpuException(KpuErrorCode.Parameter, "YOLOv2 decoding needs a float32 output; output 0 is uint8");
            }

            // Scratch for the native decoder, kept between runs (callers hold _runLock): only the result is new.
            int capacity = map.Width * map.Height * (anchors.Length / 2);
            if (_yoloProbs == null || _yoloProbs.Length != capacity)
            {
                _yoloBoxes = new int[5 * capacity];
                _yoloProbs = new float[capacity];
            }

            int[] boxes = _yoloBoxes!;
            float[] probs = _yoloProbs;
            int count = NativeYolo2Decode(map.RawData, map.Width, map.Height, map.Channels, anchors, _yoloThreshold,
                _yoloNms, InputWidth, InputHeight, boxes, probs);
            if (count < 0)
            {
                throw new KpuException(KpuErrorCode.Parameter, "YOLOv2 decoding of output 0 (" + map.Channels + "x" +
                    map.Height + "x" + map.Width + ") failed: " + Image.NativeLastError());
            }

            Yolo2Detection[] result = new Yolo2Detection[count];
            for (int i = 0; i < count; i++)
            {
                result[i] = new Yolo2Detection(boxes[5 * i], boxes[(5 * i) + 1], boxes[(5 * i) + 2], boxes[(5 * i) + 3],
                    boxes[(5 * i) + 4], probs[i], i, count);
            }

            return result;
        }

        /// <summary>Frees the model now (MaixPy <c>kpu.deinit(net)</c>). Calling it again does nothing.</summary>
        public void Dispose()
        {
            // Never free the model under a run on another thread: wait for it.
            lock (_runLock)
            {
                Release();
            }

            GC.SuppressFinalize(this);
        }

        private void Release()
        {
            long handle = _handle;
            _handle = 0;
            if (handle != 0)
            {
                NativeFree(handle);
            }
        }

        private FeatureMap RunAndRead(byte[] input, int outputIndex)
        {
            lock (_runLock)
            {
                // Checked again under the lock: another thread may have freed the model or changed SetLayers.
                ThrowIfDisposed();
                CheckForwardIndex(outputIndex);
                Run(input);
                return ForwardResult(outputIndex);
            }
        }

        private void Run(byte[] input)
        {
            _hasRun = false;
            int status = NativeRun(_handle, input, _layerLimit);
            if (status != NativeStatus.Ok)
            {
                throw new KpuException(NativeStatus.ToErrorCode(status), "running the model failed: " + NativeLastError());
            }

            _hasRun = true;
        }

        private void CheckImage(Image image)
        {
            int channels = image.Format == PixelFormat.Rgb565 ? 3 : 1;
            if (_input[InfoIsFloat] != 0)
            {
                throw new ArgumentException("the model input is float " + DescribeInput() + ", not an image: pass float[]",
                    nameof(image));
            }

            if (image.Width != InputWidth || image.Height != InputHeight || channels != InputChannels)
            {
                throw new ArgumentException("the model takes a " + InputWidth + "x" + InputHeight + " " +
                    (InputChannels == 3 ? "Rgb565" : InputChannels == 1 ? "Grayscale" : InputChannels + "-channel") +
                    " image, got " + image.Width + "x" + image.Height + " " + (channels == 3 ? "Rgb565" : "Grayscale") +
                    " (Resize or convert it first)", nameof(image));
            }
        }

        /// <summary>What <c>Forward</c> returns: output outputIndex, or under a SetLayers limit the last layer's result.</summary>
        private FeatureMap ForwardResult(int outputIndex)
        {
            if (_layerLimit == 0)
            {
                return GetOutput(outputIndex);
            }

            int layer = _layerLimit - 1;
            int[] info = new int[5];
            byte[]? data = NativeGetLayerOutput(_handle, layer, info);
            if (data == null)
            {
                throw new KpuException(NativeStatus.ToErrorCode(NativeLastErrorCode()), "reading the result of layer " +
                    layer + " failed: " + NativeLastError());
            }

            return new FeatureMap(data, info[InfoWidth], info[InfoHeight], info[InfoChannels], info[InfoIsFloat] != 0);
        }

        private void CheckForwardIndex(int outputIndex)
        {
            CheckOutputIndex(outputIndex);
            if (_layerLimit != 0 && outputIndex != 0)
            {
                throw new ArgumentOutOfRangeException("outputIndex", "a run of " + _layerLimit +
                    " layers (SetLayers) has one result, layer " + (_layerLimit - 1) + "'s: use output index 0, not " +
                    outputIndex);
            }
        }

        private void CheckOutputIndex(int index)
        {
            if (index < 0 || index >= _outputs.Length / 5)
            {
                throw new ArgumentOutOfRangeException("outputIndex", "output " + index + " does not exist; the model has " +
                    (_outputs.Length / 5));
            }
        }

        private string DescribeInput() =>
            _input[InfoIsFloat] != 0 && _input[InfoHeight] == 1 && _input[InfoChannels] == 1
                ? "[" + _input[InfoWidth] + "]"
                : _input[InfoChannels] + "x" + _input[InfoHeight] + "x" + _input[InfoWidth];

        private int Live(int value)
        {
            ThrowIfDisposed();
            return value;
        }

        private void ThrowIfDisposed()
        {
            if (_handle == 0)
            {
                throw new ObjectDisposedException(nameof(KpuModel));
            }
        }

        private void Check(int status, string what)
        {
            if (status != NativeStatus.Ok)
            {
                throw new KpuException(NativeStatus.ToErrorCode(status), what + " failed: " + NativeLastError());
            }
        }

        /// <summary>Loads a kmodel; 0 on failure (then NativeLastErrorCode / NativeLastError tell why).</summary>
        private static partial long NativeLoad(byte[] kmodel);

        /// <summary>
        /// Loads a kmodel file; 0 on failure, with <see cref="NativeStatus.FileUnreadable"/> and the message
        /// "cannot read '&lt;path&gt;': &lt;reason&gt;" when the file cannot be read.
        /// </summary>
        private static partial long NativeLoadFile(string path);

        private static partial void NativeFree(long model);

        /// <summary>The native status of the last failed model call on this thread.</summary>
        private static partial int NativeLastErrorCode();

        private static partial string NativeLastError();

        /// <summary>[channels, height, width, is float, bytes] of input 0; a flat input is [1, 1, n, ...].</summary>
        private static partial int NativeGetInput(long model, int[] info);

        private static partial int NativeGetOutputCount(long model);

        /// <summary>[channels, height, width, is float, bytes] of output index; the shape is 0s when unknown.</summary>
        private static partial int NativeGetOutputInfo(long model, int index, int[] info);

        private static partial int NativeGetLayerCount(long model);

        /// <summary>[type, on KPU, in c, h, w, out c, h, w, depthwise, kernel type, pool type, parameter bytes].</summary>
        private static partial int NativeGetLayer(long model, int index, int[] info);

        private static partial string NativeGetLayerName(long model, int index);

        /// <summary>Runs the first layerCount layers (V4: nodes) on input; 0 runs them all.</summary>
        private static partial int NativeRun(long model, byte[] input, int layerCount);

        /// <summary>
        /// The result of layer index of the last run, dense CHW, with [channels, height, width, is float, bytes] in info;
        /// null on failure (then NativeLastErrorCode / NativeLastError tell why).
        /// </summary>
        private static partial byte[]? NativeGetLayerOutput(long model, int index, int[] info);

        private static partial int NativeGetOutput(long model, int index, byte[] destination);

        /// <summary>Decodes a float32 map; returns the detection count (5 ints per box in boxes) or -status.</summary>
        private static partial int NativeYolo2Decode(byte[] output, int gridWidth, int gridHeight, int channels,
            float[] anchors, float threshold, float nms, int imageWidth, int imageHeight, int[] boxes, float[] probs);
    }
}
