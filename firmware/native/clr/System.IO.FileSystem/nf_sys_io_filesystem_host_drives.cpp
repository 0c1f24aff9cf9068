// The host virtual device's drives, mounted before nanoCLR starts: drive-less paths ("\tmp\x.txt") are the host's
// own files, and D: is the folder $NFK210_SD_ROOT when it is set (the SD card). Host builds only.
#include <stdio.h>

#include "nfk_file_layer_posix.h"

namespace
{

struct HostDrives
{
    HostDrives()
    {
        nfk_fl_result_t result = nfk_fl_posix_mount_defaults();
        if (result != NFK_FL_OK)
        {
            fprintf(stderr, "nanoclr-k210: System.IO.FileSystem drives: %s\n", nfk_fl_result_text(result));
        }
    }
};

// the file layer's tables are constant-initialized, so this may run before or after any other static constructor
HostDrives hostDrives;

} // namespace
