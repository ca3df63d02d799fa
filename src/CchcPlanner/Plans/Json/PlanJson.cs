using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace CchcPlanner.Plans.Json;

/// <summary>
/// A plan as a JSON document (docs/plan-json.md): what `cchc render plan.json` reads and what export and import exchange.
/// Names are camel-case; enumerations are camel-case strings; dates are yyyy-MM-dd.
/// </summary>
public sealed record PlanJson
{
    public int FormatVersion { get; init; } = 1;

    public string Kind { get; init; } = "annualCchc";

    public int Year { get; init; }

    /// <summary><c>16/KH-MNTH</c>; null while the clerk has not numbered it.</summary>
    public string? Number { get; init; }

    /// <summary>The symbol after the slash when the plan has no number yet (<c>KH-MNTH</c>).</summary>
    public string? Symbol { get; init; }

    public DateOnly? IssuedOn { get; init; }

    public string Place { get; init; } = string.Empty;

    public string? ParentBody { get; init; }

    public string IssuingBody { get; init; } = string.Empty;

    /// <summary>The issuing body as written in sentences (<c>Trường mầm non Tuổi Hồng</c>); the header prints it in capitals.</summary>
    public string? UnitName { get; init; }

    public string Title { get; init; } = string.Empty;

    public string? Status { get; init; }

    public string LeadIn { get; init; } = string.Empty;

    public string Closing { get; init; } = string.Empty;

    public bool TasksInAnnex { get; init; }

    public IReadOnlyList<LegalBasisJson> LegalBases { get; init; } = [];

    /// <summary>Every document the plan cites, in its legal bases or anywhere in its text.</summary>
    public IReadOnlyList<CitationJson> Citations { get; init; } = [];

    public IReadOnlyList<SectionJson> Sections { get; init; } = [];

    public IReadOnlyList<KpiJson> Kpis { get; init; } = [];

    public IReadOnlyList<TaskJson> Tasks { get; init; } = [];

    public IReadOnlyList<DeadlineJson> ReportingDeadlines { get; init; } = [];

    public IReadOnlyList<BudgetLineJson> Budget { get; init; } = [];

    public IReadOnlyList<ResponsibilityJson> Responsibilities { get; init; } = [];

    public IReadOnlyList<RecipientJson> Recipients { get; init; } = [];

    public SignatureJson? Signature { get; init; }

    /// <summary>What a check found in the plan (filled by the checker; empty on export).</summary>
    public IReadOnlyList<FindingJson> Findings { get; init; } = [];

    /// <summary>Camel-case names and enumerations, Vietnamese left unescaped, indented for people reading it.</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };
}

/// <summary><c>Căn cứ</c> or <c>Thực hiện</c> and the citation as printed, with its parts when they are known.</summary>
public sealed record LegalBasisJson(string Verb, string Text, CitationJson? Citation);

public sealed record CitationJson(string Type, string Symbol, DateOnly? IssuedOn, string? Issuer, string? Summary);

/// <summary>A numbered part of the body: its heading without the numeral, its kind and its paragraphs in order.</summary>
public sealed record SectionJson(string Heading, string Kind, IReadOnlyList<ItemJson> Children);

/// <summary>A paragraph: <c>heading</c> (a numbered sub-heading), <c>paragraph</c>, <c>bullet</c> (-) or <c>subBullet</c> (+).</summary>
public sealed record ItemJson(string Style, string Text);

public sealed record KpiJson(string Text, string Comparator, decimal? Target, string? Unit, string? Group);

public sealed record TaskJson(
    string Area, string? Group, string Content, string? Details, string? LeadUnit, string? CoordinatingUnits,
    string Timeline, DateOnly? Due, int? Quarter, string? Product, string? Status);

public sealed record DeadlineJson(string Name, string Period, DateOnly Due, string ReceivingUnit);

public sealed record BudgetLineJson(string Content, decimal? Amount, string? FundingSource);

public sealed record ResponsibilityJson(string? Party, IReadOnlyList<string> Duties);

public sealed record RecipientJson(string Name, string? Purpose);

public sealed record SignatureJson(string? Prefix, string? Authority, string Title, string Name);

/// <summary>A checker finding (src/CchcPlanner/Checks): code, <c>error</c> | <c>warning</c> | <c>info</c>, message, subject path, quote.</summary>
public sealed record FindingJson(string Code, string Severity, string Message, string Subject, string? Quote = null);
