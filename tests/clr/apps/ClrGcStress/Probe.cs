namespace ClrGcStress
{
    // Methods with known signatures, for MethodInfo.GetParameters and Invoke to be checked against.
    public static class Probe
    {
        public static int NoArguments() => 7;

        public static int Increment(int value) => value + 1;

        public static string Join(string text, long number) => text + number;

        public static bool Choose(bool flag, double weight, object tag) => flag && weight > 0 && tag != null;
    }
}
