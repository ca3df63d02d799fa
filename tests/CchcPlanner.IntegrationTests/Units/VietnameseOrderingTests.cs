using CchcPlanner.Data;
using CchcPlanner.IntegrationTests.Infrastructure;
using CchcPlanner.Plans;
using CchcPlanner.Units;
using Microsoft.EntityFrameworkCore;

namespace CchcPlanner.IntegrationTests.Units;

public sealed class VietnameseOrderingTests(PostgresServer server) : DatabaseTests(server)
{
    /// <summary>As a Vietnamese reader orders them: a, ă, â, b, …, d, đ, and tones after the letter.</summary>
    private static readonly string[] ReaderOrder =
    [
        "Trường An Phú",
        "Trường Ăn Khê",
        "Trường Ân Thi",
        "Trường Bình An",
        "Trường Dương Minh",
        "Trường Đông Hòa",
        "Trường Ô Môn",
        "Trường Ơn Hải",
    ];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task OrderByName_UnitsWithVietnameseLetters_ComeBackInReaderOrder(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        await using (var db = database.CreateDbContext())
        {
            var district = new Unit("Ủy ban nhân dân Quận 5", "UBND", "Quận 5", "Chủ tịch", UnitCategory.PeoplesCommittee);
            var schools = ReaderOrder.Reverse().Select(name => TestData.School(name, district));
            await TestData.SaveTreeAsync(db, [district, .. schools]);
        }

        await using var reader = database.CreateDbContext();
        var names = await reader.Units.Where(u => u.ParentId != null).OrderBy(u => u.Name).Select(u => u.Name).ToListAsync(Token);

        Assert.Equal(ReaderOrder, names);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task OrderByTitle_PlansOfOneUnit_ComeBackInReaderOrder(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        string[] titles = ["Ăn bán trú an toàn cho trẻ", "An toàn giao thông năm 2024", "Đổi mới phương pháp dạy học", "Dạy học trực tuyến"];
        await using (var db = database.CreateDbContext())
        {
            var school = new Unit("Trường mầm non Hoa Sen", "MNHS", "Quận 3", "Hiệu trưởng", UnitCategory.Kindergarten);
            db.Plans.AddRange(titles.Select(t => new Plan(school, PlanKind.Other, 2024, t)));
            await db.SaveChangesAsync(Token);
        }

        await using var reader = database.CreateDbContext();
        var ordered = await reader.Plans.OrderBy(p => p.Title).Select(p => p.Title).ToListAsync(Token);

        Assert.Equal(["An toàn giao thông năm 2024", "Ăn bán trú an toàn cho trẻ", "Dạy học trực tuyến", "Đổi mới phương pháp dạy học"], ordered);
    }
}
