namespace Doorstep.Health.Teams;

/// <summary>A team as a form or the API sends it: the doctor is an account, the others a name and phone.</summary>
public sealed record TeamInput(string? Name, Guid? FacilityId, string? RegionCode, IReadOnlyList<TeamMemberInput>? Members, bool Active = true);

public sealed record TeamMemberInput(TeamRole? Role, string? Name, string? UserName, string? Phone);

public sealed record TeamView(Guid Id, string Name, Guid FacilityId, string FacilityName, string RegionCode, string Doctor, bool Active, IReadOnlyList<TeamMemberView> Members, int ActiveContracts)
{
    public TeamMemberView? Lead => Members.FirstOrDefault(m => m.Role == TeamRole.Doctor);
}

public sealed record TeamMemberView(TeamRole Role, string Name, string? UserName, string? Phone);
