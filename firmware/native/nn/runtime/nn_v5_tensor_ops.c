/* TENSOR instructions of the V5 stackvm (nncase 1.0.0-beta2's src/runtime/stackvm/ops/tensor.*.cpp): the dispatch
 * and TENSOR CALL into the k210 module; the functions themselves are in nn_v5_tensor_move.c and
 * nn_v5_tensor_math.c. */
#include <string.h>

#include "nn_v5_vm.h"

/* TENSOR CALL: binds (address, datatype, shape register, stride register) quadruples, outputs first (popped last
 * to first), then inputs, and runs the k210 function. */
static nn_status_t run_call(nn_v5_vm_t *vm, nn_v5_operands_t *o)
{
    uint32_t function = nn_v5_op_u32(o);
    uint16_t module = nn_v5_op_u16(o);
    uint8_t num_src = nn_v5_op_u8(o), num_dst = nn_v5_op_u8(o);
    nn_v5_bound_t inputs[KMODEL_V5_MAX_TENSORS], outputs[KMODEL_V5_MAX_TENSORS];
    for (uint32_t pass = 0; pass < 2; pass++) {
        uint32_t count = pass == 0 ? num_dst : num_src;
        for (uint32_t i = count; i-- > 0;) {
            nn_v5_entry_t rstrides, rshape, dtype;
            uint64_t addr;
            NN_V5_TRY(nn_v5_pop(vm, &rstrides));
            NN_V5_TRY(nn_v5_pop(vm, &rshape));
            NN_V5_TRY(nn_v5_pop(vm, &dtype));
            NN_V5_TRY(nn_v5_pop_addr(vm, &addr));
            const nn_v5_shape_reg_t *s;
            uint32_t eb;
            NN_V5_TRY(nn_v5_shape_reg(vm, (uint8_t)rshape.i, &s));
            NN_V5_TRY(nn_v5_elem_bytes(vm, (uint8_t)dtype.i, &eb));
            nn_v5_view_t v;
            NN_V5_TRY(nn_v5_view(vm, addr, eb, s->dims, s->rank, (uint8_t)rstrides.i, pass == 0,
                     pass == 0 ? "call output" : "call input", &v));
            uint64_t last = 0;
            for (uint32_t k = 0; k < v.rank; k++)
                last += (uint64_t)(v.shape[k] ? v.shape[k] - 1 : 0) * v.strides[k];
            nn_v5_bound_t b = { v.data, nn_v5_elements(v.shape, v.rank) == 0 ? 0 : (last + 1) * eb };
            if (pass == 0)
                outputs[i] = b;
            else
                inputs[i] = b;
        }
    }
    return nn_v5_k210_run(vm, module, function, inputs, outputs);
}

nn_status_t nn_v5_tensor_op(nn_v5_vm_t *vm, const kmodel_v5_insn_t *insn)
{
    nn_v5_operands_t o = { insn->operands };
    bool on_kpu = insn->funct == KMODEL_V5_TF_CALL;
    if (vm->hook != NULL)
        vm->hook(vm->hook_user, vm->steps, (uint32_t)insn->funct, on_kpu, false);
    nn_status_t st;
    switch (insn->funct) {
    case KMODEL_V5_TF_BATCH_TO_SPACE: st = nn_v5_tf_batch_to_space(vm, &o); break;
    case KMODEL_V5_TF_BINARY: st = nn_v5_tf_binary(vm, &o); break;
    case KMODEL_V5_TF_BROADCAST: st = nn_v5_tf_broadcast(vm, &o); break;
    case KMODEL_V5_TF_CONV2D: st = nn_v5_tf_conv2d(vm, &o); break;
    case KMODEL_V5_TF_GATHER: st = nn_v5_tf_gather(vm, &o); break;
    case KMODEL_V5_TF_GATHER_ND: st = nn_v5_tf_gather_nd(vm, &o); break;
    case KMODEL_V5_TF_ONEHOT: st = nn_v5_tf_onehot(vm, &o); break;
    case KMODEL_V5_TF_LUT1D: st = nn_v5_tf_lut1d(vm, &o); break;
    case KMODEL_V5_TF_CALL: st = run_call(vm, &o); break;
    case KMODEL_V5_TF_CONVERT: st = nn_v5_tf_convert(vm, &o); break;
    case KMODEL_V5_TF_COPY: st = nn_v5_tf_copy(vm, &o); break;
    case KMODEL_V5_TF_DEQUANTIZE: st = nn_v5_tf_quantize(vm, &o, false); break;
    case KMODEL_V5_TF_PAD: st = nn_v5_tf_pad(vm, &o); break;
    case KMODEL_V5_TF_QUANTIZE: st = nn_v5_tf_quantize(vm, &o, true); break;
    case KMODEL_V5_TF_REDUCE: st = nn_v5_tf_reduce(vm, &o); break;
    case KMODEL_V5_TF_REDUCE_WINDOW2D: st = nn_v5_tf_reduce_window2d(vm, &o); break;
    case KMODEL_V5_TF_RESIZE_IMAGE: st = nn_v5_tf_resize_image(vm, &o); break;
    case KMODEL_V5_TF_SLICE: st = nn_v5_tf_slice(vm, &o); break;
    case KMODEL_V5_TF_TRANSPOSE: st = nn_v5_tf_transpose(vm, &o); break;
    case KMODEL_V5_TF_UNARY: st = nn_v5_tf_unary(vm, &o); break;
    default:
        st = nn_v5_vm_fail(vm, NN_ERR_UNSUPPORTED_LAYER, "this runtime does not implement the tensor function %s "
                           "yet", kmodel_v5_tf_name(insn->funct));
        break;
    }
    if (vm->hook != NULL)
        vm->hook(vm->hook_user, vm->steps, (uint32_t)insn->funct, on_kpu, true);
    return st;
}
