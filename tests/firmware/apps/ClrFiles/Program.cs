// System.IO on nanoCLR (tests/firmware/test_nanoclr_filesystem.sh): directories, whole-file text and bytes,
// FileStream seeking and appending, FileInfo, listing, copy, move, delete, drives and errors, all on the SD drive D:
// (on the host: the folder NFK210_SD_ROOT). Every line printed is compared with the script's expected lines.
using System;
using System.IO;

namespace ClrFiles
{
    public static class Program
    {
        public static void Main()
        {
            Directory.CreateDirectory("D:\\logs\\today");
            Console.WriteLine("dir " + Directory.Exists("D:\\logs\\today") + " " + File.Exists("D:\\logs\\today"));

            File.WriteAllText("D:\\logs\\today\\note.txt", "héllo, files");
            Console.WriteLine("text " + File.ReadAllText("D:\\logs\\today\\note.txt"));
            File.AppendAllText("D:\\logs\\today\\note.txt", " + more");
            Console.WriteLine("appended " + File.ReadAllText("D:\\logs\\today\\note.txt"));

            using (FileStream stream = new FileStream("D:\\logs\\data.bin", FileMode.Create))
            {
                byte[] bytes = new byte[10];
                for (int i = 0; i < bytes.Length; i++)
                {
                    bytes[i] = (byte)(i * 3);
                }

                stream.Write(bytes, 0, bytes.Length);
                stream.Seek(4, SeekOrigin.Begin);
                int four = stream.ReadByte();
                stream.Position = 8;
                byte[] tail = new byte[4];
                int read = stream.Read(tail, 0, tail.Length);
                Console.WriteLine("stream " + stream.Length + " " + four + " " + read + " " + tail[0] + " " + tail[1]);
                stream.SetLength(6);
                Console.WriteLine("cut " + stream.Length + " at " + stream.Position);
            }

            FileInfo info = new FileInfo("D:\\logs\\data.bin");
            Console.WriteLine("info " + info.Name + " " + info.Length + " " + info.Extension + " " + info.DirectoryName);

            File.Copy("D:\\logs\\data.bin", "D:\\logs\\today\\copy.bin");
            File.Move("D:\\logs\\today\\copy.bin", "D:\\logs\\today\\moved.bin");
            string[] files = Directory.GetFiles("D:\\logs\\today");
            Console.WriteLine("files " + files.Length + " " + Contains(files, "D:\\logs\\today\\moved.bin") + " " +
                Contains(files, "D:\\logs\\today\\note.txt"));
            string[] directories = Directory.GetDirectories("D:\\logs");
            Console.WriteLine("dirs " + directories.Length + " " + directories[0]);

            try
            {
                File.ReadAllBytes("D:\\logs\\missing.bin");
                Console.WriteLine("missing: no exception");
            }
            catch (IOException e)
            {
                Console.WriteLine("missing " + (e.ErrorCode == IOException.IOExceptionErrorCode.FileNotFound));
            }

            try
            {
                using (new FileStream("D:\\logs\\data.bin", FileMode.CreateNew))
                {
                }

                Console.WriteLine("createnew: no exception");
            }
            catch (IOException e)
            {
                Console.WriteLine("createnew " + (e.ErrorCode == IOException.IOExceptionErrorCode.PathAlreadyExists));
            }

            // across drives: D: to the host's own /tmp (a drive-less path) and back, which Move does by copying
            File.Move("D:\\logs\\data.bin", "\\tmp\\nfk210-clrfiles-move.bin");
            Console.WriteLine("moved out " + File.Exists("D:\\logs\\data.bin") + " " +
                new FileInfo("/tmp/nfk210-clrfiles-move.bin").Length);
            File.Move("/tmp/nfk210-clrfiles-move.bin", "D:\\logs\\data.bin");
            Console.WriteLine("moved back " + File.Exists("\\tmp\\nfk210-clrfiles-move.bin") + " " +
                File.ReadAllBytes("D:\\logs\\data.bin").Length);

            Console.WriteLine("path " + Path.Combine("D:\\a", "b.txt") + " " + Path.GetFullPath("D:/a/./b/../c.txt") + " " +
                Path.GetDirectoryName("D:\\a\\b.txt") + " " + Path.GetFileNameWithoutExtension("D:\\a\\b.tar.gz") + " " +
                Path.ChangeExtension("D:\\a\\b.txt", "log") + " " + Path.GetPathRoot("D:\\a") + " " +
                Path.IsPathRooted("a\\b") + " " + Path.HasExtension("D:\\a.d\\b"));

            DriveInfo[] drives = DriveInfo.GetDrives();
            Console.WriteLine("drives " + drives.Length + " " + drives[0].Name + " " + (drives[0].DriveType == DriveType.Removable) +
                " " + (drives[0].TotalSize > 0));

            File.Delete("D:\\logs\\data.bin");
            Directory.Delete("D:\\logs\\today", true);
            Console.WriteLine("deleted " + File.Exists("D:\\logs\\data.bin") + " " + Directory.Exists("D:\\logs\\today"));

            // left for the script to read on the host
            File.WriteAllBytes("D:\\result.bin", new byte[] { 0x6E, 0x66, 0x6B, 0x0A });
            Console.WriteLine("done");
        }

        private static bool Contains(string[] values, string wanted)
        {
            foreach (string value in values)
            {
                if (value == wanted)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
