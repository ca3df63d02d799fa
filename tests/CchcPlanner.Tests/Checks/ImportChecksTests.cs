using System.Text;
using CchcPlanner.Checks;
using CchcPlanner.Documents;
using CchcPlanner.Tests.Import;

namespace CchcPlanner.Tests.Checks;

/// <summary>The checker on the two real plans as the importer reads them from their text (embedded fixtures).</summary>
public sealed class ImportChecksTests
{
    [Fact]
    public void Check_ImportedKindergarten_FindsItsRealDefects()
    {
        var findings = CheckImported(Fixtures.Kindergarten);

        var conflict = Assert.Single(findings, f => f.Code == CheckCodes.CitationDateConflict);
        Assert.Equal("Nghị định số 106/2020/NĐ-CP ngày 15 tháng 9 năm 2020", conflict.Quote);
        Assert.Equal("kpis[9]", Assert.Single(findings, f => f.Code == CheckCodes.KpiWithoutTarget).Subject);
        Assert.Equal(48, findings.Count(f => f.Code == CheckCodes.TaskWithoutLead));
        Assert.Equal(48, findings.Count(f => f.Code == CheckCodes.TaskWithoutTimeline));
        Assert.DoesNotContain(findings, f => f.Code is CheckCodes.StaleYear or CheckCodes.CitationTypeMismatch or CheckCodes.MissingFileCopy or CheckCodes.NonNfcText);
    }

    [Fact]
    public void Check_ImportedNinhGiang_FindsDecision4707CitedAsAPlanAndNoStaleYear()
    {
        var findings = CheckImported(Fixtures.NinhGiang);

        Assert.Equal(
            [(CheckCodes.CitationTypeMismatch, "legalBases[3]"), (CheckCodes.CitationTypeMismatch, "sections[1].children[3]")],
            findings.Select(f => (f.Code, f.Subject)));
    }

    [Fact]
    public void Context_TextFile_KeepsTheTextAsTypedAndNoWordFile()
    {
        var nfd = "Kế hoạch cải cách hành chính".Normalize(NormalizationForm.FormD);

        var context = ImportChecks.Context(Encoding.UTF8.GetBytes(nfd), "ke-hoach.txt");

        Assert.Equal(nfd, context.SourceText);
        Assert.Null(context.Docx);
    }

    [Fact]
    public void Context_WordFile_ReadsItsParagraphsAndKeepsTheFileForTheFormatChecks()
    {
        var docx = DocxRenderer.Render(PlanDocumentBuilder.Build(CheckPlans.NinhGiang()));

        var context = ImportChecks.Context(docx, "KH-18-UBND.docx");

        Assert.Contains("Tuyên truyền thực hiện cải cách hành chính nhà nước năm 2022", context.SourceText, StringComparison.Ordinal);
        Assert.Equal(docx.Length, context.Docx?.Length);
    }

    private static IReadOnlyList<Finding> CheckImported(string name)
    {
        var bytes = Fixtures.Bytes(name);
        var result = Fixtures.Import(bytes, name);
        return PlanChecker.Check(result.Plan, ImportChecks.Context(bytes, name, CheckPlans.Catalogue()));
    }
}
