/* KPU register block model (spec/kpu.md §3, §7, §8). A layer runs when the
 * 12th argument word arrives in layer_argument_fifo. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "emu_internal.h"
#include "emu_log.h"
#include "k210_field.h"
#include "k210_kpu_layer.h"
#include "k210_kpu_regs.h"
#include "k210_memory_map.h"
#include "nn_kpu_args.h"
#include "nn_kpu_kernels.h"
#include "nn_kpu_layout.h"
#include "nn_kpu_threads.h"
#include "port.h"

#define INT_CALC_DONE (K210_KPU_INTERRUPT_RAW_CALC_DONE_INT_MASK << K210_KPU_INTERRUPT_RAW_CALC_DONE_INT_SHIFT)
#define INT_ALMOST_EMPTY \
    (K210_KPU_INTERRUPT_RAW_LAYER_CFG_ALMOST_EMPTY_INT_MASK << K210_KPU_INTERRUPT_RAW_LAYER_CFG_ALMOST_EMPTY_INT_SHIFT)
#define INT_ALMOST_FULL \
    (K210_KPU_INTERRUPT_RAW_LAYER_CFG_ALMOST_FULL_INT_MASK << K210_KPU_INTERRUPT_RAW_LAYER_CFG_ALMOST_FULL_INT_SHIFT)

void emu_kpu_reset(emu_kpu_t *kpu)
{
    kpu->arg_count = 0;
    kpu->interrupt_raw = K210_KPU_INTERRUPT_RAW_RESET;
    kpu->interrupt_mask = K210_KPU_INTERRUPT_MASK_RESET;
    kpu->fifo_threshold = K210_KPU_FIFO_THRESHOLD_RESET;
    kpu->fifo_ctrl = K210_KPU_FIFO_CTRL_RESET;
    kpu->eight_bit_mode = K210_KPU_EIGHT_BIT_MODE_RESET;
    kpu->stream_len = kpu->stream_pos = 0;
    kpu->faulted = false;
    kpu->fault[0] = '\0';
}

void emu_kpu_free(emu_kpu_t *kpu)
{
    free(kpu->stream);
    free(kpu->in_chw);
    free(kpu->out_chw);
    free(kpu->scratch);
    memset(kpu, 0, sizeof *kpu);
}

static bool grow(uint8_t **buf, size_t *cap, size_t need)
{
    if (need <= *cap)
        return true;
    uint8_t *p = realloc(*buf, need);
    if (p == NULL)
        return false;
    *buf = p;
    *cap = need;
    return true;
}

static void fault(emu_kpu_t *kpu, const char *what)
{
    kpu->faulted = true;
    strncpy(kpu->fault, what, sizeof kpu->fault - 1);
    kpu->fault[sizeof kpu->fault - 1] = '\0';
    emu_error("KPU layer not run: %s", what);
}

/* The FIFO fill level drives the two threshold interrupts. */
static void update_fifo_interrupts(emu_kpu_t *kpu)
{
    uint64_t full = K210_FIELD_GET(kpu->fifo_threshold, K210_KPU_FIFO_THRESHOLD_FIFO_FULL_THRESHOLD);
    uint64_t empty = K210_FIELD_GET(kpu->fifo_threshold, K210_KPU_FIFO_THRESHOLD_FIFO_EMPTY_THRESHOLD);
    if (kpu->arg_count <= empty)
        kpu->interrupt_raw |= INT_ALMOST_EMPTY;
    if (kpu->arg_count >= full)
        kpu->interrupt_raw |= INT_ALMOST_FULL;
}

