using Microsoft.EntityFrameworkCore;

namespace Doorstep.Employment.Entrepreneurship;

/// <summary>employment_startup_applications, employment_incubation_bases, employment_resident_enterprises, employment_startup_classes and employment_startup_trainees; enums by name.</summary>
internal static class EntrepreneurshipModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<StartupApplication>(e =>
        {
            e.ToTable("employment_startup_applications");
            e.HasKey(a => a.Id);
            e.Property(a => a.Kind).HasConversion<string>().HasMaxLength(15);
            e.Property(a => a.Stage).HasConversion<string>().HasMaxLength(10);
            e.Property(a => a.RegionCode).HasMaxLength(15);
            e.Property(a => a.BusinessName).HasMaxLength(100);
            e.Property(a => a.CreditCode).HasMaxLength(18);
            e.PrimitiveCollection(a => a.TargetGroups).ElementType().HasConversion<string>();
            e.PrimitiveCollection(a => a.PartnerIds);
            e.Property(a => a.WithdrawnBy).HasMaxLength(100);
            e.Property(a => a.WithdrawalReason).HasMaxLength(500);
            e.Property(a => a.CheckedBy).HasMaxLength(100);
            e.Property(a => a.DecidedBy).HasMaxLength(100);
            e.Property(a => a.RejectionReason).HasMaxLength(500);
            e.Property(a => a.Note).HasMaxLength(500);
            e.Property(a => a.CreatedBy).HasMaxLength(100);
            e.Property(a => a.UpdatedBy).HasMaxLength(100);
            e.HasIndex(a => new { a.RegionCode, a.Stage });
            e.HasIndex(a => a.PersonId);
        });

        b.Entity<IncubationBase>(e =>
        {
            e.ToTable("employment_incubation_bases");
            e.HasKey(x => x.Id);
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(10);
            e.Property(x => x.Address).HasMaxLength(200);
            e.Property(x => x.RegionCode).HasMaxLength(15);
            e.Property(x => x.UpdatedBy).HasMaxLength(100);
            e.HasIndex(x => x.Name).IsUnique();
            e.HasIndex(x => x.RegionCode);
        });

        b.Entity<ResidentEnterprise>(e =>
        {
            e.ToTable("employment_resident_enterprises");
            e.HasKey(x => x.Id);
            e.Property(x => x.RegionCode).HasMaxLength(15);
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.CreditCode).HasMaxLength(18);
            e.Property(x => x.Founder).HasMaxLength(50);
            e.Property(x => x.UpdatedBy).HasMaxLength(100);
            e.HasOne<IncubationBase>().WithMany().HasForeignKey(x => x.BaseId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => new { x.BaseId, x.CreditCode });
            e.HasIndex(x => x.RegionCode);
        });

        b.Entity<StartupClass>(e =>
        {
            e.ToTable("employment_startup_classes");
            e.HasKey(x => x.Id);
            e.Property(x => x.Course).HasMaxLength(100);
            e.Property(x => x.RegionCode).HasMaxLength(15);
            e.Property(x => x.Venue).HasMaxLength(200);
            e.Property(x => x.UpdatedBy).HasMaxLength(100);
            e.HasIndex(x => new { x.RegionCode, x.StartsOn });
        });

        b.Entity<StartupTrainee>(e =>
        {
            e.ToTable("employment_startup_trainees");
            e.HasKey(x => x.Id);
            e.Property(x => x.RegionCode).HasMaxLength(15);
            e.Property(x => x.UpdatedBy).HasMaxLength(100);
            e.HasOne<StartupClass>().WithMany().HasForeignKey(x => x.ClassId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => new { x.ClassId, x.PersonId }).IsUnique();
            e.HasIndex(x => x.RegionCode);
        });
    }
}
