// The SD driver against an emulated card in SPI mode (support/sd_card_emu):
// the init sequences of SDHC, SDSC v2 and v1 cards, single and multi-block
// reads, and the error paths (no card, card stuck idle, CRC errors, no data,
// bad sector): each gives its own result, sends no write command, changes
// neither the card nor the blocks not yet verified. Then CMD24 writes (a block
// refused for its CRC is sent again; a bad sector is a write error), and FAT
// writes through the driver.
#include <algorithm>
#include <vector>

#include <gtest/gtest.h>

#include "fat_image.h"
#include "sd_card_emu.h"
#include "test_support.h"

extern "C" {
#include "fat.h"
#include "k210_sd_blockdev.h"
#include "k210_sdcard.h"
}

namespace {

constexpr uint64_t kSpi1 = 0x53000000, kGpiohs = 0x38001000;
constexpr unsigned kCsLine = 7;

std::vector<uint8_t> pattern_image(uint32_t blocks)
{
    std::vector<uint8_t> img(blocks * 512);
    for (size_t i = 0; i < img.size(); i++)
        img[i] = static_cast<uint8_t>(i * 7 + i / 512);
    return img;
}

k210_sdcard_t test_card()
{
    k210_sdcard_t c = k210_sd_device(k210_spi_device(kSpi1, false), kGpiohs, kCsLine, 400000000u);
    c.token_bytes = 2000;
    c.init_tries = 20;
    return c;
}

bool wrote_anything(const nfk::SdCardEmu &emu)
{
    const auto &c = emu.commands();
    return std::any_of(c.begin(), c.end(), [](int cmd) { return cmd == 24 || cmd == 25 || cmd == 32 || cmd == 38; });
}

}  // namespace

TEST(SdCardCrc, CommandFramesAndDataBlocks_MatchTheSpecificationExamples)
{
    const uint8_t cmd0[] = { 0x40, 0, 0, 0, 0 }, cmd8[] = { 0x48, 0, 0, 0x01, 0xAA }, cmd17[] = { 0x51, 0, 0, 0, 0 };
    EXPECT_EQ(k210_sd_crc7(cmd0, 5), 0x95);
    EXPECT_EQ(k210_sd_crc7(cmd8, 5), 0x87);
    EXPECT_EQ(k210_sd_crc7(cmd17, 5), 0x55);
    std::vector<uint8_t> ff(512, 0xFF);
    EXPECT_EQ(k210_sd_crc16(ff.data(), 512), 0x7FA1); /* SD physical layer spec, CRC16 example */
}

TEST(SdCard, SdhcCard_InitialisesWithBlockAddressesAndReadsABlock)
{
    auto img = pattern_image(64);
    nfk::SdCardEmu emu(img, kSpi1, kGpiohs, kCsLine);
    k210_sdcard_t card = test_card();
    ASSERT_EQ(k210_sd_init(&card), K210_SD_OK);
    EXPECT_TRUE(card.high_capacity);
    std::vector<int> want = { 0, 8, 55, 141, 55, 141, 55, 141, 55, 141, 58 };
    EXPECT_EQ(emu.commands(), want);
    EXPECT_EQ(emu.command_crc_errors(), 0);
    std::vector<uint8_t> block(512);
    ASSERT_EQ(k210_sd_read(&card, 5, 1, block.data()), K210_SD_OK);
    EXPECT_TRUE(std::equal(block.begin(), block.end(), img.begin() + 5 * 512));
    EXPECT_EQ(emu.commands().back(), 17);
}

TEST(SdCard, SdscVersion2Card_SetsBlockLengthAndUsesByteAddresses)
{
    auto img = pattern_image(16);
    nfk::SdCardEmu emu(img, kSpi1, kGpiohs, kCsLine);
    emu.high_capacity = false;
    k210_sdcard_t card = test_card();
    ASSERT_EQ(k210_sd_init(&card), K210_SD_OK);
    EXPECT_FALSE(card.high_capacity);
    EXPECT_EQ(emu.commands().back(), 16);
    std::vector<uint8_t> block(512);
    ASSERT_EQ(k210_sd_read(&card, 9, 1, block.data()), K210_SD_OK); /* the emulator rejects unaligned byte addresses */
    EXPECT_TRUE(std::equal(block.begin(), block.end(), img.begin() + 9 * 512));
}

