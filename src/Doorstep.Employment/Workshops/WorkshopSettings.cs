namespace Doorstep.Employment.Workshops;

/// <summary>
/// The recognition criteria of assistance workshops, bound from <c>Employment:Workshops</c>;
/// the defaults are Hunan's. Provinces set their own, so none is fixed in code.
/// </summary>
public sealed class WorkshopSettings
{
    /// <summary>Basic recognition: at least this many poverty-relieved people absorbed.</summary>
    public int RecognitionMinPeople { get; set; } = 5;

    /// <summary>Model workshop (示范性): at least this many poverty-relieved people …</summary>
    public int ModelMinPeople { get; set; } = 30;

    /// <summary>… employed this many months or more …</summary>
    public int ModelMinMonths { get; set; } = 6;

    /// <summary>… earning at least this much a year, in yuan.</summary>
    public int ModelMinAnnualIncome { get; set; } = 11_000;
}
