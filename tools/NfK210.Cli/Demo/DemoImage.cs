namespace NfK210.Cli.Demo;

/// <summary>The demo's synthetic grey input: a bright filled circle and a mid-grey square on a dark background.</summary>
public static class DemoImage
{
    public const byte Background = 24;
    public const byte CircleLevel = 230;
    public const byte SquareLevel = 150;

    /// <summary>size×size grey bytes, row-major (also the model's 1×size×size CHW tensor).</summary>
    public static byte[] Create(int size = DemoModel.InputSize)
    {
        byte[] gray = new byte[size * size];
        double cx = size * 0.31;
        double cy = size * 0.34;
        double r = size * 0.21;
        int s0 = (int)(size * 0.56);
        int s1 = (int)(size * 0.89);
        for (int y = 0; y < size; y++)
        {
            for (int x = 0; x < size; x++)
            {
                double dx = x + 0.5 - cx;
                double dy = y + 0.5 - cy;
                byte v = Background;
                if (dx * dx + dy * dy <= r * r)
                {
                    v = CircleLevel;
                }
                else if (x >= s0 && x < s1 && y >= s0 - 4 && y < s1 - 4)
                {
                    v = SquareLevel;
                }

                gray[y * size + x] = v;
            }
        }

        return gray;
    }
}
