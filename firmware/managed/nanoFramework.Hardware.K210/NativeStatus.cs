namespace nanoFramework.Hardware.K210
{
    /// <summary>The native core's status codes (<c>nn_status_t</c> in nn/runtime/nn_status.h) and their MaixPy codes.</summary>
    internal static class NativeStatus
    {
        public const int Ok = 0;
        public const int Argument = 1;
        public const int Truncated = 2;
        public const int NotKmodel = 3;
        public const int UnsupportedVersion = 4;
        public const int Malformed = 5;
        public const int UnknownLayer = 6;
        public const int UnsupportedLayer = 7;
        public const int OutOfMemory = 8;
        public const int InputSize = 9;
        public const int Hardware = 10;
        public const int State = 11;

        /// <summary>
        /// Not an nn_status: the natives' code for a file that cannot be opened or read (NFK_STATUS_FILE_UNREADABLE in
        /// api/nfk210_api.h), reported as <see cref="KpuErrorCode.ReadFile"/>.
        /// </summary>
        public const int FileUnreadable = 100;

        /// <summary>The MaixPy code reported for a native status.</summary>
        public static int ToErrorCode(int status)
        {
            switch (status)
            {
                case Truncated:
                case Malformed:
                case UnknownLayer:
                    return KpuErrorCode.KmodelFormat;
                case NotKmodel:
                case UnsupportedVersion:
                    return KpuErrorCode.KmodelVersion;
                case UnsupportedLayer:
                    return KpuErrorCode.NotImplemented;
                case OutOfMemory:
                    return KpuErrorCode.NoMemory;
                case FileUnreadable:
                    return KpuErrorCode.ReadFile;
                case Hardware:
                case State:
                    return KpuErrorCode.RunModel;
                default:
                    return KpuErrorCode.Parameter;
            }
        }
    }
}
