// The smallest nanoFramework app: a class with a Main, compiled against nanoFramework's mscorlib only.
// `./nfk210 build samples/nf/HelloNano` makes bin/nfk210/{mscorlib,HelloNano}.pe and HelloNano.bin beside it.
// (The other samples build both ways: samples/NAME for .NET, samples/NAME/nf/NAME.nf.csproj for nanoCLR.)
using System;
using System.Diagnostics;

namespace HelloNano
{
    public static class Program
    {
        public static void Main()
        {
            int[] squares = new int[5];
            for (int i = 0; i < squares.Length; i++)
            {
                squares[i] = i * i;
            }

            Console.WriteLine("Hello from nanoCLR: 4 squared is " + squares[4]);
            Debug.WriteLine("done");
        }
    }
}
