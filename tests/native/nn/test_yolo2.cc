// YOLOv2 region decoding: hand-worked maps and the v3-yolo20-demo oracle output.
#include <cmath>
#include <cstring>
#include <vector>

#include <gtest/gtest.h>

#include "test_support.h"

extern "C" {
#include "nn_yolo2.h"
}

namespace {

struct Result {
    nn_status_t status;
    std::vector<nn_yolo2_box_t> boxes;
    std::string message;
};

Result decode(const std::vector<float> &map, int gw, int gh, int ch, const std::vector<float> &anchors,
              float threshold, float nms, int iw, int ih, size_t capacity = SIZE_MAX)
{
    nn_yolo2_params_t p = { gw, gh, ch, (int32_t)(anchors.size() / 2), anchors.data(), threshold, nms, iw, ih };
    Result r{};
    nn_error_t err{};
    r.status = nn_yolo2_check(&p, map.size(), nullptr, &err);
    if (r.status == NN_OK) {
        std::vector<uint8_t> scratch(nn_yolo2_scratch_bytes(&p));
        size_t max = nn_yolo2_max_boxes(&p);
        r.boxes.resize(capacity < max ? capacity : max);
        size_t n = 0;
        r.status = nn_yolo2_decode(&p, map.data(), map.size(), scratch.data(), scratch.size(), r.boxes.data(),
                                   r.boxes.size(), &n, &err);
        r.boxes.resize(n);
    }
    r.message = err.message;
    return r;
}

// Map [anchors][5 + classes][gh][gw] filled with `fill`, then values set per (anchor, entry, cell).
struct Map {
    int gw, gh, entries;
    std::vector<float> v;
    Map(int gw_, int gh_, int anchors, int classes, float fill)
        : gw(gw_), gh(gh_), entries(5 + classes), v((size_t)anchors * (5 + classes) * gw_ * gh_, fill) {}
    float &at(int anchor, int entry, int cell) { return v[((size_t)anchor * entries + entry) * gw * gh + cell]; }
};

TEST(Yolo2, OneConfidentBoxHandWorked)
{
    // 1x1 grid, 1 anchor (0.5, 0.5), 1 class: sigmoid(0) = 0.5 -> centre (0.5, 0.5); size exp(0)*0.5/1.
    // 100x80 image: x1 = 50 - 25 = 25, w = 50; y1 = 40 - 20 = 20, h = 40; prob = sigmoid(4) * 1.
    Map m(1, 1, 1, 1, 0.0f);
    m.at(0, 4, 0) = 4.0f;
    Result r = decode(m.v, 1, 1, 6, { 0.5f, 0.5f }, 0.5f, 0.3f, 100, 80);
    ASSERT_EQ(r.status, NN_OK) << r.message;
    ASSERT_EQ(r.boxes.size(), 1u);
    EXPECT_EQ(r.boxes[0].x, 25);
    EXPECT_EQ(r.boxes[0].y, 20);
    EXPECT_EQ(r.boxes[0].w, 50);
    EXPECT_EQ(r.boxes[0].h, 40);
    EXPECT_EQ(r.boxes[0].class_id, 0);
    EXPECT_NEAR(r.boxes[0].prob, 1.0 / (1.0 + std::exp(-4.0)), 1e-6);
}

TEST(Yolo2, ThreeAnchorsTwoClassesPicksTheBestClassAndSuppressesOverlaps)
{
    // channels 3 * (5 + 2) = 21 (MaixPy's channels / 5 - 5 would say -0.8 classes).
    Map m(1, 1, 3, 2, 0.0f);
    for (int a = 0; a < 3; a++)
        m.at(a, 4, 0) = 6.0f;       // confident objectness everywhere
    m.at(0, 6, 0) = 3.0f;           // anchor 0: class 1 wins
    m.at(1, 6, 0) = 2.5f;           // anchor 1: class 1, slightly less sure, same place -> suppressed
    m.at(2, 5, 0) = 3.0f;           // anchor 2: class 0
    Result r = decode(m.v, 1, 1, 21, { 1, 1, 1, 1, 1, 1 }, 0.5f, 0.3f, 64, 64);
    ASSERT_EQ(r.status, NN_OK) << r.message;
    ASSERT_EQ(r.boxes.size(), 2u);
    EXPECT_EQ(r.boxes[0].class_id, 1);
    EXPECT_EQ(r.boxes[1].class_id, 0);
    // with nms 1.0 nothing is suppressed (IoU 1 is not > 1)
    r = decode(m.v, 1, 1, 21, { 1, 1, 1, 1, 1, 1 }, 0.5f, 1.0f, 64, 64);
    EXPECT_EQ(r.boxes.size(), 3u);
}

TEST(Yolo2, MoreThanTenDetectionsAndClippedBoxes)
{
    // 4x4 grid, one small anchor: 16 separate confident boxes (MaixPy's result holds 10).
    Map m(4, 4, 1, 1, 0.0f);
    for (int c = 0; c < 16; c++)
        m.at(0, 4, c) = 5.0f;
    Result r = decode(m.v, 4, 4, 6, { 0.5f, 0.5f }, 0.5f, 0.3f, 40, 40);
    ASSERT_EQ(r.status, NN_OK) << r.message;
    ASSERT_EQ(r.boxes.size(), 16u);
    // cell (col 3, row 0): centre (3.5/4, 0.5/4) * 40 = (35, 5), size 0.5/4 * 40 = 5 -> x1 32.5 -> 32
    EXPECT_EQ(r.boxes[3].x, 32);
    EXPECT_EQ(r.boxes[3].y, 2);

    // one huge anchor: the box reaches past every edge and is clipped to the 40x40 image
    Map big(1, 1, 1, 1, 0.0f);
    big.at(0, 4, 0) = 5.0f;
    r = decode(big.v, 1, 1, 6, { 3.0f, 3.0f }, 0.5f, 0.3f, 40, 40);
    ASSERT_EQ(r.boxes.size(), 1u);
    EXPECT_EQ(r.boxes[0].x, 0);
    EXPECT_EQ(r.boxes[0].y, 0);
    EXPECT_EQ(r.boxes[0].w, 40);
    EXPECT_EQ(r.boxes[0].h, 40);
}

TEST(Yolo2, NothingAboveThresholdGivesNoBoxes)
{
    Map m(2, 2, 5, 20, -10.0f);
    Result r = decode(m.v, 2, 2, 125, std::vector<float>(10, 1.0f), 0.5f, 0.3f, 64, 64);
    ASSERT_EQ(r.status, NN_OK) << r.message;
    EXPECT_TRUE(r.boxes.empty());
}

TEST(Yolo2, BadParametersAreNamed)
{
    std::vector<float> map(6 * 4, 0.0f);
    EXPECT_EQ(decode(map, 2, 2, 6, {}, 0.5f, 0.3f, 8, 8).status, NN_ERR_ARGUMENT);
    Result r = decode(std::vector<float>(7 * 4), 2, 2, 7, { 1, 1, 1, 1 }, 0.5f, 0.3f, 8, 8);
    EXPECT_EQ(r.status, NN_ERR_ARGUMENT);
    EXPECT_NE(r.message.find("7 channels"), std::string::npos) << r.message;
    EXPECT_EQ(decode(map, 2, 2, 6, { 1, 1 }, 1.5f, 0.3f, 8, 8).status, NN_ERR_ARGUMENT);
    EXPECT_EQ(decode(map, 2, 2, 6, { 1, -1 }, 0.5f, 0.3f, 8, 8).status, NN_ERR_ARGUMENT);
    r = decode(std::vector<float>(5), 2, 2, 6, { 1, 1 }, 0.5f, 0.3f, 8, 8);
    EXPECT_EQ(r.status, NN_ERR_INPUT_SIZE);
}

TEST(Yolo2, Yolo20DemoOracleOutputGivesTheProvenanceDetections)
{
    NFK_REQUIRE_SHARED(shared);
    nfk::Bytes raw = nfk::read_file_or_fail(shared + "/models/v3-yolo20-demo/oracle/dog.rc5emu.out.bin");
    ASSERT_EQ(raw.size(), 35000u);
    std::vector<float> map(raw.size() / 4);
    std::memcpy(map.data(), raw.data(), raw.size());
    std::vector<float> anchors = { 1.08f, 1.19f, 3.42f, 4.41f, 6.63f, 11.38f, 9.42f, 5.11f, 16.62f, 10.52f };
    Result r = decode(map, 10, 7, 125, anchors, 0.5f, 0.3f, 320, 240);
    ASSERT_EQ(r.status, NN_OK) << r.message;
    // PROVENANCE.md: bicycle 0.944 (35,42,254,199); car 0.850 (182,37,235,78); dog 0.553 (42,77,130,228);
    // car 0.549 (210,37,269,78) as x1, y1, x2, y2; classes bicycle 1, car 6, dog 11.
    struct Want {
        int cls;
        double prob;
        int x1, y1, x2, y2;
    } want[] = { { 1, 0.944, 35, 42, 254, 199 }, { 6, 0.850, 182, 37, 235, 78 }, { 11, 0.553, 42, 77, 130, 228 },
                 { 6, 0.549, 210, 37, 269, 78 } };
    ASSERT_EQ(r.boxes.size(), 4u);
    for (const Want &w : want) {
        bool found = false;
        for (const nn_yolo2_box_t &b : r.boxes) {
            if (b.class_id == w.cls && std::fabs(b.prob - w.prob) < 0.0005) {
                found = true;
                EXPECT_EQ(b.x, w.x1);
                EXPECT_EQ(b.y, w.y1);
                EXPECT_EQ(b.x + b.w, w.x2);
                EXPECT_EQ(b.y + b.h, w.y2);
            }
        }
        EXPECT_TRUE(found) << "class " << w.cls << " p " << w.prob;
    }
}

}  // namespace
