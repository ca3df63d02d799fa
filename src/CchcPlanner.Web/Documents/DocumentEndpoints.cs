using System.Text;
using CchcPlanner.Documents;
using CchcPlanner.Security;

namespace CchcPlanner.Web.Documents;

/// <summary>
/// The official document of a plan as PDF, DOCX or printable HTML, named like <c>KH-16-MNTH-2023.pdf</c>.
/// Once the plan is signed, the PDF is the uploaded scan. Only plans the user may read are served; any other id
/// answers exactly like a plan that does not exist. Downloads are recorded in the audit trail (<see cref="PlanFiles"/>).
/// </summary>
internal static class DocumentEndpoints
{
    public static string PdfUrl(int planId) => $"ke-hoach/{planId}/van-ban.pdf";

    public static string DocxUrl(int planId) => $"ke-hoach/{planId}/van-ban.docx";

    public static string PrintUrl(int planId) => $"ke-hoach/{planId}/ban-in";

    public static void MapDocumentEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/ke-hoach/{id:int}/van-ban.pdf", async (int id, HttpContext http, PlanFiles files, ILogger<PdfRenderer> log) =>
        {
            try
            {
                return CurrentUser.From(http.User) is { } user ? Send(await files.PdfAsync(user, id, http.RequestAborted)) : NotFound();
            }
            catch (PdfRenderingException e)
            {
                log.LogError(e, "PDF of plan {PlanId} failed", id);
                return Message(StatusCodes.Status503ServiceUnavailable, e.Message);
            }
            catch (SignedScanException e)
            {
                log.LogError(e, "Signed scan of plan {PlanId} cannot be served", id);
                return Message(StatusCodes.Status409Conflict, e.Message);
            }
        });
        endpoints.MapGet("/ke-hoach/{id:int}/van-ban.docx", async (int id, HttpContext http, PlanFiles files) =>
            CurrentUser.From(http.User) is { } user ? Send(await files.DocxAsync(user, id, http.RequestAborted)) : NotFound());
        endpoints.MapGet("/ke-hoach/{id:int}/ban-in", async (int id, HttpContext http, PlanFiles files) =>
            CurrentUser.From(http.User) is { } user && await files.PrintAsync(user, id, http.RequestAborted) is { } html
                ? Results.Content(html, "text/html; charset=utf-8", Encoding.UTF8)
                : NotFound());
    }

    private static IResult Send(PlanFile? file) =>
        file is null ? NotFound() : Results.File(file.Content, file.ContentType, file.FileName);

    private static IResult NotFound() =>
        Message(StatusCodes.Status404NotFound, "Không tìm thấy kế hoạch này, hoặc bạn không có quyền xem.");

    /// <summary>A plain Vietnamese page for a download that cannot be served.</summary>
    internal static IResult Message(int status, string text) => Results.Content(
        $"<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>CchcPlanner</title></head><body style=\"font-family:sans-serif;margin:3rem\"><p>{HtmlRenderer.Escape(text)}</p><p><a href=\"/\">Về danh sách kế hoạch</a></p></body></html>",
        "text/html; charset=utf-8", Encoding.UTF8, status);
}
