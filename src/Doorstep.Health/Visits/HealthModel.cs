using Microsoft.EntityFrameworkCore;

namespace Doorstep.Health.Visits;

/// <summary>The module's tables, prefixed health_: visits, enrolments, duty shifts, teams, packages and contracts.</summary>
internal static class HealthModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<Visit>(e =>
        {
            e.ToTable("health_visits");
            e.Property(v => v.RegionCode).HasMaxLength(15);
            e.Property(v => v.ReadingsCipher).HasMaxLength(4000);
            e.Property(v => v.RecordedBy).HasMaxLength(100);
            e.HasIndex(v => new { v.PersonId, v.Date });
            e.HasIndex(v => v.RegionCode);
        });

        b.Entity<Duty.DutyShift>(e =>
        {
            e.ToTable("health_duty_shifts");
            e.Property(s => s.FacilityName).HasMaxLength(100);
            e.Property(s => s.RegionCode).HasMaxLength(15);
            e.Property(s => s.Doctor).HasMaxLength(100);
            e.Property(s => s.DoctorName).HasMaxLength(100);
            e.Property(s => s.Nurse).HasMaxLength(50);
            e.Property(s => s.EmergencyTeam).HasMaxLength(100);
            e.Property(s => s.Phone).HasMaxLength(20);
            e.Property(s => s.UpdatedBy).HasMaxLength(100);
            e.HasIndex(s => new { s.FacilityId, s.Date }).IsUnique();
            e.HasIndex(s => s.Date);
        });

        b.Entity<Enrolment>(e =>
        {
            e.ToTable("health_enrolments");
            e.Property(x => x.RegionCode).HasMaxLength(15);
            e.Property(x => x.Doctor).HasMaxLength(100);
            e.HasIndex(x => new { x.PersonId, x.Disease });
            e.HasIndex(x => x.RegionCode);
        });

        b.Entity<Teams.Team>(e =>
        {
            e.ToTable("health_teams");
            e.Property(t => t.Name).HasMaxLength(50);
            e.Property(t => t.FacilityName).HasMaxLength(100);
            e.Property(t => t.RegionCode).HasMaxLength(15);
            e.Property(t => t.Doctor).HasMaxLength(100);
            e.HasMany(t => t.Members).WithOne().HasForeignKey(m => m.TeamId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(t => t.RegionCode);
            e.HasIndex(t => t.Doctor);
        });

        b.Entity<Teams.TeamMember>(e =>
        {
            e.ToTable("health_team_members");
            e.Property(m => m.Name).HasMaxLength(20);
            e.Property(m => m.UserName).HasMaxLength(100);
            e.Property(m => m.Phone).HasMaxLength(20);
            e.HasIndex(m => m.UserName);
        });

        b.Entity<Contracts.ServicePackage>(e =>
        {
            e.ToTable("health_packages");
            e.HasKey(p => p.Code);
            e.Property(p => p.Code).HasMaxLength(30);
            e.Property(p => p.Name).HasMaxLength(30);
            e.Property(p => p.Services).HasMaxLength(2000);
            e.Property(p => p.Targets).HasMaxLength(200);
            e.Property(p => p.Fee).HasPrecision(10, 2);
        });

        b.Entity<Contracts.Contract>(e =>
        {
            e.ToTable("health_contracts");
            e.Property(c => c.Number).HasMaxLength(20);
            e.Property(c => c.RegionCode).HasMaxLength(15);
            e.Property(c => c.Doctor).HasMaxLength(100);
            e.Property(c => c.Packages).HasMaxLength(500);
            e.Property(c => c.KeyPopulations).HasMaxLength(200);
            e.Property(c => c.EmergencyContact).HasMaxLength(20);
            e.Property(c => c.EmergencyPhone).HasMaxLength(20);
            e.Property(c => c.EndNote).HasMaxLength(200);
            e.Property(c => c.SignedBy).HasMaxLength(100);
            e.HasIndex(c => c.Number).IsUnique();
            e.HasIndex(c => c.ActivePersonId).IsUnique();
            e.HasIndex(c => c.PersonId);
            e.HasIndex(c => new { c.TeamId, c.Status });
            e.HasIndex(c => c.RegionCode);
            e.HasIndex(c => c.EndsOn);
        });

        b.Entity<Contracts.ServiceDelivery>(e =>
        {
            e.ToTable("health_service_deliveries");
            e.Property(d => d.RegionCode).HasMaxLength(15);
            e.Property(d => d.Service).HasMaxLength(30);
            e.Property(d => d.Source).HasMaxLength(10);
            e.Property(d => d.Note).HasMaxLength(200);
            e.Property(d => d.RecordedBy).HasMaxLength(100);
            e.HasIndex(d => new { d.ContractId, d.Service });
            e.HasIndex(d => d.RegionCode);
        });

        b.Entity<Checks.ElderlyCheck>(e =>
        {
            e.ToTable("health_elderly_checks");
            e.Property(c => c.RegionCode).HasMaxLength(15);
            e.Property(c => c.Parts).HasMaxLength(200);
            e.Property(c => c.FindingsCipher).HasMaxLength(12000);
            e.Property(c => c.RecordedBy).HasMaxLength(100);
            e.HasIndex(c => new { c.PersonId, c.Year }).IsUnique();
            e.HasIndex(c => new { c.Year, c.RegionCode });
        });

        b.Entity<CarePlans.CarePlan>(e =>
        {
            e.ToTable("health_care_plans");
            e.Property(p => p.RegionCode).HasMaxLength(15);
            e.Property(p => p.Title).HasMaxLength(40);
            e.Property(p => p.DetailCipher).HasMaxLength(4000);
            e.Property(p => p.Doctor).HasMaxLength(100);
            e.Property(p => p.EndNote).HasMaxLength(200);
            e.Property(p => p.CreatedBy).HasMaxLength(100);
            e.Ignore(p => p.NextDue);
            e.HasIndex(p => p.PersonId);
            e.HasIndex(p => new { p.Doctor, p.EndedOn });
            e.HasIndex(p => p.RegionCode);
        });

        b.Entity<CarePlans.CarePlanCheckIn>(e =>
        {
            e.ToTable("health_care_plan_check_ins");
            e.Property(c => c.RegionCode).HasMaxLength(15);
            e.Property(c => c.NoteCipher).HasMaxLength(2000);
            e.Property(c => c.RecordedBy).HasMaxLength(100);
            e.HasIndex(c => new { c.PlanId, c.Date });
        });

        b.Entity<Facilities.FacilityProfile>(e =>
        {
            e.ToTable("health_facility_profiles");
            e.HasKey(p => p.OrganisationId);
            e.Property(p => p.RegionCode).HasMaxLength(15);
            e.Property(p => p.Hours).HasMaxLength(100);
            e.Property(p => p.Services).HasMaxLength(300);
            e.Property(p => p.Phone).HasMaxLength(20);
            e.Property(p => p.UpdatedBy).HasMaxLength(100);
        });
    }
}
