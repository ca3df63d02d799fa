namespace CchcPlanner.Identity;

/// <summary>The roles of CchcPlanner. Names are stored; Vietnamese labels are what users see.</summary>
public static class Roles
{
    public const string Drafter = "Drafter";
    public const string Head = "Head";
    public const string Reviewer = "Reviewer";
    public const string Clerk = "Clerk";
    public const string Admin = "Admin";

    public static readonly IReadOnlyList<string> All = [Drafter, Head, Reviewer, Clerk, Admin];

    public static string ToVietnamese(string role) => role switch
    {
        Drafter => "Cán bộ soạn thảo",
        Head => "Thủ trưởng đơn vị",
        Reviewer => "Cán bộ thẩm định",
        Clerk => "Văn thư",
        Admin => "Quản trị hệ thống",
        _ => role,
    };
}
