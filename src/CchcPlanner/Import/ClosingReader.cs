using System.Text.RegularExpressions;
using CchcPlanner.Plans.Json;

namespace CchcPlanner.Import;

/// <summary>The end of a plan: closing paragraph, recipients, signature block, and where an annex starts (or -1).</summary>
internal sealed record PlanClosing(string Closing, IReadOnlyList<RecipientJson> Recipients, SignatureJson? Signature, int AnnexStart);

/// <summary>
/// The closing paragraph (<c>Trên đây là …</c>), the recipients after <c>Nơi nhận:</c> (or, without the label, the
/// <c>- …;</c> list that ends with <c>- Lưu: VT</c>) with their purposes in brackets (<c>(để b/c)</c>), and the
/// signature block in the lines left: the prefix (TM., KT., Q., TL., TUQ.) and authority, the upper-case title, the
/// signer's name. The closing table of a DOCX is read left column first, so the recipients come before the signature.
/// </summary>
internal static partial class ClosingReader
{
    /// <summary>Where the body ends: the closing paragraph, the recipients, or the annex; the end of the text otherwise.</summary>
    public static int BodyEnd(IReadOnlyList<ImportLine> lines, int from)
    {
        for (var i = from; i < lines.Count; i++)
        {
            var text = lines[i].Text;
            if (IsClosing(text) || Label().IsMatch(text) || Annex.IsLabel(text))
            {
                return i;
            }
        }

        return UnlabelledRecipients(lines, from, lines.Count) is { } list ? list.Start : lines.Count;
    }

    public static PlanClosing Read(IReadOnlyList<ImportLine> lines, int from, List<ImportWarning> warnings)
    {
        var annex = Enumerable.Range(from, Math.Max(0, lines.Count - from)).FirstOrDefault(i => Annex.IsLabel(lines[i].Text) || lines[i].IsTableRow, -1);
        var end = annex >= 0 ? annex : lines.Count;
        var closing = new List<string>();
        var at = from;
        if (at < end && IsClosing(lines[at].Text))
        {
            // The closing paragraph, and any sentence of it a converter put on a line of its own.
            closing.Add(lines[at++].Text);
            while (at < end && !Label().IsMatch(lines[at].Text) && !LineMarks.IsUpper(lines[at].Text) && lines[at].Text.TrimEnd().EndsWith('.')
                   && !lines[at].Text.StartsWith('-'))
            {
                closing.Add(lines[at++].Text);
            }
        }
        else
        {
            warnings.Add(new ImportWarning(ImportWarningCodes.NoClosing, "Không thấy đoạn kết (\"Trên đây là Kế hoạch …\")."));
        }

        var (recipients, used) = Recipients(lines, at, end, warnings);
        var signature = Signature(lines.Skip(at).Take(end - at).Where(l => !used.Contains(l.Index)).Select(l => l.Text).ToList(), warnings);
        return new PlanClosing(string.Join('\n', closing), recipients, signature, annex);
    }

    private static bool IsClosing(string text) => FoldedWords.Of(text).StartsWith(" tren day la ", StringComparison.Ordinal);

    private static (List<RecipientJson> Recipients, HashSet<int> Used) Recipients(IReadOnlyList<ImportLine> lines, int from, int end, List<ImportWarning> warnings)
    {
        var used = new HashSet<int>();
        var recipients = new List<RecipientJson>();
        var label = Enumerable.Range(from, end - from).FirstOrDefault(i => Label().IsMatch(lines[i].Text), -1);
        (int Start, int End)? list;
        if (label >= 0)
        {
            used.Add(label);
            var rest = Label().Match(lines[label].Text).Groups["rest"].Value;
            recipients.AddRange(Split(rest));
            var i = label + 1;
            while (i < end && IsRecipient(lines[i].Text))
            {
                i++;
            }

            list = (label + 1, i);
        }
        else
        {
            list = UnlabelledRecipients(lines, from, end);
            if (list is not null)
            {
                warnings.Add(new ImportWarning(ImportWarningCodes.RecipientsLabelMissing, "Thiếu chữ \"Nơi nhận:\"; danh sách nơi nhận được nhận ra từ các dòng \"- …;\" kết thúc bằng \"Lưu\".", list.Value.Start));
            }
        }

        if (list is var (start, stop))
        {
            for (var i = start; i < stop; i++)
            {
                used.Add(i);
                recipients.AddRange(Split(lines[i].Text));
            }
        }

        if (recipients.Count == 0)
        {
            warnings.Add(new ImportWarning(ImportWarningCodes.NoRecipients, "Không thấy danh sách nơi nhận."));
        }

        return (recipients, used);
    }

