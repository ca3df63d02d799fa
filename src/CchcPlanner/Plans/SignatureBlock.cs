using CchcPlanner.Common;

namespace CchcPlanner.Plans;

/// <summary>The authority prefix of a signature block.</summary>
public enum SignaturePrefix
{
    None = 0,

    /// <summary>TM. — on behalf of a collective body.</summary>
    OnBehalfOf = 1,

    /// <summary>KT. — a deputy signs for the head.</summary>
    Deputy = 2,

    /// <summary>Q. — acting head.</summary>
    Acting = 3,

    /// <summary>TL. — by order of the head.</summary>
    ByOrder = 4,

    /// <summary>TUQ. — by delegation.</summary>
    ByDelegation = 5,
}

/// <summary>
/// Who signs: <c>TM. ỦY BAN NHÂN DÂN</c> / <c>CHỦ TỊCH</c> / <c>Nguyễn Đình Tranh</c>, or just <c>HIỆU TRƯỞNG</c>.
/// A value: a plan replaces its signature block whole.
/// </summary>
public sealed record SignatureBlock
{
    public SignatureBlock(SignaturePrefix prefix, string? authority, string title, string signerName)
    {
        var cleanAuthority = VietnameseText.CleanOrNull(authority);
        var cleanTitle = VietnameseText.Upper(VietnameseText.Required(title, "Chức danh người ký"));
        if (prefix != SignaturePrefix.None && cleanAuthority is null)
        {
            throw new DomainRuleException($"Thể thức ký {PrefixText(prefix)} cần ghi cơ quan hoặc chức danh người đứng đầu sau tiền tố.");
        }

        if (prefix == SignaturePrefix.Deputy && !cleanTitle.StartsWith("PHÓ ", StringComparison.Ordinal))
        {
            throw new DomainRuleException("Ký thay (KT.) thì chức danh người ký phải là cấp phó (PHÓ …).");
        }

        Prefix = prefix;
        Authority = cleanAuthority is null ? null : VietnameseText.Upper(cleanAuthority);
        Title = cleanTitle;
        SignerName = VietnameseText.Required(signerName, "Họ tên người ký");
    }

    public SignaturePrefix Prefix { get; private init; }

    public string? Authority { get; private init; }

    public string Title { get; private init; }

    public string SignerName { get; private init; }

    /// <summary>The first line when there is a prefix: <c>TM. ỦY BAN NHÂN DÂN</c>, <c>KT. GIÁM ĐỐC</c>.</summary>
    public string? AuthorityLine => Prefix == SignaturePrefix.None ? null : $"{PrefixText(Prefix)} {Authority}";

    public static string PrefixText(SignaturePrefix prefix) => prefix switch
    {
        SignaturePrefix.OnBehalfOf => "TM.",
        SignaturePrefix.Deputy => "KT.",
        SignaturePrefix.Acting => "Q.",
        SignaturePrefix.ByOrder => "TL.",
        SignaturePrefix.ByDelegation => "TUQ.",
        _ => string.Empty,
    };
}
