using Microsoft.EntityFrameworkCore;

namespace Doorstep.Employment.Workshops;

/// <summary>employment_workshops and employment_workshop_workers; enums by name so the tables read plainly.</summary>
internal static class WorkshopModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<Workshop>(e =>
        {
            e.ToTable("employment_workshops");
            e.HasKey(w => w.Id);
            e.Property(w => w.Name).HasMaxLength(60);
            e.Property(w => w.Type).HasConversion<string>().HasMaxLength(10);
            e.Property(w => w.Address).HasMaxLength(200);
            e.Property(w => w.RegionCode).HasMaxLength(15);
            e.Property(w => w.ContactName).HasMaxLength(20);
            e.Property(w => w.ContactPhoneMasked).HasMaxLength(20);
            e.Property(w => w.Note).HasMaxLength(500);
            e.Property(w => w.CreatedBy).HasMaxLength(100);
            e.Property(w => w.UpdatedBy).HasMaxLength(100);
            e.HasIndex(w => w.RegionCode);
            e.HasIndex(w => w.EmployerId);
        });

        b.Entity<WorkshopWorker>(e =>
        {
            e.ToTable("employment_workshop_workers");
            e.HasKey(w => w.Id);
            e.Property(w => w.RegionCode).HasMaxLength(15);
            e.Property(w => w.IncomePeriod).HasConversion<string>().HasMaxLength(10);
            e.Property(w => w.CreatedBy).HasMaxLength(100);
            e.Property(w => w.UpdatedBy).HasMaxLength(100);
            e.HasOne<Workshop>().WithMany().HasForeignKey(w => w.WorkshopId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(w => new { w.WorkshopId, w.PersonId });
            e.HasIndex(w => w.PersonId);
        });
    }
}
