using System;
using System.Reflection;

namespace ClrGcStress
{
    // MethodInfo objects taken once and kept across garbage collections (as a test launcher keeps a class's
    // methods): each check asks them for their parameters and calls them, and counts what is not as declared.
    public sealed class ReflectionCheck
    {
        private readonly MethodInfo[] _methods;

        public ReflectionCheck()
        {
            _methods = typeof(Probe).GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly);
        }

        public int MethodCount => _methods.Length;

        /// <summary>How many kept methods no longer describe or run as declared in <see cref="Probe"/>.</summary>
        public int CountWrong()
        {
            int wrong = 0;
            for (int i = 0; i < _methods.Length; i++)
            {
                MethodInfo method = _methods[i];
                if (Describe(method) != Expected(method.Name) || !RunsAsDeclared(method))
                {
                    wrong++;
                }
            }

            return wrong;
        }

        private static string Describe(MethodInfo method)
        {
            ParameterInfo[] parameters = method.GetParameters();
            string text = method.Name + "(";
            for (int i = 0; i < parameters.Length; i++)
            {
                text += (i > 0 ? "," : "") + parameters[i].ParameterType.FullName;
            }

            return text + ")";
        }

        private static string Expected(string name)
        {
            switch (name)
            {
                case "NoArguments": return "NoArguments()";
                case "Increment": return "Increment(System.Int32)";
                case "Join": return "Join(System.String,System.Int64)";
                case "Choose": return "Choose(System.Boolean,System.Double,System.Object)";
                default: return "an unexpected method " + name;
            }
        }

        private static bool RunsAsDeclared(MethodInfo method)
        {
            switch (method.Name)
            {
                case "NoArguments": return (int)method.Invoke(null, null) == 7;
                case "Increment": return (int)method.Invoke(null, new object[] { 41 }) == 42;
                case "Join": return (string)method.Invoke(null, new object[] { "n=", 5L }) == "n=5";
                case "Choose": return (bool)method.Invoke(null, new object[] { true, 0.5, "tag" });
                default: return false;
            }
        }
    }
}
