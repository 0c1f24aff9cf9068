// The K210 natives' devices that the RV64 boards (qemu-virt, k210) share: a KPU run goes to completion before the
// native returns (the layer runtime drives the KPU, or its emulator, from the CPU: there is no run to leave in the
// background). Files and SPI flash differ per board: each board's nfk_clr_devices.cpp. The LCD and the camera:
// qemu-virt's are host files (nfk_clr_file_devices.cpp), k210's are not driven (nfk_clr_board_no_camera_lcd.cpp).

#include <nanoCLR_Runtime.h>
#include <nanoHAL_v2.h>

#include "nfk210_api.h"
#include "nfk_clr_glue.h"
#include "nfk_clr_kpu_job.h"
#include "nn_status.h"

extern "C" void nfk_clr_kpu_start(nfk_clr_kpu_job *job)
{
    job->status = nfk_model_run_layers(job->model, job->input, job->input_size, job->layer_count);
    if (job->status != NN_OK)
        hal_strcpy_s(job->message, sizeof job->message, nfk_last_error());
    __atomic_store_n(&job->finished, 1, __ATOMIC_RELEASE);
    Events_Set(NFK_KPU_SYSTEM_EVENT);
}
