using System.Globalization;
using CchcPlanner.Common;
using CchcPlanner.FollowUp;
using CchcPlanner.Plans;

namespace CchcPlanner.Web.FollowUp;

/// <summary>A line of the results grid as the user types it: the value as text (<c>97,5</c> or <c>97.5</c>) and the note.</summary>
public sealed class ResultRow(KpiResultLine line)
{
    public KpiResultLine Line { get; } = line;

    public string ValueText { get; set; } = line.Value?.ToString("0.####", VietnameseText.Culture) ?? string.Empty;

    public string? Note { get; set; } = line.Note;

    /// <summary>Why the last evidence file chosen for this row was refused.</summary>
    public string? EvidenceProblem { get; set; }

    public bool Uploading { get; set; }

    public string TargetText => PartNames.TargetText(Line.Comparator, Line.Target, Line.Unit);

    /// <summary>False when the text is not a number.</summary>
    public bool IsValid => ValueText.Trim().Length == 0 || Parse(ValueText) is not null;

    public decimal? Value => Parse(ValueText);

    public bool IsChanged => !IsValid || Value != Line.Value || VietnameseText.CleanOrNull(Note) != Line.Note;

    public Attainment Attainment(ReportingPeriod period) => AttainmentRule.Assess(Line.Comparator, Line.Target, IsValid ? Value : null, period);

    public KpiResultEntry ToEntry() => new(Line.KpiId, Value, Note);

    /// <summary>This row's typed value and note on a re-read line (after an evidence upload), so nothing typed is lost.</summary>
    public ResultRow On(KpiResultLine line) => new(line) { ValueText = ValueText, Note = Note, EvidenceProblem = EvidenceProblem };

    private static decimal? Parse(string text)
    {
        var clean = text.Trim().TrimEnd('%').Trim().Replace(" ", string.Empty, StringComparison.Ordinal);
        if (clean.Length == 0)
        {
            return null;
        }

        // A comma is the Vietnamese decimal separator; a dot is accepted too, as typed on most keyboards.
        return decimal.TryParse(clean.Replace('.', ','), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, VietnameseText.Culture, out var value)
            ? value
            : null;
    }
}
