using System.Text;
using CchcPlanner.Import;

namespace CchcPlanner.Tests.Import;

/// <summary>The import fixtures, embedded in the test assembly (the two public example plans and drafts written for the tests).</summary>
internal static class Fixtures
{
    public const string Kindergarten = "mn-tuoi-hong-2023-cchc.txt";
    public const string NinhGiang = "ninh-giang-2022-tuyen-truyen-cchc.txt";

    /// <summary>A Markdown export: bold and italic markers, bookmarks, a blank number and day, a task table, every structured part.</summary>
    public const string DepartmentDraft = "so-gddt-2023-draft.md";

    /// <summary>A text export: tabs, odd spaces, a page break mid-sentence, the header on two columns, no "Nơi nhận:".</summary>
    public const string OfficeWithoutLabel = "phong-noi-vu-2023-no-label.txt";

    public static byte[] Bytes(string name)
    {
        using var stream = typeof(Fixtures).Assembly.GetManifestResourceStream($"Import.Fixtures.{name}")
            ?? throw new InvalidOperationException($"No embedded fixture {name}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public static string Text(string name) => Encoding.UTF8.GetString(Bytes(name));

    public static ImportResult Import(string name) => Import(Bytes(name), name);

    public static ImportResult Import(byte[] bytes, string fileName)
    {
        using var stream = new MemoryStream(bytes);
        return PlanImporter.Import(stream, fileName);
    }

    public static ImportResult ImportText(string text, string fileName = "plan.txt") => Import(Encoding.UTF8.GetBytes(text), fileName);
}
