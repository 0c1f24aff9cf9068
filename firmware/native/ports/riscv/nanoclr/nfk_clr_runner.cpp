// Runs managed code on the RV64 boards: takes the deployment image (the .pe files of an app and its references,
// concatenated at 4-byte boundaries, as a board's DEPLOYMENT region holds them) and runs it through the runner core
// the ports share (ports/common/nanoclr). The outcome is an nfk_clr_exit status, with the reason on stderr.

#include <nanoCLR_Runtime.h>

#include "nfk_clr_riscv.h"

const nfk_clr_runner_words nfk_clr_runner_port_words = {"nanoclr", "image", false};

// The board prints nanoCLR's diagnostics as they come (its load reports are off unless verbose, below).
void nfk_clr_hold_diagnostics(bool hold)
{
    (void)hold;
}

void nfk_clr_release_diagnostics()
{
}

extern "C" int nfk_clr_run(const uint8_t *image, size_t size, const char *name, bool verbose)
{
    // nanoCLR's per-assembly table dump only when asked: the console is slow on the board.
    s_CLR_RT_fTrace_AssemblyOverhead = verbose ? c_CLR_RT_Trace_Info : c_CLR_RT_Trace_None;
    if (!nfk_clr_start_engine() || !nfk_clr_link_image(image, size, name, verbose))
        return NFK_CLR_EXIT_LOAD;
    return nfk_clr_resolve_and_execute();
}
