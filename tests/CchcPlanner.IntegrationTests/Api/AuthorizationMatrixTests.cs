using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CchcPlanner.IntegrationTests.Infrastructure;
using CchcPlanner.Plans;

namespace CchcPlanner.IntegrationTests.Api;

/// <summary>
/// Every asker × every place of the plan's unit × every page, download and API endpoint, by typed URL, with the outcome
/// the rules (<see cref="AccessRules"/>) give: refusal wherever they say so, the page, file or step wherever they allow it.
/// Runs on SQLite and on PostgreSQL (the unit-tree queries are translated by each provider).
/// </summary>
public abstract class AuthorizationMatrixTests(MatrixWorld world)
{
    private const string NotFoundText = "Không tìm thấy kế hoạch này, hoặc bạn không có quyền xem";

    /// <summary>The targets that read one plan; each is asked for a draft and for an issued plan.</summary>
    public static readonly string[] ReadTargets =
        ["page", "editor", "results", "progress", "review", "pdf", "docx", "print", "evidence", "api-list", "api-plan", "api-pdf", "api-docx", "calendar"];

    public static readonly string[] Pages = ["/", "/van-ban", "/don-vi", "/nguoi-dung", "/tong-hop", "/so-dang-ky", "/nhat-ky", "/nhap-ke-hoach", "/lich", "/thong-bao", "/don-vi/nhap", "/doi-mat-khau", "/nguoi-dung/nhap", "/bang-dieu-khien", "/cai-dat/van-ban"];

    public static TheoryData<Asker, Relation, string, string> ReadCases { get; } = ReadCaseData();

    public static TheoryData<Asker, Relation, string> StepCases { get; } = StepCaseData();

    public static TheoryData<Asker, string> PageCases { get; } = PageCaseData();

    public static TheoryData<string, Relation> TopHeadCases { get; } = new()
    {
        { "return", Relation.Own }, { "approve", Relation.Own }, { "return", Relation.Child }, { "approve", Relation.Child },
    };

