using CchcPlanner.FollowUp;
using CchcPlanner.Plans;
using CchcPlanner.Security;
using CchcPlanner.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace CchcPlanner.Web.FollowUp;

/// <summary>
/// Entry of one reporting period's KPI results: one grid, the value typed in place (Enter goes to the next row, Tab to the
/// note: grid-keys.js), evidence files uploaded per row, attainment judged as the user types, and one save for the whole period. Reviewers read the same grid.
/// </summary>
public sealed partial class KpiResultsPage : UserPage
{
    private static readonly IReadOnlyList<Option<ReportingPeriod>> Periods =
        [.. Enum.GetValues<ReportingPeriod>().Select(p => new Option<ReportingPeriod>(p, p.ToVietnamese()))];

    private readonly IReadOnlyList<Option<ReportingPeriod>> periods = Periods;
    private KpiResultSheet? sheet;
    private List<ResultRow> rows = [];
    private bool saving;
    private string? message;
    private bool failed;

    [Parameter]
    public int Id { get; set; }

    private bool Dirty => rows.Any(r => r.IsChanged);

    protected override async Task LoadAsync(CurrentUser user) => await ShowAsync(user, sheet?.Period ?? ReportingPeriod.Quarter1);

    private async Task ShowAsync(CurrentUser user, ReportingPeriod period)
    {
        sheet = await Results.SheetAsync(user, Id, period);
        rows = sheet?.Lines.Select(l => new ResultRow(l)).ToList() ?? [];
    }

    private async Task ChangePeriodAsync(ReportingPeriod period)
    {
        message = null;
        await ShowAsync(User!, period);
    }

    private void Reset()
    {
        message = null;
        rows = sheet!.Lines.Select(l => new ResultRow(l)).ToList();
    }

    /// <summary>
    /// Stores the chosen file as the KPI's evidence at once. The values typed in the grid stay as they are (attaching
    /// evidence does not move the plan's version, so they can still be saved); a refused file is explained beside the row.
    /// </summary>
    private async Task UploadEvidenceAsync(ResultRow row, InputFileChangeEventArgs e)
    {
        var file = e.File;
        row.EvidenceProblem = null;
        message = null;
        if (file.Size > StorageOptions.EvidenceMaxBytes)
        {
            row.EvidenceProblem = Evidence.TooLarge;
            return;
        }

        row.Uploading = true;
        try
        {
            // One byte over the limit lets the service see (and say) that the file is too large.
            await using var content = file.OpenReadStream(StorageOptions.EvidenceMaxBytes + 1);
            var result = await Evidence.UploadAsync(User!, sheet!.PlanId, row.Line.KpiId, sheet.Period, content);
            if (!result.Succeeded)
            {
                row.EvidenceProblem = result.Refusal;
                return;
            }

            var reread = await Results.SheetAsync(User!, sheet.PlanId, sheet.Period);
            if (reread is not null)
            {
                var typed = rows.ToDictionary(r => r.Line.KpiId);
                sheet = sheet with { Lines = reread.Lines };
                rows = [.. reread.Lines.Select(l => typed.TryGetValue(l.KpiId, out var old) ? old.On(l) : new ResultRow(l))];
            }

            failed = false;
            message = $"Đã tải lên tệp minh chứng ({result.Value!.Kind.ToVietnamese()}) cho chỉ tiêu {row.Line.Number}, {sheet.Period.ToVietnamese()}.";
        }
        catch (IOException ex)
        {
            Log.LogWarning(ex, "Upload of an evidence file of plan {PlanId} broke off", Id);
            row.EvidenceProblem = "Tải lên bị ngắt giữa chừng; hãy chọn lại tệp và thử lại.";
        }
#pragma warning disable CA1031 // The user reads a plain message and keeps what they typed; the log keeps the exception.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Log.LogError(ex, "Upload of an evidence file of plan {PlanId} failed", Id);
            row.EvidenceProblem = "Không tải lên được tệp minh chứng. Hãy thử lại sau ít phút; số liệu bạn đã nhập vẫn còn trên trang.";
        }
        finally
        {
            row.Uploading = false;
        }
    }

    private async Task SaveAsync()
    {
        saving = true;
        message = null;
        try
        {
            var result = await Results.SaveAsync(User!, sheet!.PlanId, sheet.Version, sheet.Period, [.. rows.Where(r => r.IsChanged).Select(r => r.ToEntry())]);
            failed = !result.Succeeded;
            if (result.Succeeded)
            {
                var period = sheet.Period;
                await ShowAsync(User!, period);
                message = $"Đã lưu kết quả {period.ToVietnamese()} của {result.Value!.Changed} chỉ tiêu.";
            }
            else
            {
                message = result.Refusal;
            }
        }
#pragma warning disable CA1031 // The user reads a plain message and keeps what they typed; the log keeps the exception.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Log.LogError(ex, "Saving the KPI results of plan {PlanId} failed", Id);
            failed = true;
            message = "Không lưu được kết quả. Cơ sở dữ liệu có thể đang gián đoạn; số liệu bạn đã nhập vẫn còn trên trang, hãy thử lưu lại sau ít phút.";
        }
        finally
        {
            saving = false;
        }
    }
}
