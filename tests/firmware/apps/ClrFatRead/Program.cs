// System.IO on the SD-card emulation: D:\ is a FAT image (NFK210_SD_IMAGE), read through the FAT code the board
// uses (firmware/native/fs). tests/firmware/test_nanoclr_filesystem.sh makes the image with mkfs.fat and mtools, and
// reads the file written at the end back with mtools.
using System;
using System.IO;

namespace ClrFatRead
{
    public static class Program
    {
        public static void Main()
        {
            string[] files = Directory.GetFiles("D:\\models");
            Console.WriteLine("files " + files.Length + " " + (files.Length > 0 ? files[0] : "-"));
            Console.WriteLine("dirs " + Directory.GetDirectories("D:\\").Length);
            Console.WriteLine("text " + File.ReadAllText("D:\\readme.txt"));
            byte[] model = File.ReadAllBytes("D:\\models\\tiny.bin");
            int sum = 0;
            for (int i = 0; i < model.Length; i++)
            {
                sum += model[i];
            }

            Console.WriteLine("bytes " + model.Length + " sum " + sum);
            Console.WriteLine("exists " + File.Exists("D:\\models\\tiny.bin") + " " + File.Exists("D:\\nope.bin"));
            try
            {
                File.WriteAllBytes("D:\\new.bin", new byte[] { 1, 2, 3 });
                Console.WriteLine("write accepted");
            }
            catch (Exception e)
            {
                Console.WriteLine("write refused: " + e.GetType().Name);
            }
        }
    }
}
