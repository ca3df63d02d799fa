using Microsoft.AspNetCore.Http.HttpResults;

namespace CchcPlanner.Web.Api;

/// <summary>
/// Problem details (RFC 7807) in Vietnamese: every problem the app writes gets a Vietnamese title for its status and,
/// when it has none or only Identity's English word for a failed sign-in, a Vietnamese detail.
/// </summary>
internal static class ApiProblems
{
    public const string NotFound = "Không tìm thấy kế hoạch này, hoặc bạn không có quyền xem.";

    private static readonly Dictionary<int, (string Title, string Detail)> ByStatus = new()
    {
        [StatusCodes.Status400BadRequest] = ("Yêu cầu không hợp lệ", "Dữ liệu gửi lên không đúng định dạng."),
        [StatusCodes.Status401Unauthorized] = ("Chưa đăng nhập", "Hãy đăng nhập (cookie hoặc bearer token từ /api/tai-khoan/login) rồi thử lại."),
        [StatusCodes.Status403Forbidden] = ("Không có quyền", "Bạn không có quyền thực hiện thao tác này."),
        [StatusCodes.Status404NotFound] = ("Không tìm thấy", "Không tìm thấy địa chỉ hoặc dữ liệu được yêu cầu."),
        [StatusCodes.Status405MethodNotAllowed] = ("Phương thức không được hỗ trợ", "Địa chỉ này không nhận phương thức HTTP đã dùng."),
        [StatusCodes.Status409Conflict] = ("Không thực hiện được", "Trạng thái hiện tại của kế hoạch không cho phép thao tác này."),
        [StatusCodes.Status412PreconditionFailed] = ("Phiên bản đã cũ", "Kế hoạch vừa được người khác thay đổi; hãy tải lại rồi thử lại."),
        [StatusCodes.Status415UnsupportedMediaType] = ("Định dạng không được hỗ trợ", "Hãy gửi nội dung dạng application/json."),
        [StatusCodes.Status428PreconditionRequired] = ("Thiếu phiên bản", "Hãy gửi phiên bản của kế hoạch trong tiêu đề If-Match."),
        [StatusCodes.Status429TooManyRequests] = ("Quá nhiều lần thử", "Bạn đã thử đăng nhập quá nhiều lần; hãy đợi một phút rồi thử lại."),
        [StatusCodes.Status500InternalServerError] = ("Lỗi hệ thống", "Đã xảy ra lỗi; quản trị hệ thống có thể xem chi tiết trong nhật ký."),
        [StatusCodes.Status503ServiceUnavailable] = ("Dịch vụ tạm thời không sẵn sàng", "Hãy thử lại sau ít phút."),
    };

    /// <summary>What Identity's login endpoint writes as detail (<c>SignInResult.ToString()</c>), in Vietnamese.</summary>
    private static readonly Dictionary<string, string> SignInDetails = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Failed"] = "Email hoặc mật khẩu không đúng.",
        ["LockedOut"] = "Tài khoản đang bị khóa tạm thời vì đăng nhập sai nhiều lần. Vui lòng thử lại sau 15 phút hoặc liên hệ quản trị hệ thống.",
        ["NotAllowed"] = "Tài khoản đã bị ngừng sử dụng. Vui lòng liên hệ quản trị hệ thống.",
        ["RequiresTwoFactor"] = "Tài khoản cần xác thực hai bước, chức năng này chưa hỗ trợ qua API.",
    };

    public static void Customize(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var status = problem.Status ?? context.HttpContext.Response.StatusCode;
        if (!ByStatus.TryGetValue(status, out var text))
        {
            text = status >= 500 ? ByStatus[StatusCodes.Status500InternalServerError] : ByStatus[StatusCodes.Status400BadRequest];
        }

        problem.Title = problem is HttpValidationProblemDetails ? "Dữ liệu gửi lên không hợp lệ" : text.Title;
        if (problem.Detail is null || SignInDetails.ContainsKey(problem.Detail))
        {
            problem.Detail = problem.Detail is { } english ? SignInDetails[english] : text.Detail;
        }
    }

    public static ProblemHttpResult Problem(int status, string detail) => TypedResults.Problem(detail: detail, statusCode: status);

    public static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, detail: message);
}
