using CchcPlanner.Audit;
using CchcPlanner.Common;
using CchcPlanner.Data;
using CchcPlanner.Identity;
using CchcPlanner.LegalDocuments;
using CchcPlanner.Security;
using CchcPlanner.Units;
using Microsoft.EntityFrameworkCore;

namespace CchcPlanner.Plans.Creation;

/// <summary>
/// Starting, copying and deleting plans, for the signed-in user. Every action checks that the user may read the plan
/// it starts from and may draft for their own unit, and answers a refusal in Vietnamese instead of throwing.
/// Starting from the parent body's plan is in <c>PlanLifecycle.Parent.cs</c>.
/// </summary>
public sealed partial class PlanLifecycle(IDbContextFactory<CchcDbContext> contexts)
{
    private const string NotFound = "Không tìm thấy kế hoạch này, hoặc bạn không có quyền xem.";
    private const string NotADrafter = "Chỉ cán bộ soạn thảo hoặc thủ trưởng đơn vị mới được tạo kế hoạch cho đơn vị mình.";
    private const string NoUnit = "Không tìm thấy đơn vị của tài khoản; hãy liên hệ quản trị hệ thống.";

    public async Task<LifecycleResult<int>> CreateFromTemplateAsync(CurrentUser user, PlanKind kind, int year, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!PlanPermissions.CanDraftFor(user, user.UnitId))
        {
            return LifecycleResult.Refused<int>(NotADrafter);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await UnitOfAsync(db, user, cancellationToken) is not { } unit)
        {
            return LifecycleResult.Refused<int>(NoUnit);
        }