/* Fields whose meaning no public source gives: software that sets them gets told. */
static void warn_unmodelled(const uint64_t *w)
{
    static const struct { const char *key; unsigned word, shift; uint64_t mask; uint64_t expected; } fields[] = {
#define FIELD(F, expected) { #F, F##_WORD, F##_SHIFT, F##_MASK, expected }
        FIELD(K210_KPU_LAYER_RAM_FLAG, 0),
        FIELD(K210_KPU_LAYER_FULL_ADD, 0),
        FIELD(K210_KPU_LAYER_PAD_TYPE, 0),
        FIELD(K210_KPU_LAYER_FIRST_STRIDE, 0),
        FIELD(K210_KPU_LAYER_BYPASS_CONV, 0),
        FIELD(K210_KPU_LAYER_LOAD_PARA, 1),
        FIELD(K210_KPU_LAYER_LOAD_COOR, 1),
        FIELD(K210_KPU_LAYER_LOAD_ACT, 1),
        FIELD(K210_KPU_LAYER_COEF_COLUMN_OFFSET, 0),
        FIELD(K210_KPU_LAYER_COEF_ROW_OFFSET, 0),
        FIELD(K210_KPU_LAYER_COEF_SIZE, 0),
#undef FIELD
    };
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) {
        uint64_t v = (w[fields[i].word] >> fields[i].shift) & fields[i].mask;
        if (v != fields[i].expected)
            emu_warn_once(fields[i].key, "layer argument field %s = %llu is not modelled (computed as if %llu)",
                          fields[i].key + sizeof "K210_KPU_LAYER_" - 1, (unsigned long long)v,
                          (unsigned long long)fields[i].expected);
    }
}

/* The KPU derives the layout from the argument's row/channel/group fields. */
static bool check_layout(emu_kpu_t *kpu, const nn_kpu_layout_t *l, bool input, uint32_t width, uint32_t height)
{
    nn_kpu_layout_t expect = nn_kpu_layout_of(width, height);
    if (l->groups != 1 && l->groups != 2 && l->groups != 4) {
        fault(kpu, input ? "coef_group is not 1, 2 or 4" : "wb_group is not 1, 2 or 4");
        return false;
    }
    if (l->row_len == 0 || l->row_len * NN_KPU_LINE_BYTES / l->groups < width) {
        fault(kpu, input ? "row_switch_addr/coef_group too small for the input width"
                         : "wb_row_switch_addr/wb_group too small for the output width");
        return false;
    }
    if (l->groups != expect.groups || l->row_len != expect.row_len || l->channel_lines != expect.channel_lines)
        emu_warn_once(input ? "input-layout" : "output-layout",
                      "%s layout fields (%u lines/channel block, %u lines/row, %u groups) differ from the "
                      "standard layout of a %ux%u map; using the fields",
                      input ? "input" : "write-back", l->channel_lines, l->row_len, l->groups, width, height);
    return true;
}

static const uint8_t *table(emu_soc_t *soc, uint64_t addr, size_t len, const char *what)
{
    const uint8_t *p = emu_soc_window(soc, addr, len);
    if (p == NULL) {
        char msg[160];
        snprintf(msg, sizeof msg, "%s at bus address 0x%08llx (%zu bytes) is not in SRAM", what,
                 (unsigned long long)addr, len);
        fault(&soc->kpu, msg);
    }
    return p;
}

/* A map moved between KPU RAM and a dense buffer by the layer's threads, channel ranges apart. */
typedef struct map_move {
    uint8_t *ram, *chw;
    uint32_t line, c, h, w;
    const nn_kpu_layout_t *layout;
    unsigned parts;
} map_move_t;

static void download_part(void *arg, unsigned i, unsigned slot)
{
    const map_move_t *m = arg;
    (void)slot;
    nn_kpu_download_channels(m->ram, m->line, m->layout, m->chw, (uint32_t)((uint64_t)m->c * i / m->parts),
                             (uint32_t)((uint64_t)m->c * (i + 1) / m->parts), m->h, m->w);
}

static void upload_part(void *arg, unsigned i, unsigned slot)
{
    const map_move_t *m = arg;
    (void)slot;
    nn_kpu_upload_channels(m->ram, m->line, m->layout, m->chw, (uint32_t)((uint64_t)m->c * i / m->parts),
                           (uint32_t)((uint64_t)m->c * (i + 1) / m->parts), m->h, m->w);
}

