namespace CchcPlanner.IntegrationTests.Api;

/// <summary>Who asks: a user of the matrix's own unit in one role, or nobody signed in.</summary>
public enum Asker
{
    Drafter,
    Head,
    Clerk,
    Reviewer,
    Admin,
    Anonymous,
}

/// <summary>Where the plan's unit stands from the asker's unit: the same, below it, beside it (same parent), above it.</summary>
public enum Relation
{
    Own,
    Child,
    Sibling,
    Parent,
}

/// <summary>What the rules say should happen; each target turns it into its own status code (see <see cref="AuthorizationMatrixTests"/>).</summary>
public enum Expected
{
    /// <summary>The page, file or step is given.</summary>
    Allowed,

    /// <summary>Pages and downloads: to the login page. API: 401.</summary>
    SignInFirst,

    /// <summary>Like a plan that does not exist: nothing of it shown.</summary>
    NotFound,

    /// <summary>The plan may be read, the step may not be taken: 403 from the API, no editor on the page.</summary>
    Refused,
}

/// <summary>
/// The rules of docs/workflow.md and the domain spec (CCHC-PLANS.md), written here independently of the code:
/// everyone reads their own unit's plans; reviewers and administrators also read the units below theirs; issued and signed
/// plans are public to every signed-in user; drafters and heads edit and submit their own unit's drafts; a reviewer of a
/// unit above returns and approves a submitted plan; the clerk of the plan's unit issues it; administrators take no step;
/// the administration pages are for administrators (users) and reviewers or administrators (unit tree).
/// </summary>
public static class AccessRules
{
    public static bool IsPublished(string state) => state is "Issued" or "Signed";

    public static Expected Read(Asker asker, Relation relation, string state)
    {
        if (asker == Asker.Anonymous)
        {
            return Expected.SignInFirst;
        }

        var reads = relation == Relation.Own
            || (relation == Relation.Child && asker is Asker.Reviewer or Asker.Admin)
            || IsPublished(state);
        return reads ? Expected.Allowed : Expected.NotFound;
    }

    /// <summary>
    /// The review record (submitted versions, changes, comments) stays with the plan's unit and the bodies above it,
    /// even once the plan itself is published.
    /// </summary>
    public static Expected Review(Asker asker, Relation relation) => asker switch
    {
        Asker.Anonymous => Expected.SignInFirst,
        _ when relation == Relation.Own || (relation == Relation.Child && asker is Asker.Reviewer or Asker.Admin) => Expected.Allowed,
        _ => Expected.NotFound,
    };

    /// <summary>The editor: readable first, then only the drafters and head of the unit, on a draft.</summary>
    public static Expected Edit(Asker asker, Relation relation, string state) => Read(asker, relation, state) switch
    {
        Expected.Allowed => asker is Asker.Drafter or Asker.Head && relation == Relation.Own && state is "Draft" or "Returned"
            ? Expected.Allowed
            : Expected.Refused,
        var other => other,
    };

    /// <summary>
    /// The results page: like the review record, only inside the tree (own unit, or reviewers and administrators above),
    /// even for a published plan; recording is for the drafters and head of the unit, on an issued or signed plan.
    /// </summary>
    /// <summary>
    /// An evidence file of a KPI result: read like the results (the plan's unit, reviewers and administrators above), never
    /// public; asked on a plan that has no such result (the matrix's drafts), it is simply not found.
    /// </summary>
    public static Expected Evidence(Asker asker, Relation relation, string state) => Review(asker, relation) switch
    {
        Expected.Allowed when !IsPublished(state) => Expected.NotFound,
        var other => other,
    };

    public static Expected Results(Asker asker, Relation relation, string state)
    {
        if (asker == Asker.Anonymous)
        {
            return Expected.SignInFirst;
        }

        if (!(relation == Relation.Own || (relation == Relation.Child && asker is Asker.Reviewer or Asker.Admin)))
        {
            return Expected.NotFound;
        }

        return asker is Asker.Drafter or Asker.Head && relation == Relation.Own && IsPublished(state) ? Expected.Allowed : Expected.Refused;
    }

    /// <summary>A step on a plan in the state the step starts from (Draft for submit, Submitted for return and approve, Approved for issue).</summary>
    public static Expected Step(Asker asker, Relation relation, string step)
    {
        var from = step switch
        {
            "submit" => "Draft",
            "return" or "approve" => "Submitted",
            _ => "Approved",
        };
        var read = Read(asker, relation, from);
        if (read != Expected.Allowed)
        {
            return read;
        }

        var may = step switch
        {
            "submit" => asker is Asker.Drafter or Asker.Head && relation == Relation.Own,
            "return" or "approve" => asker == Asker.Reviewer && relation == Relation.Child,
            _ => asker == Asker.Clerk && relation == Relation.Own,
        };
        return may ? Expected.Allowed : Expected.Refused;
    }

    /// <summary>
    /// The head of a unit at the top of the tree (nobody above it) returns and approves its own unit's plans; the head reads
    /// no unit below, so a plan there is not found.
    /// </summary>
    public static Expected TopHeadStep(Relation relation) => relation == Relation.Own ? Expected.Allowed : Expected.NotFound;

    /// <summary>
    /// A plan's report deadline in the calendar: only of a plan in force, for its own unit and the reviewers and
    /// administrators above (like its results); never for a sibling or the body above.
    /// </summary>
    public static Expected Calendar(Asker asker, Relation relation, string state) => Review(asker, relation) switch
    {
        Expected.Allowed => IsPublished(state) ? Expected.Allowed : Expected.NotFound,
        var other => other,
    };

    /// <summary>Pages that are not about one plan; changing one's own password (<c>/doi-mat-khau</c>) is for every signed-in user.</summary>
    public static Expected Page(Asker asker, string path) => asker switch
    {
        Asker.Anonymous => Expected.SignInFirst,
        _ when path is "/nguoi-dung" or "/nguoi-dung/nhap" or "/don-vi/nhap" or "/cai-dat/van-ban" => asker == Asker.Admin ? Expected.Allowed : Expected.Refused,
        _ when path is "/don-vi" or "/tong-hop" or "/bang-dieu-khien" => asker is Asker.Admin or Asker.Reviewer ? Expected.Allowed : Expected.Refused,
        _ when path == "/so-dang-ky" => asker is Asker.Admin or Asker.Clerk ? Expected.Allowed : Expected.Refused,
        _ when path == "/nhat-ky" => asker == Asker.Admin ? Expected.Allowed : Expected.Refused,
        _ when path == "/nhap-ke-hoach" => asker is Asker.Admin or Asker.Drafter or Asker.Head ? Expected.Allowed : Expected.Refused,
        _ => Expected.Allowed,
    };
}