    /// <summary>The <c>- …;</c> lines that end with <c>- Lưu …</c>, searched from the end.</summary>
    private static (int Start, int End)? UnlabelledRecipients(IReadOnlyList<ImportLine> lines, int from, int end)
    {
        for (var last = end - 1; last >= from; last--)
        {
            if (!FileCopy().IsMatch(lines[last].Text))
            {
                continue;
            }

            var start = last;
            while (start - 1 >= from && lines[start - 1].Text.StartsWith('-') && lines[start - 1].Text.TrimEnd().EndsWith(';'))
            {
                start--;
            }

            return start < last ? (start, last + 1) : null;
        }

        return null;
    }

    private static bool IsRecipient(string text) =>
        text.Length > 0 && (text[0] is '-' or '+' or '•' or '–' || text.TrimEnd().EndsWith(';') && !LineMarks.IsUpper(text));

    /// <summary>One line of the list, or several run together (<c>- Sở Nội vụ; - Lưu: VT.</c>), with purposes in brackets.</summary>
    private static IEnumerable<RecipientJson> Split(string text)
    {
        foreach (var part in ListItem().Split(text))
        {
            var name = part.Trim().TrimStart('-', '+', '•', '–', ' ').TrimEnd(';', '.', ',', ' ');
            if (name.Length == 0)
            {
                continue;
            }

            var purpose = Purpose().Match(name);
            yield return purpose.Success && purpose.Index > 0
                ? new RecipientJson(name[..purpose.Index].TrimEnd(), purpose.Groups["p"].Value.Trim())
                : new RecipientJson(name, null);
        }
    }

    private static SignatureJson? Signature(List<string> lines, List<ImportWarning> warnings)
    {
        var texts = lines.Where(l => !SigningNote().IsMatch(l)).ToList();
        var upper = texts.Where(LineMarks.IsUpper).ToList();
        var name = texts.LastOrDefault(IsName);
        if (upper.Count == 0 && name is null)
        {
            warnings.Add(new ImportWarning(ImportWarningCodes.NoSignature, "Không thấy khối chữ ký (chức danh và họ tên người ký)."));
            return null;
        }

        string? prefix = null, authority = null;
        var prefixed = upper.Count > 0 ? Prefix().Match(upper[0]) : Match.Empty;
        if (prefixed.Success)
        {
            prefix = prefixed.Groups["p"].Value.ToUpperInvariant() + ".";
            authority = prefixed.Groups["a"].Value.Trim();
            upper.RemoveAt(0);
        }

        if (name is null && upper.Count >= 2)
        {
            name = upper[^1];
            upper.RemoveAt(upper.Count - 1);
        }

        var title = upper.Count > 0 ? upper[^1] : authority ?? string.Empty;
        if (title.Length == 0 || name is null)
        {
            warnings.Add(new ImportWarning(ImportWarningCodes.SignatureIncomplete, "Khối chữ ký thiếu chức danh hoặc họ tên người ký."));
        }

        return new SignatureJson(prefix, authority, title, name ?? string.Empty);
    }

    /// <summary>A person's name: two to seven words, each capitalised, not all capitals (<c>Vũ Thị Ngọc Bắc</c>).</summary>
    private static bool IsName(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 7 && words.All(w => char.IsUpper(w[0]) && w.All(char.IsLetter)) && !LineMarks.IsUpper(text);
    }

    [GeneratedRegex(@"^\s*N[ơo]i\s+nh[ậa]n\s*:?\s*(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Label();

    [GeneratedRegex(@"^[-–+•]\s*Lưu\b", RegexOptions.IgnoreCase)]
    private static partial Regex FileCopy();

    /// <summary>Between two recipients run together on one line: <c>; -</c>.</summary>
    [GeneratedRegex(@"(?<=;)\s*(?=[-–+•]\s)")]
    private static partial Regex ListItem();

    /// <summary>The purpose at the end of a recipient: <c>(để b/c)</c>, <c>(để thực hiện)</c>.</summary>
    [GeneratedRegex(@"\((?<p>[^()]{1,80})\)\s*$")]
    private static partial Regex Purpose();

    [GeneratedRegex(@"^(?<p>TM|KT|TL|TUQ|Q)\s*\.\s*(?<a>\S.*)$|^(?<p>TM|KT|TL|TUQ)\s+(?<a>\S.*)$")]
    private static partial Regex Prefix();

    /// <summary>Notes where the signature goes: <c>(Đã ký)</c>, <c>(Ký, ghi rõ họ tên, đóng dấu)</c>, <c>[signature]</c>.</summary>
    [GeneratedRegex(@"^[(\[]?\s*(?:đã ký|ký tên|ký,|ký và|ký\)|chữ ký|signature|đóng dấu)", RegexOptions.IgnoreCase)]
    private static partial Regex SigningNote();
}
