using Microsoft.EntityFrameworkCore;

namespace Doorstep.Employment.Walls;

/// <summary>employment_walls with their entries; one wall per station and week, which is what keeps two hosts from making the same wall twice.</summary>
internal static class WallModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<WeeklyWall>(e =>
        {
            e.ToTable("employment_walls");
            e.HasKey(w => w.Id);
            e.Property(w => w.RegionCode).HasMaxLength(15);
            e.Property(w => w.StationName).HasMaxLength(100);
            e.Property(w => w.StationKind).HasMaxLength(40);
            e.Property(w => w.StationAddress).HasMaxLength(200);
            e.Property(w => w.StationPhone).HasMaxLength(20);
            e.Property(w => w.StationHours).HasMaxLength(100);
            e.Property(w => w.GeneratedBy).HasMaxLength(100);
            e.HasIndex(w => new { w.StationId, w.WeekStart }).IsUnique();
            e.HasIndex(w => new { w.WeekStart, w.RegionCode });
            e.HasMany(w => w.Vacancies).WithOne().HasForeignKey(v => v.WallId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(w => w.Seekers).WithOne().HasForeignKey(s => s.WallId).OnDelete(DeleteBehavior.Cascade);
        });

        b.Entity<WallVacancy>(e =>
        {
            e.ToTable("employment_wall_vacancies");
            e.HasKey(v => new { v.WallId, v.Number });
            e.Property(v => v.Title).HasMaxLength(40);
            e.Property(v => v.EmployerName).HasMaxLength(100);
            e.Property(v => v.OccupationName).HasMaxLength(60);
            e.Property(v => v.WageUnit).HasConversion<string>().HasMaxLength(10);
            e.Property(v => v.Schedule).HasConversion<string>().HasMaxLength(10);
            e.Property(v => v.Address).HasMaxLength(100);
        });

        b.Entity<WallSeeker>(e =>
        {
            e.ToTable("employment_wall_seekers");
            e.HasKey(s => new { s.WallId, s.Number });
            e.Property(s => s.MaskedName).HasMaxLength(50);
            e.Property(s => s.WageUnit).HasConversion<string>().HasMaxLength(10);
            e.PrimitiveCollection(s => s.Schedules).ElementType().HasConversion<string>();
        });
    }
}