static void run_layer(emu_soc_t *soc)
{
    emu_kpu_t *kpu = &soc->kpu;
    nn_kpu_args_t a;
    nn_kpu_activation_t act;
    nn_kpu_conv_params_t *p = &a.conv;

    kpu->faulted = false;
    kpu->fault[0] = '\0';
    warn_unmodelled(kpu->args);
    nn_kpu_args_decode(kpu->args, K210_FIELD_GET(kpu->eight_bit_mode, K210_KPU_EIGHT_BIT_MODE_EIGHT_BIT_MODE) == 0,
                       &a);
    p->profile = kpu->profile;
    p->activation = &act;

    const char *bad = nn_kpu_conv_check(p);
    if (bad != NULL) {
        fault(kpu, bad);
        return;
    }
    if (!check_layout(kpu, &a.in_layout, true, p->in_w, p->in_h) ||
        !check_layout(kpu, &a.out_layout, false, p->out_w, p->out_h))
        return;

    p->weights = table(soc, a.weights_addr, nn_kpu_conv_weight_bytes(p), "weights (para_start_addr)");
    p->batchnorm = table(soc, a.batchnorm_addr, 8 * (size_t)p->out_c, "batch-norm table (bwsx_base_addr)");
    const uint8_t *act_table = table(soc, a.activation_addr, K210_KPU_ACT_TABLE_BYTES, "activation table (active_addr)");
    if (p->weights == NULL || p->batchnorm == NULL || act_table == NULL)
        return;
    nn_kpu_activation_decode(act_table, &act);

    /* the maths: nn_kpu_conv_ref_u8 or a bit-exact optimized variant (nn_kpu_kernels.h) */
    nn_kpu_kernels_plan_t plan = nn_kpu_kernels_plan(p);
    const char *kernels_warning = nn_kpu_kernels_env_warning();
    if (kernels_warning != NULL)
        emu_warn_once("NFK210_KERNELS", "%s", kernels_warning);
    size_t in_bytes = (size_t)p->in_c * p->in_h * p->in_w;
    size_t out_bytes = (size_t)p->out_c * p->out_h * p->out_w;
    if (!grow(&kpu->in_chw, &kpu->in_cap, in_bytes) || !grow(&kpu->out_chw, &kpu->out_cap, out_bytes) ||
        !grow(&kpu->scratch, &kpu->scratch_cap, plan.scratch_bytes)) {
        fault(kpu, "host out of memory for the layer's working buffers");
        return;
    }

    /* the scratch is sized for the plan's threads; this run may use fewer (emu_kpu_threads.h) */
    uint64_t key = emu_threads_key(a.weights_addr, p->in_c, p->out_c, p->in_w, p->in_h, p->kernel, plan.variant);
    nn_kpu_kernels_plan_t run = plan;
    run.threads = emu_threads_choose(&kpu->threads, key, plan.threads);
    uint64_t start_ns = port_time_ns();
    unsigned parts = run.threads > 1 ? run.threads * NN_KPU_TASKS_PER_THREAD : 1;
    map_move_t in = {soc->kpu_ram, kpu->in_chw, a.src_line, p->in_c, p->in_h, p->in_w, &a.in_layout, parts};
    nn_kpu_threads_run(run.threads, parts, download_part, &in);
    nn_kpu_kernels_run(&run, p, kpu->in_chw, kpu->out_chw, kpu->scratch);
    /* channels that share bytes of KPU RAM (odd layout fields) are written one after the other, in order */
    map_move_t out = {soc->kpu_ram, kpu->out_chw, a.dst_line, p->out_c, p->out_h, p->out_w, &a.out_layout,
                      nn_kpu_layout_disjoint(&a.out_layout, p->out_c, p->out_h, p->out_w) ? parts : 1};
    nn_kpu_threads_run(run.threads, out.parts, upload_part, &out);
    emu_threads_record(&kpu->threads, key, run.threads, port_time_ns() - start_ns);
    kpu->layers++;
    kpu->macs += nn_kpu_conv_macs(p);

    if (a.send_data_out) {
        if (a.dma_total_bytes != out_bytes)
            emu_warn_once("dma_total_byte", "dma_total_byte+1 = %llu but the layer outputs %zu bytes; "
                          "streaming the layer's bytes", (unsigned long long)a.dma_total_bytes, out_bytes);
        if (kpu->stream_pos < kpu->stream_len)
            emu_warn_once("stream-overrun", "a new layer output replaced %zu unread bytes of the output FIFO",
                          kpu->stream_len - kpu->stream_pos);
        if (!grow(&kpu->stream, &kpu->stream_cap, out_bytes)) {
            fault(kpu, "host out of memory for the output FIFO");
            return;
        }
        memcpy(kpu->stream, kpu->out_chw, out_bytes);
        kpu->stream_len = out_bytes;
        kpu->stream_pos = 0;
    }
}

