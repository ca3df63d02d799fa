using System.Globalization;
using System.Text;

namespace CchcPlanner.Checks;

/// <summary>
/// <c>non-nfc-text</c>: Vietnamese typed in decomposed Unicode (NFD: a base letter followed by combining marks), which
/// searches and sorts wrongly. For an import, the source text before normalisation; for a JSON plan, each of its
/// texts. Plans in the database are NFC (every entity normalises), so there it never fires.
/// </summary>
internal sealed class NonNfcTextCheck : IPlanCheck
{
    public void Run(CheckInput input, FindingList findings)
    {
        if (input.Context.SourceText is { } source && !source.IsNormalized(NormalizationForm.FormC))
        {
            var words = Words(source);
            findings.Add(
                CheckCodes.NonNfcText,
                FindingSeverity.Warning,
                $"Tệp gốc có {words.Count.ToString(CultureInfo.InvariantCulture)} từ gõ ở dạng Unicode tổ hợp (NFD); khi nhập đã chuẩn hóa về dạng dựng sẵn (NFC). Nên lưu lại tệp gốc ở dạng NFC.",
                Subjects.Text,
                words[0].Normalize(NormalizationForm.FormC));
        }

        foreach (var text in input.Texts.Where(t => !t.Text.IsNormalized(NormalizationForm.FormC)))
        {
            findings.Add(
                CheckCodes.NonNfcText,
                FindingSeverity.Warning,
                "Đoạn văn bản gõ ở dạng Unicode tổ hợp (NFD); cần chuẩn hóa về dạng dựng sẵn (NFC).",
                text.Subject,
                Words(text.Text)[0].Normalize(NormalizationForm.FormC));
        }
    }

    /// <summary>The words not in NFC, in order.</summary>
    private static List<string> Words(string text)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Where(w => !w.IsNormalized(NormalizationForm.FormC)).ToList();
        return words.Count > 0 ? words : [text.Length > 20 ? text[..20] : text];
    }
}
