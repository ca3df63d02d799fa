using System.Text;
using CchcPlanner.Documents;
using CchcPlanner.FollowUp;
using CchcPlanner.Security;

namespace CchcPlanner.Web.FollowUp;

/// <summary>
/// Downloads an evidence file of a KPI result: <c>/ke-hoach/{plan}/minh-chung/{result}</c>. Served to whoever may read the
/// plan's results (the plan's unit, reviewers and administrators above); any other asker, a result of another plan, or a
/// result without a file answers exactly like a plan that does not exist. Downloads are audited by <see cref="KpiEvidence"/>.
/// </summary>
internal static class EvidenceEndpoints
{
    public static string Url(int planId, int resultId) => $"ke-hoach/{planId}/minh-chung/{resultId}";

    public static void MapEvidenceEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/ke-hoach/{id:int}/minh-chung/{resultId:int}", async (int id, int resultId, HttpContext http, KpiEvidence evidence) =>
            CurrentUser.From(http.User) is { } user && await evidence.OpenAsync(user, id, resultId, http.RequestAborted) is { } file
                ? Results.File(file.Content, file.ContentType, file.FileName)
                : Results.Content(
                    "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>CchcPlanner</title></head><body style=\"font-family:sans-serif;margin:3rem\"><p>"
                    + HtmlRenderer.Escape("Không tìm thấy tệp minh chứng này, hoặc bạn không có quyền xem.")
                    + "</p><p><a href=\"/\">Về danh sách kế hoạch</a></p></body></html>",
                    "text/html; charset=utf-8",
                    Encoding.UTF8,
                    StatusCodes.Status404NotFound));
}
