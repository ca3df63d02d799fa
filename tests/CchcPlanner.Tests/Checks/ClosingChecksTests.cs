using CchcPlanner.Checks;
using CchcPlanner.Plans.Json;

namespace CchcPlanner.Tests.Checks;

public sealed class ClosingChecksTests
{
    [Fact]
    public void MissingFileCopy_NoLuuVt_IsAWarningOnTheRecipients()
    {
        var plan = CheckPlans.Clean() with { Recipients = [new("Phòng Nội vụ Q1", null), new("CB, GV, NV nhà trường", null)] };

        var finding = Assert.Single(CheckPlans.Check(plan, CheckCodes.MissingFileCopy));

        Assert.Equal((FindingSeverity.Warning, "recipients"), (finding.Severity, finding.Subject));
        Assert.Equal("Nơi nhận chưa có bản lưu của văn thư “- Lưu: VT”.", finding.Message);
    }

    [Fact]
    public void MissingFileCopy_NoRecipientsAtAll_SaysSo()
    {
        var finding = Assert.Single(CheckPlans.Check(CheckPlans.Clean() with { Recipients = [] }, CheckCodes.MissingFileCopy));

        Assert.StartsWith("Kế hoạch chưa có nơi nhận", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Lưu: VT")]
    [InlineData("- Lưu: VT, NV.")]
    [InlineData("Lưu VT")]
    [InlineData("Lưu: Văn thư")]
    public void MissingFileCopy_FileCopyWrittenAnyUsualWay_FindsNothing(string name)
    {
        var plan = CheckPlans.Clean() with { Recipients = [new("Phòng Nội vụ Q1", null), new(name, null)] };

        Assert.Empty(CheckPlans.Check(plan, CheckCodes.MissingFileCopy));
    }

    [Fact]
    public void SignatureTitleMismatch_KtWithHeadsTitle_IsAnError()
    {
        var plan = CheckPlans.Clean() with { Signature = new SignatureJson("KT.", "GIÁM ĐỐC", "GIÁM ĐỐC", "Nguyễn Văn A") };

        var finding = Assert.Single(CheckPlans.Check(plan, CheckCodes.SignatureTitleMismatch));

        Assert.Equal((FindingSeverity.Error, "signature"), (finding.Severity, finding.Subject));
        Assert.Equal("Ký thay (KT.) thì chức danh người ký phải là cấp phó (PHÓ …), không phải “GIÁM ĐỐC”.", finding.Message);
        Assert.Equal("KT. GIÁM ĐỐC / GIÁM ĐỐC", finding.Quote);
    }

    [Fact]
    public void SignatureTitleMismatch_TmWithoutAuthority_IsAnError()
    {
        var plan = CheckPlans.Clean() with { Signature = new SignatureJson("TM.", null, "CHỦ TỊCH", "Nguyễn Đình Tranh") };

        var finding = Assert.Single(CheckPlans.Check(plan, CheckCodes.SignatureTitleMismatch));

        Assert.Equal("Thể thức ký TM. phải ghi cơ quan hoặc chức danh người đứng đầu sau tiền tố (ví dụ TM. ỦY BAN NHÂN DÂN).", finding.Message);
    }

    [Fact]
    public void SignatureTitleMismatch_DeputySigningWithoutKt_IsAnError()
    {
        var plan = CheckPlans.Clean() with { Signature = new SignatureJson(null, null, "PHÓ HIỆU TRƯỞNG", "Nguyễn Thị B") };

        var finding = Assert.Single(CheckPlans.Check(plan, CheckCodes.SignatureTitleMismatch));

        Assert.Equal("Cấp phó ký thay người đứng đầu thì phải ghi “KT. HIỆU TRƯỞNG” trên chức danh “PHÓ HIỆU TRƯỞNG”.", finding.Message);
    }

    [Theory]
    [InlineData(null, null, "HIỆU TRƯỞNG")]
    [InlineData("KT.", "HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG")]
    [InlineData("TM.", "ỦY BAN NHÂN DÂN", "CHỦ TỊCH")]
    [InlineData("TM.", "ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH")]
    [InlineData("TL.", "GIÁM ĐỐC", "PHÓ CHÁNH VĂN PHÒNG")]
    public void SignatureTitleMismatch_OfficialForms_FindNothing(string? prefix, string? authority, string title)
    {
        var plan = CheckPlans.Clean() with { Signature = new SignatureJson(prefix, authority, title, "Nguyễn Văn A") };

        Assert.Empty(CheckPlans.Check(plan, CheckCodes.SignatureTitleMismatch));
    }
}
