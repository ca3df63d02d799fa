namespace CchcPlanner.Plans;

/// <summary>The six reform areas of Nghị quyết 76/NQ-CP, and the groups plans usually add beside them.</summary>
public enum ReformArea
{
    Institutions = 1,
    AdministrativeProcedures = 2,
    Organisation = 3,
    CivilService = 4,
    PublicFinance = 5,
    DigitalGovernment = 6,
    Direction = 7,
    Communication = 8,
    SatisfactionSurvey = 9,
    Other = 10,
}

public static class ReformAreaNames
{
    /// <summary>The heading a task group takes by default.</summary>
    public static string ToVietnamese(this ReformArea area) => area switch
    {
        ReformArea.Institutions => "Cải cách thể chế",
        ReformArea.AdministrativeProcedures => "Cải cách thủ tục hành chính",
        ReformArea.Organisation => "Cải cách tổ chức bộ máy hành chính nhà nước",
        ReformArea.CivilService => "Cải cách chế độ công vụ",
        ReformArea.PublicFinance => "Cải cách tài chính công",
        ReformArea.DigitalGovernment => "Xây dựng và phát triển Chính phủ điện tử, Chính phủ số",
        ReformArea.Direction => "Công tác chỉ đạo, điều hành",
        ReformArea.Communication => "Công tác thông tin, tuyên truyền về cải cách hành chính",
        ReformArea.SatisfactionSurvey => "Khảo sát, đánh giá sự hài lòng của người dân, tổ chức",
        _ => "Nhiệm vụ khác",
    };

    /// <summary>Whether the area is one of the six of Nghị quyết 76/NQ-CP.</summary>
    public static bool IsResolution76Area(this ReformArea area) => area is >= ReformArea.Institutions and <= ReformArea.DigitalGovernment;
}
