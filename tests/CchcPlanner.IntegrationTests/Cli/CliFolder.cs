extern alias cli;

using cli::CchcPlanner.Cli;

namespace CchcPlanner.IntegrationTests.Cli;

/// <summary>A throw-away folder for one CLI test, the example plans to copy into it, and the CLI run in-process.</summary>
internal sealed class CliFolder : IDisposable
{
    public const string Kindergarten = "mn-tuoi-hong-2023-cchc.txt";
    public const string NinhGiang = "ninh-giang-2022-tuyen-truyen-cchc.txt";

    public CliFolder()
    {
        Path = Directory.CreateTempSubdirectory("cchc-cli-").FullName;
    }

    public string Path { get; }

    public static string Fixture(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Cli", "Fixtures", name);

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string CopyExample(string name, string? as_ = null)
    {
        var target = File(as_ ?? name);
        System.IO.File.Copy(Fixture(name), target);
        return target;
    }

    public string Write(string name, string text)
    {
        System.IO.File.WriteAllText(File(name), text);
        return File(name);
    }

    public string Write(string name, byte[] bytes)
    {
        System.IO.File.WriteAllBytes(File(name), bytes);
        return File(name);
    }

    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await CliApp.RunAsync(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
