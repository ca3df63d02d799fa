using System.Security.Claims;
using CchcPlanner.Documents;
using CchcPlanner.Plans;
using CchcPlanner.Plans.Json;
using CchcPlanner.Web.Documents;

namespace CchcPlanner.Web.Api;

/// <summary>A line of <c>GET /api/plans</c>.</summary>
internal sealed record PlanRowJson(
    int Id, int UnitId, string Unit, int Year, string Kind, string KindText, string? Number, string Title, string Status, string StatusText);

/// <summary>Reading plans: the list the caller may see, one plan as JSON (docs/plan-json.md), its PDF and DOCX.</summary>
internal static class PlanApi
{
    public static void MapPlanApi(this IEndpointRouteBuilder endpoints)
    {
        var plans = endpoints.MapPlansGroup();
        plans.MapGet("", async (int? year, ClaimsPrincipal principal, PlanQueries queries, CancellationToken cancellationToken) =>
        {
            var rows = await queries.ListAsync(ApiCaller.Of(principal), cancellationToken);
            return TypedResults.Ok(rows.Where(r => year is null || r.Year == year).Select(Row).ToList());
        });
        plans.MapGet("/{id:int}", async (int id, ClaimsPrincipal principal, HttpContext http, PlanQueries queries, CancellationToken cancellationToken) =>
        {
            if (await queries.GetAsync(id, ApiCaller.Of(principal), cancellationToken) is not { } plan)
            {
                return NotFound();
            }

            http.Response.Headers.ETag = ApiCaller.ETag(plan.Version);
            return Results.Text(PlanJsonWriter.Write(plan), "application/json; charset=utf-8");
        });
        plans.MapGet("/{id:int}/pdf", async (int id, ClaimsPrincipal principal, PlanFiles files, ILogger<PdfRenderer> log, CancellationToken cancellationToken) =>
        {
            try
            {
                return Send(await files.PdfAsync(ApiCaller.Of(principal), id, cancellationToken));
            }
            catch (PdfRenderingException e)
            {
                log.LogError(e, "PDF of plan {PlanId} failed", id);
                return ApiProblems.Problem(StatusCodes.Status503ServiceUnavailable, e.Message);
            }
            catch (SignedScanException e)
            {
                log.LogError(e, "Signed scan of plan {PlanId} cannot be served", id);
                return ApiProblems.Problem(StatusCodes.Status409Conflict, e.Message);
            }
        });
        plans.MapGet("/{id:int}/docx", async (int id, ClaimsPrincipal principal, PlanFiles files, CancellationToken cancellationToken) =>
            Send(await files.DocxAsync(ApiCaller.Of(principal), id, cancellationToken)));
    }

    public static IResult NotFound() => ApiProblems.Problem(StatusCodes.Status404NotFound, ApiProblems.NotFound);

    private static IResult Send(PlanFile? file) => file is null ? NotFound() : TypedResults.File(file.Content, file.ContentType, file.FileName);

    /// <summary>Until the clerk numbers a plan its number is blanks before the slash (<c>      /KH-MNTH</c>): null here.</summary>
    private static PlanRowJson Row(PlanListRow row) => new(
        row.Id, row.UnitId, row.UnitName, row.Year, PlanJsonWriter.Name(row.Kind), row.KindText,
        row.NumberAndSymbol.TrimStart().StartsWith('/') ? null : row.NumberAndSymbol, row.Title, PlanJsonWriter.Name(row.Status), row.StatusText);
}
