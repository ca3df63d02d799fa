using CchcPlanner.Plans.Json;

namespace CchcPlanner.Checks;

/// <summary>How much a finding matters. Only errors fail <c>cchc check</c>.</summary>
public enum FindingSeverity
{
    /// <summary>Worth knowing; normal while drafting (a number left for the clerk).</summary>
    Info = 0,

    /// <summary>Probably wrong; a reviewer would ask about it.</summary>
    Warning = 1,

    /// <summary>Wrong in an issued document (two dates for one decree, a type that contradicts its symbol).</summary>
    Error = 2,
}

/// <summary>
/// What a check found: a stable <see cref="Code"/> (<see cref="CheckCodes"/>), its severity, a Vietnamese message,
/// the <see cref="Subject"/> it refers to as a path the editor can jump to (<c>tasks[12]</c>,
/// <c>sections[1].children[3]</c>, <c>header.number</c>; docs/plan-json.md, "Checks") and a short quote of the text.
/// </summary>
public sealed record Finding(string Code, FindingSeverity Severity, string Message, string Subject, string? Quote = null)
{
    public FindingJson ToJson() => new(Code, SeverityNames.Json(Severity), Message, Subject, Quote);
}

public static class SeverityNames
{
    /// <summary>As the JSON writes it: <c>error</c>, <c>warning</c>, <c>info</c>.</summary>
    public static string Json(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => "error",
        FindingSeverity.Warning => "warning",
        _ => "info",
    };

    /// <summary>As a user reads it: <c>lỗi</c>, <c>cảnh báo</c>, <c>lưu ý</c>.</summary>
    public static string ToVietnamese(this FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => "lỗi",
        FindingSeverity.Warning => "cảnh báo",
        _ => "lưu ý",
    };
}
