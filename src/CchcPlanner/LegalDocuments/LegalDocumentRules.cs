using System.Text.RegularExpressions;
using CchcPlanner.Common;

namespace CchcPlanner.LegalDocuments;

/// <summary>
/// Checks and cleans a catalogue entry before it is saved. Every message is Vietnamese and names one field, so the
/// form shows it beside that field; the symbol rules themselves live in <see cref="SymbolRules"/>.
/// </summary>
public static partial class LegalDocumentRules
{
    /// <summary>Viet Nam keeps UTC+7 all year; "today" is the date there, whatever the server's time zone.</summary>
    public static DateOnly Today(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return DateOnly.FromDateTime(time.GetUtcNow().ToOffset(TimeSpan.FromHours(7)).DateTime);
    }

    public static IReadOnlyList<CatalogueProblem> Validate(LegalDocumentInput input, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(input);
        var problems = new List<CatalogueProblem>();
        void Add(string field, string? message)
        {
            if (message is not null)
            {
                problems.Add(new CatalogueProblem(field, message));
            }
        }

        var symbol = SymbolRules.Normalise(input.Symbol);
        var symbolProblem = symbol.Length > 60 ? "Số, ký hiệu dài quá 60 ký tự." : SymbolRules.FormProblem(symbol);
        Add(nameof(input.Type), input.Type is null ? "Chọn loại văn bản." : null);
        Add(nameof(input.Symbol), symbolProblem);
        if (symbolProblem is null && input.Type is { } type)
        {
            Add(nameof(input.Type), SymbolRules.TypeProblem(type, symbol));
        }

        Add(nameof(input.IssuedOn), input.IssuedOn switch
        {
            null => "Chưa nhập ngày ban hành.",
            { } date when date > today =>
                $"Ngày ban hành ({VietnameseDates.Table(date)}) không được sau ngày hôm nay ({VietnameseDates.Table(today)}).",
            { Year: < 1945 } => "Ngày ban hành không hợp lệ.",
            { } date when symbolProblem is null => SymbolRules.YearProblem(symbol, date),
            _ => null,
        });
        Add(nameof(input.Issuer), CleanIssuer(input.Issuer) switch
        {
            { Length: 0 } => "Cơ quan ban hành không được để trống.",
            { Length: > 300 } => "Tên cơ quan ban hành dài quá 300 ký tự.",
            _ => null,
        });
        Add(nameof(input.Summary), CleanSummary(input.Summary) switch
        {
            { Length: 0 } => "Trích yếu không được để trống.",
            { Length: > 2000 } => "Trích yếu dài quá 2000 ký tự.",
            _ => null,
        });
        return problems;
    }

    /// <summary>NFC, trimmed, single spaces: <c>Ủy ban nhân dân Quận 1</c>.</summary>
    public static string CleanIssuer(string? issuer) => Spaces().Replace(VietnameseText.Clean(issuer), " ");

    /// <summary>
    /// The trích yếu as it continues the citation after the issuer: NFC, single spaces, no final punctuation, and a
    /// first word that opens a trích yếu in lower case (<c>Về thực hiện …</c> → <c>về thực hiện …</c>); other capitals,
    /// such as a title (<c>Chương trình …</c>) or an abbreviation, are kept.
    /// </summary>
    public static string CleanSummary(string? summary)
    {
        var text = Spaces().Replace(VietnameseText.Clean(summary), " ").TrimEnd('.', ';', ',', ' ');
        if (text.Length > 1 && char.IsUpper(text[0]) && char.IsLower(text[1]) && LowerCaseOpening().IsMatch(VietnameseText.Fold(text)))
        {
            text = char.ToLower(text[0], VietnameseText.Culture) + text[1..];
        }

        return text;
    }

    /// <summary>Builds the entry from a valid input (<see cref="Validate"/> returned nothing).</summary>
    public static LegalDocument Create(LegalDocumentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return new LegalDocument(Required(input.Type), SymbolRules.Normalise(input.Symbol), Required(input.IssuedOn), CleanIssuer(input.Issuer), CleanSummary(input.Summary));
    }

    /// <summary>Applies a valid input to an existing entry.</summary>
    public static void Apply(LegalDocumentInput input, LegalDocument document)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(document);
        document.Correct(Required(input.Type), SymbolRules.Normalise(input.Symbol), Required(input.IssuedOn), CleanIssuer(input.Issuer), CleanSummary(input.Summary));
    }

    private static T Required<T>(T? value)
        where T : struct => value ?? throw new DomainRuleException("Thông tin văn bản chưa đủ.");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(ve|ban hanh|phe duyet|quy dinh|huong dan|sua doi|thuc hien|trien khai|tang cuong|day manh|tiep tuc|to chuc)( |$)")]
    private static partial Regex LowerCaseOpening();
}
