using Microsoft.EntityFrameworkCore;

namespace Doorstep.Employment.Occupations;

/// <summary>employment_occupations, seeded with the catalogue's groups and common occupations.</summary>
internal static class OccupationModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<Occupation>(e =>
        {
            e.ToTable("employment_occupations");
            e.HasKey(o => o.Code);
            e.Property(o => o.Code).HasMaxLength(12);
            e.Property(o => o.Name).HasMaxLength(60);
            e.Property(o => o.ParentCode).HasMaxLength(12);
            e.HasIndex(o => o.ParentCode);
            e.HasData(OccupationCatalogue.All);
        });
    }
}
