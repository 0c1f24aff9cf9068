/* nanoHAL.h includes the SPI HAL unconditionally; the CLR image exposes no System.Device.Spi buses. */
#ifndef TARGET_HAL_SPI_H
#define TARGET_HAL_SPI_H

#define NUM_SPI_BUSES   0
#define MAX_SPI_DEVICES 1

#endif
