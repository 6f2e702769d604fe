using Microsoft.EntityFrameworkCore;

namespace Doorstep.Care.Households;

/// <summary>care_households.</summary>
internal static class HouseholdModel
{
    public static void Configure(ModelBuilder b) =>
        b.Entity<NeedyHousehold>(e =>
        {
            e.ToTable("care_households");
            e.HasKey(h => h.Id);
            e.Property(h => h.RegionCode).HasMaxLength(15);
            e.Property(h => h.Categories).HasMaxLength(200);
            e.Property(h => h.Responsible).HasMaxLength(100);
            e.Property(h => h.Note).HasMaxLength(500);
            e.Property(h => h.UpdatedBy).HasMaxLength(100);
            e.HasIndex(h => h.HouseholdId).IsUnique();
            e.HasIndex(h => h.RegionCode);
        });
}
