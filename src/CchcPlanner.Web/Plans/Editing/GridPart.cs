using CchcPlanner.Common;
using CchcPlanner.Plans.Editing;
using Radzen.Blazor;

namespace CchcPlanner.Web.Plans.Editing;

/// <summary>
/// A list of the draft edited in a paged RadzenDataGrid, one row in edit mode at a time. Edits go straight into the row;
/// Enter or "Xong" keeps them, Escape or "Huỷ" puts back the row as it was (and drops a row just added).
/// </summary>
public abstract class GridPart<TRow> : DraftPart
    where TRow : class
{
    protected const int PageSize = 20;

    private TRow? before;
    private bool isNew;
    private PlanDraft? shownDraft;
    private int? pageToRestore;

    protected RadzenDataGrid<TRow> Grid { get; set; } = default!;

    protected TRow? Editing { get; private set; }

    protected abstract List<TRow> Rows { get; }

    /// <summary>What a row is called in labels: "chỉ tiêu" gives "Sửa chỉ tiêu 3".</summary>
    protected abstract string RowName { get; }

    /// <summary>The id of the field the cursor goes to when a row opens for editing.</summary>
    protected abstract string FirstFieldId { get; }

    protected abstract TRow NewRow();

    /// <summary>The question asked before removing a row that has recorded results; null when there is nothing to lose.</summary>
    protected abstract string? RemovalQuestion(TRow row);

    protected int Number(TRow row) => Rows.IndexOf(row) + 1;

    /// <summary>The class that outlines an input whose field has a problem shown.</summary>
    protected string Outline(TRow row, string field) => Session.Shows(row, field) ? "rz-w-100 invalid-field" : "rz-w-100";

    protected string Label(TRow row) => $"{RowName} {Number(row)}";

    /// <summary>The label at the start of a sentence: "Chỉ tiêu 3".</summary>
    protected string Caption(TRow row) => string.Concat(Label(row)[..1].ToUpper(VietnameseText.Culture), Label(row)[1..]);

    protected override void OnParametersSet()
    {
        if (!ReferenceEquals(shownDraft, Draft))
        {
            // A new draft (saved or reloaded): rows being edited belong to the old one; the page shown stays.
            pageToRestore = shownDraft is null ? null : Grid?.CurrentPage;
            shownDraft = Draft;
            Editing = null;
            Session.Quiet = null;
            before = null;
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (pageToRestore is { } page)
        {
            pageToRestore = null;
            await Grid.GoToPage(Math.Min(page, Math.Max(0, (Rows.Count - 1) / PageSize)));
        }

        if (Session.Reveal is TRow row && Rows.Contains(row))
        {
            Session.Reveal = null;
            await EditAsync(row);
        }
    }

    protected async Task EditAsync(TRow row)
    {
        if (Editing is not null && !ReferenceEquals(Editing, row))
        {
            await Grid.UpdateRow(Editing);
            Session.Quiet = null;
            Session.Edited(Editing);
        }

        await ShowPageOfAsync(row);
        before = EditSession.CopyRow(row);
        isNew = false;
        Editing = row;
        Session.Quiet = row;
        await Grid.EditRow(row);
        await Session.FocusAsync($"#{FirstFieldId}");
    }

    protected async Task AddRowAsync()
    {
        var row = NewRow();
        Rows.Add(row);
        await Grid.Reload();
        await EditAsync(row);
        isNew = true;
        Session.Edited(null);
    }

    /// <summary>Keeps the edits of the open row; a row with problems stays open with its messages shown.</summary>
    protected async Task CommitAsync()
    {
        if (Editing is not { } row)
        {
            return;
        }

        Session.Quiet = null;
        Session.Edited(row);
        if (Session.HasProblems(row))
        {
            StateHasChanged();
            return;
        }

        await Grid.UpdateRow(row);
        Editing = null;
        StateHasChanged();
        await Session.FocusAsync($"[aria-label=\"Sửa {Label(row)}\"]");
    }

    protected async Task CancelAsync()
    {
        if (Editing is not { } row)
        {
            return;
        }

        Grid.CancelEditRow(row);
        Session.Quiet = null;
        var index = Rows.IndexOf(row);
        if (isNew)
        {
            Rows.RemoveAt(index);
        }
        else if (index >= 0 && before is not null)
        {
            Rows[index] = before;
        }

        Editing = null;
        await Grid.Reload();
        Session.Edited(null);
        if (index >= 0 && index < Rows.Count)
        {
            await Session.FocusAsync($"[aria-label=\"Sửa {Label(Rows[index])}\"]");
        }
    }

    /// <summary>After RowActions moved or removed a row: show the page the row is on now.</summary>
    protected async Task RowsChangedAsync(TRow row)
    {
        if (!Rows.Contains(row) && ReferenceEquals(row, Editing))
        {
            Grid.CancelEditRow(row);
            Editing = null;
            Session.Quiet = null;
        }

        await Grid.Reload();
        if (Rows.Contains(row))
        {
            await ShowPageOfAsync(row);
        }
    }

    private async Task ShowPageOfAsync(TRow row)
    {
        var page = Math.Max(0, Rows.IndexOf(row)) / PageSize;
        if (page != Grid.CurrentPage)
        {
            await Grid.GoToPage(page);
        }
    }
}
