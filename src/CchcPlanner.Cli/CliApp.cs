using CchcPlanner.Data;
using CchcPlanner.Documents;
using CchcPlanner.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CchcPlanner.Cli;

/// <summary>
/// <c>cchc VERB [options]</c>: the library from a terminal, for IT officers and scripts.
/// Settings come, in increasing priority, from appsettings.json in the working folder, environment variables
/// (<c>Database__Provider</c>, <c>Database__ConnectionString</c>) and the options <c>--provider</c>, <c>--connection</c>, <c>--data</c>.
/// </summary>
public static class CliApp
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int Usage = 2;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            await output.WriteLineAsync(HelpText);
            return args.Length == 0 ? Usage : Ok;
        }

        var switches = args[0] == "check" ? CheckCommand.Switches : null;
        if (!CliOptions.TryParse(args.Skip(1), out var options, out var problem, switches))
        {
            await error.WriteLineAsync(problem);
            return Usage;
        }

        // Import and check read files only: no database, no services.
        switch (args[0])
        {
            case "import":
                return await ImportCommand.RunAsync(options, output, error);
            case "check":
                return await CheckCommand.RunAsync(options, output, error);
        }

        await using var services = BuildServices(options);
        return args[0] switch
        {
            "migrate" => await MigrateCommand.RunAsync(services, output, error),
            "render" => await RenderCommand.RunAsync(services, options, output, error),
            "admin" => await AdminCommand.RunAsync(services, options, output, error),
            _ => await UnknownAsync(args[0], error),
        };
    }

    private static async Task<int> UnknownAsync(string verb, TextWriter error)
    {
        await error.WriteLineAsync($"Lệnh không hợp lệ: {verb}. Gõ `cchc help` để xem các lệnh.");
        return Usage;
    }

    private static ServiceProvider BuildServices(CliOptions options)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(options.Settings)
            .Build();
        var dataFolder = Path.GetFullPath(configuration["Storage:DataFolder"] is { Length: > 0 } folder ? folder : "data");
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging.AddSimpleConsole(console => console.SingleLine = true).SetMinimumLevel(LogLevel.Warning));
        services.AddCchcDatabase(configuration, dataFolder);
        services.AddScoped(sp => sp.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<CchcDbContext>>().CreateDbContext());
        services.AddCchcIdentityCore();
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<FirstAdministrator>();
        services.AddSingleton(new PdfRendererOptions { BrowserPath = configuration["Pdf:BrowserPath"] });
        services.AddSingleton<PdfRenderer>();
        services.AddSingleton(DocumentLayout.From(configuration.GetSection(DocumentLayout.Section)));
        return services.BuildServiceProvider();
    }

    public const string HelpText = """
        cchc – CchcPlanner từ dòng lệnh

        Cách dùng: cchc <lệnh> [tùy chọn]

        Lệnh:
          migrate     Cập nhật cấu trúc cơ sở dữ liệu lên phiên bản mới nhất và nạp dữ liệu danh mục
                      (vai trò, danh mục văn bản). Chạy được nhiều lần.
          render      In văn bản của một kế hoạch: cchc render <mã kế hoạch | plan.json> --pdf tệp.pdf
                      | --docx tệp.docx | --html tệp.html | --json tệp.json (ghi được nhiều định dạng một lúc).
          import      Đọc một kế hoạch từ tệp .docx, .txt hoặc .md: cchc import <tệp> [-o plan.json].
                      In tóm tắt những gì đọc được (căn cứ, mục, chỉ tiêu, nhiệm vụ, nơi nhận, trích dẫn)
                      và ghi kế hoạch dạng JSON kèm kết quả kiểm tra (mặc định: cùng tên tệp, đuôi .json).
          check       Kiểm tra kế hoạch: cchc check <tệp | thư mục> [--json]. Với thư mục, kiểm tra mọi tệp
                      .docx, .txt, .md trong đó; in từng lỗi, cảnh báo, lưu ý [mã] mức – nội dung (vị trí),
                      hoặc một tài liệu JSON với --json. Mã thoát: 0 không có lỗi, 1 có tệp có lỗi
                      hoặc không đọc được, 2 sai cách dùng.
          admin       Tạo tài khoản quản trị đầu tiên của một cài đặt mới:
                      cchc admin create --email <email> --unit "<tên đơn vị>" [--name "<họ tên>"]
                      Khi chưa có đơn vị tên đó, tạo đơn vị cấp cao nhất, cần thêm --abbreviation <viết tắt>
                      --place "<địa danh>" --head-title "<chức danh thủ trưởng>". In mật khẩu tạm thời một lần.
          help        Hiện hướng dẫn này.

        Tùy chọn chung:
          --provider Sqlite|Postgres   Loại cơ sở dữ liệu (mặc định: theo cấu hình, Sqlite)
          --connection "<chuỗi>"       Chuỗi kết nối (bắt buộc với Postgres)
          --data <thư mục>             Thư mục dữ liệu (tệp SQLite mặc định nằm ở đây)

        Cấu hình cũng đọc từ appsettings.json ở thư mục hiện tại và biến môi trường
        Database__Provider, Database__ConnectionString, Storage__DataFolder.
        """;
}
