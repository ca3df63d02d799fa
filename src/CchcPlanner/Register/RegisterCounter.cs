namespace CchcPlanner.Register;

/// <summary>
/// The last number given in one register: of one issuing unit, one calendar year and one type of document. A register
/// restarts at 01 on 1 January (NĐ 30/2020). Moved only inside the issuing transaction, so a rolled-back issue gives its
/// number back.
/// </summary>
public sealed class RegisterCounter
{
    private RegisterCounter()
    {
        DocumentType = string.Empty;
    }

    /// <summary>A register whose numbers up to <paramref name="lastNumber"/> were given before (demo data, paper registers).</summary>
    internal RegisterCounter(int unitId, int year, string documentType, int lastNumber)
    {
        UnitId = unitId;
        Year = year;
        DocumentType = documentType;
        LastNumber = lastNumber;
    }

    public int UnitId { get; private set; }

    public int Year { get; private set; }

    /// <summary>The abbreviation of the type: <c>KH</c> for plans.</summary>
    public string DocumentType { get; private set; }

    public int LastNumber { get; private set; }
}
