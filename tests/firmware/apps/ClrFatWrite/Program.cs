// System.IO writing on the SD-card emulation: D:\ is a FAT16 image (NFK210_SD_IMAGE) changed through the FAT code the
// board uses (firmware/native/fs/fat.c). tests/firmware/test_nanoclr_filesystem.sh compares the printed lines and then
// checks the image from outside with fsck.fat and mtools; the relative path must land in the working directory.
using System;
using System.IO;

namespace ClrFatWrite
{
    public static class Program
    {
        public static void Main()
        {
            Directory.CreateDirectory("D:\\results\\Run one");
            byte[] scores = new byte[5000];
            for (int i = 0; i < scores.Length; i++)
            {
                scores[i] = (byte)(i * 7 + 1);
            }

            File.WriteAllBytes("D:\\results\\Run one\\Digit scores.bin", scores);
            byte[] back = File.ReadAllBytes("D:\\results\\Run one\\Digit scores.bin");
            bool same = back.Length == scores.Length;
            for (int i = 0; same && i < back.Length; i++)
            {
                same = back[i] == scores[i];
            }

            Console.WriteLine("written " + back.Length + " " + same);

            File.WriteAllText("D:\\log.txt", "first line\n");
            File.AppendAllText("D:\\log.txt", "second line\n");
            Console.WriteLine("log " + File.ReadAllText("D:\\log.txt").Length);

            using (FileStream stream = new FileStream("D:\\stream.bin", FileMode.Create))
            {
                stream.Write(new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }, 0, 10);
                stream.Seek(2, SeekOrigin.Begin);
                stream.WriteByte(0xAA);
                stream.SetLength(6);
                Console.WriteLine("stream " + stream.Length + " at " + stream.Position);
            }

            File.Move("D:\\log.txt", "D:\\results\\log.txt");
            Console.WriteLine("moved " + File.Exists("D:\\log.txt") + " " + File.Exists("D:\\results\\log.txt"));

            File.WriteAllBytes("D:\\gone.bin", new byte[3000]);
            File.Delete("D:\\gone.bin");
            Directory.CreateDirectory("D:\\tmp\\a\\b");
            File.WriteAllText("D:\\tmp\\a\\b\\x.txt", "x");
            Directory.Delete("D:\\tmp", true);
            Console.WriteLine("deleted " + File.Exists("D:\\gone.bin") + " " + Directory.Exists("D:\\tmp"));
            Console.WriteLine("listed " + Directory.GetDirectories("D:\\").Length + " " + Directory.GetFiles("D:\\results").Length);

            // a relative path: the working directory of the process, as on .NET
            File.WriteAllText("relative.txt", "from nanoCLR");
            Console.WriteLine("relative " + File.ReadAllText("relative.txt"));
        }
    }
}
