using CchcPlanner.Data;
using CchcPlanner.Identity;
using CchcPlanner.IntegrationTests.Infrastructure;
using CchcPlanner.Plans;
using CchcPlanner.Plans.Creation;
using CchcPlanner.Plans.Editing;
using CchcPlanner.Security;
using CchcPlanner.Units;
using Microsoft.EntityFrameworkCore;

namespace CchcPlanner.IntegrationTests.Plans;

/// <summary>The editor's service: open a plan as a draft, change every kind of part, save over the version opened.</summary>
public sealed class PlanEditorTests(PostgresServer server) : DatabaseTests(server)
{
    [Theory]
    [MemberData(nameof(Providers))]
    public async Task SaveAsync_ChangesToEveryKindOfPart_SurviveReopening(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var (school, id) = await SaveTemplateDraftAsync(database);
        var editor = new PlanEditor(database);
        var (draft, _) = await editor.OpenAsync(id, Drafter(school), Token);
        var opened = Copy(draft!);

        draft!.Title = "Thực hiện công tác cải cách hành chính năm 2025 (bản sửa)";
        draft.LegalBases.Reverse();
        draft.LegalBases.Add(new LegalBasisDraft { Verb = LegalBasisVerb.Implementing, CitationText = "Công văn số 12/PGDĐT ngày 05/01/2025 của Phòng Giáo dục và Đào tạo" });
        draft.Sections[0].Items.Insert(0, new ItemDraft { Style = ItemStyle.Paragraph, Text = "Đoạn mở đầu mới của phần I." });
        draft.Kpis.RemoveAt(0);
        draft.Kpis.Add(new KpiDraft { Text = "Tỷ lệ hồ sơ được số hóa đạt từ 80% trở lên", Comparator = Comparator.AtLeast, Target = 80, Unit = "%" });
        draft.Tasks[0].LeadUnit = "Phó Hiệu trưởng";
        draft.Tasks[0].TimelineKind = TimelineKind.Quarter;
        draft.Tasks[0].Quarter = 2;
        draft.ReportingDeadlines[0].DueOn = new DateOnly(2025, 3, 5);
        draft.Recipients.Insert(0, new RecipientDraft { Name = "Phòng Giáo dục và Đào tạo", Purpose = "để b/c" });
        draft.Signature.SignerName = "Vũ Thị Ngọc Bắc";

        var outcome = await editor.SaveAsync(draft, opened, Drafter(school), Token);

        var saved = Assert.IsType<SaveOutcome.Saved>(outcome).Draft;
        var (reopened, _) = await editor.OpenAsync(id, Drafter(school), Token);
        Assert.Empty(PlanDiff.Compare(saved, reopened!));
        Assert.Equal("Thực hiện công tác cải cách hành chính năm 2025 (bản sửa)", reopened!.Title);
        Assert.Equal(draft.LegalBases.Select(b => b.CitationText), reopened.LegalBases.Select(b => b.CitationText));
        Assert.Equal("Đoạn mở đầu mới của phần I.", reopened.Sections[0].Items[0].Text);
        Assert.Equal(draft.Kpis.Select(k => k.Text), reopened.Kpis.Select(k => k.Text));
        Assert.Equal((TimelineKind.Quarter, 2, "Phó Hiệu trưởng"), (reopened.Tasks[0].TimelineKind, reopened.Tasks[0].Quarter, reopened.Tasks[0].LeadUnit));
        Assert.Equal(new DateOnly(2025, 3, 5), reopened.ReportingDeadlines[0].DueOn);
        Assert.Equal("Phòng Giáo dục và Đào tạo", reopened.Recipients[0].Name);
        Assert.Equal("Vũ Thị Ngọc Bắc", reopened.Signature.SignerName);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task SaveAsync_AfterSomeoneElseSaved_IsRefusedWithTheirChangesAndTheirWorkKept(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var (school, id) = await SaveTemplateDraftAsync(database);
        var editor = new PlanEditor(database);
        var (mine, _) = await editor.OpenAsync(id, Drafter(school), Token);
        var (theirs, _) = await editor.OpenAsync(id, Head(school), Token);
        var (mineOpened, theirsOpened) = (Copy(mine!), Copy(theirs!));

        theirs!.Title = "Tiêu đề do Hiệu trưởng sửa";
        Assert.IsType<SaveOutcome.Saved>(await editor.SaveAsync(theirs, theirsOpened, Head(school), Token));
        mine!.Closing = "Đoạn kết do cán bộ soạn thảo viết./.";
        var outcome = await editor.SaveAsync(mine, mineOpened, Drafter(school), Token);

        var conflict = Assert.IsType<SaveOutcome.Conflict>(outcome);
        Assert.Contains(conflict.TheirChanges, c => c.Part == "Thông tin chung" && c.Description.Contains("Tiêu đề do Hiệu trưởng sửa", StringComparison.Ordinal));
        Assert.Equal("Nguyễn Văn Hiệu", conflict.SavedBy);
        var (stored, _) = await editor.OpenAsync(id, Drafter(school), Token);
        Assert.Equal("Tiêu đề do Hiệu trưởng sửa", stored!.Title);
        Assert.NotEqual("Đoạn kết do cán bộ soạn thảo viết./.", stored.Closing);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task SaveAsync_PercentTargetOver100_IsInvalidBesideTheRowAndNothingSaved(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var (school, id) = await SaveTemplateDraftAsync(database);
        var editor = new PlanEditor(database);
        var (draft, _) = await editor.OpenAsync(id, Drafter(school), Token);
        var opened = Copy(draft!);
        var wrong = new KpiDraft { Text = "Tỷ lệ hài lòng đạt 120%", Comparator = Comparator.Exactly, Target = 120, Unit = "%" };
        draft!.Kpis.Add(wrong);
        draft.Title = "Không được lưu";

        var invalid = Assert.IsType<SaveOutcome.Invalid>(await editor.SaveAsync(draft, opened, Drafter(school), Token));

        var problem = Assert.Single(invalid.Problems);
        Assert.Same(wrong, problem.Model);
        Assert.Contains("từ 0 đến 100", problem.Message, StringComparison.Ordinal);
        var (stored, _) = await editor.OpenAsync(id, Drafter(school), Token);
        Assert.NotEqual("Không được lưu", stored!.Title);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task OpenAndSave_ByAnotherSchoolsDrafter_AreRefused(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var (school, id) = await SaveTemplateDraftAsync(database);
        Unit sibling;
        await using (var db = database.CreateDbContext())
        {
            sibling = await db.Units.SingleAsync(u => u.Abbreviation == "MNBN", Token);
        }

        var editor = new PlanEditor(database);
        var (draft, refusal) = await editor.OpenAsync(id, Drafter(sibling), Token);
        var (own, _) = await editor.OpenAsync(id, Drafter(school), Token);
        own!.Title = "Sửa trộm";
        var outcome = await editor.SaveAsync(own, Copy(own), Drafter(sibling), Token);

        Assert.Null(draft);
        Assert.Equal("Không tìm thấy kế hoạch này, hoặc bạn không có quyền xem.", refusal);
        Assert.IsType<SaveOutcome.Refused>(outcome);
        var (stored, _) = await editor.OpenAsync(id, Drafter(school), Token);
        Assert.NotEqual("Sửa trộm", stored!.Title);
    }

    private static async Task<(Unit School, int PlanId)> SaveTemplateDraftAsync(TestDatabase database)
    {
        await using var db = database.CreateDbContext();
        var units = await TestData.SaveDemoUnitsAsync(db);
        await TestData.SaveCatalogueAsync(db);
        var plan = PlanTemplates.Create(PlanKind.AnnualCchc, units.TuoiHong, 2025, await db.LegalDocuments.ToListAsync(Token), "Nguyễn Văn Hiệu");
        db.Plans.Add(plan);
        await db.SaveChangesAsync(Token);
        return (units.TuoiHong, plan.Id);
    }

    private static PlanDraft Copy(PlanDraft draft) =>
        System.Text.Json.JsonSerializer.Deserialize<PlanDraft>(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(draft))!;

    private static CurrentUser Drafter(Unit unit) => User(unit, Roles.Drafter, "Nguyễn Thị Thu Hà");

    private static CurrentUser Head(Unit unit) => User(unit, Roles.Head, "Nguyễn Văn Hiệu");

    private static CurrentUser User(Unit unit, string role, string name) =>
        new($"user-{unit.Id}-{role}", $"{role}@demo.vn", name, unit.Id, unit.Name, new HashSet<string> { role });
}
