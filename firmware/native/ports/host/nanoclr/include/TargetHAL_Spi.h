/* No SPI buses are exposed to managed code on the host. */
#ifndef NFK_TARGETHAL_SPI_H
#define NFK_TARGETHAL_SPI_H
#define NUM_SPI_BUSES 0
#define MAX_SPI_DEVICES 1
#endif
