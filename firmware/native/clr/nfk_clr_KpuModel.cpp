// nanoCLR natives of nanoFramework.Hardware.K210.KpuModel: the nfk_model_* functions of api/ (the same calls the
// .NET host's P/Invoke makes). A run is handed to the port and waited for on a nanoCLR event, one run per model at
// a time, so other managed threads run while the KPU works.
#include "nfk_clr_glue.h"
#include "nfk_clr_kpu_job.h"

#include <string.h>

#include "nfk210_api.h"
#include "nfk210_image.h"

using namespace nfk_glue;

typedef Library_nanoFramework_Hardware_K210_nanoFramework_Hardware_K210_KpuModel KpuModel;

// What the glue itself reports (the .NET host's t_hostError/t_hostStatus); else nfk_last_error().
static Error model_error;

// Runs in progress or finished and not yet collected (at most one per model).
static nfk_clr_kpu_job *jobs;

static nfk_model *model_of(CLR_RT_StackFrame &stack, int n) { return (nfk_model *)(intptr_t)i8(stack, n); }

static nfk_clr_kpu_job *job_of(const nfk_model *model)
{
    for (nfk_clr_kpu_job *j = jobs; j != nullptr; j = j->next)
        if (j->model == model)
            return j;
    return nullptr;
}

static bool finished(const nfk_clr_kpu_job *job) { return __atomic_load_n(&job->finished, __ATOMIC_ACQUIRE) != 0; }

static void collect(nfk_clr_kpu_job *job)
{
    for (nfk_clr_kpu_job **p = &jobs; *p != nullptr; p = &(*p)->next)
        if (*p == job)
        {
            *p = job->next;
            break;
        }
    platform_free(job->input);
    platform_free(job);
    // Threads waiting for this model to be free wake on the same event.
    Events_Set(NFK_KPU_SYSTEM_EVENT);
}

static nfk_clr_kpu_job *start(nfk_model *model, const Bytes &input, int layer_count, void *owner)
{
    nfk_clr_kpu_job *job = static_cast<nfk_clr_kpu_job *>(platform_malloc(sizeof(nfk_clr_kpu_job)));
    uint8_t *copy = input.size > 0 ? static_cast<uint8_t *>(platform_malloc(input.size)) : nullptr;
    if (job == nullptr || (input.size > 0 && copy == nullptr))
    {
        if (job != nullptr)
            platform_free(job);
        if (copy != nullptr)
            platform_free(copy);
        return nullptr;
    }
    memset(job, 0, sizeof *job);
    if (copy != nullptr)
        memcpy(copy, input.data, input.size);
    job->model = model;
    job->input = input.data != nullptr ? copy : nullptr; // a null array stays null: the core reports it
    job->input_size = input.size;
    job->layer_count = layer_count;
    job->owner = owner;
    job->next = jobs;
    jobs = job;
    nfk_clr_kpu_start(job);
    return job;
}

static HRESULT load_result(CLR_RT_StackFrame &stack, int status, nfk_model *model)
{
    if (status != 0 && model != nullptr)
    {
        nfk_model_free(model);
        model = nullptr;
    }
    stack.SetResult_I8(status == 0 ? (CLR_INT64)(intptr_t)model : 0);
    return S_OK;
}

HRESULT KpuModel::NativeLoad___STATIC__I8__SZARRAY_U1(CLR_RT_StackFrame &stack)
{
    model_error.clear();
    Bytes kmodel = bytes(stack.Arg0());
    nfk_model *model = nullptr;
    int status = nfk_model_load(kmodel.data, kmodel.size, NFK_PROFILE_AUTO, &model);
    return load_result(stack, status, model);
}

HRESULT KpuModel::NativeLoadFile___STATIC__I8__STRING(CLR_RT_StackFrame &stack)
{
    model_error.clear();
    nfk_model *model = nullptr;
    int status = nfk_model_load_file(text(stack, 0), NFK_PROFILE_AUTO, &model);
    return load_result(stack, status, model);
}

HRESULT KpuModel::NativeFree___STATIC__VOID__I8(CLR_RT_StackFrame &stack)
{
    nfk_model *model = model_of(stack, 0);
    // The KPU may still be running this model for a thread that was aborted: let it finish first (a short wait:
    // one run, and only in that rare case).
    nfk_clr_kpu_job *job = job_of(model);
    if (job != nullptr)
    {
        while (!finished(job))
        {
        }
        collect(job);
    }
    nfk_model_free(model);
    return S_OK;
}

