// Small helpers for the image tests: images from literal bytes, pixel reads.
#pragma once

#include <cstdint>
#include <vector>

extern "C" {
#include "img.h"
}

namespace imgtest {

using Bytes = std::vector<uint8_t>;

// Stored RGB565 bytes (MaixPy order) of 5/6-bit fields: RRRRRGGG GGGBBBBB.
inline void put565(Bytes &px, size_t i, unsigned r5, unsigned g6, unsigned b5)
{
    px[2 * i] = (uint8_t)((r5 << 3) | (g6 >> 3));
    px[2 * i + 1] = (uint8_t)(((g6 & 7u) << 5) | b5);
}

inline unsigned r5_of(const Bytes &px, size_t i) { return px[2 * i] >> 3; }
inline unsigned g6_of(const Bytes &px, size_t i) { return ((px[2 * i] & 7u) << 3) | (px[2 * i + 1] >> 5); }
inline unsigned b5_of(const Bytes &px, size_t i) { return px[2 * i + 1] & 31u; }

inline img_view_t view(const Bytes &px, int w, int h, img_format_t f) { return img_view_t{ w, h, f, px.data() }; }
inline img_t image(Bytes &px, int w, int h, img_format_t f) { return img_t{ w, h, f, px.data() }; }

}  // namespace imgtest
