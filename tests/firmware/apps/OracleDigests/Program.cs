// Runs every shared model that has reference outputs (../shared/models/*/oracle) on its reference input and prints,
// per output, the CRC-32 of the bytes and whether they equal the reference byte for byte. Written in the
// nanoFramework subset: the same source runs on .NET (host project), on nanoCLR on the PC and under QEMU
// (tests/firmware/test_clr_oracles.sh copies it beside a generated SharedModels.cs that names the absolute path of
// ../shared/models/, then runs `nfk210 exec` with --target dotnet, host and qemu), and the lines must be the same on
// all of them.
using System;
using System.IO;
using nanoFramework.Hardware.K210;

namespace OracleDigests
{
    public static class Program
    {
        public static void Main()
        {
            if (!File.Exists(SharedModels.Folder + "v3-yolo20-demo/yolo.kmodel"))
            {
                Console.WriteLine("skipped: " + SharedModels.Folder + " is absent");
                return;
            }

            int mismatches = 0;
            mismatches += Check("v3-yolo20-demo", "yolo.kmodel", "input_dog_rgb_chw_3x240x320_u8.bin", false, new string[] { "dog.rc5emu.out.bin" });
            mismatches += Check("v3-face-mask5", "detect_5.kmodel", "input_22_rgb_chw_3x256x320_u8.bin", false, new string[] { "22.rc5emu.out.bin" });
            mismatches += Check("v4-iris", "iris.kmodel", "input_features_f32.bin", true, new string[] { "features.nncase020.out0.bin" });
            mismatches += Check("v4-slim320", "slim-320.kmodel", "input_face_rgb_chw_3x240x320_u8.bin", false,
                new string[] { "face.nncase020.out0.bin", "face.nncase020.out1.bin" });
            mismatches += Check("v4-ultraface", "ultra_face.kmodel", "input_face_rgb_chw_3x240x320_u8.bin", false,
                new string[] { "face.nncase020.out0.bin", "face.nncase020.out1.bin" });
            for (int image = 20; image <= 22; image++)
            {
                mismatches += Check("v4-ulffd-landmark", "ulffd_landmark.kmodel", "input_" + image + "_rgb_chw_3x240x320_u8.bin", false,
                    new string[] { image + ".nncase020.out0.bin", image + ".nncase020.out1.bin", image + ".nncase020.out2.bin" });
            }

            Console.WriteLine(mismatches == 0 ? "all outputs equal their references" : mismatches + " outputs differ from their references");
        }

        /// <summary>Runs one model on one input; prints a line per output; returns how many outputs differ.</summary>
        private static int Check(string folder, string model, string input, bool floatInput, string[] references)
        {
            string dir = SharedModels.Folder + folder + "/";
            using (KpuModel task = Kpu.Load(dir + model))
            {
                byte[] tensor = File.ReadAllBytes(dir + input);
                if (floatInput)
                {
                    task.Forward(ToFloats(tensor));
                }
                else
                {
                    task.Forward(tensor);
                }

                int differ = 0;
                for (int i = 0; i < references.Length; i++)
                {
                    byte[] output = task.GetOutput(i).ToByteArray();
                    byte[] expected = File.ReadAllBytes(dir + "oracle/" + references[i]);
                    bool same = Equal(output, expected);
                    Console.WriteLine(folder + " " + input + " out" + i + ": " + output.Length + " bytes, crc32 " +
                        Crc32.Of(output).ToString("X8") + (same ? ", equal to the reference" : ", DIFFERS from " + references[i]));
                    if (!same)
                    {
                        differ++;
                    }
                }

                return differ;
            }
        }

        private static float[] ToFloats(byte[] bytes)
        {
            float[] values = new float[bytes.Length / 4];
            for (int i = 0; i < values.Length; i++)
            {
                values[i] = BitConverter.ToSingle(bytes, 4 * i);
            }

            return values;
        }

        private static bool Equal(byte[] a, byte[] b)
        {
            if (a.Length != b.Length)
            {
                return false;
            }

            for (int i = 0; i < a.Length; i++)
            {
                if (a[i] != b[i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
