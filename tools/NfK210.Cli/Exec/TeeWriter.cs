using System.Text;

namespace NfK210.Cli.Exec;

/// <summary>Writes everything to two writers: the console a user watches, and a copy the command reads afterwards.</summary>
internal sealed class TeeWriter(TextWriter first, TextWriter second) : TextWriter
{
    public override Encoding Encoding => first.Encoding;

    public override void Write(char value)
    {
        first.Write(value);
        second.Write(value);
    }

    public override void Write(char[] buffer, int index, int count)
    {
        first.Write(buffer, index, count);
        second.Write(buffer, index, count);
    }

    public override void Flush()
    {
        first.Flush();
        second.Flush();
    }
}
