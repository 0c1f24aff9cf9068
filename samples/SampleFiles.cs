using System;
using System.IO;

namespace NfK210.Samples
{
    /// <summary>
    /// Paths the samples share, the same on .NET and on nanoCLR: the shared folder (../shared beside the repository,
    /// D:\shared on the board) and the folder for files a sample writes (cameras, LCD frames).
    /// </summary>
    internal static partial class SampleFiles
    {
        /// <summary>Name of the samples' folder inside the temporary folder.</summary>
        private const string TempName = "nfk210-samples";

        /// <summary>A file or folder under shared/ (e.g. "models/v3-maix-mnist/mnist.kmodel"), or null when absent.</summary>
        public static string? Shared(string relative)
        {
            string root = SharedRoot();
            if (root.Length == 0)
            {
                return null;
            }

            string path = root + "/" + relative;
            return File.Exists(path) || Directory.Exists(path) ? path : null;
        }

        /// <summary>
        /// The argument at index, else the file of ../shared/models; stops with a message naming what is missing when
        /// neither exists. nanoCLR passes no arguments, so there the shared default is used.
        /// </summary>
        public static string Argument(string[] args, int index, string sharedModel, string what)
        {
            string? path = args.Length > index ? args[index] : Shared("models/" + sharedModel);
            if (path is null || !(File.Exists(path) || Directory.Exists(path)))
            {
                throw Missing(what + " not found: pass it as argument " + (index + 1) + " (default ../shared/models/" + sharedModel + ")");
            }

            return path;
        }

        /// <summary>The output folder given as argument at index, else the folder name under the temporary folder (created).</summary>
        public static string OutputFolder(string[] args, int index, string name) =>
            args.Length > index ? args[index] : TempFolder(name);

        /// <summary>A folder under the temporary folder (nfk210-samples/NAME), created when missing.</summary>
        public static string TempFolder(string name)
        {
            string folder = TempRoot() + "/" + name;
            // only when missing: nanoCLR under QEMU reaches host files by semihosting, which cannot create folders
            if (!Directory.Exists(folder))
            {
                Directory.CreateDirectory(folder);
            }

            return folder;
        }

        /// <summary>
        /// A path as the samples print it: under the temporary folder relative to it (the temporary folder differs
        /// between .NET and nanoCLR), else as given.
        /// </summary>
        public static string Shown(string path)
        {
            string root = TempRoot();
            return path.StartsWith(root + "/")
                ? TempName + path.Substring(root.Length) + " in the temporary folder"
                : path;
        }

        /// <summary>Writes a binary Netpbm file (PGM, PPM): the ASCII header, then count pixel bytes from offset.</summary>
        public static void WriteNetpbm(string path, string header, byte[] pixels, int offset, int count)
        {
            byte[] file = new byte[header.Length + count];
            for (int i = 0; i < header.Length; i++)
            {
                file[i] = (byte)header[i];
            }

            Array.Copy(pixels, offset, file, header.Length, count);
            File.WriteAllBytes(path, file);
        }

        /// <summary>The files of a folder in ordinal name order.</summary>
        public static string[] SortedFiles(string folder)
        {
            string[] files = Directory.GetFiles(folder);
            for (int i = 1; i < files.Length; i++)
            {
                string file = files[i];
                int j = i - 1;
                while (j >= 0 && SampleText.CompareOrdinal(files[j], file) > 0)
                {
                    files[j + 1] = files[j];
                    j--;
                }

                files[j + 1] = file;
            }

            return files;
        }

        /// <summary>The shared/ folder, or "" when absent.</summary>
        private static partial string SharedRoot();

        /// <summary>The samples' folder in the temporary folder (nfk210-samples), without a trailing separator.</summary>
        private static partial string TempRoot();

        /// <summary>
        /// Reports a missing input (throw the result): on .NET the message goes to standard error and the process ends
        /// with status 2; on nanoCLR the exception with the message stops the app.
        /// </summary>
        public static partial Exception Missing(string message);
    }
}
