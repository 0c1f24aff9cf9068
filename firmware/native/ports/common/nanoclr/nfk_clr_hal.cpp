// The HAL start-up and shut-down every nanoCLR port shares: the lists and events nanoCLR's scheduler needs.

#include <nanoCLR_Runtime.h>
#include <nanoHAL_v2.h>

void nanoHAL_Initialize()
{
    HAL_CONTINUATION::InitializeList();
    HAL_COMPLETION::InitializeList();
    Events_Initialize();
}

void nanoHAL_Uninitialize(bool isPoweringDown)
{
    (void)isPoweringDown;
    Events_Uninitialize();
    HAL_CONTINUATION::Uninitialize();
    HAL_COMPLETION::Uninitialize();
}

