// System.IO under QEMU (tests/firmware/test_nanoclr_qemu.sh): host files through semihosting, by absolute host path.
// Files open, read, write, seek, move and delete as on the PC; folders are made and listed through semihosting's
// SYS_SYSTEM (mkdir and find run on the host). The script replaces @FOLDER@ with an existing host folder and
// compares every line, then checks the file the app left on the host.
using System;
using System.IO;

namespace ClrSemihostFiles
{
    public static class Program
    {
        private const string Folder = "@FOLDER@";

        public static void Main()
        {
            string first = Folder + "/a.bin";
            byte[] bytes = new byte[10];
            for (int i = 0; i < bytes.Length; i++)
            {
                bytes[i] = (byte)(i * 3);
            }

            File.WriteAllBytes(first, bytes);
            Console.WriteLine("exists " + File.Exists(first) + " " + File.Exists(Folder + "/none.bin") + " " +
                Directory.Exists(Folder) + " " + File.Exists(Folder));

            using (FileStream stream = new FileStream(first, FileMode.Open))
            {
                stream.Seek(4, SeekOrigin.Begin);
                int four = stream.ReadByte();
                stream.Seek(-2, SeekOrigin.End);
                int eight = stream.ReadByte();
                stream.Seek(0, SeekOrigin.End);
                stream.WriteByte(99);
                Console.WriteLine("stream " + four + " " + eight + " " + stream.Length + " at " + stream.Position);
            }

            string second = Folder + "/b.bin";
            File.Move(first, second);
            byte[] moved = File.ReadAllBytes(second);
            Console.WriteLine("moved " + File.Exists(first) + " " + moved.Length + " " + moved[10]);
            File.Delete(second);
            Console.WriteLine("deleted " + File.Exists(second));

            File.WriteAllText(Folder + "/note.txt", "written under QEMU");

            Directory.CreateDirectory(Folder + "/sub");
            Console.WriteLine("new folder: " + Directory.Exists(Folder + "/sub"));
            File.WriteAllText(Folder + "/sub/.hidden", "x"); // a dot file is hidden, and nanoFramework lists no hidden files

            string[] files = Directory.GetFiles(Folder);
            string[] folders = Directory.GetDirectories(Folder);
            Console.WriteLine("listed " + files.Length + " " + Path.GetFileName(files[0]) + " " + folders.Length + " " +
                Path.GetFileName(folders[0]) + " " + new FileInfo(files[0]).Length + " " +
                Directory.GetFiles(Folder + "/sub").Length);
            try
            {
                Directory.GetFiles(Folder + "/note.txt");
                Console.WriteLine("listed a file");
            }
            catch (IOException e)
            {
                Console.WriteLine("listing a file: " + e.GetType().Name);
            }

            Directory.CreateDirectory(Folder);
            Console.WriteLine("existing folder: ok");
        }
    }
}
