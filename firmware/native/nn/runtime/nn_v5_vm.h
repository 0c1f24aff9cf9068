/* Internal interface between the parts of the V5 runtime (nn_v5_runtime.c,
 * nn_v5_tensor_ops.c, nn_v5_k210.c): the interpreter state, addresses and
 * the evaluation stack. Not for callers of the runtime. */
#ifndef NN_V5_VM_H
#define NN_V5_VM_H

#include "nn_v5_runtime.h"

/* Address regions (address = region << NN_V5_REGION_SHIFT | offset). */
#define NN_V5_REGION_SHIFT 40
#define NN_V5_REGION_RDATA 0x01u  /* + module */
#define NN_V5_REGION_DATA 0x11u   /* + module */
#define NN_V5_REGION_INPUT 0x40u  /* + entry input */
#define NN_V5_REGION_OUTPUT 0x80u /* + entry output */

/* One evaluation-stack entry: an integer (pointer-sized) or a float. */
typedef struct nn_v5_entry {
    int64_t i;
    float r;
    bool real;
} nn_v5_entry_t;

typedef struct nn_v5_vm {
    nn_v5_runtime_t *rt;
    nn_error_t *err;
    uint32_t module; /* the running stackvm module */
    const kmodel_v5_insn_t *insn;
    uint32_t next; /* code offset of the next instruction */
    uint32_t steps;
    nn_layer_hook_t hook;
    void *hook_user;
    uint32_t sp;
    nn_v5_entry_t stack[NN_V5_STACK_DEPTH];
} nn_v5_vm_t;

uint64_t nn_v5_vm_address(uint32_t region, uint64_t offset);
/* Host pointer to `bytes` bytes at addr, or an error naming the role ("input", "output", ...). */
nn_status_t nn_v5_vm_resolve(nn_v5_vm_t *vm, uint64_t addr, uint64_t bytes, bool write, const char *role,
                             uint8_t **out);
/* Records an error prefixed with the running instruction and its code offset. */
nn_status_t nn_v5_vm_fail(nn_v5_vm_t *vm, nn_status_t code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
nn_status_t nn_v5_vm_push(nn_v5_vm_t *vm, nn_v5_entry_t e);
nn_status_t nn_v5_vm_pop(nn_v5_vm_t *vm, nn_v5_entry_t *e);

/* Counts work against the runtime's budget (if any); an error once it is spent. */
nn_status_t nn_v5_vm_spend(nn_v5_vm_t *vm, uint64_t work);

/* TENSOR instructions: nn_v5_tensor_op (nn_v5_tensor_ops.c) dispatches to one nn_v5_tf_<name> per tensor function
 * (data movement in nn_v5_tensor_move.c, arithmetic in nn_v5_tensor_math.c), which read their operands, pop their
 * addresses and scalars in nncase's order, resolve every view (nn_v5_view) and call the reference kernel. */
nn_status_t nn_v5_tensor_op(nn_v5_vm_t *vm, const kmodel_v5_insn_t *insn);

/* The packed operand bytes after a TENSOR instruction's function id, read in order. */
typedef struct nn_v5_operands {
    const uint8_t *p;
} nn_v5_operands_t;

uint8_t nn_v5_op_u8(nn_v5_operands_t *o);
uint16_t nn_v5_op_u16(nn_v5_operands_t *o);
uint32_t nn_v5_op_u32(nn_v5_operands_t *o);
float nn_v5_op_f32(nn_v5_operands_t *o);

/* An entry as float (nncase's union: an integer entry's low 32 bits as float bits). */
float nn_v5_as_r4(const nn_v5_entry_t *e);
nn_status_t nn_v5_pop(nn_v5_vm_t *vm, nn_v5_entry_t *e);
nn_status_t nn_v5_pop_addr(nn_v5_vm_t *vm, uint64_t *addr);
/* A register STSHAPE / STPADDINGS set (an error naming it otherwise; *out is set either way). */
nn_status_t nn_v5_shape_reg(nn_v5_vm_t *vm, uint8_t id, const nn_v5_shape_reg_t **out);
nn_status_t nn_v5_pad_reg(nn_v5_vm_t *vm, uint8_t id, const nn_v5_pad_reg_t **out);
/* The output then the input address (nncase pushes the input first) and the shape register they share, the
 * operands most tensor functions start with. */
nn_status_t nn_v5_pop_in_out(nn_v5_vm_t *vm, uint8_t shape_reg, uint64_t *in_addr, uint64_t *out_addr,
                             const nn_v5_shape_reg_t **shape);
/* Bytes of a datatype, or an error for an undefined one. */
nn_status_t nn_v5_elem_bytes(nn_v5_vm_t *vm, uint32_t dtype, uint32_t *eb);
/* A view of `rank` dims at addr, strides from register stride_reg, every element it reaches resolved inside its
 * region (and the work counted against the budget). */
nn_status_t nn_v5_view(nn_v5_vm_t *vm, uint64_t addr, uint32_t eb, const uint32_t *shape, uint32_t rank,
                       uint8_t stride_reg, bool write, const char *role, nn_v5_view_t *v);

#define NN_V5_TRY(x)                  \
    do {                              \
        nn_status_t st_ = (x);        \
        if (st_ != NN_OK)             \
            return st_;               \
    } while (0)

#define NN_V5_TENSOR_FUNCTIONS_RUN(X) \
    X(batch_to_space) X(binary) X(broadcast) X(conv2d) X(convert) X(copy) X(gather) X(gather_nd) X(lut1d) X(onehot) X(pad) \
    X(reduce) X(reduce_window2d) X(resize_image) X(slice) X(transpose) X(unary)
#define NN_V5_DECLARE_TF(name) nn_status_t nn_v5_tf_##name(nn_v5_vm_t *vm, nn_v5_operands_t *o);
NN_V5_TENSOR_FUNCTIONS_RUN(NN_V5_DECLARE_TF)
#undef NN_V5_DECLARE_TF
/* QUANTIZE (quantize = true) and DEQUANTIZE share their operands. */
nn_status_t nn_v5_tf_quantize(nn_v5_vm_t *vm, nn_v5_operands_t *o, bool quantize);

/* A tensor bound to a k210 function's input or output. */
typedef struct nn_v5_bound {
    uint8_t *data;
    uint64_t bytes;
} nn_v5_bound_t;

/* Runs k210 function `function` of module `module` with bound inputs and outputs (nn_v5_k210.c). */
nn_status_t nn_v5_k210_run(nn_v5_vm_t *vm, uint32_t module, uint32_t function, const nn_v5_bound_t *inputs,
                           const nn_v5_bound_t *outputs);

#endif