HRESULT KpuModel::NativeLastErrorCode___STATIC__I4(CLR_RT_StackFrame &stack)
{
    stack.SetResult_I4(model_error.set() ? model_error.status : nfk_last_error_code());
    return S_OK;
}

HRESULT KpuModel::NativeLastError___STATIC__STRING(CLR_RT_StackFrame &stack)
{
    return stack.SetResult_String(model_error.set() ? model_error.message : nfk_last_error());
}

// Copies a record into a managed int[] of at least n elements.
static void put_info(CLR_RT_HeapBlock &arg, const int32_t *info, size_t n)
{
    size_t count;
    int32_t *out = elements<int32_t>(arg, count);
    if (out != nullptr && count >= n)
        memcpy(out, info, n * sizeof *info);
}

HRESULT KpuModel::NativeGetInput___STATIC__I4__I8__SZARRAY_I4(CLR_RT_StackFrame &stack)
{
    model_error.clear();
    int32_t info[5] = {0};
    int status = nfk_model_input_info(model_of(stack, 0), info);
    if (status == 0)
        put_info(stack.Arg1(), info, 5);
    stack.SetResult_I4(status);
    return S_OK;
}

HRESULT KpuModel::NativeGetOutputCount___STATIC__I4__I8(CLR_RT_StackFrame &stack)
{
    model_error.clear();
    stack.SetResult_I4(nfk_model_info_output_count(model_of(stack, 0)));
    return S_OK;
}

HRESULT KpuModel::NativeGetOutputInfo___STATIC__I4__I8__I4__SZARRAY_I4(CLR_RT_StackFrame &stack)
{
    model_error.clear();
    int32_t info[5] = {0};
    int status = nfk_model_output_info(model_of(stack, 0), i4(stack, 1), info);
    if (status == 0)
        put_info(stack.ArgN(2), info, 5);
    stack.SetResult_I4(status);
    return S_OK;
}

HRESULT KpuModel::NativeGetLayerCount___STATIC__I4__I8(CLR_RT_StackFrame &stack)
{
    model_error.clear();
    stack.SetResult_I4(nfk_model_info_layer_count(model_of(stack, 0)));
    return S_OK;
}

HRESULT KpuModel::NativeGetLayer___STATIC__I4__I8__I4__SZARRAY_I4(CLR_RT_StackFrame &stack)
{
    model_error.clear();
    int32_t info[12] = {0};
    int status = nfk_model_layer_info(model_of(stack, 0), i4(stack, 1), info, nullptr, nullptr);
    if (status == 0)
        put_info(stack.ArgN(2), info, 12);
    stack.SetResult_I4(status);
    return S_OK;
}

HRESULT KpuModel::NativeGetLayerName___STATIC__STRING__I8__I4(CLR_RT_StackFrame &stack)
{
    model_error.clear();
    int32_t info[12];
    const char *name = nullptr;
    size_t size = 0;
    char copy[64] = "";
    if (nfk_model_layer_info(model_of(stack, 0), i4(stack, 1), info, &name, &size) == 0)
    {
        if (size >= sizeof copy)
            size = sizeof copy - 1;
        memcpy(copy, name, size);
        copy[size] = '\0';
    }
    return stack.SetResult_String(copy);
}

