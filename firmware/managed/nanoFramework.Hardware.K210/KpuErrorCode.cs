namespace nanoFramework.Hardware.K210
{
    /// <summary>
    /// Error codes carried by <see cref="KpuException.ErrorCode"/>: MaixPy's <c>sipeed_kpu.h</c> codes (the number in
    /// MaixPy's <c>"[MAIXPY]kpu: load error:&lt;code&gt;"</c> messages).
    /// </summary>
    public static class KpuErrorCode
    {
        /// <summary>2001 PARAM: a bad argument or address (MaixPy "check param, load address or kmodel file name").</summary>
        public const int Parameter = 2001;

        /// <summary>2002 KMODEL_VERSION: not a kmodel, or a version this runtime does not run (V5 from nncase 1.x and later).</summary>
        public const int KmodelVersion = 2002;

        /// <summary>2003 KMODEL_FORMAT: the file is a kmodel but truncated or inconsistent.</summary>
        public const int KmodelFormat = 2003;

        /// <summary>2005 READ_FILE: the model file could not be read.</summary>
        public const int ReadFile = 2005;

        /// <summary>2006 NO_MEM: the model does not fit in the free memory (the message gives needed and free bytes).</summary>
        public const int NoMemory = 2006;

        /// <summary>2008 RUN_MODEL: running the model failed (MaixPy "maybe model dirty"), or no run has happened yet.</summary>
        public const int RunModel = 2008;

        /// <summary>2011 IDX_OUTRANGE: <c>set_outputs</c> index out of range.</summary>
        public const int IndexOutOfRange = 2011;

        /// <summary>2012 SIZE_NOTMATCH: <c>set_outputs</c> shape does not match the output size.</summary>
        public const int SizeNotMatch = 2012;

        /// <summary>2014 NOT_IMPLEMENT: a feature this runtime does not have (for example a layer type it cannot run).</summary>
        public const int NotImplemented = 2014;
    }
}
