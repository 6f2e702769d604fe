using Microsoft.EntityFrameworkCore;

namespace Doorstep.Safety.Venues;

/// <summary>The module's tables, prefixed safety_: venue kinds (seeded with domain-rules' defaults) and venue profiles.</summary>
internal static class SafetyModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<VenueKind>(e =>
        {
            e.ToTable("safety_venue_kinds");
            e.HasKey(k => k.Code);
            e.Property(k => k.Code).HasMaxLength(40);
            e.Property(k => k.Name).HasMaxLength(30);
            e.HasData(VenueKinds.Defaults);
        });

        b.Entity<Venue>(e =>
        {
            e.ToTable("safety_venues");
            e.HasKey(v => v.OrganisationId);
            e.Property(v => v.RegionCode).HasMaxLength(15);
            e.Property(v => v.Kind).HasMaxLength(40);
            e.Property(v => v.FloorArea).HasPrecision(10, 1);
            e.Property(v => v.Responsible).HasMaxLength(20);
            e.Property(v => v.ResponsiblePhoneCipher).HasMaxLength(200);
            e.Property(v => v.ResponsiblePhoneMasked).HasMaxLength(20);
            e.Property(v => v.OverLimit).HasMaxLength(300);
            e.Property(v => v.UpdatedBy).HasMaxLength(100);
            e.HasIndex(v => v.RegionCode);
            e.HasIndex(v => v.Kind);
        });
    }
}
