using Microsoft.EntityFrameworkCore;

namespace Doorstep.Care.Appeals;

/// <summary>care_appeals.</summary>
internal static class AppealModel
{
    public static void Configure(ModelBuilder b) =>
        b.Entity<Appeal>(e =>
        {
            e.ToTable("care_appeals");
            e.HasKey(a => a.Id);
            e.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(a => a.Source).HasConversion<string>().HasMaxLength(20);
            e.Property(a => a.TimeClass).HasMaxLength(40);
            e.Property(a => a.Content).HasMaxLength(2000);
            e.Property(a => a.AppellantName).HasMaxLength(50);
            e.Property(a => a.AppellantPhoneCipher).HasMaxLength(200);
            e.Property(a => a.AppellantPhoneMasked).HasMaxLength(20);
            e.Property(a => a.ReceivedBy).HasMaxLength(100);
            e.Property(a => a.RegionCode).HasMaxLength(15);
            e.HasIndex(a => a.WorkItemId).IsUnique();
            e.HasIndex(a => new { a.RegionCode, a.ReceivedAt });
            e.HasIndex(a => new { a.ReceivedBy, a.ReceivedAt });
            e.HasIndex(a => a.NeedyHouseholdId);
            e.HasIndex(a => a.VisitId);
        });
}
