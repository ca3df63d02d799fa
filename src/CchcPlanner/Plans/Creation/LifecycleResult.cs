namespace CchcPlanner.Plans.Creation;

/// <summary>
/// What starting, copying, deleting or moving a plan through the workflow gives back: the result, or why it was refused,
/// in Vietnamese for the page.
/// A refusal is an answer the user acts on (not allowed, wrong state, not found), not an error.
/// </summary>
public sealed record LifecycleResult<T>
{
    internal LifecycleResult(T? value, string? refusal)
    {
        Value = value;
        Refusal = refusal;
    }

    public T? Value { get; }

    public string? Refusal { get; }

    public bool Succeeded => Refusal is null;
}

public static class LifecycleResult
{
    public static LifecycleResult<T> Done<T>(T value) => new(value, null);

    public static LifecycleResult<T> Refused<T>(string refusal) => new(default, refusal);
}

/// <summary>A plan copied to another year: the new draft's id and the places to read again.</summary>
public sealed record CopiedPlan(int PlanId, IReadOnlyList<ReReadItem> ReRead);

/// <summary>An issued plan of a body above the user's unit, which the user's plan may carry out.</summary>
public sealed record ParentPlanRow(
    int Id, int Year, PlanKind Kind, string UnitName, string Title, string NumberAndSymbol, DateOnly? IssuedOn, int OfferCount)
{
    public string KindText => Kind.ToVietnamese();
}
