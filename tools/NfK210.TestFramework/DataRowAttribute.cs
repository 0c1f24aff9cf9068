using System;

namespace nanoFramework.TestFramework
{
    /// <summary>Runs its test once with these arguments; several rows run it several times (nanoFramework.TestFramework <c>[DataRow]</c>).</summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
    public sealed class DataRowAttribute : Attribute
    {
        /// <summary>The arguments of one run.</summary>
        public DataRowAttribute(params object[] methodParameters)
        {
            MethodParameters = methodParameters;
        }

        /// <summary>The arguments of one run, in parameter order.</summary>
        public object[] MethodParameters { get; }
    }
}
