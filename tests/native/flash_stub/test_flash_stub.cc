// nf-k210's flash stub on the host: its protocol loop (stub_protocol.c) and
// flash adapter (stub_flash_w25q.c over drivers/spi and drivers/flash) against
// an emulated W25Q128 behind an emulated SPI3, fed with SLIP frames as the
// flasher sends them. Expectations come from spec kflash-isp.md (worked
// example packets, reply format) and from a CRC-32 written here bit by bit.
#include <gtest/gtest.h>

#include <cstring>
#include <deque>
#include <memory>
#include <string>
#include <vector>

#include "spi_flash_emu.h"

extern "C" {
#include "k210_spi3_regs.h"
#include "stub_flash_w25q.h"
#include "stub_hash.h"
#include "stub_protocol.h"
}

namespace {

using Bytes = std::vector<uint8_t>;

Bytes hex(const std::string &text)
{
    Bytes out;
    for (size_t i = 0; i + 1 < text.size();) {
        if (text[i] == ' ') {
            i++;
            continue;
        }
        out.push_back(static_cast<uint8_t>(std::stoi(text.substr(i, 2), nullptr, 16)));
        i += 2;
    }
    return out;
}

// CRC-32/zlib, bit at a time (the stub uses a table).
uint32_t crc32_bitwise(const uint8_t *p, size_t n)
{
    uint32_t crc = 0xFFFFFFFFu;
    for (size_t i = 0; i < n; i++) {
        crc ^= p[i];
        for (int k = 0; k < 8; k++)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

void put32(Bytes &b, size_t at, uint32_t v)
{
    for (int i = 0; i < 4; i++)
        b[at + i] = static_cast<uint8_t>(v >> (8 * i));
}

Bytes packet(uint8_t op, uint32_t address, uint32_t length, const Bytes &data = {})
{
    Bytes p(16 + data.size(), 0);
    p[0] = op;
    put32(p, 8, address);
    put32(p, 12, length);
    for (size_t i = 0; i < data.size(); i++)
        p[16 + i] = data[i];
    put32(p, 4, crc32_bitwise(p.data() + 8, p.size() - 8));
    return p;
}

Bytes slip(const Bytes &payload)
{
    Bytes out{ 0xC0 };
    for (uint8_t b : payload) {
        if (b == 0xC0 || b == 0xDB) {
            out.push_back(0xDB);
            out.push_back(b == 0xC0 ? 0xDC : 0xDD);
        } else {
            out.push_back(b);
        }
    }
    out.push_back(0xC0);
    return out;
}

Bytes noise(size_t n, uint32_t seed)
{
    Bytes b(n);
    for (auto &v : b) {
        seed = seed * 1664525u + 1013904223u;
        v = static_cast<uint8_t>(seed >> 24);
    }
    return b;
}

struct Reply {
    uint8_t op, reason;
    Bytes data;
};

// The stub with its line and its flash.
class StubHarness {
public:
    explicit StubHarness(uint32_t jedec = 0xEF4018) : flash(16u << 20, jedec), bus(flash, K210_SPI3_BASE)
    {
        dev.chip.spi = k210_spi_device(K210_SPI3_BASE, true);
        dev.chip.cs = 0;
        dev.spi_clock_hz = 13000000;
        dev.rate_hz = 6500000;
        dev.max_busy_polls = 1000;
        stub_serial_t serial{ getc, write, set_baud, now_ms, this };
        stub_flash_t ops = stub_w25q_flash(&dev);
        stub_init(stub.get(), &serial, &ops);
    }

    // Sends the wire bytes, runs the loop, returns the decoded replies.
    std::vector<Reply> send(const Bytes &wire)
    {
        rx.insert(rx.end(), wire.begin(), wire.end());
        stub_poll(stub.get());
        std::vector<Reply> replies;
        Bytes frame;
        bool in = false, esc = false;
        for (uint8_t b : tx) {
            if (b == 0xC0) {
                if (in && !frame.empty())
                    replies.push_back(Reply{ frame[0], frame.size() > 1 ? frame[1] : uint8_t{ 0 },
                                             Bytes(frame.begin() + std::min<size_t>(2, frame.size()), frame.end()) });
                frame.clear();
                in = true;
            } else if (esc) {
                frame.push_back(b == 0xDC ? 0xC0 : 0xDB);
                esc = false;
            } else if (b == 0xDB) {
                esc = true;
            } else {
                frame.push_back(b);
            }
        }
        tx.clear();
        return replies;
    }

    Reply one(const Bytes &payload)
    {
        std::vector<Reply> r = send(slip(payload));
        EXPECT_EQ(1u, r.size());
        return r.empty() ? Reply{ 0, 0, {} } : r[0];
    }

    nfk::W25qEmu flash;
    nfk::SpiFlashBus bus;
    stub_w25q_t dev{};
    std::unique_ptr<stub_t> stub = std::make_unique<stub_t>();
    std::deque<uint8_t> rx;
    Bytes tx;
    std::vector<uint32_t> bauds;
    uint64_t clock_ms = 1000;

private:
    static int getc(void *ctx)
    {
        auto *h = static_cast<StubHarness *>(ctx);
        if (h->rx.empty())
            return -1;
        int c = h->rx.front();
        h->rx.pop_front();
        return c;
    }
    static void write(void *ctx, const uint8_t *data, size_t len)
    {
        auto *h = static_cast<StubHarness *>(ctx);
        h->tx.insert(h->tx.end(), data, data + len);
    }
    static void set_baud(void *ctx, uint32_t baud) { static_cast<StubHarness *>(ctx)->bauds.push_back(baud); }
    static uint64_t now_ms(void *ctx) { return static_cast<StubHarness *>(ctx)->clock_ms; }
};

std::string digest_hex(const Bytes &data)
{
    stub_sha256_t s;
    uint8_t d[32];
    stub_sha256_init(&s);
    stub_sha256_update(&s, data.data(), data.size());
    stub_sha256_final(&s, d);
    char out[65];
    for (int i = 0; i < 32; i++)
        std::snprintf(out + 2 * i, 3, "%02x", d[i]);
    return out;
}

const Bytes kInitExample = hex("d7 00 00 00 f7 df 88 a9 01 00 00 00 00 00 00 00");  // spec §5, flash init (chip 1)

}  // namespace

TEST(FlashStubHash, Crc32MatchesSpecWorkedExamplesAndBitwiseCrc)
{
    Bytes mem_write = hex("c3 00 00 00 51 14 1a 54 00 00 00 80 04 00 00 00 de ad c0 db");
    EXPECT_EQ(0x541a1451u, stub_crc32(mem_write.data() + 8, mem_write.size() - 8));
    EXPECT_EQ(0xa988dff7u, stub_crc32(kInitExample.data() + 8, 8));
    Bytes data = noise(10000, 7);
    EXPECT_EQ(crc32_bitwise(data.data(), data.size()), stub_crc32(data.data(), data.size()));
}

TEST(FlashStubHash, Sha256MatchesFips180Vectors)
{
    EXPECT_EQ("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", digest_hex(Bytes{ 'a', 'b', 'c' }));
    EXPECT_EQ("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", digest_hex(Bytes{}));
    std::string two_blocks = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
    EXPECT_EQ("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
              digest_hex(Bytes(two_blocks.begin(), two_blocks.end())));
    // spec §9.1 test vector: the firmware header + payload 01 02 03
    EXPECT_EQ("6d1e1e5327877a72512121431132b2abaea4f0aab1fd0a43192ccbcd793e32a2",
              digest_hex(hex("00 03 00 00 00 01 02 03")));
}

TEST(FlashStub, GreetingFrameOfTheSpec_RepliesD2E0)
{
    StubHarness h;
    std::vector<Reply> r = h.send(hex("c0 d2 00 00 00 00 00 00 00 00 00 00 00 00 c0"));
    ASSERT_EQ(1u, r.size());
    EXPECT_EQ(0xD2, r[0].op);
    EXPECT_EQ(0xE0, r[0].reason);
}

TEST(FlashStub, InitExampleReadsJedecIdAndInfoReportsIt)
{
    StubHarness h;
    Reply init = h.one(kInitExample);
    EXPECT_EQ(0xD7, init.op);
    EXPECT_EQ(STUB_OK, init.reason);
    Reply info = h.one(packet(STUB_OP_INFO, 0, 0));
    EXPECT_EQ(STUB_OK, info.reason);
    EXPECT_EQ(hex("ef 40 18 00 00 00 01"), info.data);  // W25Q128, 16 MiB
}

TEST(FlashStub, NoFlashChip_InitRepliesE4)
{
    StubHarness h(0xFFFFFF);
    EXPECT_EQ(STUB_BAD_INIT, h.one(kInitExample).reason);
    EXPECT_EQ(STUB_BAD_INIT, h.one(packet(STUB_OP_WRITE, 0, 4, Bytes{ 1, 2, 3, 4 })).reason);
}

TEST(FlashStub, WriteOf64KiBAndTail_FlashHoldsExactlyTheData_ReadAndHashAgree)
{
    StubHarness h;
    ASSERT_EQ(STUB_OK, h.one(kInitExample).reason);
    Bytes image = noise(65536 + 4096, 1);
    for (size_t i = 0; i < 300; i++)
        image[1000 + i] = 0xFF;  // a blank page inside: skipped, still reads 0xFF
    image[5] = 0xC0;             // escapes in the request
    image[6] = 0xDB;
    EXPECT_EQ(STUB_OK, h.one(packet(STUB_OP_WRITE, 0x300000, 65536, Bytes(image.begin(), image.begin() + 65536))).reason);
    EXPECT_EQ(STUB_OK, h.one(packet(STUB_OP_WRITE, 0x310000, 4096, Bytes(image.begin() + 65536, image.end()))).reason);
    EXPECT_TRUE(std::equal(image.begin(), image.end(), h.flash.memory.begin() + 0x300000));
    EXPECT_EQ(0xFF, h.flash.memory[0x2FFFFF]);
    EXPECT_EQ(0xFF, h.flash.memory[0x311000]);
    EXPECT_EQ(17u, h.flash.erases);

    Reply read = h.one(packet(STUB_OP_READ, 0x300000, 4096));
    EXPECT_EQ(STUB_OK, read.reason);
    EXPECT_EQ(Bytes(image.begin(), image.begin() + 4096), read.data);

    Reply hash = h.one(packet(STUB_OP_HASH, 0x300000, static_cast<uint32_t>(image.size())));
    ASSERT_EQ(32u, hash.data.size());
    char got[65];
    for (int i = 0; i < 32; i++)
        std::snprintf(got + 2 * i, 3, "%02x", hash.data[i]);
    EXPECT_EQ(digest_hex(image), got);
}

TEST(FlashStub, PartialSectorWrite_KeepsTheRestOfTheSector)
{
    StubHarness h;
    Bytes before = noise(8192, 2);
    EXPECT_EQ(STUB_OK, h.one(packet(STUB_OP_WRITE, 0x1000, 8192, before)).reason);
    Bytes patch = noise(100, 3);
    EXPECT_EQ(STUB_OK, h.one(packet(STUB_OP_WRITE, 0x1FF0, 100, patch)).reason);  // straddles two sectors
    Bytes expected = before;
    for (size_t i = 0; i < patch.size(); i++)
        expected[0xFF0 + i] = patch[i];
    EXPECT_TRUE(std::equal(expected.begin(), expected.end(), h.flash.memory.begin() + 0x1000));
}

TEST(FlashStub, BadChecksum_E2AndFlashUntouched)
{
    StubHarness h;
    Bytes p = packet(STUB_OP_WRITE, 0, 4, Bytes{ 1, 2, 3, 4 });
    p[17] ^= 0x40;
    EXPECT_EQ(STUB_BAD_CHECKSUM, h.one(p).reason);
    EXPECT_EQ(0xFF, h.flash.memory[1]);
    EXPECT_EQ(0u, h.flash.erases);
}

TEST(FlashStub, BadLengths_E1)
{
    StubHarness h;
    Bytes p = packet(STUB_OP_WRITE, 0, 8, Bytes{ 1, 2, 3, 4 });  // length field says more than follows
    EXPECT_EQ(STUB_BAD_LENGTH, h.one(p).reason);
    EXPECT_EQ(STUB_BAD_LENGTH, h.one(packet(STUB_OP_WRITE, 0xFFFFFE, 4, Bytes{ 1, 2, 3, 4 })).reason);
    EXPECT_EQ(STUB_BAD_LENGTH, h.one(packet(STUB_OP_READ, 0, 4097)).reason);
    EXPECT_EQ(STUB_BAD_LENGTH, h.one(packet(STUB_OP_ERASE, 0x800, 4096)).reason);
    EXPECT_EQ(STUB_BAD_LENGTH, h.one(Bytes{ STUB_OP_WRITE, 0, 0 }).reason);  // shorter than a header
    Bytes huge = packet(STUB_OP_WRITE, 0, 65536 + 16, Bytes(65536 + 16, 0x11));
    EXPECT_EQ(STUB_BAD_LENGTH, h.one(huge).reason);  // frame larger than the buffer
    EXPECT_EQ(0u, h.flash.programs);
}

TEST(FlashStub, UnknownOpcode_E3EchoingTheOp)
{
    StubHarness h;
    Reply r = h.one(packet(0xD5, 0, 0));
    EXPECT_EQ(0xD5, r.op);
    EXPECT_EQ(STUB_INVALID_COMMAND, r.reason);
}

TEST(FlashStub, EraseRangeAndEraseAll)
{
    StubHarness h;
    EXPECT_EQ(STUB_OK, h.one(packet(STUB_OP_WRITE, 0, 12288, noise(12288, 4))).reason);
    EXPECT_EQ(STUB_OK, h.one(packet(STUB_OP_ERASE, 0x1000, 4096)).reason);
    EXPECT_NE(0xFF, h.flash.memory[0x0FFF] & h.flash.memory[0x0FFE] & h.flash.memory[0x0FFD]);
    EXPECT_TRUE(std::all_of(h.flash.memory.begin() + 0x1000, h.flash.memory.begin() + 0x2000,
                            [](uint8_t b) { return b == 0xFF; }));
    EXPECT_EQ(STUB_OK, h.one(hex("d3 00 00 00 70 cf 3c 53 00 00 00 00 ee ff ff ff")).reason);  // spec §5 erase all
    EXPECT_TRUE(std::all_of(h.flash.memory.begin(), h.flash.memory.begin() + 0x3000, [](uint8_t b) { return b == 0xFF; }));
}

TEST(FlashStub, WriteProtectedFlash_E5)
{
    StubHarness h;
    h.flash.write_protected = true;
    EXPECT_EQ(STUB_BAD_EXEC, h.one(packet(STUB_OP_WRITE, 0, 4096, noise(4096, 5))).reason);
}

TEST(FlashStub, NoiseAndBadEscapes_AreIgnored)
{
    StubHarness h;
    std::vector<Reply> r = h.send(hex("12 34 c0 d2 db 42 c0 c0 c0"));
    EXPECT_TRUE(r.empty());  // noise outside frames, a frame with DB 42: no reply at all
    Reply zeros = h.one(Bytes(13, 0));  // 13 bytes of op 0: not a greeting, shorter than a header
    EXPECT_EQ(0, zeros.op);
    EXPECT_EQ(STUB_BAD_LENGTH, zeros.reason);
    EXPECT_EQ(STUB_OK, h.one(Bytes{ 0xD2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 }).reason);
}

TEST(FlashStub, BaudChange_NoReply_ValidPacketKeepsIt)
{
    StubHarness h;
    // spec §5 "stub baud 2000000"
    EXPECT_TRUE(h.send(slip(hex("d6 00 00 00 2d f2 bb 20 00 00 00 00 04 00 00 00 80 84 1e 00"))).empty());
    ASSERT_EQ(std::vector<uint32_t>{ 2000000u }, h.bauds);
    h.clock_ms += STUB_BAUD_PROBATION_MS - 1;
    EXPECT_EQ(0xE0, h.one(Bytes{ 0xD2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 }).reason);
    h.clock_ms += 10 * STUB_BAUD_PROBATION_MS;
    h.send({});
    EXPECT_EQ(std::vector<uint32_t>{ 2000000u }, h.bauds);
}

TEST(FlashStub, BaudChange_NothingValidInTime_BackTo115200)
{
    StubHarness h;
    EXPECT_TRUE(h.send(slip(packet(STUB_OP_BAUD, 0, 4, Bytes{ 0x00, 0x10, 0x0E, 0x00 }))).empty());  // 921600
    h.clock_ms += STUB_BAUD_PROBATION_MS / 2;
    // garbage at the wrong rate: its "frame" is answered E1 (the host cannot hear it) and does not count as valid
    std::vector<Reply> garbled = h.send(hex("9a 5f 00 c3 c0 77"));
    ASSERT_EQ(1u, garbled.size());
    EXPECT_EQ(STUB_BAD_LENGTH, garbled[0].reason);
    h.clock_ms += STUB_BAUD_PROBATION_MS;
    h.send({});
    EXPECT_EQ((std::vector<uint32_t>{ 921600u, 115200u }), h.bauds);
    EXPECT_EQ(0xE0, h.one(Bytes{ 0xD2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 }).reason);
}