TEST(SdCard, Version1Card_SkipsOcrAndAsksWithoutHighCapacity)
{
    auto img = pattern_image(8);
    nfk::SdCardEmu emu(img, kSpi1, kGpiohs, kCsLine);
    emu.version1 = true;
    emu.high_capacity = false;
    k210_sdcard_t card = test_card();
    ASSERT_EQ(k210_sd_init(&card), K210_SD_OK);
    const auto &c = emu.commands();
    EXPECT_EQ(std::count(c.begin(), c.end(), 58), 0);
    EXPECT_EQ(c.back(), 16);
    EXPECT_FALSE(card.high_capacity);
}

TEST(SdCard, MultiBlockRead_UsesCmd18ThenStopsTransmission)
{
    auto img = pattern_image(64);
    nfk::SdCardEmu emu(img, kSpi1, kGpiohs, kCsLine);
    k210_sdcard_t card = test_card();
    ASSERT_EQ(k210_sd_init(&card), K210_SD_OK);
    std::vector<uint8_t> out(7 * 512);
    ASSERT_EQ(k210_sd_read(&card, 3, 7, out.data()), K210_SD_OK);
    EXPECT_TRUE(std::equal(out.begin(), out.end(), img.begin() + 3 * 512));
    const auto &c = emu.commands();
    ASSERT_GE(c.size(), 2u);
    EXPECT_EQ(c[c.size() - 2], 18);
    EXPECT_EQ(c.back(), 12);
}

TEST(SdCard, EmptySlot_ReportsNoCard)
{
    nfk::SdCardEmu emu(pattern_image(8), kSpi1, kGpiohs, kCsLine);
    emu.present = false;
    k210_sdcard_t card = test_card();
    EXPECT_EQ(k210_sd_init(&card), K210_SD_NO_CARD);
    EXPECT_STREQ(k210_sd_result_text(K210_SD_NO_CARD), "no SD card answers (slot empty?)");
    std::vector<uint8_t> block(512, 0xA5);
    EXPECT_EQ(k210_sd_read(&card, 0, 1, block.data()), K210_SD_NOT_READY);
}

TEST(SdCard, CardThatStaysIdle_ReportsInitTimeout)
{
    nfk::SdCardEmu emu(pattern_image(8), kSpi1, kGpiohs, kCsLine);
    emu.idle_rounds = 1000;
    k210_sdcard_t card = test_card();
    EXPECT_EQ(k210_sd_init(&card), K210_SD_INIT_TIMEOUT);
}

TEST(SdCard, OneCorruptedBlock_IsReadAgainAndArrivesIntact)
{
    auto img = pattern_image(32);
    nfk::SdCardEmu emu(img, kSpi1, kGpiohs, kCsLine);
    k210_sdcard_t card = test_card();
    ASSERT_EQ(k210_sd_init(&card), K210_SD_OK);
    emu.corrupt_crc_blocks = 1;
    std::vector<uint8_t> block(512);
    ASSERT_EQ(k210_sd_read(&card, 4, 1, block.data()), K210_SD_OK);
    EXPECT_TRUE(std::equal(block.begin(), block.end(), img.begin() + 4 * 512));
    const auto &c = emu.commands();
    EXPECT_EQ(std::count(c.begin(), c.end(), 17), 2);
}

TEST(SdCard, PersistentCrcError_ReportsCrcErrorAndLeavesTheBufferAlone)
{
    auto img = pattern_image(32);
    nfk::SdCardEmu emu(img, kSpi1, kGpiohs, kCsLine);
    k210_sdcard_t card = test_card();
    ASSERT_EQ(k210_sd_init(&card), K210_SD_OK);
    emu.corrupt_every_block = true;
    std::vector<uint8_t> out(2 * 512, 0xA5);
    EXPECT_EQ(k210_sd_read(&card, 4, 2, out.data()), K210_SD_CRC_ERROR);
    EXPECT_TRUE(std::all_of(out.begin(), out.end(), [](uint8_t b) { return b == 0xA5; }));
    EXPECT_EQ(emu.image(), img);
    EXPECT_FALSE(wrote_anything(emu));
}