    [Fact]
    public void Matrix_CountsItsCases()
    {
        var total = ReadCases.Count + StepCases.Count + PageCases.Count + TopHeadCases.Count;
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"Authorisation matrix: {ReadCases.Count} reading + {StepCases.Count} steps + {PageCases.Count} pages + {TopHeadCases.Count} top-unit head = {total} cases");
        Assert.Equal(6 * 4 * 2 * ReadTargets.Length, ReadCases.Count);
        Assert.Equal(6 * 4 * MatrixWorld.Steps.Length, StepCases.Count);
        Assert.Equal(862, total);
    }

    [Theory]
    [MemberData(nameof(ReadCases), MemberType = typeof(AuthorizationMatrixTests))]
    public async Task Read(Asker asker, Relation relation, string state, string target)
    {
        var (id, title) = world.ReadPlans[(relation, state)];
        var expected = target switch
        {
            "editor" => AccessRules.Edit(asker, relation, state),
            "results" or "progress" => AccessRules.Results(asker, relation, state),
            "evidence" => AccessRules.Evidence(asker, relation, state),
            "review" => AccessRules.Review(asker, relation),
            "calendar" => AccessRules.Calendar(asker, relation, state),
            _ => AccessRules.Read(asker, relation, state),
        };

        if (target.StartsWith("api-", StringComparison.Ordinal))
        {
            await ApiReadAsync(asker, target, id, expected);
            return;
        }

        var page = await world.Browser(asker).GetAsync(target switch
        {
            "page" => $"/ke-hoach/{id}",
            "editor" => $"/ke-hoach/{id}/soan-thao",
            "results" => $"/ke-hoach/{id}/ket-qua",
            "progress" => $"/ke-hoach/{id}/tien-do",
            "evidence" => $"/ke-hoach/{id}/minh-chung/{world.EvidenceResults[relation]}",
            "review" => $"/ke-hoach/{id}/tham-dinh",
            "calendar" => $"/lich?thang={world.Year}-03",
            "pdf" => $"/ke-hoach/{id}/van-ban.pdf",
            "docx" => $"/ke-hoach/{id}/van-ban.docx",
            _ => $"/ke-hoach/{id}/ban-in",
        });
        if (expected == Expected.SignInFirst)
        {
            Assert.Equal(HttpStatusCode.Redirect, page.Status);
            Assert.StartsWith("/dang-nhap", page.Location, StringComparison.Ordinal);
            return;
        }

        if (target == "calendar")
        {
            // The plan's report deadline shows in the month only for whom the plan's follow-up is theirs to watch.
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.Equal(expected == Expected.Allowed, page.Text.Contains(MatrixWorld.DeadlineName(title), StringComparison.Ordinal));
            return;
        }

        if (target is "page" or "editor" or "results" or "progress" or "review")
        {
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.Equal(expected == Expected.Allowed, target switch
            {
                "page" => page.Text.Contains(title, StringComparison.Ordinal),
                "editor" => page.Body.Contains("editor-save", StringComparison.Ordinal),
                // The matrix's plans reached their state without a stored submission, so a reader sees that.
                "review" => page.Text.Contains("chưa được gửi duyệt lần nào", StringComparison.Ordinal),
                "progress" => page.Body.Contains("progress-save", StringComparison.Ordinal),
                _ => page.Body.Contains("results-save", StringComparison.Ordinal),
            });
            if (expected == Expected.NotFound)
            {
                Assert.DoesNotContain(title, page.Text, StringComparison.Ordinal);
                Assert.Contains(NotFoundText, page.Text, StringComparison.Ordinal);
            }

            if (target is "results" or "progress" && expected == Expected.Refused)
            {
                Assert.Contains(title, page.Text, StringComparison.Ordinal);
            }

            return;
        }

        Assert.Equal(expected == Expected.Allowed ? HttpStatusCode.OK : HttpStatusCode.NotFound, page.Status);
        if (expected == Expected.Allowed)
        {
            Assert.Equal(target switch { "pdf" or "evidence" => "application/pdf", "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document", _ => "text/html" }, page.ContentType);
        }
        else
        {
            Assert.DoesNotContain(title, page.Text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(StepCases), MemberType = typeof(AuthorizationMatrixTests))]
    public Task Step(Asker asker, Relation relation, string step) =>
        StepAsync(world.Api(asker), world.StepPlans[(step, asker, relation)], step, AccessRules.Step(asker, relation, step));

    [Theory]
    [MemberData(nameof(TopHeadCases), MemberType = typeof(AuthorizationMatrixTests))]
    public Task TopUnitHead(string step, Relation relation) =>
        StepAsync(world.TopHead, world.TopHeadPlans[(step, relation)], step, AccessRules.TopHeadStep(relation));

    [Theory]
    [MemberData(nameof(PageCases), MemberType = typeof(AuthorizationMatrixTests))]
    public async Task Page(Asker asker, string path)
    {
        var page = await world.Browser(asker).GetAsync(path);

        switch (AccessRules.Page(asker, path))
        {
            case Expected.Allowed:
                Assert.Equal(HttpStatusCode.OK, page.Status);
                Assert.DoesNotContain("Không có quyền truy cập", page.Text, StringComparison.Ordinal);
                break;
            case Expected.SignInFirst:
                Assert.Equal(HttpStatusCode.Redirect, page.Status);
                Assert.StartsWith("/dang-nhap", page.Location, StringComparison.Ordinal);
                break;
            default:
                Assert.Equal(HttpStatusCode.Redirect, page.Status);
                Assert.StartsWith("/khong-co-quyen", page.Location, StringComparison.Ordinal);
                break;
        }
    }

    private async Task StepAsync(HttpClient api, int id, string step, Expected expected)
    {
        var (before, version) = await world.StateAsync(id);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/plans/{id}/{step}", UriKind.Relative))
        {
            Content = JsonContent.Create(new { reason = "Cần bổ sung chỉ tiêu của năm.", comment = "Ý kiến thử nghiệm." }),
        };
        request.Headers.IfMatch.Add(new($"\"{version}\""));

        using var response = await api.SendAsync(request, TestContext.Current.CancellationToken);
        var (after, _) = await world.StateAsync(id);

        Assert.Equal(Status(expected), response.StatusCode);
        if (expected == Expected.Allowed)
        {
            Assert.Equal(step switch { "submit" => PlanStatus.Submitted, "return" => PlanStatus.Returned, "approve" => PlanStatus.Approved, _ => PlanStatus.Issued }, after);
        }
        else
        {
            Assert.Equal(before, after);
            await AssertProblemAsync(response);
        }
    }

    private async Task ApiReadAsync(Asker asker, string target, int id, Expected expected)
    {
        var url = target switch
        {
            "api-list" => $"/api/plans?year={world.Year}",
            "api-plan" => $"/api/plans/{id}",
            "api-pdf" => $"/api/plans/{id}/pdf",
            _ => $"/api/plans/{id}/docx",
        };
        using var response = await world.Api(asker).GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        if (target == "api-list" && expected != Expected.SignInFirst)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var rows = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            Assert.Equal(expected == Expected.Allowed, rows.RootElement.EnumerateArray().Any(r => r.GetProperty("id").GetInt32() == id));
            return;
        }

        Assert.Equal(Status(expected), response.StatusCode);
        if (expected != Expected.Allowed)
        {
            await AssertProblemAsync(response);
        }
    }

    private static HttpStatusCode Status(Expected expected) => expected switch
    {
        Expected.Allowed => HttpStatusCode.OK,
        Expected.SignInFirst => HttpStatusCode.Unauthorized,
        Expected.NotFound => HttpStatusCode.NotFound,
        _ => HttpStatusCode.Forbidden,
    };

    /// <summary>A refusal from the API is problem details with a Vietnamese title and detail, never a page or a redirect.</summary>
    private static async Task AssertProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal((int)response.StatusCode, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Contains(problem.RootElement.GetProperty("title").GetString()!, ApiSecurityTests.VietnameseTitles);
        Assert.False(string.IsNullOrWhiteSpace(problem.RootElement.GetProperty("detail").GetString()));
    }

    private static TheoryData<Asker, Relation, string, string> ReadCaseData()
    {
        var data = new TheoryData<Asker, Relation, string, string>();
        foreach (var asker in Enum.GetValues<Asker>())
        {
            foreach (var relation in Enum.GetValues<Relation>())
            {
                foreach (var state in new[] { "Draft", "Issued" })
                {
                    foreach (var target in ReadTargets)
                    {
                        data.Add(asker, relation, state, target);
                    }
                }
            }
        }

        return data;
    }

    private static TheoryData<Asker, Relation, string> StepCaseData()
    {
        var data = new TheoryData<Asker, Relation, string>();
        foreach (var asker in Enum.GetValues<Asker>())
        {
            foreach (var relation in Enum.GetValues<Relation>())
            {
                foreach (var step in MatrixWorld.Steps)
                {
                    data.Add(asker, relation, step);
                }
            }
        }

        return data;
    }

    private static TheoryData<Asker, string> PageCaseData()
    {
        var data = new TheoryData<Asker, string>();
        foreach (var asker in Enum.GetValues<Asker>())
        {
            foreach (var path in Pages)
            {
                data.Add(asker, path);
            }
        }

        return data;
    }
}

/// <summary>The matrix on SQLite.</summary>
public sealed class SqliteAuthorizationMatrixTests(SqliteMatrixWorld world) : AuthorizationMatrixTests(world), IClassFixture<SqliteMatrixWorld>;

/// <summary>The matrix on PostgreSQL.</summary>
public sealed class PostgresAuthorizationMatrixTests(PostgresMatrixWorld world) : AuthorizationMatrixTests(world), IClassFixture<PostgresMatrixWorld>;
