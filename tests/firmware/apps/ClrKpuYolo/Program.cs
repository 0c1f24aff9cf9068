// nanoCLR smoke app for the K210 natives (tests/firmware/test_nanoclr_qemu.sh): runs model.kmodel (v3-yolo20-demo,
// on the KPU) on a synthetic 3x240x320 tensor and prints the size and FNV-1a hash of output 0, which the test
// compares with the host's `nfk210 run` of the same tensor.
using System;
using nanoFramework.Hardware.K210;

namespace ClrKpuYolo
{
    public static class Program
    {
        public static void Main()
        {
            KpuModel model = Kpu.Load("model.kmodel");
            byte[] tensor = new byte[3 * 240 * 320];
            for (int i = 0; i < tensor.Length; i++)
                tensor[i] = (byte)(i * 7 + (i / 320) * 3);
            byte[] bytes = model.Forward(tensor).ToByteArray();
            uint hash = 2166136261;
            for (int i = 0; i < bytes.Length; i++)
                hash = (hash ^ bytes[i]) * 16777619;
            Console.WriteLine("bytes " + bytes.Length + " fnv " + hash.ToString("x8"));
        }
    }
}
