using CchcPlanner.Common;
using CchcPlanner.Plans;
using CchcPlanner.Plans.Json;

namespace CchcPlanner.Import;

/// <summary>A plan read from its paragraphs, with the part of the plan each paragraph belongs to.</summary>
internal sealed record ReadPlan(PlanJson Plan, string[] Parts);

/// <summary>
/// Reads a plan's structure from its cleaned paragraphs, top to bottom: header above <c>KẾ HOẠCH</c>, the title under
/// it, legal bases and lead-in, the sections <c>I.</c>, <c>II.</c> … (each by its kind), then closing, recipients,
/// signature and annex. Whatever is missing is left empty with a warning; only a text that is no plan at all (no
/// <c>KẾ HOẠCH</c>, or neither legal bases nor sections) is refused.
/// </summary>
internal static partial class PlanReader
{
    private const int MaxTitleLines = 3;

    public static ReadPlan Read(IReadOnlyList<ImportLine> lines, List<ImportWarning> warnings)
    {
        var typeAt = DocumentType(lines)
            ?? throw new ImportException("Không tìm thấy tên loại văn bản \"KẾ HOẠCH\": tệp này không phải là một kế hoạch.");
        var parts = new string[lines.Count];
        Array.Fill(parts, "Phần đầu");
        var header = HeaderReader.Read(lines.Take(typeAt).ToList());
        var (title, afterTitle) = Title(lines, typeAt);
        Mark(parts, typeAt, afterTitle, "Trích yếu");

        var firstSection = FirstSection(lines, afterTitle);
        var preambleEnd = firstSection >= 0 ? firstSection : ClosingReader.BodyEnd(lines, afterTitle);
        var bases = new List<LegalBasisJson>();
        var leadIn = new List<string>();
        for (var i = afterTitle; i < preambleEnd; i++)
        {
            if (LegalBasisReader.IsBasis(lines[i].Text))
            {
                bases.AddRange(LegalBasisReader.Read(lines[i].Text));
                parts[i] = "Căn cứ";
            }
            else
            {
                leadIn.Add(lines[i].Text);
                parts[i] = "Mở đầu";
            }
        }

        var bodyEnd = firstSection >= 0 ? ClosingReader.BodyEnd(lines, firstSection) : preambleEnd;
        var sections = firstSection >= 0 ? SectionSplitter.Split(lines, firstSection, bodyEnd, parts) : [];
        if (sections.Count == 0 && bases.Count == 0)
        {
            throw new ImportException("Có chữ \"KẾ HOẠCH\" nhưng không nhận ra cấu trúc của kế hoạch (căn cứ, các mục I, II, …) trong tệp.");
        }

        var year = Year(header, title, lines, warnings);
        var plan = new PlanParts(year, warnings);
        var sectionJsons = SectionSplitter.Read(sections, plan);
        var closing = ClosingReader.Read(lines, bodyEnd, warnings);
        Mark(parts, bodyEnd, closing.AnnexStart >= 0 ? closing.AnnexStart : lines.Count, "Phần kết");
        var tasksInAnnex = Annex(lines, closing.AnnexStart, plan, parts) || sectionJsons.Any(s => s.Children.Any(c => Import.Annex.IsNote(c.Text)));
        if (tasksInAnnex && plan.Tasks.Count == 0)
        {
            warnings.Add(new ImportWarning(ImportWarningCodes.AnnexMissing, "Kế hoạch nói có phụ lục nhiệm vụ kèm theo nhưng tệp không có bảng phụ lục."));
        }

        Warn(header, title, bases, sectionJsons, warnings);
        var (issuingBody, unitName) = UnitReader.Read(header.IssuingBody, lines, leadIn, closing.Closing, title, warnings);
        return new ReadPlan(
            new PlanJson
            {
                Kind = Kind(title),
                Year = year,
                Number = header.Number is null ? null : $"{header.NumberText}/{header.Symbol}",
                Symbol = header.Symbol,
                IssuedOn = header.IssuedOn,
                Place = header.Place ?? string.Empty,
                ParentBody = header.ParentBody,
                IssuingBody = issuingBody,
                UnitName = unitName,
                Title = title,
                Status = PlanJsonWriter.Name(header.Number is not null && header.IssuedOn is not null ? PlanStatus.Issued : PlanStatus.Draft),
                LeadIn = string.Join('\n', leadIn),
                Closing = closing.Closing,
                TasksInAnnex = tasksInAnnex,
                LegalBases = bases,
                Sections = sectionJsons,
                Kpis = plan.Kpis,
                Tasks = plan.Tasks,
                ReportingDeadlines = plan.Deadlines,
                Budget = plan.Budget,
                Responsibilities = plan.Responsibilities,
                Recipients = closing.Recipients,
                Signature = closing.Signature,
            },
            parts);
    }

