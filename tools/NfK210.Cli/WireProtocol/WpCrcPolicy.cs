namespace NfK210.Cli.WireProtocol;

/// <summary>
/// Whether received CRCs are checked. nanoCLR fills them only when built with CONFIG_NF_WP_ENABLE_CRC32 and says so
/// in its Ping reply (Monitor_Ping_c_Ping_WPFlag_SupportsCRC32); until the Ping reply is in, a packet passes when its
/// CRCs are right or both are zero (a device built without them).
/// </summary>
public enum WpCrcPolicy
{
    Unknown,
    Required,
    Absent,
}