TEST(SdCard, CardThatNeverSendsData_ReportsTimeout)
{
    nfk::SdCardEmu emu(pattern_image(8), kSpi1, kGpiohs, kCsLine);
    k210_sdcard_t card = test_card();
    ASSERT_EQ(k210_sd_init(&card), K210_SD_OK);
    emu.never_send_data = true;
    std::vector<uint8_t> block(512, 0xA5);
    EXPECT_EQ(k210_sd_read(&card, 1, 1, block.data()), K210_SD_TIMEOUT);
    EXPECT_TRUE(std::all_of(block.begin(), block.end(), [](uint8_t b) { return b == 0xA5; }));
}

TEST(SdCard, BadSectorInAMultiBlockRead_ReportsReadErrorAndKeepsLaterBlocksUntouched)
{
    auto img = pattern_image(32);
    nfk::SdCardEmu emu(img, kSpi1, kGpiohs, kCsLine);
    k210_sdcard_t card = test_card();
    ASSERT_EQ(k210_sd_init(&card), K210_SD_OK);
    emu.bad_blocks = { 6 };
    std::vector<uint8_t> out(4 * 512, 0xA5);
    EXPECT_EQ(k210_sd_read(&card, 4, 4, out.data()), K210_SD_READ_ERROR);
    EXPECT_TRUE(std::equal(out.begin(), out.begin() + 1024, img.begin() + 4 * 512)); /* blocks 4, 5 verified */
    EXPECT_TRUE(std::all_of(out.begin() + 1024, out.end(), [](uint8_t b) { return b == 0xA5; }));
    EXPECT_EQ(emu.image(), img);
    EXPECT_FALSE(wrote_anything(emu));
    EXPECT_EQ(emu.commands().back(), 12); /* the transfer was stopped cleanly */
}

TEST(SdCard, ReadPastTheCard_ReportsReadError)
{
    nfk::SdCardEmu emu(pattern_image(8), kSpi1, kGpiohs, kCsLine);
    k210_sdcard_t card = test_card();
    ASSERT_EQ(k210_sd_init(&card), K210_SD_OK);
    std::vector<uint8_t> block(512);
    EXPECT_EQ(k210_sd_read(&card, 8, 1, block.data()), K210_SD_READ_ERROR);
    EXPECT_EQ(card.last_r1, 0x40); /* parameter error */
}

// ---- SD + FAT: a file read through the driver equals its bytes ----

namespace {

std::vector<uint8_t> model_bytes(std::string &name)
{
    std::string dir = nfk::shared_dir();
    nfk::Bytes bytes;
    if (!dir.empty() && nfk::read_file(dir + "/models/v3-maix-mnist/mnist.kmodel", bytes)) {
        name = "mnist.kmodel (../shared)";
        return bytes;
    }
    name = "a generated 300000-byte file";
    bytes.resize(300000);
    for (size_t i = 0; i < bytes.size(); i++)
        bytes[i] = static_cast<uint8_t>((i * 2654435761u) >> 13);
    return bytes;
}

void check_model_through_sd(int fat_bits, uint32_t size_kib, uint32_t spc)
{
    std::string missing = nfk::fat_tools_missing();
    if (!missing.empty())
        GTEST_SKIP() << missing;
    std::string what;
    std::vector<uint8_t> model = model_bytes(what);
    const char *path = "/models/Maix MNIST digits (v3).kmodel";
    auto img = nfk::make_fat_image(fat_bits, size_kib, spc, { { path, model }, { "/readme.txt", { 'h', 'i' } } });
    nfk::SdCardEmu emu(img, kSpi1, kGpiohs, kCsLine);
    k210_sdcard_t card = test_card();
    ASSERT_EQ(k210_sd_init(&card), K210_SD_OK);
    fat_blockdev_t dev = k210_sd_blockdev(&card, static_cast<uint32_t>(img.size() / 512));
    fat_volume_t vol;
    ASSERT_EQ(fat_mount(&vol, &dev), FAT_OK) << vol.message;
    EXPECT_EQ(vol.type, static_cast<unsigned>(fat_bits));
    fat_file_t f;
    ASSERT_EQ(fat_open(&vol, path, &f), FAT_OK) << vol.message;
    ASSERT_EQ(fat_size(&f), model.size());
    std::vector<uint8_t> loaded(model.size() + 16, 0);
    size_t got = 0;
    ASSERT_EQ(fat_read(&f, loaded.data(), loaded.size(), &got), FAT_OK) << vol.message;
    ASSERT_EQ(got, model.size());
    loaded.resize(got);
    EXPECT_TRUE(loaded == model) << what << " read through the SD driver differs from the file";
    EXPECT_EQ(emu.image(), img);
    EXPECT_FALSE(wrote_anything(emu));
}

}  // namespace

