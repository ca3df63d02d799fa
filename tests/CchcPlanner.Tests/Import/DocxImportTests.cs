using System.IO.Compression;
using CchcPlanner.Import;
using CchcPlanner.Plans.Json;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CchcPlanner.Tests.Import;

public sealed class DocxImportTests
{
    private const string Number = "Số: 12/KH-GDĐT";

    [Fact]
    public void Import_HeaderTable_ReadsBodiesLeftAndDateRight_IssuingBodyBoldByStyle()
    {
        var plan = Fixtures.Import(Department(), "ke-hoach.docx").Plan;

        Assert.Equal("UBND QUẬN 1", plan.ParentBody);
        Assert.Equal("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", plan.IssuingBody);
        Assert.Equal("Phòng Giáo dục và Đào tạo", plan.UnitName);
        Assert.Equal("12/KH-GDĐT", plan.Number);
        Assert.Equal(new DateOnly(2024, 3, 15), plan.IssuedOn);
        Assert.Equal("Quận 1", plan.Place);
        Assert.Equal("Thực hiện công tác cải cách hành chính của Phòng Giáo dục và Đào tạo năm 2024", plan.Title);
    }

    [Fact]
    public void Import_AutomaticNumbering_RendersRomanNumbersLettersAndBulletsAsText()
    {
        var result = Fixtures.Import(Department(), "ke-hoach.docx");
        var lines = result.Paragraphs;

        Assert.Contains("I. MỤC TIÊU", lines);
        Assert.Contains("a) Về chất lượng phục vụ", lines);
        Assert.Contains("- Nâng cao chất lượng phục vụ người dân.", lines);
        Assert.Contains("+ Giảm thời gian chờ tại bộ phận một cửa.", lines);
        Assert.Contains("II. CHỈ TIÊU", lines);
        Assert.Contains("1. Về thủ tục hành chính", lines);
        Assert.Contains("IV. TỔ CHỨC THỰC HIỆN", lines);

        // A new section restarts the numbered sub-headings.
        Assert.Equal(2, lines.Count(l => l.StartsWith("1. ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Import_NumberedDocx_ReadsSectionsKpisAndResponsibilities()
    {
        var plan = Fixtures.Import(Department(), "ke-hoach.docx").Plan;

        Assert.Equal(["MỤC TIÊU", "CHỈ TIÊU", "NHIỆM VỤ", "TỔ CHỨC THỰC HIỆN"], plan.Sections.Select(s => s.Heading));
        Assert.Equal(["objectives", "kpis", "tasks", "responsibilities"], plan.Sections.Select(s => s.Kind));
        Assert.Equal([("heading", "Về chất lượng phục vụ"), ("bullet", "Nâng cao chất lượng phục vụ người dân."), ("subBullet", "Giảm thời gian chờ tại bộ phận một cửa.")],
            plan.Sections[0].Children.Select(c => (c.Style, c.Text)));
        Assert.Equal([("exactly", 100m), ("atLeast", 80m)], plan.Kpis.Select(k => (k.Comparator, k.Target!.Value)));
        Assert.All(plan.Kpis, k => Assert.Equal("Về thủ tục hành chính", k.Group));
        var duty = Assert.Single(plan.Responsibilities);
        Assert.Equal("Tổ thủ tục hành chính", duty.Party);
        Assert.Equal(["Theo dõi, đôn đốc thực hiện Kế hoạch."], duty.Duties);
    }

    [Fact]
    public void Import_TaskTable_ReadsGroupRowsAndColumns()
    {
        var task = Assert.Single(Fixtures.Import(Department(), "ke-hoach.docx").Plan.Tasks);

        Assert.Equal("Cải cách thủ tục hành chính", task.Group);
        Assert.Equal("administrativeProcedures", task.Area);
        Assert.Equal("Rà soát quy trình giải quyết hồ sơ nội bộ", task.Content);
        Assert.Equal("Cập nhật quy trình ISO", task.Details);
        Assert.Equal("Tổ TTHC", task.LeadUnit);
        Assert.Equal("Các trường", task.CoordinatingUnits);
        Assert.Equal(("quarter", 3), (task.Timeline, task.Quarter));
        Assert.Equal("Quy trình nội bộ", task.Product);
    }

    [Fact]
    public void Import_ClosingTable_ReadsRecipientsLeftAndSignatureWithLineBreakRight()
    {
        var plan = Fixtures.Import(Department(), "ke-hoach.docx").Plan;

        Assert.Equal([("Phòng Nội vụ Quận 1", "để b/c"), ("Lưu: VT", null)], plan.Recipients.Select(r => (r.Name, r.Purpose)));
        Assert.Equal(new SignatureJson("KT.", "TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG", "Lê Văn Cường"), plan.Signature);
    }

    [Fact]
    public void Import_TrackedDeletion_IsNotPartOfTheText()
    {
        var plan = Fixtures.Import(Department(), "ke-hoach.docx").Plan;

        Assert.Equal("Trên đây là Kế hoạch cải cách hành chính năm 2024 của Phòng Giáo dục và Đào tạo./.", plan.Closing);
    }

    [Fact]
    public void Import_BrokenNumberingPart_ImportsTheTextAndWarns()
    {
        var broken = Replace(Department(), "word/numbering.xml", "<w:numbering xmlns:w=\"oops");

        var result = Fixtures.Import(broken, "ke-hoach.docx");

        Assert.Contains(result.Warnings, w => w.Code == ImportWarningCodes.DocxPartUnreadable);
        Assert.Equal("12/KH-GDĐT", result.Plan.Number);
        Assert.Contains("MỤC TIÊU", result.Paragraphs);
    }

    /// <summary>A department's plan, numbered by Word.</summary>
    public static byte[] Department() => DocxFixture.Write(d => d
        .Table(
            ["UBND QUẬN 1\n\n§PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc"],
            [Number, "Quận 1, ngày 15 tháng 3 năm 2024"])
        .Paragraph("KẾ HOẠCH", bold: true)
        .Paragraph("Thực hiện công tác cải cách hành chính", bold: true)
        .Paragraph("của Phòng Giáo dục và Đào tạo năm 2024", bold: true)
        .Paragraph("Căn cứ Kế hoạch số 412/KH-UBND ngày 26/12/2023 của Ủy ban nhân dân Quận 1 về thực hiện công tác cải cách hành chính năm 2024.", italic: true)
        .Paragraph("Phòng Giáo dục và Đào tạo xây dựng Kế hoạch như sau:")
        .Paragraph("MỤC TIÊU", bold: true, list: DocxFixture.OutlineList)
        .Paragraph("Về chất lượng phục vụ", style: DocxFixture.LetterStyle)
        .Paragraph("Nâng cao chất lượng phục vụ người dân.", list: DocxFixture.OutlineList, level: 2)
        .Paragraph("Giảm thời gian chờ tại bộ phận một cửa.", list: DocxFixture.OutlineList, level: 3)
        .Paragraph("CHỈ TIÊU", bold: true, list: DocxFixture.OutlineList)
        .Paragraph("Về thủ tục hành chính", list: DocxFixture.OutlineList, level: 1)
        .Paragraph("Tỷ lệ hồ sơ giải quyết đúng hạn đạt 100%.", list: DocxFixture.OutlineList, level: 2)
        .Paragraph("Tỷ lệ hồ sơ tiếp nhận trực tuyến đạt từ 80% trở lên.", list: DocxFixture.OutlineList, level: 2)
        .Paragraph("NHIỆM VỤ", bold: true, list: DocxFixture.OutlineList)
        .Table(
            ["TT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian", "Sản phẩm"],
            ["I", ">>Cải cách thủ tục hành chính"],
            ["1", "Rà soát quy trình giải quyết hồ sơ nội bộ\n+ Cập nhật quy trình ISO", "Tổ TTHC", "Các trường", "Quý III/2024", "Quy trình nội bộ"])
        .Paragraph("TỔ CHỨC THỰC HIỆN", bold: true, list: DocxFixture.OutlineList)
        .Paragraph("Tổ thủ tục hành chính", list: DocxFixture.OutlineList, level: 1)
        .Paragraph("Theo dõi, đôn đốc thực hiện Kế hoạch.", list: DocxFixture.OutlineList, level: 2)
        .Element(new Paragraph(
            new Run(new Text("Trên đây là Kế hoạch cải cách hành chính năm 2024 ")),
            new DeletedRun(new Run(new DeletedText("SAI "))),
            new Run(new Text("của Phòng Giáo dục và Đào tạo./."))))
        .Table(
            ["Nơi nhận:\n\n- Phòng Nội vụ Quận 1 (để b/c);\n\n- Lưu: VT.", "KT. TRƯỞNG PHÒNG\nPHÓ TRƯỞNG PHÒNG\n\nLê Văn Cường"]));

    public static byte[] Replace(byte[] docx, string entry, string content)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(entry)?.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(entry).Open());
            writer.Write(content);
        }

        return stream.ToArray();
    }
}