        var catalogue = await NationalCatalogueAsync(db, cancellationToken);
        var signer = await SignerAsync(db, user, cancellationToken);
        return await SaveNewAsync(db, user, () => PlanTemplates.Create(kind, unit, year, catalogue, signer), cancellationToken);
    }

    /// <summary>The unit's plan of another year, carried to <paramref name="year"/>, with the places to read again.</summary>
    public async Task<LifecycleResult<CopiedPlan>> CopyAsync(CurrentUser user, int sourcePlanId, int year, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (source, refusal) = await OwnSourceAsync(db, user, sourcePlanId, cancellationToken);
        if (source is null)
        {
            return LifecycleResult.Refused<CopiedPlan>(refusal!);
        }

        if (source.Year == year)
        {
            return LifecycleResult.Refused<CopiedPlan>($"Kế hoạch này đã là kế hoạch năm {year}; để có thêm một bản cùng năm, hãy dùng \"Nhân bản\".");
        }

        IReadOnlyList<ReReadItem> reRead = [];
        var saved = await SaveNewAsync(
            db,
            user,
            () =>
            {
                var copy = PlanCopier.ToYear(source, year);
                reRead = copy.ReRead;
                return copy.Plan;
            },
            cancellationToken);
        return saved.Succeeded ? LifecycleResult.Done(new CopiedPlan(saved.Value, reRead)) : LifecycleResult.Refused<CopiedPlan>(saved.Refusal!);
    }

    /// <summary>A draft copy of one of the unit's plans, same year, titled <c>Bản sao - …</c>.</summary>
    public async Task<LifecycleResult<int>> DuplicateAsync(CurrentUser user, int planId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (source, refusal) = await OwnSourceAsync(db, user, planId, cancellationToken);
        return source is null
            ? LifecycleResult.Refused<int>(refusal!)
            : await SaveNewAsync(db, user, () => PlanCopier.Duplicate(source), cancellationToken);
    }

    /// <summary>Deletes a draft or returned plan of the user's own unit; what has been submitted is a record and stays.</summary>
    public async Task<LifecycleResult<int>> DeleteAsync(CurrentUser user, int planId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var scope = await AccessScope.ForAsync(db, user, cancellationToken);
        var plan = await scope.ReadablePlans(db.Plans.Where(p => p.Id == planId)).SingleOrDefaultAsync(cancellationToken);
        if (plan is null)
        {
            return LifecycleResult.Refused<int>(NotFound);
        }

        if (!PlanPermissions.CanDraftFor(user, plan.UnitId))
        {
            return LifecycleResult.Refused<int>("Chỉ cán bộ soạn thảo hoặc thủ trưởng của đơn vị ban hành mới được xoá kế hoạch này.");
        }

        if (!plan.IsEditable)
        {
            return LifecycleResult.Refused<int>(
                $"Chỉ xoá được kế hoạch đang là dự thảo hoặc bị trả lại; kế hoạch này đang ở trạng thái \"{plan.Status.ToVietnamese()}\".");
        }

        // Only the plan row is loaded: its parts go with it in the database (cascade), in one statement.
        db.Plans.Remove(plan);
        db.AuditEntries.Add(AuditEntry.By(user, AuditActions.PlanDeleted, planId, $"{plan.Title} (năm {plan.Year}, {plan.Status.ToVietnamese()})"));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return LifecycleResult.Refused<int>("Kế hoạch vừa được người khác thay đổi; hãy tải lại trang rồi thử lại.");
        }

        return LifecycleResult.Done(planId);
    }

    /// <summary>A plan of the user's own unit that they may draft from, loaded whole and tracked so that the copy shares its unit and documents.</summary>
    private static async Task<(Plan? Plan, string? Refusal)> OwnSourceAsync(CchcDbContext db, CurrentUser user, int planId, CancellationToken cancellationToken)
    {
        if (!PlanPermissions.CanDraftFor(user, user.UnitId))
        {
            return (null, NotADrafter);
        }

        var scope = await AccessScope.ForAsync(db, user, cancellationToken);
        var source = await scope.ReadablePlans(db.Plans.Where(p => p.Id == planId)).WithEverything().SingleOrDefaultAsync(cancellationToken);
        if (source is null)
        {
            return (null, NotFound);
        }

        return source.UnitId == user.UnitId
            ? (source, null)
            : (null, "Chỉ sao chép được kế hoạch của chính đơn vị mình; để bắt đầu từ kế hoạch của cấp trên, hãy chọn \"Tạo từ kế hoạch cấp trên\".");
    }

    private static async Task<LifecycleResult<int>> SaveNewAsync(CchcDbContext db, CurrentUser user, Func<Plan> build, CancellationToken cancellationToken)
    {
        Plan plan;
        try
        {
            plan = build();
        }
        catch (DomainRuleException e)
        {
            return LifecycleResult.Refused<int>(e.Message);
        }

        plan.NoteEditor(user.FullName);
        db.Plans.Add(plan);

        // The audit entry names the new plan's id, known after the first save: both saves in one transaction.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        db.AuditEntries.Add(AuditEntry.By(user, AuditActions.PlanCreated, plan.Id, $"{plan.Title} (năm {plan.Year}, {plan.Kind.ToVietnamese()})"));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return LifecycleResult.Done(plan.Id);
    }

    private static Task<Unit?> UnitOfAsync(CchcDbContext db, CurrentUser user, CancellationToken cancellationToken) =>
        db.Units.Include(u => u.Parent).SingleOrDefaultAsync(u => u.Id == user.UnitId, cancellationToken);

    /// <summary>The documents templates cite from; tracked, so that the new plan's legal bases point at these rows.</summary>
    private static Task<List<LegalDocument>> NationalCatalogueAsync(CchcDbContext db, CancellationToken cancellationToken) =>
        db.LegalDocuments.Where(d => d.IssuingUnitId == null).ToListAsync(cancellationToken);

    /// <summary>Who signs the unit's plans: the user when they are the head, else the unit's head if the system knows them.</summary>
    private static async Task<string?> SignerAsync(CchcDbContext db, CurrentUser user, CancellationToken cancellationToken)
    {
        if (user.IsIn(Roles.Head))
        {
            return user.FullName;
        }

        var heads = from account in db.Users
                    join link in db.UserRoles on account.Id equals link.UserId
                    join role in db.Roles on link.RoleId equals role.Id
                    where account.UnitId == user.UnitId && account.IsActive && role.Name == Roles.Head
                    orderby account.FullName
                    select account.FullName;
        return await heads.FirstOrDefaultAsync(cancellationToken);
    }
}