TEST(SdFat, ModelOnFat32CardThroughTheSdDriver_EqualsTheFileBytes) { check_model_through_sd(32, 34 * 1024, 1); }

TEST(SdFat, ModelOnFat16CardThroughTheSdDriver_EqualsTheFileBytes) { check_model_through_sd(16, 16 * 1024, 4); }

TEST(SdFat, CardFailingUnderTheFileSystem_GivesAnIoErrorWithTheDriversCode)
{
    std::string missing = nfk::fat_tools_missing();
    if (!missing.empty())
        GTEST_SKIP() << missing;
    std::vector<uint8_t> data(20000, 0x3C);
    auto img = nfk::make_fat_image(16, 16 * 1024, 4, { { "/m.kmodel", data } });
    nfk::SdCardEmu emu(img, kSpi1, kGpiohs, kCsLine);
    k210_sdcard_t card = test_card();
    ASSERT_EQ(k210_sd_init(&card), K210_SD_OK);
    fat_blockdev_t dev = k210_sd_blockdev(&card, static_cast<uint32_t>(img.size() / 512));
    fat_volume_t vol;
    ASSERT_EQ(fat_mount(&vol, &dev), FAT_OK);
    fat_file_t f;
    ASSERT_EQ(fat_open(&vol, "/m.kmodel", &f), FAT_OK);
    emu.corrupt_every_block = true;
    std::vector<uint8_t> out(data.size());
    size_t got = 0;
    EXPECT_EQ(fat_read(&f, out.data(), out.size(), &got), FAT_IO_ERROR);
    EXPECT_EQ(vol.io_error, K210_SD_CRC_ERROR);
    EXPECT_EQ(emu.image(), img);
}

// ---- writes ----

TEST(SdCardWrite, Blocks_GoOutWithCmd24EachAndLandInTheCard)
{
    auto img = pattern_image(64);
    nfk::SdCardEmu emu(img, kSpi1, kGpiohs, kCsLine);
    k210_sdcard_t card = test_card();
    ASSERT_EQ(k210_sd_init(&card), K210_SD_OK);
    std::vector<uint8_t> blocks(3 * 512);
    for (size_t i = 0; i < blocks.size(); i++)
        blocks[i] = static_cast<uint8_t>(i * 13 + 5);
    size_t before = emu.commands().size();
    ASSERT_EQ(k210_sd_write(&card, 10, 3, blocks.data()), K210_SD_OK);
    std::vector<int> sent(emu.commands().begin() + static_cast<std::ptrdiff_t>(before), emu.commands().end());
    EXPECT_EQ(sent, (std::vector<int>{ 24, 24, 24 }));
    std::vector<uint8_t> want = img;
    std::copy(blocks.begin(), blocks.end(), want.begin() + 10 * 512);
    EXPECT_EQ(emu.image(), want) << "exactly blocks 10..12 changed";
    std::vector<uint8_t> back(3 * 512);
    ASSERT_EQ(k210_sd_read(&card, 10, 3, back.data()), K210_SD_OK);
    EXPECT_EQ(back, blocks);
}

TEST(SdCardWrite, SdscCard_UsesByteAddresses)
{
    auto img = pattern_image(64);
    nfk::SdCardEmu emu(img, kSpi1, kGpiohs, kCsLine);
    emu.high_capacity = false;
    k210_sdcard_t card = test_card();
    ASSERT_EQ(k210_sd_init(&card), K210_SD_OK);
    std::vector<uint8_t> block(512, 0x42);
    ASSERT_EQ(k210_sd_write(&card, 7, 1, block.data()), K210_SD_OK);
    EXPECT_TRUE(std::equal(block.begin(), block.end(), emu.image().begin() + 7 * 512));
}

