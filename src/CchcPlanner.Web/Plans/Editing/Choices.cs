using CchcPlanner.Plans;
using CchcPlanner.Units;
using CchcPlanner.Web.Components.Shared;

namespace CchcPlanner.Web.Plans.Editing;

/// <summary>The choices the editor's dropdowns offer, with their Vietnamese texts.</summary>
public static class Choices
{
    public static IReadOnlyList<Option<PlanKind>> Kinds { get; } = Of<PlanKind>(k => k.ToVietnamese());

    public static IReadOnlyList<Option<LegalBasisVerb>> Verbs { get; } = Of<LegalBasisVerb>(v => v.ToVietnamese());

    public static IReadOnlyList<Option<SectionKind>> SectionKinds { get; } = Of<SectionKind>(k => k.ToVietnamese());

    public static IReadOnlyList<Option<ItemStyle>> ItemStyles { get; } = Of<ItemStyle>(s => s switch
    {
        ItemStyle.Heading => "Tiêu đề mục (1., 2.)",
        ItemStyle.Paragraph => "Đoạn văn",
        ItemStyle.Bullet => "Gạch đầu dòng (-)",
        _ => "Ý nhỏ (+)",
    });

    public static IReadOnlyList<Option<Comparator>> Comparators { get; } = Of<Comparator>(c => c.ToVietnamese());

    public static IReadOnlyList<Option<ReformArea>> Areas { get; } = Of<ReformArea>(a => a.ToVietnamese());

    public static IReadOnlyList<Option<ReportingPeriod>> Periods { get; } = Of<ReportingPeriod>(p => p.ToVietnamese());

    public static IReadOnlyList<Option<TimelineKind>> TimelineKinds { get; } = Of<TimelineKind>(k => k switch
    {
        TimelineKind.Ongoing => "Thường xuyên",
        TimelineKind.ByDate => "Trước ngày",
        TimelineKind.Quarter => "Trong quý",
        _ => "Chưa xác định",
    });

    public static IReadOnlyList<Option<int>> Quarters { get; } =
        [new(1, "Quý I"), new(2, "Quý II"), new(3, "Quý III"), new(4, "Quý IV")];

    public static IReadOnlyList<Option<SignaturePrefix>> Prefixes { get; } = Of<SignaturePrefix>(p => p switch
    {
        SignaturePrefix.OnBehalfOf => "TM. (thay mặt tập thể)",
        SignaturePrefix.Deputy => "KT. (cấp phó ký thay)",
        SignaturePrefix.Acting => "Q. (quyền)",
        SignaturePrefix.ByOrder => "TL. (thừa lệnh)",
        SignaturePrefix.ByDelegation => "TUQ. (thừa ủy quyền)",
        _ => "Không có tiền tố",
    });

    public static IReadOnlyList<Option<UnitCategory>> UnitCategories { get; } = Of<UnitCategory>(c => c.ToVietnamese());

    private static Option<T>[] Of<T>(Func<T, string> text)
        where T : struct, Enum => Enum.GetValues<T>().Select(v => new Option<T>(v, text(v))).ToArray();
}