// Starts the run (state 1: waiting for the model to be free), then waits for it on the KPU event (state 2).
HRESULT KpuModel::NativeRun___STATIC__I4__I8__SZARRAY_U1__I4(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    nfk_model *model = model_of(stack, 0);
    CLR_RT_HeapBlock infinite;
    CLR_INT64 *timeout;
    bool event = true;
    int status = 0;

    infinite.SetInteger((CLR_INT64)-1);
    NANOCLR_CHECK_HRESULT(stack.SetupTimeoutFromTicks(infinite, timeout)); // first call: state 0 -> 1

    for (;;)
    {
        nfk_clr_kpu_job *job = job_of(model);
        if (stack.m_customState == 1 && job == nullptr)
        {
            if (start(model, bytes(stack.Arg1()), i4(stack, 2), stack.m_owningThread) == nullptr)
            {
                model_error.fail(8 /* NN_ERR_OUT_OF_MEMORY */, "out of native memory for the model input");
                status = model_error.status;
                break;
            }
            stack.m_customState = 2;
            continue;
        }
        if (stack.m_customState == 2 && job != nullptr && job->owner == stack.m_owningThread && finished(job))
        {
            status = job->status;
            if (status != 0)
                model_error.fail(status, "%s", job->message);
            else
                model_error.clear();
            collect(job);
            break;
        }
        NANOCLR_CHECK_HRESULT(
            g_CLR_RT_ExecutionEngine.WaitEvents(stack.m_owningThread, *timeout, NFK_KPU_CLR_EVENT, event));
    }

    stack.PopValue(); // the timeout
    stack.SetResult_I4(status);

    NANOCLR_NOCLEANUP();
}

HRESULT KpuModel::NativeGetLayerOutput___STATIC__SZARRAY_U1__I8__I4__SZARRAY_I4(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    const uint8_t *data = nullptr;
    size_t size = 0;
    int32_t shape[3] = {0, 0, 0};
    int is_float = 0;
    model_error.clear();
    CLR_RT_HeapBlock &result = stack.PushValueAndClear(); // null unless filled below
    int status = nfk_model_layer_output(model_of(stack, 0), i4(stack, 1), &data, &size, shape, &is_float);
    if (status != 0)
        NANOCLR_SET_AND_LEAVE(S_OK);
    if (size > INT32_MAX || (size != 0 && data == nullptr))
    {
        model_error.fail(11 /* NN_ERR_STATE */, "layer %d gave %zu bytes at %p", (int)i4(stack, 1), size,
                         (const void *)data);
        NANOCLR_SET_AND_LEAVE(S_OK);
    }
    {
        int32_t info[5] = {shape[0], shape[1], shape[2], is_float, (int32_t)size};
        put_info(stack.ArgN(2), info, 5); // before allocating: a GC may move the info array
    }
    NANOCLR_CHECK_HRESULT(CLR_RT_HeapBlock_Array::CreateInstance(result, (CLR_UINT32)size, g_CLR_RT_WellKnownTypes.m_UInt8));
    if (size > 0)
        memcpy(result.DereferenceArray()->GetFirstElement(), data, size);

    NANOCLR_NOCLEANUP();
}

HRESULT KpuModel::NativeGetOutput___STATIC__I4__I8__I4__SZARRAY_U1(CLR_RT_StackFrame &stack)
{
    model_error.clear();
    const uint8_t *data = nullptr;
    size_t size = 0;
    int index = i4(stack, 1);
    Bytes destination = bytes(stack.ArgN(2));
    int status = nfk_model_output(model_of(stack, 0), index, &data, &size);
    if (status == 0)
    {
        if (size != destination.size || (size != 0 && data == nullptr))
            status = model_error.fail(11 /* NN_ERR_STATE */, "output %d has %zu bytes, expected %zu", index, size,
                                      destination.size);
        else if (size > 0)
            memcpy(destination.data, data, size);
    }
    stack.SetResult_I4(status);
    return S_OK;
}

HRESULT KpuModel::NativeYolo2Decode___STATIC__I4__SZARRAY_U1__I4__I4__I4__SZARRAY_R4__R4__R4__I4__I4__SZARRAY_I4__SZARRAY_R4(
    CLR_RT_StackFrame &stack)
{
    Bytes output = bytes(stack.Arg0());
    size_t anchor_floats, box_ints, prob_count;
    const float *anchors = elements<float>(stack.ArgN(4), anchor_floats);
    int32_t *boxes = elements<int32_t>(stack.ArgN(9), box_ints);
    float *probs = elements<float>(stack.ArgN(10), prob_count);
    int32_t count = 0;
    int status = nfk_yolo2_decode(output.data, output.size, i4(stack, 1), i4(stack, 2), i4(stack, 3), anchors,
                                  (int32_t)(anchor_floats / 2), r4(stack, 5), r4(stack, 6), i4(stack, 7),
                                  i4(stack, 8), boxes, probs, (int32_t)prob_count, &count);
    stack.SetResult_I4(status == 0 ? count : -status);
    return S_OK;
}
