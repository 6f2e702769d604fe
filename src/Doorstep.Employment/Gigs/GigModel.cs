using Microsoft.EntityFrameworkCore;

namespace Doorstep.Employment.Gigs;

/// <summary>employment_gig_*: categories, jobs, workers, check-ins and assignments; enums by name.</summary>
internal static class GigModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<GigCategory>(e =>
        {
            e.ToTable("employment_gig_categories");
            e.HasKey(c => c.Id);
            e.Property(c => c.Name).HasMaxLength(GigCategoryService.MaxCategoryName);
            e.Property(c => c.UpdatedBy).HasMaxLength(100);
            e.HasIndex(c => c.Name).IsUnique();
        });

        b.Entity<GigJob>(e =>
        {
            e.ToTable("employment_gig_jobs");
            e.HasKey(j => j.Id);
            e.Property(j => j.RegionCode).HasMaxLength(15);
            e.Property(j => j.Title).HasMaxLength(GigJobService.MaxTitle);
            e.Property(j => j.Description).HasMaxLength(GigJobService.MaxDescription);
            e.Property(j => j.PosterKind).HasConversion<string>().HasMaxLength(10);
            e.Property(j => j.PosterName).HasMaxLength(50);
            e.Property(j => j.PosterPhoneCipher).HasMaxLength(200);
            e.Property(j => j.PosterPhoneMasked).HasMaxLength(20);
            e.Property(j => j.Address).HasMaxLength(200);
            e.Property(j => j.PayUnit).HasConversion<string>().HasMaxLength(5);
            e.Property(j => j.Taken).IsConcurrencyToken();
            e.Property(j => j.CreatedBy).HasMaxLength(100);
            e.Property(j => j.CancelledBy).HasMaxLength(100);
            e.Property(j => j.CancelReason).HasMaxLength(GigJobService.MaxCancelReason);
            e.HasIndex(j => new { j.MarketId, j.StartDate });
            e.HasIndex(j => new { j.RegionCode, j.EndDate });
        });

        b.Entity<GigWorker>(e =>
        {
            e.ToTable("employment_gig_workers");
            e.HasKey(w => w.Id);
            e.Property(w => w.RegionCode).HasMaxLength(15);
            e.Property(w => w.Name).HasMaxLength(50);
            e.Property(w => w.PhoneCipher).HasMaxLength(200);
            e.Property(w => w.PhoneMasked).HasMaxLength(20);
            e.PrimitiveCollection(w => w.Days).ElementType().HasConversion<string>();
            e.Property(w => w.CreatedBy).HasMaxLength(100);
            e.HasIndex(w => w.PersonId).IsUnique();
            e.HasIndex(w => w.RegionCode);
        });

        b.Entity<GigCheckIn>(e =>
        {
            e.ToTable("employment_gig_check_ins");
            e.HasKey(c => c.Id);
            e.Property(c => c.RegionCode).HasMaxLength(15);
            e.Property(c => c.CreatedBy).HasMaxLength(100);
            e.HasIndex(c => new { c.WorkerId, c.Date }).IsUnique();
            e.HasIndex(c => new { c.MarketId, c.Date });
        });

        b.Entity<GigAssignment>(e =>
        {
            e.ToTable("employment_gig_assignments");
            e.HasKey(a => a.Id);
            e.Property(a => a.RegionCode).HasMaxLength(15);
            e.Property(a => a.State).HasConversion<string>().HasMaxLength(10);
            e.Property(a => a.AcceptedBy).HasMaxLength(100);
            e.Property(a => a.UpdatedBy).HasMaxLength(100);
            e.HasIndex(a => new { a.JobId, a.WorkerId }).IsUnique();
            e.HasIndex(a => a.WorkerId);
        });
    }
}
