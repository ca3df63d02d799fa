using CchcPlanner.FollowUp;
using CchcPlanner.Security;
using CchcPlanner.Web.Documents;

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
                : DocumentEndpoints.Message(StatusCodes.Status404NotFound, "Không tìm thấy tệp minh chứng này, hoặc bạn không có quyền xem."));
}
