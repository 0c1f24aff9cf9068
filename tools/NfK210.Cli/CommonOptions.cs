using System.CommandLine;
using System.Globalization;
using NfK210.Cli.Native;

namespace NfK210.Cli;

/// <summary>Options shared by several commands.</summary>
public static class CommonOptions
{
    public static Option<string> KpuProfile()
    {
        var option = new Option<string>("--kpu-profile")
        {
            Description = "KPU rounding/segment/pool-edge rules (spec/kpu.md §10): auto = the rules of the nncase " +
                          "release that made the file (V3 -> nncase-0.1, V4 and V5 -> nncase-0.2)",
            DefaultValueFactory = _ => KpuProfileNames.Auto,
            HelpName = "auto|nncase-0.1|nncase-0.2|truncate",
        };
        option.AcceptOnlyFromAmong([.. KpuProfileNames.All]);
        return option;
    }

    /// <summary>The name of --float-rules' default: every a*b+c rounded twice.</summary>
    public const string FloatRulesPlain = "plain";

    /// <summary>The name of fused multiply-add float rules.</summary>
    public const string FloatRulesFma = "fma";

    public static Option<string> FloatRules()
    {
        var option = new Option<string>("--float-rules")
        {
            Description = "kmodel V5 float rules: plain = every a*b+c rounded twice (nncase 1.0.0-beta2's plain build, " +
                          "the primary reference); fma = quantize, dequantize and bilinear resize fused, as the " +
                          "SDK's board runtime does",
            DefaultValueFactory = _ => FloatRulesPlain,
            HelpName = "plain|fma",
        };
        option.AcceptOnlyFromAmong(FloatRulesPlain, FloatRulesFma);
        return option;
    }

    public static Argument<string> ModelArgument()
    {
        var argument = new Argument<string>("MODEL") { Description = "kmodel file (V3, V4, V5)" };
        RefuseEmpty(argument);
        return argument;
    }

    /// <summary>The global option: more detail (builds, nanoCLR's start-up, wire-protocol packets) and, on an unexpected
    /// failure, the stack trace.</summary>
    public const string VerboseName = "--verbose";

    public static Option<bool> Verbose() => new(VerboseName)
    {
        Description = "say more (builds, nanoCLR's start-up, packets); on an unexpected failure, the stack trace too",
        Recursive = true,
    };

    /// <summary>Whether the global --verbose was given.</summary>
    public static bool IsVerbose(ParseResult parseResult) => parseResult.Tokens.Any(t => t.Value == VerboseName);

    /// <summary>
    /// Parses a whole number within [min, max] with a message naming the option; a validator calling
    /// GetValueOrDefault on text such as "abc" would throw from inside the parser instead.
    /// </summary>
    public static void AcceptWholeNumber(Option<int> option, int min, int max, string unit = "")
    {
        string range = $"a whole number{unit} between {min.ToString(CultureInfo.InvariantCulture)} and " +
                       max.ToString(CultureInfo.InvariantCulture);
        option.CustomParser = result =>
        {
            if (result.Tokens.Count == 0)
            {
                return option.DefaultValueFactory is null ? 0 : option.DefaultValueFactory(result);
            }

            string text = result.Tokens[^1].Value;
            if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value) ||
                value < min || value > max)
            {
                result.AddError($"{option.Name} takes {range}, not '{text}'");
                return 0;
            }

            return value;
        };
    }

    /// <summary>Refuses an empty or blank value (a path) with a message naming the option or argument.</summary>
    public static void RefuseEmpty(Option option)
    {
        option.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (string.IsNullOrWhiteSpace(token.Value))
                {
                    result.AddError($"{option.Name} needs a value, not an empty string");
                }
            }
        });
    }

    /// <summary>Refuses an empty or blank argument value.</summary>
    public static void RefuseEmpty(Argument argument)
    {
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (string.IsNullOrWhiteSpace(token.Value))
                {
                    result.AddError($"{argument.Name} needs a value, not an empty string");
                }
            }
        });
    }
}
