// nanoCLR smoke app for the K210 natives (tests/firmware/test_nanoclr_qemu.sh): loads model.kmodel (the v4-iris
// model, copied beside it by the test), runs it on the features of ../shared/models/v4-iris/input_features_f32.bin
// and prints output 0's bytes in hex, which the test compares with nncase 0.2's oracle.
using System;
using nanoFramework.Hardware.K210;

namespace ClrKpuIris
{
    public static class Program
    {
        public static void Main()
        {
            KpuModel model = Kpu.Load("model.kmodel");
            byte[] bytes = model.Forward(new float[] { 5.1f, 3.8f, 1.9f, 0.4f }).ToByteArray();
            string hex = "";
            for (int i = 0; i < bytes.Length; i++)
                hex += bytes[i].ToString("x2");
            Console.WriteLine("outputs " + model.OutputCount + " " + hex);
        }
    }
}
