namespace NfK210.Cli.WireProtocol;

/// <summary>
/// The command codes `nfk210 deploy` uses (nf-interpreter src/CLR/Include/WireProtocol.h, CLR_DBG_Commands_Monitor,
/// and src/CLR/Include/nanoCLR_Debugging.h for the debugging ones).
/// </summary>
public static class WpCommand
{
    public const uint Ping = 0x00;
    public const uint Message = 0x01;
    public const uint ReadMemory = 0x02;
    public const uint WriteMemory = 0x03;
    public const uint CheckMemory = 0x04;
    public const uint EraseMemory = 0x05;
    public const uint Reboot = 0x07;
    public const uint ProgramExit = 0x09;
    public const uint FlashSectorMap = 0x0C;
    public const uint TargetInfo = 0x20;
    public const uint ExecutionChangeConditions = 0x00020001;
    public const uint DeploymentStatus = 0x000200B0;

    public static string Name(uint command) => command switch
    {
        Ping => "Ping",
        Message => "Message",
        ReadMemory => "ReadMemory",
        WriteMemory => "WriteMemory",
        CheckMemory => "CheckMemory",
        EraseMemory => "EraseMemory",
        Reboot => "Reboot",
        ProgramExit => "ProgramExit",
        FlashSectorMap => "FlashSectorMap",
        TargetInfo => "TargetInfo",
        ExecutionChangeConditions => "Execution_ChangeConditions",
        DeploymentStatus => "Deployment_Status",
        _ => $"command 0x{command:X8}",
    };
}
