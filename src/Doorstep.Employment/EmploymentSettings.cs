namespace Doorstep.Employment;

/// <summary>The module's settings (section <c>Employment</c>); provinces set their own quota rate.</summary>
public sealed class EmploymentSettings
{
    /// <summary>按比例安排残疾人就业: the share of staff an employer must fill with disabled people, 1.5% unless the province sets another.</summary>
    public decimal DisabledQuotaRate { get; set; } = 0.015m;
}
