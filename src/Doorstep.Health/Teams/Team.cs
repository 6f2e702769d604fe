using Doorstep.Platform.Data;

namespace Doorstep.Health.Teams;

/// <summary>
/// 家庭医生团队: a family doctor, a nurse and a public-health doctor of one facility, with the
/// village doctors who work with them, serving the residents of an area.
/// </summary>
public sealed class Team : IRegional
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    public Guid FacilityId { get; set; }

    public required string FacilityName { get; set; }

    /// <summary>The area whose residents the team signs (a town, village or community); also the team's scope.</summary>
    public required string RegionCode { get; set; }

    /// <summary>User name of the family doctor who leads the team and is the residents' doctor.</summary>
    public required string Doctor { get; set; }

    public bool Active { get; set; } = true;

    public List<TeamMember> Members { get; set; } = [];

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}

/// <summary>One person of a team; the doctor has an account, the others may.</summary>
public sealed class TeamMember
{
    public Guid Id { get; set; }

    public Guid TeamId { get; set; }

    public TeamRole Role { get; set; }

    public required string Name { get; set; }

    public string? UserName { get; set; }

    /// <summary>The work phone residents call; printed on the agreement, so not a personal secret.</summary>
    public string? Phone { get; set; }

    public int Position { get; set; }
}

public enum TeamRole
{
    Doctor = 1,
    Nurse = 2,
    PublicHealth = 3,
    VillageDoctor = 4,
}
