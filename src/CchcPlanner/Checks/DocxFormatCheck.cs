using System.Globalization;
using System.IO.Packaging;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CchcPlanner.Checks;

/// <summary>
/// The format checks of a Word file against Nghị định 30/2020/NĐ-CP, Phụ lục I, read from its section properties and
/// styles: <c>format-paper</c> (A4; the first section portrait, an annex may be landscape), <c>format-margins</c>
/// (top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm; a landscape annex's margins turned with the page),
/// <c>format-font</c> and <c>format-font-size</c> (<see cref="DocxTextFormat"/>).
/// </summary>
internal sealed class DocxFormatCheck : IPlanCheck
{
    private const int A4Short = 11906;
    private const int A4Long = 16838;

    /// <summary>About 0.5 mm: what rounding to whole twips or tenths of a millimetre leaves.</summary>
    private const int ToleranceTwips = 30;

    public void Run(CheckInput input, FindingList findings)
    {
        if (input.Context.Docx is not { } docx)
        {
            return;
        }

        using var stream = new MemoryStream(docx.ToArray(), writable: false);
        WordprocessingDocument document;
        try
        {
            document = WordprocessingDocument.Open(stream, false);
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException)
        {
            return;
        }

        using (document)
        {
            if (document.MainDocumentPart?.Document?.Body is not { } body)
            {
                return;
            }

            var sections = body.Descendants<SectionProperties>().ToList();
            for (var i = 0; i < sections.Count; i++)
            {
                var subject = string.Create(CultureInfo.InvariantCulture, $"{Subjects.Docx}.sections[{i}]");
                CheckPaper(sections[i], i, subject, findings);
                CheckMargins(sections[i], subject, findings);
            }

            DocxTextFormat.Check(document.MainDocumentPart, body, findings);
        }
    }

    private static void CheckPaper(SectionProperties section, int index, string subject, FindingList findings)
    {
        var size = section.GetFirstChild<PageSize>();
        var (width, height) = ((int)(size?.Width?.Value ?? 0), (int)(size?.Height?.Value ?? 0));
        var landscape = width > height;
        var isA4 = Near(Math.Min(width, height), A4Short) && Near(Math.Max(width, height), A4Long);
        string? problem = size is null ? "không khai báo khổ giấy"
            : !isA4 ? $"khổ giấy {Mm(width)} × {Mm(height)} mm{Named(width, height)}, không phải A4 (210 × 297 mm)"
            : landscape && index == 0 ? "trang đầu xoay ngang; văn bản phải trình bày theo chiều dọc (chỉ phụ lục được xoay ngang)"
            : null;
        if (problem is not null)
        {
            findings.Add(CheckCodes.FormatPaper, FindingSeverity.Error, $"Phần {(index + 1).ToString(CultureInfo.InvariantCulture)} của tệp: {problem}.", subject, null, 0);
        }
    }

    private static void CheckMargins(SectionProperties section, string subject, FindingList findings)
    {
        if (section.GetFirstChild<PageMargin>() is not { } margin)
        {
            return;
        }

        var size = section.GetFirstChild<PageSize>();
        var landscape = size?.Width?.Value > size?.Height?.Value;
        var (top, bottom) = (Math.Abs(margin.Top?.Value ?? 0), Math.Abs(margin.Bottom?.Value ?? 0));
        var (left, right) = ((int)(margin.Left?.Value ?? 0) + (int)(margin.Gutter?.Value ?? 0), (int)(margin.Right?.Value ?? 0));
        var problems = Problems(top, bottom, left, right);

        // A landscape annex keeps the portrait margins on the same edges of the paper, turned either way.
        if (landscape && problems.Count > 0 && (Problems(right, left, top, bottom).Count == 0 || Problems(left, right, bottom, top).Count == 0))
        {
            return;
        }

        if (problems.Count > 0)
        {
            findings.Add(
                CheckCodes.FormatMargins,
                FindingSeverity.Error,
                $"Lề trang không đúng quy định: {string.Join("; ", problems)}.",
                subject,
                $"trên {Mm(top)} mm, dưới {Mm(bottom)} mm, trái {Mm(left)} mm, phải {Mm(right)} mm",
                1);
        }
    }

    private static List<string> Problems(int top, int bottom, int left, int right)
    {
        var problems = new List<string>();
        void Check(string edge, int twips, int min, int max)
        {
            if (twips < Twips(min) - ToleranceTwips || twips > Twips(max) + ToleranceTwips)
            {
                problems.Add($"lề {edge} {Mm(twips)} mm (quy định {min}–{max} mm)");
            }
        }

        Check("trên", top, 20, 25);
        Check("dưới", bottom, 20, 25);
        Check("trái", left, 30, 35);
        Check("phải", right, 15, 20);
        return problems;
    }

    private static string Named(int width, int height) =>
        Near(Math.Min(width, height), 12240) && Near(Math.Max(width, height), 15840) ? " (Letter)"
        : Near(Math.Min(width, height), 12240) && Near(Math.Max(width, height), 20160) ? " (Legal)"
        : string.Empty;

    private static bool Near(int twips, int expected) => Math.Abs(twips - expected) <= ToleranceTwips;

    private static int Twips(int mm) => (int)Math.Round(mm * 1440m / 25.4m);

    internal static string Mm(long twips) => (twips * 25.4m / 1440m).ToString("0.#", CultureInfo.GetCultureInfo("vi-VN"));
}
