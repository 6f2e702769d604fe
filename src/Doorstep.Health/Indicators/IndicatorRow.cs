namespace Doorstep.Health.Indicators;

/// <summary>
/// The health figures of one area for a year: the counts, and the rates domain-rules defines on them.
/// Every rate is null when its denominator is zero, never a made-up 0%.
/// </summary>
/// <param name="Key">The area's region code, or the team's id when grouped by team ("" for residents no team covers).</param>
public sealed record IndicatorRow(
    string Key,
    string Name,
    int Population,
    int Signed,
    int KeyPopulation,
    int KeySigned,
    int TermsEnded,
    int Renewed,
    int InService,
    int Fulfilled,
    int Unserved,
    int HypertensionEstimated,
    int HypertensionManaged,
    int HypertensionStandard,
    int HypertensionControlled,
    int DiabetesEstimated,
    int DiabetesManaged,
    int DiabetesStandard,
    int DiabetesControlled,
    int Elderly,
    int ElderlyChecked,
    bool KeyRateOverSigned)
{
    /// <summary>签约率 = signed ÷ population.</summary>
    public decimal? SigningRate => Rate(Signed, Population);

    /// <summary>重点人群签约率 = key-population signed ÷ key population (or ÷ all signed, as configured).</summary>
    public decimal? KeySigningRate => Rate(KeySigned, KeyRateOverSigned ? Signed : KeyPopulation);

    /// <summary>续约率 = renewed ÷ terms that ended in the year (not by death, moving away or change of team).</summary>
    public decimal? RenewalRate => Rate(Renewed, TermsEnded);

    /// <summary>履约率 = contracts whose package services are delivered as due ÷ contracts in service.</summary>
    public decimal? FulfilmentRate => Rate(Fulfilled, InService);

    public decimal? HypertensionManagementRate => Rate(HypertensionManaged, HypertensionEstimated);

    public decimal? HypertensionStandardRate => Rate(HypertensionStandard, HypertensionManaged);

    public decimal? HypertensionControlRate => Rate(HypertensionControlled, HypertensionManaged);

    public decimal? DiabetesManagementRate => Rate(DiabetesManaged, DiabetesEstimated);

    public decimal? DiabetesStandardRate => Rate(DiabetesStandard, DiabetesManaged);

    public decimal? DiabetesControlRate => Rate(DiabetesControlled, DiabetesManaged);

    /// <summary>老年人健康管理率 = 65+ checked in the year ÷ 65+ residents.</summary>
    public decimal? ElderlyCoverage => Rate(ElderlyChecked, Elderly);

    private static decimal? Rate(int part, int whole) => whole == 0 ? null : Math.Round(100m * part / whole, 1);
}

/// <summary>
/// The district's settings for the indicators: estimated prevalence among adults (the
/// denominator of the management rates), the follow-ups a year that make management standard,
/// and whether the key-population rate is over the key population or over all signed.
/// </summary>
public sealed record IndicatorSettings(decimal HypertensionPrevalence = 0.275m, decimal DiabetesPrevalence = 0.119m, int StandardFollowUps = 4, bool KeyRateOverSigned = false);
