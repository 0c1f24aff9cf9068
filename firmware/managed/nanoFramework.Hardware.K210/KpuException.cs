using System;

namespace nanoFramework.Hardware.K210
{
    /// <summary>
    /// A KPU operation failed: MaixPy raises <c>ValueError("[MAIXPY]kpu: load error:&lt;code&gt;, ...")</c> or
    /// <c>OSError</c> in the same places. <see cref="ErrorCode"/> is MaixPy's code (<see cref="KpuErrorCode"/>) and the
    /// message names the problem.
    /// </summary>
    public class KpuException : Exception
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="errorCode">MaixPy's error code, see <see cref="KpuErrorCode"/>.</param>
        /// <param name="message">What went wrong, with the numbers that matter.</param>
        public KpuException(int errorCode, string message)
            : base(message)
        {
            ErrorCode = errorCode;
        }

        /// <summary>MaixPy's error code (2001..2015), see <see cref="KpuErrorCode"/>.</summary>
        public int ErrorCode { get; }
    }
}
