/* nn_kpu_conv_opt_u8: the optimized KPU layer in portable C (auto-vectorised where the target can). */
#define NN_FAST_VARIANT opt
#include "nn_kpu_conv_fast_body.h"