size_t emu_kpu_stream_available(const emu_soc_t *soc)
{
    return soc->kpu.stream_len - soc->kpu.stream_pos;
}

/* fifo_data_out: 8 result bytes per read, first byte in bits 0-7; the
 * padding of the last word reads as zero (real content unknown). */
static uint64_t pop_stream(emu_kpu_t *kpu)
{
    uint64_t v = 0;
    for (unsigned i = 0; i < 8 && kpu->stream_pos < kpu->stream_len; i++)
        v |= (uint64_t)kpu->stream[kpu->stream_pos++] << (8 * i);
    return v;
}

uint64_t emu_kpu_read(emu_soc_t *soc, uint64_t offset)
{
    emu_kpu_t *kpu = &soc->kpu;
    switch (offset) {
    case K210_KPU_INTERRUPT_STATUS_OFFSET: return kpu->interrupt_raw & ~kpu->interrupt_mask & 7;
    case K210_KPU_INTERRUPT_RAW_OFFSET: return kpu->interrupt_raw;
    case K210_KPU_INTERRUPT_MASK_OFFSET: return kpu->interrupt_mask;
    case K210_KPU_FIFO_THRESHOLD_OFFSET: return kpu->fifo_threshold;
    case K210_KPU_FIFO_DATA_OUT_OFFSET: return pop_stream(kpu);
    case K210_KPU_FIFO_CTRL_OFFSET: return kpu->fifo_ctrl;
    case K210_KPU_EIGHT_BIT_MODE_OFFSET: return kpu->eight_bit_mode;
    default:
        emu_warn_once("kpu-read", "read of KPU register offset 0x%llx, which is write-only or unmapped",
                      (unsigned long long)offset);
        return 0;
    }
}

void emu_kpu_write(emu_soc_t *soc, uint64_t offset, uint64_t value)
{
    emu_kpu_t *kpu = &soc->kpu;
    switch (offset) {
    case K210_KPU_LAYER_ARGUMENT_FIFO_OFFSET:
        kpu->args[kpu->arg_count++] = value;
        update_fifo_interrupts(kpu);
        if (kpu->arg_count == K210_KPU_LAYER_WORD_COUNT) {
            kpu->arg_count = 0;
            run_layer(soc);
            if (K210_LAYER_GET(kpu->args, K210_KPU_LAYER_INT_EN))
                kpu->interrupt_raw |= INT_CALC_DONE;
            update_fifo_interrupts(kpu);
            emu_dmac_service(soc);
        }
        break;
    case K210_KPU_INTERRUPT_MASK_OFFSET: kpu->interrupt_mask = value & 7; break;
    case K210_KPU_INTERRUPT_CLEAR_OFFSET: kpu->interrupt_raw &= ~(value & 7); break;
    case K210_KPU_FIFO_THRESHOLD_OFFSET: kpu->fifo_threshold = value & 0xFF; break;
    case K210_KPU_FIFO_CTRL_OFFSET:
        kpu->fifo_ctrl = value;
        emu_warn_once("fifo_ctrl", "fifo_ctrl written (0x%llx): its flush controls are not modelled",
                      (unsigned long long)value);
        break;
    case K210_KPU_EIGHT_BIT_MODE_OFFSET: kpu->eight_bit_mode = value & 1; break;
    default:
        emu_warn_once("kpu-write", "write to KPU register offset 0x%llx, which is read-only or unmapped",
                      (unsigned long long)offset);
        break;
    }
}
