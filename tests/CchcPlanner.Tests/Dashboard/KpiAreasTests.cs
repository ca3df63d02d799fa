using CchcPlanner.Dashboard;
using CchcPlanner.Plans;

namespace CchcPlanner.Tests.Dashboard;

/// <summary>The reform area read from a KPI's heading and words, on KPIs of the two example plans and their overlaps.</summary>
public sealed class KpiAreasTests
{
    [Theory]
    [InlineData("Về giải quyết hồ sơ TTHC", "100% hồ sơ TTHC giải quyết trễ hạn phải kịp thời thông báo xin lỗi tổ chức, cá nhân.", ReformArea.AdministrativeProcedures)]
    [InlineData("Về tỷ lệ khảo sát ý kiến hài lòng của cá nhân và tổ chức", "Mức độ hài lòng … về giải quyết thủ tục hành chính đạt từ 99% trở lên.", ReformArea.SatisfactionSurvey)]
    [InlineData("Xây dựng môi trường làm việc điện tử.", "Nhà trường sử dụng hệ thống thư điện tử công vụ.", ReformArea.DigitalGovernment)]
    [InlineData(null, "Tỷ lệ hồ sơ chuyển trường của học sinh được tiếp nhận trực tuyến đạt từ 50% trở lên.", ReformArea.DigitalGovernment)]
    [InlineData(null, "100% văn bản quy phạm pháp luật do Ủy ban nhân dân Quận 1 ban hành được rà soát.", ReformArea.Institutions)]
    [InlineData(null, "100% công chức, viên chức được bồi dưỡng kiến thức về CCHC.", ReformArea.CivilService)]
    [InlineData(null, "Giảm 10% biên chế so với năm 2015.", ReformArea.Organisation)]
    [InlineData(null, "100% các khoản thu, chi được công khai; tự chủ tài chính nhóm 2.", ReformArea.PublicFinance)]
    [InlineData(null, "Đăng tải ít nhất 12 tin, bài tuyên truyền về CCHC.", ReformArea.Communication)]
    [InlineData(null, "Ban hành đúng hạn 100% báo cáo định kỳ.", ReformArea.Direction)]
    [InlineData(null, "Trồng 200 cây xanh.", ReformArea.Other)]
    public void Of_HeadingThenWords_GiveTheArea(string? group, string text, ReformArea expected) =>
        Assert.Equal(expected, KpiAreas.Of(group, text));

    [Fact]
    public void Of_DecomposedDiacritics_ReadLikeComposedText() =>
        Assert.Equal(ReformArea.SatisfactionSurvey, KpiAreas.Of(null, "Mức độ hài lòng đạt 95%".Normalize(System.Text.NormalizationForm.FormD)));

    [Fact]
    public void ShortName_EveryArea_IsVietnameseAndDistinct()
    {
        var names = Enum.GetValues<ReformArea>().Select(a => a.ShortName()).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.Equal("Chính phủ số", ReformArea.DigitalGovernment.ShortName());
    }
}
