using CchcPlanner.Dashboard;
using CchcPlanner.Security;
using CchcPlanner.Web.Documents;

namespace CchcPlanner.Web.Dashboard;

/// <summary>
/// <c>/bang-dieu-khien/xuat.xlsx?nam=2024[&amp;bang=muc-dat]</c>: the dashboard's tables as a workbook, for reviewers and
/// administrators, over the units below theirs only (the same <see cref="ReviewerDashboards"/> the page reads).
/// </summary>
internal static class DashboardEndpoints
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static string Url(int year, string? table = null) =>
        $"bang-dieu-khien/xuat.xlsx?nam={year}{(table is null ? string.Empty : "&bang=" + table)}";

    public static void MapDashboardEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/bang-dieu-khien/xuat.xlsx", async (int nam, string? bang, HttpContext http, ReviewerDashboards dashboards) =>
        {
            if (CurrentUser.From(http.User) is not { } user)
            {
                return Results.Challenge();
            }

            var loaded = await dashboards.LoadAsync(user, nam, http.RequestAborted);
            if (loaded.Value is not { } dashboard)
            {
                return DocumentEndpoints.Message(StatusCodes.Status403Forbidden, loaded.Refusal ?? string.Empty);
            }

            return DashboardSheets.Workbook(dashboard, bang) is { } workbook
                ? Results.File(workbook, XlsxType, DashboardSheets.FileName(dashboard, bang))
                : DocumentEndpoints.Message(StatusCodes.Status404NotFound, "Không có bảng này trên bảng điều khiển.");
        }).RequireAuthorization();
}
