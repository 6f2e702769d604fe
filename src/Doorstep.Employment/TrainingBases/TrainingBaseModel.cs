using Microsoft.EntityFrameworkCore;

namespace Doorstep.Employment.TrainingBases;

/// <summary>employment_base_calls, employment_base_applications (partners and evidence as JSON) and employment_base_scores.</summary>
internal static class TrainingBaseModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<TrainingBaseCall>(e =>
        {
            e.ToTable("employment_base_calls");
            e.HasKey(c => c.Id);
            e.Property(c => c.RegionCode).HasMaxLength(15);
            e.Property(c => c.CreatedBy).HasMaxLength(100);
            e.Property(c => c.CancelledBy).HasMaxLength(100);
            e.Property(c => c.CancelReason).HasMaxLength(200);
            e.HasIndex(c => new { c.Year, c.RegionCode }).IsUnique();
        });

        b.Entity<BaseApplication>(e =>
        {
            e.ToTable("employment_base_applications");
            e.HasKey(a => a.Id);
            e.Property(a => a.RegionCode).HasMaxLength(15);
            e.Property(a => a.InstitutionName).HasMaxLength(60);
            e.Property(a => a.CreditCode).HasMaxLength(18);
            e.Property(a => a.Address).HasMaxLength(100);
            e.Property(a => a.ContactName).HasMaxLength(20);
            e.Property(a => a.ContactPhoneMasked).HasMaxLength(20);
            e.Property(a => a.SharedBaseDescription).HasMaxLength(500);
            e.Property(a => a.LocalEmploymentPercent).HasPrecision(5, 2);
            e.Property(a => a.Status).HasConversion<string>().HasMaxLength(12);
            e.Property(a => a.AccreditedBy).HasMaxLength(100);
            e.Property(a => a.CreatedBy).HasMaxLength(100);
            e.OwnsMany(a => a.Partners, p =>
            {
                p.ToJson("partners");
                p.Property(x => x.Size).HasConversion<string>();
            });
            e.OwnsMany(a => a.Evidence, n => n.ToJson("evidence"));
            e.HasIndex(a => new { a.CreditCode, a.Year }).IsUnique();
            e.HasIndex(a => new { a.CallId, a.Status });
            e.HasIndex(a => a.RegionCode);
        });

        b.Entity<ExpertScore>(e =>
        {
            e.ToTable("employment_base_scores");
            e.HasKey(s => s.Id);
            e.Property(s => s.RegionCode).HasMaxLength(15);
            e.Property(s => s.Expert).HasMaxLength(20);
            e.Property(s => s.Comment).HasMaxLength(500);
            e.Property(s => s.RecordedBy).HasMaxLength(100);
            e.HasIndex(s => new { s.ApplicationId, s.Expert }).IsUnique();
        });
    }
}
