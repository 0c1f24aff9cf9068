using Spectre.Console;
using Spectre.Console.Rendering;

namespace NfK210.Cli.Rendering;

/// <summary>Helpers to fill Spectre tables with literal text (no markup interpretation).</summary>
public static class TableText
{
    public static Table NewTable(params string[] columns)
    {
        var table = new Table().Border(TableBorder.Simple);
        foreach (string c in columns)
        {
            table.AddColumn(new TableColumn(new Text(c)));
        }

        return table;
    }

    public static void AddRow(Table table, params string[] cells) =>
        table.AddRow(cells.Select(c => (IRenderable)new Text(c)));

    public static Table RightAlign(Table table, params int[] columns)
    {
        foreach (int c in columns)
        {
            table.Columns[c].RightAligned();
        }

        return table;
    }
}
