namespace Doorstep.Kernel;

/// <summary>性别 as encoded in the 17th digit of a citizen ID (odd = male, even = female).</summary>
public enum Sex
{
    Male,
    Female,
}
