namespace Doorstep.Care.Photos;

/// <summary>Care:Photos. How many photos one record may carry in all (each upload is also limited by the platform's photo rules).</summary>
public sealed class CarePhotoSettings
{
    public int MaxPerOwner { get; set; } = 30;
}