    /// <summary>The line <c>KẾ HOẠCH</c> (in capitals, or alone on its line in any case).</summary>
    private static int? DocumentType(IReadOnlyList<ImportLine> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Text;
            if (text.StartsWith(PlanTypeWord, StringComparison.Ordinal) && (text.Length == PlanTypeWord.Length || text[PlanTypeWord.Length] == ' ')
                || text.Length < 12 && VietnameseText.Fold(text).Trim() == "ke hoach")
            {
                return i;
            }
        }

        return null;
    }

    private const string PlanTypeWord = "KẾ HOẠCH";

    /// <summary>
    /// The title: the line under <c>KẾ HOẠCH</c> (also when it opens with <c>Thực hiện</c>, as titles do) and up to two
    /// more that carry on without a sentence's end; in a DOCX only lines as bold as the first.
    /// </summary>
    private static (string Title, int Next) Title(IReadOnlyList<ImportLine> lines, int typeAt)
    {
        var title = new List<string>();
        var first = lines[typeAt].Text[Math.Min(PlanTypeWord.Length, lines[typeAt].Text.Length)..].Trim();
        if (first.Length > 0 && lines[typeAt].Text.StartsWith(PlanTypeWord, StringComparison.Ordinal))
        {
            title.Add(first);
        }

        var i = typeAt + 1;
        var bold = i < lines.Count && lines[i].Bold;
        for (; i < lines.Count && title.Count < MaxTitleLines; i++)
        {
            var line = lines[i];
            var text = line.Text;
            var mark = LineMarks.Of(line).Mark;
            var opening = title.Count == 0;
            if (line.IsTableRow || mark == LineMark.Roman || text.Length > 300 || text.EndsWith(':')
                || !opening && (LegalBasisReader.IsBasis(text) || text[^1] is '.' or ';' || mark != LineMark.Plain || bold && !line.Bold)
                || opening && VietnameseText.Fold(text).StartsWith("can cu", StringComparison.Ordinal))
            {
                break;
            }

            title.Add(text);
        }

        return (string.Join(' ', title).TrimEnd('.'), i);
    }

    /// <summary>The first heading <c>I.</c> (or any Roman heading in capitals) after the title.</summary>
    private static int FirstSection(IReadOnlyList<ImportLine> lines, int from)
    {
        for (var i = from; i < lines.Count; i++)
        {
            var marked = LineMarks.Of(lines[i]);
            if (marked.Mark == LineMark.Roman && (marked.Roman == 1 || LineMarks.IsUpper(marked.Text)))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Tasks of the annex table; whether there were any.</summary>
    private static bool Annex(IReadOnlyList<ImportLine> lines, int start, PlanParts plan, string[] parts)
    {
        if (start < 0)
        {
            return false;
        }

        Mark(parts, start, lines.Count, "Phụ lục");
        var before = plan.Tasks.Count;
        foreach (var table in lines.Skip(start).Select(l => l.Table).OfType<SourceTable>().Distinct())
        {
            TaskTableReader.Read(table, null, plan);
        }

        return plan.Tasks.Count > before;
    }

    /// <summary>The plan's year: of its date, of its blank date line (<c>năm 2023</c>), or the one its title names.</summary>
    private static int Year(PlanHeader header, string title, IReadOnlyList<ImportLine> lines, List<ImportWarning> warnings)
    {
        if ((header.IssuedOn?.Year ?? header.Year) is { } known)
        {
            return known;
        }

        var guessed = Years(title).LastOrDefault();
        if (guessed == 0)
        {
            guessed = lines.SelectMany(l => Years(l.Text)).GroupBy(y => y).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).Select(g => g.Key).FirstOrDefault();
        }

        warnings.Add(new ImportWarning(ImportWarningCodes.YearGuessed, guessed == 0
            ? "Không xác định được năm của kế hoạch."
            : $"Kế hoạch không ghi ngày ban hành; năm {guessed.ToString(System.Globalization.CultureInfo.InvariantCulture)} được lấy từ nội dung."));
        return guessed;
    }

    private static IEnumerable<int> Years(string text) =>
        YearPattern().Matches(text)
            .Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture))
            .Where(y => y is >= PlanYear.Earliest and <= PlanYear.Latest);

    private static string Kind(string title)
    {
        var folded = FoldedWords.Of(title);
        var kind = FoldedWords.Find(folded, "tuyen truyen") >= 0 ? PlanKind.CchcCommunication
            : FoldedWords.Find(folded, "kiem soat thu tuc hanh chinh") >= 0 || FoldedWords.Find(folded, "kiem soat tthc") >= 0 ? PlanKind.TthcControl
            : FoldedWords.Find(folded, "cai cach hanh chinh") >= 0 || FoldedWords.Find(folded, "cchc") >= 0 ? PlanKind.AnnualCchc
            : PlanKind.Other;
        return PlanJsonWriter.Name(kind);
    }

    private static void Warn(PlanHeader header, string title, List<LegalBasisJson> bases, List<SectionJson> sections, List<ImportWarning> warnings)
    {
        if (header.Symbol is null)
        {
            warnings.Add(new ImportWarning(ImportWarningCodes.NoNumber, "Không thấy dòng \"Số: …/KH-…\" (số, ký hiệu)."));
        }
        else if (header.Number is null)
        {
            warnings.Add(new ImportWarning(ImportWarningCodes.NoNumber, $"Số văn bản để trống (Số:   /{header.Symbol}): văn thư chưa cấp số.", header.NumberLine));
        }

        if (header.IssuedOn is null)
        {
            warnings.Add(new ImportWarning(ImportWarningCodes.NoDate, "Ngày ban hành để trống hoặc không đọc được."));
        }

        if (header.Place is null)
        {
            warnings.Add(new ImportWarning(ImportWarningCodes.NoPlace, "Không thấy địa danh trước ngày tháng (ví dụ \"Quận 1, ngày …\")."));
        }

        if (title.Length == 0)
        {
            warnings.Add(new ImportWarning(ImportWarningCodes.NoTitle, "Không thấy trích yếu dưới chữ \"KẾ HOẠCH\"."));
        }

        if (bases.Count == 0)
        {
            warnings.Add(new ImportWarning(ImportWarningCodes.NoLegalBases, "Không thấy căn cứ (các đoạn bắt đầu bằng \"Căn cứ\" hoặc \"Thực hiện\")."));
        }

        if (sections.Count == 0)
        {
            warnings.Add(new ImportWarning(ImportWarningCodes.NoSections, "Không thấy các mục đánh số La Mã (I., II., …)."));
        }
    }

    private static void Mark(string[] parts, int from, int to, string part)
    {
        for (var i = Math.Max(0, from); i < Math.Min(to, parts.Length); i++)
        {
            parts[i] = part;
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\d/])20\d\d(?!\d)")]
    private static partial System.Text.RegularExpressions.Regex YearPattern();
}
