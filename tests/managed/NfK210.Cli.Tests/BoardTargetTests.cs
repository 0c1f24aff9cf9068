using NfK210.Cli;
using NfK210.Cli.Targets;
using Xunit;

namespace NfK210.Cli.Tests;

/// <summary>
/// The board target's serial protocol (firmware/native/ports/k210/README.md): frame layout and CRC, and a whole
/// upload-input-run-download exchange against a scripted board.
/// </summary>
public class BoardTargetTests
{
    // The CRCs below are zlib.crc32 of command, length and payload (the IEEE CRC-32, check value CBF43926), which the
    // runner's sp_crc32 (firmware/native/ports/k210/serial_protocol.c) gives too.

    [Fact]
    public void ReadFrame_AcceptsTheRunnersCrc()
    {
        byte[] reply = [0xA5, 0x5A, 0x82, 2, 0, 0, 0, 1, 2, 0xC3, 0xD5, 0x38, 0x38];

        (byte cmd, byte[] payload) = BoardProtocol.ReadFrame(new MemoryStream(reply));

        Assert.Equal(BoardProtocol.Ok, cmd);
        Assert.Equal(new byte[] { 1, 2 }, payload);
    }

    [Fact]
    public void Frame_HasSyncCommandLengthPayloadAndCrcOverCommandLengthAndPayload()
    {
        byte[] f = BoardProtocol.Frame(BoardProtocol.Output, [7, 0, 0, 0]);

        Assert.Equal(new byte[] { 0xA5, 0x5A, 0x05, 4, 0, 0, 0, 7, 0, 0, 0, 0xA2, 0x67, 0x03, 0xB5 }, f);
    }

    [Fact]
    public void ReadFrame_SkipsBootMessagesBeforeTheSync()
    {
        var bytes = new List<byte>("nfk210 model runner on maix_bit\n"u8.ToArray());
        bytes.AddRange(BoardProtocol.Frame(BoardProtocol.Ok, [1, 2]));

        (byte cmd, byte[] payload) = BoardProtocol.ReadFrame(new MemoryStream(bytes.ToArray()));

        Assert.Equal(BoardProtocol.Ok, cmd);
        Assert.Equal(new byte[] { 1, 2 }, payload);
    }

    [Fact]
    public void ReadFrame_CorruptedByte_IsACrcError()
    {
        byte[] f = BoardProtocol.Frame(BoardProtocol.Data, [1, 2, 3]);
        f[8] ^= 0x40;

        var e = Assert.Throws<CliException>(() => BoardProtocol.ReadFrame(new MemoryStream(f)));
        Assert.Contains("CRC", e.Message);
    }

    [Fact]
    public void Run_UploadsInputThenDownloadsEveryOutput()
    {
        var replies = new MemoryStream();
        void Reply(byte cmd, byte[] payload) => replies.Write(BoardProtocol.Frame(cmd, payload));
        Reply(BoardProtocol.Info, [1, 0, 0, 0, 0, 0, 0x5C, 0, 0, 0, 0, 0, .. "maix_bit"u8.ToArray()]);
        Reply(BoardProtocol.Ok, [4, 0, 0, 0, 2, 0, 0, 0]);
        Reply(BoardProtocol.Ok, []);
        Reply(BoardProtocol.Done, [2, 0, 0, 0, 3, 0, 0, 0, 1, 0, 0, 0]);
        Reply(BoardProtocol.Data, [9, 8, 7]);
        Reply(BoardProtocol.Data, [6]);
        replies.Position = 0;
        var sent = new MemoryStream();
        using var board = new BoardTarget(replies, sent);

        Assert.Equal("maix_bit", board.Hello());
        Assert.Equal(4, board.LoadModel([0x03, 0, 0, 0, 0xAA]));
        IReadOnlyList<byte[]> outputs = board.Run([1, 2, 3, 4]);

        Assert.Equal(new[] { new byte[] { 9, 8, 7 }, new byte[] { 6 } }, outputs);
        var commands = new List<byte>();
        var stream = new MemoryStream(sent.ToArray());
        while (stream.Position < stream.Length)
        {
            commands.Add(BoardProtocol.ReadFrame(stream).Command);
        }

        Assert.Equal(
            new byte[] { BoardProtocol.Hello, BoardProtocol.Load, BoardProtocol.Input, BoardProtocol.Run,
                BoardProtocol.Output, BoardProtocol.Output },
            commands);
    }

    [Fact]
    public void ErrorReply_BecomesAMessageNamingTheBoardsReason()
    {
        var replies = new MemoryStream(BoardProtocol.Frame(
            BoardProtocol.Error, [8, 0, 0, 0, .. "model does not fit: 1024 bytes too many"u8.ToArray()]));
        using var board = new BoardTarget(replies, new MemoryStream());

        var e = Assert.Throws<CliException>(() => board.LoadModel(new byte[16]));
        Assert.Equal("board: model does not fit: 1024 bytes too many (code 8)", e.Message);
    }
}
