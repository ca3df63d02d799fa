using System.Text.RegularExpressions;

namespace CchcPlanner.EndToEndTests;

/// <summary>
/// The user guide's pages refer only to pictures that exist and that <see cref="GuideScreenshots"/> still takes, and
/// every picture it takes is shown somewhere: a page cannot show a screen the tests no longer walk through.
/// No browser: the pages and pictures are read from docs/huong-dan.
/// </summary>
public sealed partial class GuideImagesTests
{
    private static readonly string[] Pages = ["README.md", "can-bo-soan-thao.md", "can-bo-tham-dinh.md", "van-thu.md", "quan-tri.md"];

    [Fact]
    public void Guide_HasItsFivePages()
    {
        foreach (var page in Pages)
        {
            Assert.True(File.Exists(Path.Combine(GuideImages.GuideFolder, page)), $"docs/huong-dan/{page} is missing.");
        }
    }

    [Fact]
    public void EveryPicture_ExistsAndIsOneTheTestsTake()
    {
        var references = References().ToList();
        Assert.NotEmpty(references);
        foreach (var (page, picture) in references)
        {
            Assert.True(File.Exists(Path.Combine(GuideImages.GuideFolder, "anh", picture)), $"{page} shows anh/{picture}, which is not in docs/huong-dan/anh.");
            Assert.True(GuideImages.FileNames.Contains(picture), $"{page} shows anh/{picture}, which GuideScreenshots does not take.");
        }
    }

    [Fact]
    public void EveryPictureTheTestsTake_IsShownInTheGuide()
    {
        var shown = References().Select(r => r.Picture).ToHashSet(StringComparer.Ordinal);
        Assert.Empty(GuideImages.FileNames.Where(name => !shown.Contains(name)).Order(StringComparer.Ordinal));
    }

    private static IEnumerable<(string Page, string Picture)> References() =>
        Directory.EnumerateFiles(GuideImages.GuideFolder, "*.md")
            .SelectMany(file => ImageReference().Matches(File.ReadAllText(file))
                .Select(match => (Path.GetFileName(file), Picture(file, match.Groups["path"].Value))));

    /// <summary>The guide's pictures live in anh/ beside its pages; a picture anywhere else fails the check.</summary>
    private static string Picture(string page, string path)
    {
        Assert.True(path.StartsWith("anh/", StringComparison.Ordinal), $"{Path.GetFileName(page)} shows {path}, which is not in anh/.");
        return path["anh/".Length..];
    }

    /// <summary>A Markdown picture: <c>![Danh sách kế hoạch](anh/soan-thao-1-danh-sach.png)</c>.</summary>
    [GeneratedRegex(@"!\[[^\]]*\]\((?<path>[^)\s]+)\)")]
    private static partial Regex ImageReference();
}
