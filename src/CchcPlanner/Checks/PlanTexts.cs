using System.Globalization;
using CchcPlanner.Common;
using CchcPlanner.Plans.Json;

namespace CchcPlanner.Checks;

/// <summary>One text of a plan and the subject path it sits at.</summary>
/// <param name="IsProse">Running text, where citations and years are read; names and titles of units are not.</param>
/// <param name="Basis">The legal basis the text is, if it is one.</param>
internal sealed record PlanText(string Subject, string Text, bool IsProse, LegalBasisJson? Basis = null)
{
    public bool IsLegalBasis => Basis is not null;
}

/// <summary>Every text of a <see cref="PlanJson"/>, in the order the document prints them.</summary>
internal static class PlanTexts
{
    public static IReadOnlyList<PlanText> Of(PlanJson plan)
    {
        var texts = new List<PlanText>();
        void Add(string subject, string? text, bool prose)
        {
            if (!string.IsNullOrWhiteSpace(text))
            {
                texts.Add(new PlanText(subject, text, prose));
            }
        }

        Add(Subjects.Header + ".parentBody", plan.ParentBody, prose: false);
        Add(Subjects.Header + ".issuingBody", plan.IssuingBody, prose: false);
        Add(Subjects.Header + ".place", plan.Place, prose: false);
        Add(Subjects.Title, plan.Title, prose: true);
        for (var i = 0; i < plan.LegalBases.Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(plan.LegalBases[i].Text))
            {
                texts.Add(new PlanText(Subjects.Item(Subjects.LegalBases, i), plan.LegalBases[i].Text, IsProse: true, plan.LegalBases[i]));
            }
        }

        Add(Subjects.LeadIn, plan.LeadIn, prose: true);
        for (var i = 0; i < plan.Sections.Count; i++)
        {
            var section = plan.Sections[i];
            Add(Subjects.Item(Subjects.Sections, i), section.Heading, prose: true);
            for (var j = 0; j < section.Children.Count; j++)
            {
                Add(Subjects.Child(i, j), section.Children[j].Text, prose: true);
            }
        }

        AddParts(plan, Add);
        Add(Subjects.Closing, plan.Closing, prose: true);
        for (var i = 0; i < plan.Recipients.Count; i++)
        {
            Add(Subjects.Item(Subjects.Recipients, i), plan.Recipients[i].Name, prose: false);
        }

        if (plan.Signature is { } signature)
        {
            Add(Subjects.Signature, signature.Authority, prose: false);
            Add(Subjects.Signature, signature.Title, prose: false);
            Add(Subjects.Signature, signature.Name, prose: false);
        }

        return texts;
    }

    private static void AddParts(PlanJson plan, Action<string, string?, bool> add)
    {
        for (var i = 0; i < plan.Kpis.Count; i++)
        {
            var subject = Subjects.Item(Subjects.Kpis, i);
            add(subject, plan.Kpis[i].Group, true);
            add(subject, plan.Kpis[i].Text, true);
        }

        for (var i = 0; i < plan.Tasks.Count; i++)
        {
            var (subject, task) = (Subjects.Item(Subjects.Tasks, i), plan.Tasks[i]);
            add(subject, task.Group, true);
            add(subject, task.Content, true);
            add(subject, task.Details, true);
            add(subject, task.LeadUnit, false);
            add(subject, task.CoordinatingUnits, false);
            add(subject, task.Product, true);
        }

        for (var i = 0; i < plan.ReportingDeadlines.Count; i++)
        {
            add(Subjects.Item(Subjects.ReportingDeadlines, i), plan.ReportingDeadlines[i].Name, true);
            add(Subjects.Item(Subjects.ReportingDeadlines, i), plan.ReportingDeadlines[i].ReceivingUnit, false);
        }

        for (var i = 0; i < plan.Budget.Count; i++)
        {
            add(Subjects.Item(Subjects.Budget, i), plan.Budget[i].Content, true);
            add(Subjects.Item(Subjects.Budget, i), plan.Budget[i].FundingSource, false);
        }

        for (var i = 0; i < plan.Responsibilities.Count; i++)
        {
            add(Subjects.Item(Subjects.Responsibilities, i), plan.Responsibilities[i].Party, false);
            foreach (var duty in plan.Responsibilities[i].Duties)
            {
                add(Subjects.Item(Subjects.Responsibilities, i), duty, true);
            }
        }
    }
}

/// <summary>The subject paths of findings (docs/plan-json.md, "Checks"): the JSON names of the plan's parts, 0-based indices.</summary>
public static class Subjects
{
    public const string Header = "header";
    public const string Number = "header.number";
    public const string IssuedOn = "header.issuedOn";
    public const string Title = "title";
    public const string LegalBases = "legalBases";
    public const string LeadIn = "leadIn";
    public const string Sections = "sections";
    public const string Kpis = "kpis";
    public const string Tasks = "tasks";
    public const string ReportingDeadlines = "reportingDeadlines";
    public const string Budget = "budget";
    public const string Responsibilities = "responsibilities";
    public const string Closing = "closing";
    public const string Recipients = "recipients";
    public const string Signature = "signature";

    /// <summary>The source text of an import, when a finding has no part of the plan to point at; the quote says where.</summary>
    public const string Text = "text";

    /// <summary>The Word file itself: <c>docx.sections[0]</c>, <c>docx.styles[Normal]</c>, <c>docx.body</c>.</summary>
    public const string Docx = "docx";

    /// <summary>
    /// The subject as a reader names it, 1-based: <c>tasks[12]</c> → <c>nhiệm vụ thứ 13</c>,
    /// <c>sections[1].children[3]</c> → <c>mục II, đoạn 4</c>.
    /// </summary>
    public static string Describe(string subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var name = subject.Split('[', 2)[0];
        var numbers = subject.Split('[').Skip(1).Select(p => int.Parse(p[..p.IndexOf(']', StringComparison.Ordinal)], CultureInfo.InvariantCulture) + 1).ToList();
        string Nth(string what) => numbers.Count > 0 ? $"{what} thứ {numbers[0].ToString(CultureInfo.InvariantCulture)}" : what;
        return name switch
        {
            Number => "số văn bản",
            IssuedOn => "ngày ban hành",
            Title => "trích yếu",
            LegalBases => Nth("căn cứ"),
            LeadIn => "đoạn mở đầu",
            Sections when numbers.Count > 1 => $"mục {RomanNumerals.Of(numbers[0])}, đoạn {numbers[1].ToString(CultureInfo.InvariantCulture)}",
            Sections when numbers.Count == 1 => $"tiêu đề mục {RomanNumerals.Of(numbers[0])}",
            Kpis => Nth("chỉ tiêu"),
            Tasks => Nth("nhiệm vụ"),
            ReportingDeadlines => Nth("hạn báo cáo"),
            Budget => Nth("dòng kinh phí"),
            Responsibilities => Nth("phần tổ chức thực hiện"),
            Closing => "đoạn kết",
            Recipients => numbers.Count > 0 ? Nth("nơi nhận") : "nơi nhận",
            Signature => "chữ ký",
            Text => "văn bản",
            _ when name.StartsWith(Header, StringComparison.Ordinal) => "phần đầu văn bản",
            _ => subject,
        };
    }

    /// <summary><c>tasks[12]</c>.</summary>
    public static string Item(string list, int index) => string.Create(CultureInfo.InvariantCulture, $"{list}[{index}]");

    /// <summary><c>sections[1].children[3]</c>.</summary>
    public static string Child(int section, int child) =>
        string.Create(CultureInfo.InvariantCulture, $"{Sections}[{section}].children[{child}]");
}
