namespace Doorstep.Employment.Training;

/// <summary>
/// The local rules of subsidised training, from <c>Employment:Training</c>: the subsidy standards
/// differ by province and year, so the ceiling is configuration, as is whether the subsidy is paid
/// on completion or only on a certificate.
/// </summary>
public sealed class TrainingSettings
{
    /// <summary>The highest subsidy per trainee a course may carry, in yuan.</summary>
    public int MaxSubsidyPerPerson { get; set; } = 6_000;

    /// <summary>The most places one course may plan.</summary>
    public int MaxCapacity { get; set; } = 200;

    /// <summary>The most class hours one course may have.</summary>
    public int MaxHours { get; set; } = 2_000;

    /// <summary>True where the subsidy is paid only for a trainee who gained a certificate (取证后补贴); else on completion.</summary>
    public bool SubsidyRequiresCertificate { get; set; }

    /// <summary>The Labour Law's minimum working age: younger people are not enrolled.</summary>
    public int MinAge { get; set; } = 16;
}
