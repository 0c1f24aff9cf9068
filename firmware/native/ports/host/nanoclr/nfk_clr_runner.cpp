// Runs managed code on the host: loads .pe images (each a single assembly or a deployment image of several, 4-byte
// aligned) through the runner core the ports share (ports/common/nanoclr), holding nanoCLR's load reports back
// unless --verbose. Failures are reported as exit codes (nfk_clr_host.h) with nanoCLR's message on stderr.

#include <nanoCLR_Runtime.h>

#include <stdio.h>

#include "nfk_clr_host.h"

const nfk_clr_runner_words nfk_clr_runner_port_words = {"nanoclr-k210", "runner", true};

int nfk_clr_run(const nfk_clr_image *images, size_t count, bool verbose)
{
    if (!nfk_clr_start_engine())
        return NFK_CLR_EXIT_LOAD;

    // Loading and resolving print a size report per assembly, and the names of what cannot be found: keep that
    // for failures.
    nfk_clr_hold_diagnostics(!verbose);
    for (size_t i = 0; i < count; i++)
    {
        bool linked = false;
        if (images[i].size < sizeof(CLR_RECORD_ASSEMBLY))
            fprintf(stderr, "nanoclr-k210: %s: not a nanoFramework .pe file (%zu bytes, less than an assembly "
                    "header)\n", images[i].name, images[i].size);
        else
            linked = nfk_clr_link_image(images[i].bytes, images[i].size, images[i].name, verbose);
        if (!linked)
        {
            nfk_clr_release_diagnostics();
            return NFK_CLR_EXIT_LOAD;
        }
    }
    return nfk_clr_resolve_and_execute();
}
