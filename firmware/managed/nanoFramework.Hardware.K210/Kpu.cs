using System;

namespace nanoFramework.Hardware.K210
{
    /// <summary>
    /// Loads kmodels (V3 from nncase 0.1, V4 from nncase 0.2) for the KPU: MaixPy's <c>KPU</c> module
    /// (<c>kpu.load</c>, <c>kpu.memtest</c>). On the PC the model runs on the bit-exact KPU emulator of the native library.
    /// </summary>
    public static partial class Kpu
    {
        /// <summary>Loads a kmodel file (MaixPy <c>kpu.load("/sd/model.kmodel")</c>).</summary>
        /// <exception cref="ArgumentNullException">path is null.</exception>
        /// <exception cref="KpuException">
        /// <see cref="KpuErrorCode.ReadFile"/> when the file cannot be read; otherwise as <see cref="Load(byte[])"/>.
        /// </exception>
        public static KpuModel Load(string path)
        {
            if (path == null)
            {
                throw new ArgumentNullException(nameof(path));
            }

            return KpuModel.CreateFromFile(path);
        }

        /// <summary>Loads a kmodel held in memory (the bytes are copied into the model's memory).</summary>
        /// <exception cref="ArgumentNullException">kmodel is null.</exception>
        /// <exception cref="KpuException">
        /// The bytes are not a kmodel, a version this runtime does not run (the message says which nncase made it),
        /// truncated or inconsistent, or the model does not fit (the message gives the bytes needed and free).
        /// </exception>
        public static KpuModel Load(byte[] kmodel)
        {
            if (kmodel == null)
            {
                throw new ArgumentNullException(nameof(kmodel));
            }

            return KpuModel.Create(kmodel, "kmodel");
        }

        /// <summary>
        /// Loads a kmodel V3 or V4 stored raw at <paramref name="offset"/> in SPI flash (MaixPy
        /// <c>kpu.load(0x300000)</c>); its size is read from the header and tables, as MaixPy does. On the PC the flash is the file named by the environment
        /// variable <c>NFK210_FLASH_IMAGE</c> (a raw image of the flash, offset 0 = flash address 0).
        /// </summary>
        /// <exception cref="KpuException">
        /// <see cref="KpuErrorCode.Parameter"/> for offset 0 (MaixPy: "model_addr must &gt; 0"),
        /// <see cref="KpuErrorCode.ReadFile"/> when the flash cannot be read, <see cref="KpuErrorCode.KmodelVersion"/>
        /// when no kmodel V3 or V4 header is there, <see cref="KpuErrorCode.KmodelFormat"/> for absurd table sizes.
        /// </exception>
        public static KpuModel LoadFromFlash(uint offset)
        {
            if (offset == 0)
            {
                throw new KpuException(KpuErrorCode.Parameter, "model address must be > 0 (MaixPy: model_addr must > 0)");
            }

            ulong total = ModelBytesInFlash(offset);
            if (total > 16 * 1024 * 1024)
            {
                throw new KpuException(KpuErrorCode.KmodelFormat, "kmodel at flash offset 0x" + offset.ToString("X") +
                    " claims " + total + " bytes, more than the 16 MiB flash");
            }

            return KpuModel.Create(ReadFlash(offset, (uint)total), "flash offset 0x" + offset.ToString("X"));
        }

        /// <summary>
        /// The length of the kmodel at a flash offset, from its header and layer table as the SDK and MaixPy compute
        /// it: V3 = header, output and layer tables plus every body; V4 = header, input/shape/output tables, constant
        /// pool and node table plus every body (kmodel-v4.md §3; trailing data after it is not read).
        /// </summary>
        private static ulong ModelBytesInFlash(uint offset)
        {
            byte[] header = ReadFlash(offset, 40);
            uint first = BitConverter.ToUInt32(header, 0);
            uint tables;
            uint count;
            if (first == 3 && BitConverter.ToUInt32(header, 8) == 0)
            {
                uint layers = BitConverter.ToUInt32(header, 12);
                uint outputs = BitConverter.ToUInt32(header, 24);
                CheckCount(offset, "layers", layers);
                CheckCount(offset, "outputs", outputs);
                tables = 28 + (outputs * 8);
                count = layers;
            }
            else if (first == 0x4B4D444C && BitConverter.ToUInt32(header, 4) == 4)
            {
                uint constants = BitConverter.ToUInt32(header, 16);
                uint nodes = BitConverter.ToUInt32(header, 24);
                uint inputs = BitConverter.ToUInt32(header, 28);
                uint outputs = BitConverter.ToUInt32(header, 32);
                CheckCount(offset, "nodes", nodes);
                CheckCount(offset, "inputs", inputs);
                CheckCount(offset, "outputs", outputs);
                if (constants > 16 * 1024 * 1024)
                {
                    throw new KpuException(KpuErrorCode.KmodelFormat, "kmodel V4 at flash offset 0x" + offset.ToString("X") +
                        " claims a constant pool of " + constants + " bytes");
                }

                tables = 40 + (inputs * 32) + (outputs * 16) + constants;
                count = nodes;
            }
            else
            {
                throw new KpuException(KpuErrorCode.KmodelVersion, "no kmodel V3 or V4 at flash offset 0x" + offset.ToString("X") +
                    ": first word 0x" + first.ToString("X"));
            }

            byte[] entries = ReadFlash(offset + tables, count * 8);
            ulong total = tables + ((ulong)count * 8);
            for (uint i = 0; i < count; i++)
            {
                total += BitConverter.ToUInt32(entries, (int)((i * 8) + 4));
            }

            return total;
        }

        private static void CheckCount(uint offset, string what, uint count)
        {
            if (count == 0 || count > 65536)
            {
                throw new KpuException(KpuErrorCode.KmodelFormat, "kmodel at flash offset 0x" + offset.ToString("X") +
                    " gives " + count + " " + what);
            }
        }

        /// <summary>Free native (model) and managed memory (MaixPy <c>kpu.memtest()</c>; print the result for MaixPy's lines).</summary>
        public static KpuMemoryInfo MemTest()
        {
            long[] info = new long[3];
            NativeMemoryInfo(info);
            return new KpuMemoryInfo(info[0], info[1], info[2]);
        }

        private static byte[] ReadFlash(uint offset, uint count)
        {
            byte[] buffer = new byte[count];
            if (NativeReadFlash(offset, buffer) != NativeStatus.Ok)
            {
                throw new KpuException(KpuErrorCode.ReadFile, "cannot read " + count + " bytes of flash at 0x" +
                    offset.ToString("X") + ": " + NativeFlashError());
            }

            return buffer;
        }

        /// <summary>[largest free native block, native heap size, free managed heap] in bytes.</summary>
        private static partial void NativeMemoryInfo(long[] info);

        private static partial int NativeReadFlash(uint offset, byte[] buffer);

        private static partial string NativeFlashError();
    }
}
