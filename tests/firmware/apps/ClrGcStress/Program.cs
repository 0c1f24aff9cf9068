// nanoCLR smoke app (tests/firmware/test_nanoclr_qemu.sh): allocates about 6 MB through the 1 MiB managed heap while
// keeping a changing set of 120 blocks alive, then asks for one 600 000-byte block, which fits only once the heap is
// compacted: live objects move and every reference to them is patched (on 64-bit targets this needs patch 0012;
// without it the image traps on a pointer 4 GiB off). The test recomputes the expected line independently.
using System;
using System.Collections;

namespace ClrGcStress
{
    public static class Program
    {
        public static void Main()
        {
            var kept = new ArrayList();
            for (int i = 0; i < 6000; i++)
            {
                byte[] block = new byte[700 + (i % 13) * 50];
                for (int k = 0; k < block.Length; k += 97)
                    block[k] = (byte)(i + k);
                if (i % 7 == 0)
                    kept.Add(block);
                if (kept.Count > 120)
                    kept.RemoveAt((i * 31) % kept.Count);
            }

            long total = 0;
            byte[] big = new byte[600000];
            big[599999] = 7;
            total += big[599999];
            foreach (byte[] b in kept)
            {
                for (int k = 0; k < b.Length; k += 97)
                    total += b[k];
                total += b.Length;
            }

            Console.WriteLine("kept " + kept.Count + " sum " + total);
        }
    }
}
