using Microsoft.EntityFrameworkCore;

namespace Doorstep.Health.Visits;

/// <summary>The visit and enrolment tables, prefixed health_.</summary>
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
