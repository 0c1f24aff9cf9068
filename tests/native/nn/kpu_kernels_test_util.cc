#include "kpu_kernels_test_util.h"

#include <sstream>

#include <gtest/gtest.h>

namespace kpu_test {

namespace {

uint32_t pool_stride(uint32_t pool)
{
    switch (pool) {
    case 1: case 2: case 5: case 6: return 2;
    case 3: case 4: case 7: return 4;
    default: return 1;
    }
}

int64_t sext(uint64_t v, unsigned bits) { return static_cast<int64_t>(v << (64 - bits)) >> (64 - bits); }

uint64_t pick(std::mt19937_64 &rng, uint64_t lo, uint64_t hi) { return lo + rng() % (hi - lo + 1); }

// A signed field of `bits`: zero, an extreme, or random.
int64_t signed_field(std::mt19937_64 &rng, unsigned bits, int64_t moderate)
{
    switch (rng() % 6) {
    case 0: return 0;
    case 1: return -(INT64_C(1) << (bits - 1));
    case 2: return (INT64_C(1) << (bits - 1)) - 1;
    case 3: return sext(rng(), bits);
    default: return static_cast<int64_t>(pick(rng, 0, 2 * moderate)) - moderate;
    }
}

}  // namespace

Layer Layer::simple(uint32_t kernel, uint32_t in_c, uint32_t out_c, uint32_t h, uint32_t w)
{
    Layer l;
    l.p.kernel = kernel;
    l.p.in_c = in_c;
    l.p.out_c = out_c;
    l.p.in_h = l.p.out_h = h;
    l.p.in_w = l.p.out_w = w;
    l.p.profile = NN_KPU_PROFILE_NNCASE_01;
    l.weights.assign(nn_kpu_conv_weight_bytes(&l.p), 0);
    l.set_bn(1, 0, 0);
    l.act = identity_from(0);
    return l;
}

void Layer::set_bn(int64_t mul, int64_t add, unsigned shift)
{
    uint64_t word = (static_cast<uint64_t>(mul) & 0xFFFFFF) | ((static_cast<uint64_t>(add) & 0xFFFFFFFF) << 24) |
                    (static_cast<uint64_t>(shift & 15) << 56);
    bn.clear();
    for (uint32_t o = 0; o < p.out_c; o++)
        for (int i = 0; i < 8; i++)
            bn.push_back(static_cast<uint8_t>(word >> (8 * i)));
}

std::string Layer::describe() const
{
    std::ostringstream s;
    s << (p.depthwise ? "dw" : "conv") << p.kernel << "x" << p.kernel << " " << p.in_c << "->" << p.out_c << " "
      << p.in_w << "x" << p.in_h << " pool " << p.pool_type << " " << nn_kpu_profile_name(p.profile)
      << (p.weights_16bit ? " w16" : " w8") << " pad " << unsigned(p.pad_value) << " arg_x " << p.arg_x << ">>"
      << p.shr_x << " arg_w " << p.arg_w << ">>" << p.shr_w << " arg_add " << p.arg_add;
    return s.str();
}

Bytes random_bytes(std::mt19937_64 &rng, size_t n)
{
    Bytes b(n);
    for (auto &x : b)
        x = static_cast<uint8_t>(rng());
    return b;
}

nn_kpu_activation_t identity_from(int64_t start)
{
    nn_kpu_activation_t a{};
    for (int i = 0; i < NN_KPU_ACT_SEGMENTS; i++)
        a.start[i] = -(INT64_C(1) << 35);
    a.start[15] = start;
    a.mul[15] = 1;
    return a;
}

nn_kpu_activation_t random_activation(std::mt19937_64 &rng, int mode)
{
    nn_kpu_activation_t a{};
    switch (mode % 4) {
    case 3: { // nncase's ReLU and ReLU6: one sloped segment among constants (and its variations)
        int64_t s = -(INT64_C(1) << 35);
        int sloped = static_cast<int>(rng() % 4 == 0 ? pick(rng, 0, 15) : 1);
        uint8_t below = static_cast<uint8_t>(rng() % 2 ? 0 : rng()), above = static_cast<uint8_t>(rng() % 2 ? 255 : rng());
        int odd_one = rng() % 8 == 0 ? static_cast<int>(pick(rng, 0, 15)) : -1; // a constant that breaks the pattern
        bool far_above = rng() % 2; // the constants above start far away, as nncase's saturation does
        for (int i = 0; i < NN_KPU_ACT_SEGMENTS; i++) {
            a.start[i] = s;
            s = i == 0 ? -static_cast<int64_t>(pick(rng, 0, 40000)) : s + static_cast<int64_t>(pick(rng, 1, 60000));
            if (i == sloped && far_above)
                s += INT64_C(1) << 35;
            if (i == sloped) {
                a.mul[i] = rng() % 6 == 0   ? -static_cast<int64_t>(pick(rng, 1, 1 << 15))
                           : rng() % 2 == 0 ? INT64_C(1) << pick(rng, 0, 15) // nncase's are powers of two
                                            : static_cast<int64_t>(pick(rng, 1, 1 << 15));
                a.shift[i] = static_cast<uint8_t>(rng() % 6 == 0 ? (rng() % 2 ? 0 : pick(rng, 63, 255))
                                                  : rng() % 3 == 0 ? pick(rng, 25, 44) : pick(rng, 1, 24));
                a.bias[i] = static_cast<uint8_t>(rng() % 4 != 0 ? below : rng());
            } else {
                a.mul[i] = 0;
                a.shift[i] = static_cast<uint8_t>(rng()); // any shift: a mul of 0 outputs the bias
                a.bias[i] = i == odd_one ? static_cast<uint8_t>(rng()) : i < sloped ? below : above;
            }
        }
        break;
    }
    case 0: {
        Bytes table = random_bytes(rng, 144);
        nn_kpu_activation_decode(table.data(), &a);
        break;
    }
    case 1: { // ascending like nncase's, around the values the layers produce
        int64_t s = -(INT64_C(1) << 35);
        for (int i = 0; i < NN_KPU_ACT_SEGMENTS; i++) {
            a.start[i] = s;
            s = i == 0 ? -static_cast<int64_t>(pick(rng, 0, 40000)) : s + static_cast<int64_t>(pick(rng, 0, 6000));
            a.mul[i] = static_cast<int64_t>(pick(rng, 0, 1 << 15));
            a.shift[i] = static_cast<uint8_t>(pick(rng, 0, 24));
            a.bias[i] = static_cast<uint8_t>(rng());
        }
        break;
    }
    default: // unsorted, repeated starts, negative slopes, shifts past 63
        for (int i = 0; i < NN_KPU_ACT_SEGMENTS; i++) {
            a.start[i] = i > 0 && rng() % 5 == 0 ? a.start[i - 1] : static_cast<int64_t>(pick(rng, 0, 60000)) - 30000;
            a.mul[i] = sext(rng(), 16);
            a.shift[i] = static_cast<uint8_t>(rng() % 4 == 0 ? rng() : pick(rng, 0, 20));
            a.bias[i] = static_cast<uint8_t>(rng());
        }
        break;
    }
    return a;
}

Layer random_layer(std::mt19937_64 &rng, int n)
{
    static const uint32_t widths[] = {1, 2, 3, 4, 5, 7, 8, 15, 16, 17, 31, 32, 33, 47, 48, 63, 64, 65, 70};
    Layer l;
    nn_kpu_conv_params_t &p = l.p;
    p.pool_type = static_cast<uint32_t>(n % 10);
    p.profile = static_cast<nn_kpu_profile_t>(1 + (n / 10) % 3);
    unsigned kind = static_cast<unsigned>(n / 30) % 8;
    p.kernel = kind & 4 ? 3 : 1;
    p.depthwise = kind & 2;
    p.weights_16bit = kind & 1;
    uint32_t stride = pool_stride(p.pool_type);
    do {
        p.in_w = widths[rng() % (sizeof widths / sizeof widths[0])];
    } while (p.in_w < stride);
    p.in_h = static_cast<uint32_t>(pick(rng, stride, stride * 3 + 2));
    if (p.depthwise) {
        p.in_c = p.out_c = static_cast<uint32_t>(pick(rng, 1, 13));
    } else {
        p.in_c = static_cast<uint32_t>(rng() % 8 == 0 ? pick(rng, 20, 40) : pick(rng, 1, 9));
        p.out_c = static_cast<uint32_t>(pick(rng, 1, 11));
    }
    nn_kpu_pool_output_size(p.pool_type, p.in_h, p.in_w, &p.out_h, &p.out_w);
    p.pad_value = static_cast<uint8_t>(rng() % 3 == 0 ? 0 : rng() % 3 == 0 ? 255 : rng());
    bool extreme = rng() % 4 == 0;
    p.arg_x = extreme ? signed_field(rng, 24, 300) : static_cast<int64_t>(pick(rng, 0, 600)) - 300;
    p.arg_w = extreme ? signed_field(rng, 24, 300) : static_cast<int64_t>(pick(rng, 0, 600)) - 300;
    p.arg_add = extreme ? signed_field(rng, 40, 100000) : static_cast<int64_t>(pick(rng, 0, 200000)) - 100000;
    p.shr_x = static_cast<uint32_t>(pick(rng, 0, 15));
    p.shr_w = static_cast<uint32_t>(pick(rng, 0, 15));

    size_t wbytes = nn_kpu_conv_weight_bytes(&p);
    switch (rng() % 6) {
    case 0: l.weights.assign(wbytes, 0xFF); break;
    case 1: l.weights.assign(wbytes, 0); break;
    case 2: // sparse
        l.weights.assign(wbytes, 0);
        for (auto &w : l.weights)
            w = rng() % 5 == 0 ? static_cast<uint8_t>(rng()) : 0;
        break;
    default: l.weights = random_bytes(rng, wbytes); break;
    }
    l.bn.clear();
    for (uint32_t o = 0; o < p.out_c; o++) {
        uint64_t word;
        if (extreme || rng() % 5 == 0) {
            word = rng(); // any field values, extremes included
        } else {
            int64_t mul = static_cast<int64_t>(pick(rng, 0, 4000)) - 2000;
            int64_t add = static_cast<int64_t>(pick(rng, 0, 20000)) - 10000;
            word = (static_cast<uint64_t>(mul) & 0xFFFFFF) | ((static_cast<uint64_t>(add) & 0xFFFFFFFF) << 24) |
                   (pick(rng, 8, 15) << 56);
        }
        for (int i = 0; i < 8; i++)
            l.bn.push_back(static_cast<uint8_t>(word >> (8 * i)));
    }
    l.act = random_activation(rng, static_cast<int>(rng() % 4));
    return l;
}

Bytes random_input(std::mt19937_64 &rng, const nn_kpu_conv_params_t &p)
{
    size_t n = static_cast<size_t>(p.in_c) * p.in_h * p.in_w;
    switch (rng() % 5) {
    case 0: return Bytes(n, 255);
    case 1: return Bytes(n, 0);
    default: return random_bytes(rng, n);
    }
}

Bytes run_variant(const Layer &layer, const Bytes &in, nn_kpu_variant_t variant, unsigned threads)
{
    nn_kpu_conv_params_t p = layer.p;
    p.weights = layer.weights.data();
    p.batchnorm = layer.bn.data();
    p.activation = &layer.act;
    EXPECT_EQ(nn_kpu_conv_check(&p), nullptr) << layer.describe();
    EXPECT_EQ(layer.weights.size(), nn_kpu_conv_weight_bytes(&p));
    nn_kpu_kernels_plan_t plan = nn_kpu_kernels_plan_for(&p, variant, threads);
    EXPECT_EQ(plan.variant, variant) << "the plan fell back from " << nn_kpu_variant_name(variant);
    Bytes scratch(plan.scratch_bytes);
    Bytes out(static_cast<size_t>(p.out_c) * p.out_h * p.out_w, 0xA5);
    nn_kpu_kernels_run(&plan, &p, in.data(), out.data(), scratch.data());
    return out;
}

size_t first_difference(const Bytes &a, const Bytes &b)
{
    EXPECT_EQ(a.size(), b.size());
    for (size_t i = 0; i < a.size() && i < b.size(); i++)
        if (a[i] != b[i])
            return i;
    return a.size();
}

}  // namespace kpu_test
