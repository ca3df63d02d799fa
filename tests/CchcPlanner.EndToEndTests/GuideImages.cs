namespace CchcPlanner.EndToEndTests;

/// <summary>
/// The pictures of the user guide (docs/huong-dan): their names, the folder they are saved in, and the one list that
/// <see cref="GuideScreenshots"/> takes and <see cref="GuideImagesTests"/> checks the guide's pages against.
/// </summary>
public static class GuideImages
{
    public const string DrafterPlanList = "soan-thao-1-danh-sach";
    public const string DrafterNewPlan = "soan-thao-2-tao-moi";
    public const string DrafterEditor = "soan-thao-3-chi-tieu";
    public const string DrafterSubmit = "soan-thao-4-gui-duyet";
    public const string DrafterResults = "soan-thao-5-ket-qua";
    public const string DrafterCalendar = "soan-thao-6-lich";

    public const string ReviewerOverview = "tham-dinh-1-tong-hop";
    public const string ReviewerComment = "tham-dinh-2-gop-y";
    public const string ReviewerApprove = "tham-dinh-3-phe-duyet";
    public const string ReviewerDashboard = "tham-dinh-4-bang-dieu-khien";

    public const string ClerkIssue = "van-thu-1-ban-hanh";
    public const string ClerkDocuments = "van-thu-2-tai-ve";
    public const string ClerkSignedScan = "van-thu-3-ban-ky";
    public const string ClerkRegister = "van-thu-4-so-dang-ky";

    public const string AdminUnits = "quan-tri-1-don-vi";
    public const string AdminNewUnit = "quan-tri-2-them-don-vi";
    public const string AdminUsers = "quan-tri-3-nguoi-dung";
    public const string AdminNewUser = "quan-tri-4-them-nguoi-dung";
    public const string AdminAudit = "quan-tri-5-nhat-ky";

    /// <summary>Every picture the tests take, as file names (<c>soan-thao-1-danh-sach.png</c>).</summary>
    public static readonly IReadOnlySet<string> FileNames = new[]
    {
        DrafterPlanList, DrafterNewPlan, DrafterEditor, DrafterSubmit, DrafterResults, DrafterCalendar,
        ReviewerOverview, ReviewerComment, ReviewerApprove, ReviewerDashboard,
        ClerkIssue, ClerkDocuments, ClerkSignedScan, ClerkRegister,
        AdminUnits, AdminNewUnit, AdminUsers, AdminNewUser, AdminAudit,
    }.Select(name => name + ".png").ToHashSet(StringComparer.Ordinal);

    /// <summary>Set to 1 to save the pictures into the guide instead of the test run's screenshot folder.</summary>
    public const string Switch = "GUIDE_SCREENSHOTS";

    /// <summary>The repository: the first folder above the test assembly that holds CchcPlanner.sln.</summary>
    public static string RepositoryRoot
    {
        get
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "CchcPlanner.sln")))
                {
                    return folder.FullName;
                }
            }

            throw new InvalidOperationException($"No CchcPlanner.sln above {AppContext.BaseDirectory}.");
        }
    }

    /// <summary>docs/huong-dan in the repository.</summary>
    public static string GuideFolder => Path.Combine(RepositoryRoot, "docs", "huong-dan");

    /// <summary>
    /// Where a picture is saved: docs/huong-dan/anh with <c>GUIDE_SCREENSHOTS=1</c>, otherwise a guide/ folder under the
    /// run's screenshots (a normal test run leaves the repository as it is).
    /// </summary>
    public static string PathOf(string name) =>
        Environment.GetEnvironmentVariable(Switch) == "1"
            ? Path.Combine(GuideFolder, "anh", name + ".png")
            : Path.Combine(Infrastructure.BrowserTest.ScreenshotFolder, "guide", name + ".png");
}
