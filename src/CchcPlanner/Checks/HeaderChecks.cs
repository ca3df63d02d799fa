using System.Globalization;
using CchcPlanner.Common;

namespace CchcPlanner.Checks;

/// <summary>One check: reads the plan and adds what it finds.</summary>
internal interface IPlanCheck
{
    void Run(CheckInput input, FindingList findings);
}

/// <summary><c>missing-number</c>: <c>Số:    /KH-MNTH</c> — left for the clerk while drafting, an error once issued.</summary>
internal sealed class MissingNumberCheck : IPlanCheck
{
    public void Run(CheckInput input, FindingList findings)
    {
        var number = input.Plan.Number;
        if (number is { Length: > 0 } && char.IsAsciiDigit(number.TrimStart()[0]))
        {
            return;
        }

        var symbol = input.Plan.Symbol is { Length: > 0 } s ? s : number?.TrimStart(' ', '/') ?? "KH";
        var quote = $"Số:      /{symbol}";
        findings.Add(
            CheckCodes.MissingNumber,
            input.IsIssued ? FindingSeverity.Error : FindingSeverity.Info,
            input.IsIssued
                ? "Kế hoạch đã ban hành nhưng số văn bản còn để trống."
                : "Kế hoạch chưa có số; văn thư sẽ cấp số khi ban hành.",
            Subjects.Number,
            quote);
    }
}

/// <summary><c>missing-date</c>: <c>ngày   tháng   năm 2023</c> — normal while drafting, an error once issued.</summary>
internal sealed class MissingDateCheck : IPlanCheck
{
    public void Run(CheckInput input, FindingList findings)
    {
        if (input.Plan.IssuedOn is not null)
        {
            return;
        }

        var place = input.Plan.Place is { Length: > 0 } p ? p : "…";
        findings.Add(
            CheckCodes.MissingDate,
            input.IsIssued ? FindingSeverity.Error : FindingSeverity.Info,
            input.IsIssued
                ? "Kế hoạch đã ban hành nhưng ngày, tháng ban hành còn để trống."
                : "Kế hoạch chưa có ngày ban hành; ngày được ghi khi ký ban hành.",
            Subjects.IssuedOn,
            $"{place}, ngày   tháng   năm {input.Plan.Year.ToString(CultureInfo.InvariantCulture)}");
    }
}

/// <summary>Dates as citations write them: <c>15/9/2020</c>.</summary>
internal static class Dates
{
    public static string Text(DateOnly date) => VietnameseDates.Citation(date);

    /// <summary>A rule's message continued after a colon: its first letter in lower case.</summary>
    public static string LowerFirst(string message) =>
        message.Length > 1 && char.IsUpper(message[0]) && char.IsLower(message[1])
            ? char.ToLower(message[0], VietnameseText.Culture) + message[1..]
            : message;
}
