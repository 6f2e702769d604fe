using Microsoft.EntityFrameworkCore;

namespace Doorstep.Health.Visits;

/// <summary>The module's tables, prefixed health_: visits, enrolments, duty shifts.</summary>
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
    }
}
