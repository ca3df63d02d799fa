using CchcPlanner.Audit;
using CchcPlanner.Documents;
using CchcPlanner.Plans;
using CchcPlanner.Scans;
using CchcPlanner.Security;

namespace CchcPlanner.Web.Documents;

/// <summary>A document ready to send: bytes, media type and the name the browser saves it under.</summary>
/// <summary>The stored signed scan cannot be served (changed or missing on disk); the message is for the user.</summary>
internal sealed class SignedScanException(string message) : Exception(message);

internal sealed record PlanFile(byte[] Content, string ContentType, string FileName);

/// <summary>
/// The official document of a plan the user may read, as PDF or DOCX, for the page links and the HTTP API alike;
/// every file handed out is recorded in the audit trail. Null: no such plan, or not one the user may read. The layout is
/// the one set for the plan's unit or the nearest unit above it, else the configured default (<see cref="DocumentSettingsService"/>).
/// </summary>
internal sealed class PlanFiles(PlanQueries plans, PdfRenderer pdf, DocumentSettingsService layouts, AuditTrail audit, SignedScans scans)
{
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>
    /// The printed plan, or once its signed scan is uploaded that scan, which is the document from then on. Throws
    /// <see cref="PdfRenderingException"/> when Chromium cannot print, <see cref="SignedScanException"/> when the stored
    /// scan fails its checksum (the generated PDF is never served in its place).
    /// </summary>
    public Task<PlanFile?> PdfAsync(CurrentUser user, int planId, CancellationToken cancellationToken) =>
        FileAsync(user, planId, "pdf", async (plan, document, layout) =>
        {
            // Plans signed on paper before the system (no scan stored) keep the generated PDF.
            if (plan.Status != PlanStatus.Signed || await scans.InfoAsync(user, plan.Id, cancellationToken) is null)
            {
                return new PlanFile(await pdf.RenderAsync(HtmlRenderer.Render(document, layout), cancellationToken), "application/pdf", $"{plan.FileStem}.pdf");
            }

            var scan = await scans.OpenAsync(user, plan.Id, cancellationToken);
            return scan.Succeeded
                ? new PlanFile(scan.Value!.Content, "application/pdf", scan.Value.FileName)
                : throw new SignedScanException(scan.Refusal!);
        }, cancellationToken);

    public Task<PlanFile?> DocxAsync(CurrentUser user, int planId, CancellationToken cancellationToken) =>
        FileAsync(user, planId, "docx", (plan, document, layout) =>
            Task.FromResult(new PlanFile(DocxRenderer.Render(document, layout), DocxType, $"{plan.FileStem}.docx")), cancellationToken);

    /// <summary>The printable page (not a download, not audited).</summary>
    public async Task<string?> PrintAsync(CurrentUser user, int planId, CancellationToken cancellationToken) =>
        await plans.GetAsync(planId, user, cancellationToken) is { } plan
            ? HtmlRenderer.Render(PlanDocumentBuilder.Build(plan), (await layouts.LayoutForAsync(plan.UnitId, cancellationToken)).Layout)
            : null;

    private async Task<PlanFile?> FileAsync(
        CurrentUser user, int planId, string format, Func<Plan, OfficialDocument, DocumentLayout, Task<PlanFile>> render, CancellationToken cancellationToken)
    {
        if (await plans.GetAsync(planId, user, cancellationToken) is not { } plan)
        {
            return null;
        }

        var layout = (await layouts.LayoutForAsync(plan.UnitId, cancellationToken)).Layout;
        var file = await render(plan, PlanDocumentBuilder.Build(plan), layout);
        await audit.RecordAsync(user, AuditActions.DocumentDownloaded, plan.Id, $"Tải xuống {file.FileName} ({format.ToUpperInvariant()}): {plan.Title}", cancellationToken);
        return file;
    }
}
