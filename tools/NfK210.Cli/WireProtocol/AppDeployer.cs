namespace NfK210.Cli.WireProtocol;

/// <summary>
/// nf-debugger's full deployment (Engine.DeploymentExecuteFull) with checks of our own: find the deployment region,
/// refuse an image that does not fit before anything is erased, erase the blocks it needs, write the image and the
/// 8-byte zero terminator that ends nanoCLR's walk of the region, and compare the device's CRC of what it holds
/// with ours (or read it back). <see cref="Reboot"/> then starts the new app.
/// </summary>
public sealed class AppDeployer
{
    public const int TerminatorLength = 8;

    private readonly WpDevice _device;
    private readonly TextWriter _log;

    public AppDeployer(WpDevice device, TextWriter log)
    {
        _device = device;
        _log = log;
    }

    public WpPingReply Deploy(byte[] image)
    {
        if (image.Length == 0 || image.Length % 4 != 0)
        {
            throw new WireProtocolException(
                $"the deployment image is {image.Length} bytes; it must be a non-empty multiple of 4 (.pe files are 4-byte aligned)");
        }

        WpPingReply ping = _device.Ping();
        _log.WriteLine($"device: {ping.SourceName}, packets of {_device.Session.MaxPayload} bytes, CRC32 {(ping.SupportsCrc32 ? "on" : "off")}");
        DeploymentRegion region = FindRegion(ping);
        _log.WriteLine($"deployment region: {region}");

        byte[] blob = [.. image, .. new byte[TerminatorLength]];
        if ((uint)blob.Length > region.Length)
        {
            throw new WireProtocolException(
                $"the app needs {blob.Length} bytes ({image.Length} of assemblies and the {TerminatorLength}-byte terminator) " +
                $"but the device's deployment region holds {region.Length}; nothing was erased");
        }

        Erase(region, (uint)blob.Length);
        Write(region.Start, blob);
        Verify(region.Start, blob);
        return ping;
    }

    /// <summary>Restarts the device so it loads the new app: nanoCLR restarts itself, nanoBooter the whole chip.</summary>
    public void Reboot(WpPingReply ping)
    {
        uint options = ping.IsNanoBooter ? WpDevice.RebootNormal : WpDevice.RebootClrOnly;
        _log.WriteLine(_device.Reboot(options) ? "rebooted" : "reboot sent (no reply; the device may have restarted first)");
    }

    /// <summary>The DEPLOYMENT ranges of the flash sector map, contiguous from the first; else Deployment_Status.</summary>
    public DeploymentRegion FindRegion(WpPingReply ping)
    {
        var ranges = _device.FlashSectorMap().Where(r => r.IsDeployment).OrderBy(r => r.StartAddress).ToList();
        if (ranges.Count > 0)
        {
            ulong start = ranges[0].StartAddress;
            ulong end = start;
            uint blockSize = ranges[0].BytesPerBlock;
            foreach (FlashSectorRange range in ranges)
            {
                if (range.StartAddress != end || range.BytesPerBlock != blockSize)
                {
                    break;
                }

                end += range.Length;
            }

            return new DeploymentRegion((uint)start, (uint)Math.Min(end - start, uint.MaxValue), blockSize, "FlashSectorMap");
        }

        if (ping.IsNanoClr && _device.DeploymentStatus() is { Length: > 0 } status)
        {
            return new DeploymentRegion(status.Start, status.Length, 0, "Deployment_Status");
        }

        throw new WireProtocolException(
            $"the device ({ping.SourceName}) reports no deployment region (no DEPLOYMENT range in its flash sector map" +
            (ping.IsNanoClr ? " and an empty Deployment_Status)" : ")"));
    }

    private void Erase(DeploymentRegion region, uint needed)
    {
        if (region.BlockSize == 0)
        {
            _log.WriteLine($"erasing {needed} bytes at 0x{region.Start:X8}");
            _device.Erase(region.Start, needed);
            return;
        }

        uint blocks = (needed + region.BlockSize - 1) / region.BlockSize;
        _log.WriteLine($"erasing {blocks} block(s) of {region.BlockSize} bytes at 0x{region.Start:X8}");
        for (uint i = 0; i < blocks; i++)
        {
            _device.Erase(region.Start + (i * region.BlockSize), region.BlockSize);
        }
    }

    private void Write(uint start, byte[] blob)
    {
        int chunk = _device.MaxWriteChunk;
        _log.WriteLine($"writing {blob.Length} bytes in chunks of up to {chunk}");
        for (int offset = 0; offset < blob.Length; offset += chunk)
        {
            int length = Math.Min(chunk, blob.Length - offset);
            _device.Write(start + (uint)offset, blob.AsSpan(offset, length));
        }
    }

    private void Verify(uint start, byte[] blob)
    {
        uint expected = WpCrc32.Compute(blob);
        uint? crc = _device.CheckMemory(start, (uint)blob.Length);
        if (crc is not null)
        {
            if (crc != expected)
            {
                throw new WireProtocolException(
                    $"verify failed: the device's CRC of the deployment is 0x{crc:X8}, the image's is 0x{expected:X8}");
            }

            _log.WriteLine($"verified: CRC 0x{expected:X8}");
            return;
        }

        // CheckMemory refused: read the deployment back instead.
        int chunk = Math.Max(4, _device.Session.MaxPayload - 4);
        for (int offset = 0; offset < blob.Length; offset += chunk)
        {
            int length = Math.Min(chunk, blob.Length - offset);
            byte[] back = _device.Read(start + (uint)offset, (uint)length);
            int same = back.AsSpan().CommonPrefixLength(blob.AsSpan(offset, length));
            if (same != length)
            {
                throw new WireProtocolException(
                    $"verify failed: at 0x{start + (uint)(offset + same):X8} the device holds 0x{back[same]:X2}, the image 0x{blob[offset + same]:X2}");
            }
        }

        _log.WriteLine("verified by reading back");
    }
}
