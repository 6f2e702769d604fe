using Microsoft.EntityFrameworkCore;

namespace Doorstep.Care.Photos;

/// <summary>care_photos.</summary>
internal static class CarePhotoModel
{
    public static void Configure(ModelBuilder b) =>
        b.Entity<CarePhoto>(e =>
        {
            e.ToTable("care_photos");
            e.HasKey(p => p.Id);
            e.Property(p => p.OwnerKind).HasMaxLength(20);
            e.Property(p => p.RegionCode).HasMaxLength(15);
            e.Property(p => p.FileName).HasMaxLength(200);
            e.Property(p => p.ContentType).HasMaxLength(40);
            e.Property(p => p.UploadedBy).HasMaxLength(100);
            e.HasIndex(p => new { p.OwnerKind, p.OwnerId });
        });
}
