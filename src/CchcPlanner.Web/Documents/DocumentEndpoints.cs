using System.Text;
using CchcPlanner.Documents;
using CchcPlanner.Plans;
using CchcPlanner.Scans;
using CchcPlanner.Security;

namespace CchcPlanner.Web.Documents;

/// <summary>
/// The official document of a plan as PDF, DOCX or printable HTML, named like <c>KH-16-MNTH-2023.pdf</c>.
/// Once a signed scan is uploaded, the PDF is that scan. Only plans the user may read are served; any other id answers exactly like a plan that does not exist.
/// </summary>
internal static class DocumentEndpoints
{
    public static string PdfUrl(int planId) => $"ke-hoach/{planId}/van-ban.pdf";

    public static string DocxUrl(int planId) => $"ke-hoach/{planId}/van-ban.docx";

    public static string PrintUrl(int planId) => $"ke-hoach/{planId}/ban-in";

    public static void MapDocumentEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/ke-hoach/{id:int}/van-ban.pdf", async (int id, HttpContext http, PlanQueries plans, SignedScans scans, PdfRenderer pdf, DocumentLayout layout, ILogger<PdfRenderer> log) =>
        {
            if (await DocumentOfAsync(id, http, plans) is not var (plan, document))
            {
                return NotFound();
            }

            // The signed and stamped scan, once uploaded, is the document; a scan failing its checksum is never served.
            // Plans signed on paper before the system (no scan stored) keep the generated PDF.
            var user = CurrentUser.From(http.User)!;
            if (plan.Status == PlanStatus.Signed && await scans.InfoAsync(user, id, http.RequestAborted) is not null)
            {
                var scan = await scans.OpenAsync(user, id, http.RequestAborted);
                return scan.Succeeded
                    ? Results.File(scan.Value!.Content, "application/pdf", scan.Value.FileName)
                    : Message(StatusCodes.Status409Conflict, scan.Refusal!);
            }

            try
            {
                var bytes = await pdf.RenderAsync(HtmlRenderer.Render(document, layout), http.RequestAborted);
                return Results.File(bytes, "application/pdf", $"{plan.FileStem}.pdf");
            }
            catch (PdfRenderingException e)
            {
                log.LogError(e, "PDF of plan {PlanId} failed", id);
                return Message(StatusCodes.Status503ServiceUnavailable, e.Message);
            }
        });
        endpoints.MapGet("/ke-hoach/{id:int}/van-ban.docx", async (int id, HttpContext http, PlanQueries plans, DocumentLayout layout) =>
            await DocumentOfAsync(id, http, plans) is var (plan, document)
                ? Results.File(DocxRenderer.Render(document, layout), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", $"{plan.FileStem}.docx")
                : NotFound());
        endpoints.MapGet("/ke-hoach/{id:int}/ban-in", async (int id, HttpContext http, PlanQueries plans, DocumentLayout layout) =>
            await DocumentOfAsync(id, http, plans) is var (_, document)
                ? Results.Content(HtmlRenderer.Render(document, layout), "text/html; charset=utf-8", Encoding.UTF8)
                : NotFound());
    }

    private static async Task<(Plan Plan, OfficialDocument Document)?> DocumentOfAsync(int id, HttpContext http, PlanQueries plans)
    {
        if (CurrentUser.From(http.User) is not { } user || await plans.GetAsync(id, user, http.RequestAborted) is not { } plan)
        {
            return null;
        }

        return (plan, PlanDocumentBuilder.Build(plan));
    }

    private static IResult NotFound() =>
        Message(StatusCodes.Status404NotFound, "Không tìm thấy kế hoạch này, hoặc bạn không có quyền xem.");

    /// <summary>A plain Vietnamese page for a download that cannot be served.</summary>
    private static IResult Message(int status, string text) => Results.Content(
        $"<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>CchcPlanner</title></head><body style=\"font-family:sans-serif;margin:3rem\"><p>{HtmlRenderer.Escape(text)}</p><p><a href=\"/\">Về danh sách kế hoạch</a></p></body></html>",
        "text/html; charset=utf-8", Encoding.UTF8, status);
}
