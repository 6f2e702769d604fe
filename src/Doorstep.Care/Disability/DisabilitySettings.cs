namespace Doorstep.Care.Disability;

/// <summary>Care:Disability. Child rehabilitation aid is for children younger than <see cref="ChildAgeLimit"/> (周岁) on the day of application.</summary>
public sealed class DisabilitySettings
{
    public int ChildAgeLimit { get; set; } = 18;
}
