using Doorstep.Platform.Data;

namespace Doorstep.Health.Duty;

/// <summary>
/// 节假日值班: one facility open on one day — its hours, the doctor on duty (an account of the
/// facility's staff), the nurse and the emergency team, and the phone to call.
/// </summary>
public sealed class DutyShift : IRegional
{
    public Guid Id { get; set; }

    public Guid FacilityId { get; set; }

    public required string FacilityName { get; set; }

    /// <summary>The facility's region, for scope and the per-town coverage check.</summary>
    public required string RegionCode { get; set; }

    public DateOnly Date { get; set; }

    public TimeOnly Opens { get; set; }

    public TimeOnly Closes { get; set; }

    /// <summary>The doctor on duty: user name of a member of the facility.</summary>
    public required string Doctor { get; set; }

    public required string DoctorName { get; set; }

    public string? Nurse { get; set; }

    public string? EmergencyTeam { get; set; }

    public string? Phone { get; set; }

    public required string UpdatedBy { get; set; }

    public DateTime UpdatedAt { get; set; }
}
