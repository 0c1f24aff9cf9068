// The second app of tests/firmware/test_nanoclr_deploy.sh: deployed over app A (ClrHello) with `nfk210 deploy`, it
// must replace it. Its lines differ from ClrHello's so the test can tell which app ran. Expected lines:
// "app B: 6 * 7 = 42" and "app B: done".
using System;

namespace ClrDeployB
{
    public static class Program
    {
        public static void Main()
        {
            int product = 6 * 7;
            Console.WriteLine("app B: 6 * 7 = " + product.ToString());
            Console.WriteLine("app B: done");
        }
    }
}
