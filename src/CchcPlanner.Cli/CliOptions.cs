namespace CchcPlanner.Cli;

/// <summary>The options every verb shares, turned into configuration keys.</summary>
internal sealed class CliOptions
{
    private static readonly Dictionary<string, string> Keys = new(StringComparer.Ordinal)
    {
        ["--provider"] = "Database:Provider",
        ["--connection"] = "Database:ConnectionString",
        ["--data"] = "Storage:DataFolder",
        ["--email"] = "Admin:Email",
        ["--unit"] = "Admin:Unit",
        ["--name"] = "Admin:FullName",
        ["--abbreviation"] = "Admin:Abbreviation",
        ["--place"] = "Admin:PlaceName",
        ["--head-title"] = "Admin:HeadTitle",
    };

    public Dictionary<string, string?> Settings { get; } = new(StringComparer.Ordinal);

    public List<string> Arguments { get; } = [];

    /// <summary>Requested output files by format (<c>--pdf F</c>, <c>--docx F</c>, <c>--html F</c>).</summary>
    public List<(string Format, string File)> Outputs { get; } = [];

    /// <summary>The file named by <c>-o F</c> or <c>--output F</c> (<c>cchc import</c>).</summary>
    public string? OutputFile { get; private set; }

    /// <summary>The verb's switches given (<c>--json</c> of <c>cchc check</c>).</summary>
    public HashSet<string> Switches { get; } = new(StringComparer.Ordinal);

    private static readonly string[] OutputFormats = ["pdf", "docx", "html", "json"];

    /// <param name="switches">Options of the verb that take no value, such as <c>--json</c> for <c>cchc check</c>.</param>
    public static bool TryParse(IEnumerable<string> args, out CliOptions options, out string problem, IReadOnlySet<string>? switches = null)
    {
        options = new CliOptions();
        problem = string.Empty;
        using var each = args.GetEnumerator();
        while (each.MoveNext())
        {
            var arg = each.Current;
            if (switches?.Contains(arg) == true)
            {
                options.Switches.Add(arg);
            }
            else if (arg is "-o" or "--output")
            {
                if (!each.MoveNext())
                {
                    problem = $"Tùy chọn {arg} cần tên tệp.";
                    return false;
                }

                options.OutputFile = each.Current;
            }
            else if (Keys.TryGetValue(arg, out var key))
            {
                if (!each.MoveNext())
                {
                    problem = $"Tùy chọn {arg} cần một giá trị.";
                    return false;
                }

                options.Settings[key] = each.Current;
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal) && OutputFormats.Contains(arg[2..]))
            {
                if (!each.MoveNext())
                {
                    problem = $"Tùy chọn {arg} cần tên tệp.";
                    return false;
                }

                options.Outputs.Add((arg[2..], each.Current));
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                problem = $"Tùy chọn không hợp lệ: {arg}. Gõ `cchc help` để xem các tùy chọn.";
                return false;
            }
            else
            {
                options.Arguments.Add(arg);
            }
        }

        return true;
    }
}
