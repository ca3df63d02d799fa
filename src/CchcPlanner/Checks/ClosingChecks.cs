using CchcPlanner.Common;

namespace CchcPlanner.Checks;

/// <summary><c>missing-file-copy</c>: the recipients do not end with the records office's copy, <c>- Lưu: VT.</c></summary>
internal sealed class MissingFileCopyCheck : IPlanCheck
{
    public void Run(CheckInput input, FindingList findings)
    {
        if (input.Plan.Recipients.Any(r => IsFileCopy(r.Name)))
        {
            return;
        }

        findings.Add(
            CheckCodes.MissingFileCopy,
            FindingSeverity.Warning,
            input.Plan.Recipients.Count == 0
                ? "Kế hoạch chưa có nơi nhận; nơi nhận phải kết thúc bằng “- Lưu: VT”."
                : "Nơi nhận chưa có bản lưu của văn thư “- Lưu: VT”.",
            Subjects.Recipients,
            input.Plan.Recipients.Count == 0 ? null : Quotes.Short(input.Plan.Recipients[^1].Name));
    }

    /// <summary><c>Lưu: VT</c>, <c>Lưu VT, NV</c>, <c>Lưu: Văn thư</c>.</summary>
    private static bool IsFileCopy(string name)
    {
        var folded = VietnameseText.Fold(name).TrimStart('-', ' ');
        return folded.StartsWith("luu", StringComparison.Ordinal)
            && (folded.Contains("vt", StringComparison.Ordinal) || folded.Contains("van thu", StringComparison.Ordinal));
    }
}

/// <summary>
/// <c>signature-title-mismatch</c>: a <c>KT.</c> block whose title is not a deputy's (<c>PHÓ …</c>), a deputy signing
/// without <c>KT.</c>, or a prefix (<c>TM.</c>, <c>KT.</c> …) with no body or head after it. Plans in the database
/// cannot hold these (the signature block refuses them); imports and drafts can.
/// </summary>
internal sealed class SignatureTitleCheck : IPlanCheck
{
    public void Run(CheckInput input, FindingList findings)
    {
        if (input.Plan.Signature is not { } signature)
        {
            return;
        }

        var prefix = VietnameseText.Upper(signature.Prefix ?? string.Empty).TrimEnd('.');
        var title = VietnameseText.Upper(signature.Title ?? string.Empty);
        var quote = string.Join(" / ", new[] { prefix.Length > 0 ? $"{prefix}. {signature.Authority}".Trim() : null, title }.Where(s => !string.IsNullOrWhiteSpace(s)));
        void Add(string message) => findings.Add(CheckCodes.SignatureTitleMismatch, FindingSeverity.Error, message, Subjects.Signature, quote);

        if (prefix.Length > 0 && string.IsNullOrWhiteSpace(signature.Authority))
        {
            Add($"Thể thức ký {prefix}. phải ghi cơ quan hoặc chức danh người đứng đầu sau tiền tố (ví dụ {Example(prefix)}).");
        }

        // "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH": the KT. line may come with the title.
        var deputyLine = title.Contains("KT.", StringComparison.Ordinal) ? title[(title.IndexOf("KT.", StringComparison.Ordinal) + 3)..] : null;
        if (prefix == "KT" && !LastLine(title).StartsWith("PHÓ ", StringComparison.Ordinal))
        {
            Add($"Ký thay (KT.) thì chức danh người ký phải là cấp phó (PHÓ …), không phải “{LastLine(title)}”.");
        }
        else if (deputyLine is not null && !deputyLine.Contains("PHÓ ", StringComparison.Ordinal))
        {
            Add("Ký thay (KT.) thì chức danh người ký phải là cấp phó (PHÓ …).");
        }
        else if (prefix is "" or "TM" && deputyLine is null && title.StartsWith("PHÓ ", StringComparison.Ordinal))
        {
            Add($"Cấp phó ký thay người đứng đầu thì phải ghi “KT. {title[4..]}” trên chức danh “{title}”.");
        }
    }

    private static string LastLine(string title) => title.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? string.Empty;

    private static string Example(string prefix) => prefix switch
    {
        "TM" => "TM. ỦY BAN NHÂN DÂN",
        "KT" => "KT. HIỆU TRƯỞNG",
        "Q" => "Q. GIÁM ĐỐC",
        "TL" => "TL. GIÁM ĐỐC",
        _ => "TUQ. GIÁM ĐỐC",
    };
}
