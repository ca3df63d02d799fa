using CchcPlanner.FollowUp;
using CchcPlanner.Plans;
using CchcPlanner.Security;
using CchcPlanner.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace CchcPlanner.Web.FollowUp;

/// <summary>
/// Entry of one reporting period's KPI results: one grid, the value typed in place (Enter goes to the next row, Tab to the
/// note), attainment judged as the user types, and one save for the whole period. Reviewers read the same grid.
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

    private async Task NextRowAsync(KeyboardEventArgs e, ResultRow row)
    {
        if (e.Key != "Enter")
        {
            return;
        }

        var next = rows.IndexOf(row) + 1;
        if (next < rows.Count)
        {
            await rows[next].Input.FocusAsync();
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
