using CchcPlanner.Plans.Editing;
using Microsoft.AspNetCore.Components;

namespace CchcPlanner.Web.Plans.Editing;

/// <summary>A part of the editor: binds to the draft and reports every edit to the session.</summary>
public abstract class DraftPart : ComponentBase
{
    [CascadingParameter]
    public EditSession Session { get; set; } = default!;

    [Parameter, EditorRequired]
    public PlanDraft Draft { get; set; } = default!;

    protected void Edited(object model) => Session.Edited(model);

    /// <summary>Adds a row, reports it and puts the cursor in its first field.</summary>
    protected async Task AddAsync<T>(List<T> rows, T row, string firstFieldId)
        where T : class
    {
        rows.Add(row);
        Edited(row);
        await Session.FocusAsync($"#{firstFieldId}");
    }
}
