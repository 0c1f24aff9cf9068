// Relative paths under QEMU (tests/firmware/test_nanoclr_qemu.sh): as on .NET they start at the working directory,
// which the image learns from `--cwd DIR` (`nfk210 exec` passes the folder it runs in). Without --cwd a relative path
// is refused (the file layer's "bad path": ArgumentException). New folders are made on the host.
using System;
using System.IO;

namespace ClrRelativeFiles
{
    public static class Program
    {
        public static void Main()
        {
            try
            {
                File.WriteAllText("relative.txt", "under QEMU");
                File.WriteAllText("..\\host\\.\\second.txt", "2");
                Console.WriteLine("relative " + File.ReadAllText("relative.txt") + " " + File.Exists("second.txt"));
                Directory.CreateDirectory("made/inner"); // semihosting's SYS_SYSTEM runs mkdir on the host
                File.WriteAllText("made/inner/third.txt", "3");
                Directory.CreateDirectory("made"); // exists: fine, as on .NET
                Console.WriteLine("folder " + Directory.Exists("made/inner") + " " + File.ReadAllText("made/inner/third.txt"));
            }
            catch (Exception e)
            {
                Console.WriteLine("refused " + e.GetType().Name);
            }
        }
    }
}
