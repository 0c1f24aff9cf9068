// Shared helpers of the nanoCLR natives of nanoFramework.Hardware.K210 (one .cpp per managed class beside this).
// They read arguments from the stack frame (spec §1.4) and call the same C functions the .NET host's P/Invoke entry
// points call (api/*.h). Natives return status codes; the shared managed code turns them into exceptions.
#ifndef NFK_CLR_GLUE_H
#define NFK_CLR_GLUE_H

#include <stddef.h>
#include <stdint.h>

#include "nanoFramework_Hardware_K210.h"

namespace nfk_glue
{

// The bytes of a managed array argument; {nullptr, 0} for null (the C functions then report an argument error,
// as they do for .NET's null-pinned arrays).
struct Bytes
{
    uint8_t *data;
    size_t size;
};

inline Bytes bytes(CLR_RT_HeapBlock &arg)
{
    CLR_RT_HeapBlock_Array *array = arg.DereferenceArray();
    if (array == nullptr)
        return {nullptr, 0};
    return {array->GetFirstElement(), (size_t)array->m_numOfElements * array->m_sizeOfElement};
}

// Elements of an int[] / long[] / float[] argument, or nullptr; count receives the element count.
template <typename T> inline T *elements(CLR_RT_HeapBlock &arg, size_t &count)
{
    CLR_RT_HeapBlock_Array *array = arg.DereferenceArray();
    count = array != nullptr ? array->m_numOfElements : 0;
    return array != nullptr && array->m_sizeOfElement == sizeof(T) ? reinterpret_cast<T *>(array->GetFirstElement())
                                                                     : nullptr;
}

inline int32_t i4(CLR_RT_StackFrame &stack, int n) { return stack.ArgN(n).NumericByRef().s4; }
inline uint32_t u4(CLR_RT_StackFrame &stack, int n) { return stack.ArgN(n).NumericByRef().u4; }
inline int64_t i8(CLR_RT_StackFrame &stack, int n) { return stack.ArgN(n).NumericByRef().s8; }
inline float r4(CLR_RT_StackFrame &stack, int n) { return stack.ArgN(n).NumericByRef().r4; }
inline bool boolean(CLR_RT_StackFrame &stack, int n) { return stack.ArgN(n).NumericByRef().u1 != 0; }
inline const char *text(CLR_RT_StackFrame &stack, int n) { return stack.ArgN(n).RecoverString(); }

// A message the glue itself reports (what the .NET host keeps in its [ThreadStatic] error fields); nanoCLR runs
// managed threads on one host thread, so one buffer per class is enough.
struct Error
{
    int status;
    char message[320];

    void clear()
    {
        status = 0;
        message[0] = '\0';
    }
    bool set() const { return message[0] != '\0'; }
    int fail(int code, const char *format, ...) __attribute__((format(printf, 3, 4)));
};

} // namespace nfk_glue

// Device services the natives need from the flavour's port (ports/<flavour>/nanoclr): flash, files, display, camera.
// Each returns an nn_status value (0 = ok) and on failure fills `error` with a message.
extern "C"
{
    int nfk_clr_flash_read(uint32_t offset, uint8_t *buffer, size_t size, nfk_glue::Error *error);
    int nfk_clr_file_size(const char *path, nfk_glue::Error *error); // bytes, or -1
    int nfk_clr_file_read(const char *path, uint8_t *buffer, size_t size, nfk_glue::Error *error);
    int nfk_clr_file_write(const char *path, const uint8_t *data, size_t size, nfk_glue::Error *error);
    int nfk_clr_lcd_init(int32_t *width, int32_t *height, nfk_glue::Error *error);
    int nfk_clr_lcd_set_output(const char *folder, nfk_glue::Error *error);
    int nfk_clr_lcd_display(const uint8_t *pixels, size_t size, int32_t width, int32_t height, int32_t format,
                            nfk_glue::Error *error);
    int nfk_clr_lcd_clear(int32_t rgb, nfk_glue::Error *error);
    int nfk_clr_sensor_set_source(const char *path, nfk_glue::Error *error);
    int nfk_clr_sensor_reset(nfk_glue::Error *error);
    int nfk_clr_sensor_snapshot(uint8_t *pixels, size_t pixels_size, uint8_t *ai, size_t ai_size, int32_t frame_width,
                                int32_t frame_height, int32_t x, int32_t y, int32_t width, int32_t height,
                                int32_t format, nfk_glue::Error *error);
}

#endif