TEST(SdCardWrite, BlockRefusedForItsCrc_IsSentAgain)
{
    nfk::SdCardEmu emu(pattern_image(16), kSpi1, kGpiohs, kCsLine);
    k210_sdcard_t card = test_card();
    ASSERT_EQ(k210_sd_init(&card), K210_SD_OK);
    emu.refuse_write_crc = 2;
    std::vector<uint8_t> block(512, 0x11);
    ASSERT_EQ(k210_sd_write(&card, 3, 1, block.data()), K210_SD_OK);
    EXPECT_EQ(std::count(emu.commands().begin(), emu.commands().end(), 24), 3);
    EXPECT_TRUE(std::equal(block.begin(), block.end(), emu.image().begin() + 3 * 512));
    emu.refuse_write_crc = 100;
    EXPECT_EQ(k210_sd_write(&card, 4, 1, block.data()), K210_SD_CRC_ERROR) << "after the retries";
}

TEST(SdCardWrite, BadSectorAndPastTheCard_AreWriteErrors)
{
    auto img = pattern_image(16);
    nfk::SdCardEmu emu(img, kSpi1, kGpiohs, kCsLine);
    k210_sdcard_t card = test_card();
    ASSERT_EQ(k210_sd_init(&card), K210_SD_OK);
    emu.bad_blocks = { 5 };
    std::vector<uint8_t> blocks(2 * 512, 0x77);
    EXPECT_EQ(k210_sd_write(&card, 4, 2, blocks.data()), K210_SD_WRITE_ERROR);
    EXPECT_TRUE(std::equal(blocks.begin(), blocks.begin() + 512, emu.image().begin() + 4 * 512)) << "block 4 went";
    EXPECT_TRUE(std::equal(img.begin() + 5 * 512, img.begin() + 6 * 512, emu.image().begin() + 5 * 512));
    EXPECT_EQ(k210_sd_write(&card, 16, 1, blocks.data()), K210_SD_WRITE_ERROR);
    EXPECT_EQ(card.last_r1, 0x40); /* parameter error */
    k210_sdcard_t idle = test_card();
    EXPECT_EQ(k210_sd_write(&idle, 0, 1, blocks.data()), K210_SD_NOT_READY);
}

TEST(SdFat, FileWrittenThroughTheSdDriver_ReadsBackOnAFreshMount)
{
    std::string missing = nfk::fat_tools_missing();
    if (!missing.empty())
        GTEST_SKIP() << missing;
    auto img = nfk::make_fat_image(16, 16 * 1024, 4, { { "/readme.txt", { 'h', 'i' } } });
    nfk::SdCardEmu emu(img, kSpi1, kGpiohs, kCsLine);
    k210_sdcard_t card = test_card();
    ASSERT_EQ(k210_sd_init(&card), K210_SD_OK);
    fat_blockdev_t dev = k210_sd_blockdev(&card, static_cast<uint32_t>(img.size() / 512));
    fat_volume_t vol;
    ASSERT_EQ(fat_mount(&vol, &dev), FAT_OK) << vol.message;
    ASSERT_EQ(fat_mkdir(&vol, "/results"), FAT_OK) << vol.message;
    fat_file_t f;
    ASSERT_EQ(fat_create(&vol, "/results/Digit scores.bin", &f), FAT_OK) << vol.message;
    std::vector<uint8_t> data(5000);
    for (size_t i = 0; i < data.size(); i++)
        data[i] = static_cast<uint8_t>(i * 3);
    size_t put = 0;
    ASSERT_EQ(fat_write(&f, data.data(), data.size(), &put), FAT_OK) << vol.message;
    EXPECT_TRUE(wrote_anything(emu));

    fat_volume_t again; /* a second mount reads what the card holds now */
    ASSERT_EQ(fat_mount(&again, &dev), FAT_OK);
    fat_file_t g;
    ASSERT_EQ(fat_open(&again, "/results/digit scores.bin", &g), FAT_OK) << again.message;
    std::vector<uint8_t> back(fat_size(&g));
    size_t got = 0;
    ASSERT_EQ(fat_read(&g, back.data(), back.size(), &got), FAT_OK);
    EXPECT_EQ(back, data);
}
