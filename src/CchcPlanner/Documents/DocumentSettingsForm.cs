using CchcPlanner.Common;

namespace CchcPlanner.Documents;

/// <summary>
/// The layout of a unit's documents and where it comes from: the settings of the nearest unit on the path from the unit up
/// to the root that has some, else the configured default (<see cref="DocumentLayout.From"/>). Source null: the default.
/// </summary>
public sealed record ResolvedLayout(DocumentLayout Layout, int? SourceUnitId, string? SourceUnitName, string? ChangedBy, DateTimeOffset? ChangedAt)
{
    public bool IsDefault => SourceUnitId is null;

    public string SourceText => SourceUnitName is null ? "Đang dùng cài đặt mặc định của hệ thống." : $"Đang dùng cài đặt của {SourceUnitName}.";
}

/// <summary>The values of the settings page, bound to its fields; checked only when turned into a <see cref="DocumentLayout"/>.</summary>
public sealed class DocumentSettingsForm
{
    public decimal TopMm { get; set; }

    public decimal BottomMm { get; set; }

    public decimal LeftMm { get; set; }

    public decimal RightMm { get; set; }

    public int BodyPt { get; set; }

    public decimal LineSpacing { get; set; }

    public static DocumentSettingsForm From(DocumentLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        return new DocumentSettingsForm
        {
            TopMm = layout.TopMm, BottomMm = layout.BottomMm, LeftMm = layout.LeftMm, RightMm = layout.RightMm,
            BodyPt = layout.BodyPt, LineSpacing = layout.LineSpacing,
        };
    }

    /// <summary>Throws <see cref="DomainRuleException"/> with the Vietnamese reason when a value is outside the decree's ranges.</summary>
    public DocumentLayout ToLayout() => new(TopMm, BottomMm, LeftMm, RightMm, BodyPt, LineSpacing);
}
