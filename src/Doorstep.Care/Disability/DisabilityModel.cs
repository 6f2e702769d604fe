using Microsoft.EntityFrameworkCore;

namespace Doorstep.Care.Disability;

/// <summary>care_disability_certificates, care_disability_services and care_disability_targets.</summary>
internal static class DisabilityModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<DisabilityCertificate>(e =>
        {
            e.ToTable("care_disability_certificates");
            e.HasKey(c => c.Id);
            e.Property(c => c.RegionCode).HasMaxLength(15);
            e.Property(c => c.NumberCipher).HasMaxLength(200);
            e.Property(c => c.NumberHash).HasMaxLength(64);
            e.Property(c => c.NumberMasked).HasMaxLength(24);
            e.Property(c => c.UpdatedBy).HasMaxLength(100);
            e.HasIndex(c => c.NumberHash).IsUnique();
            e.HasIndex(c => c.PersonId);
            e.HasIndex(c => c.RegionCode);
        });

        b.Entity<DisabilityServiceRecord>(e =>
        {
            e.ToTable("care_disability_services");
            e.HasKey(s => s.Id);
            e.Property(s => s.RegionCode).HasMaxLength(15);
            e.Property(s => s.Request).HasMaxLength(500);
            e.Property(s => s.DecidedBy).HasMaxLength(100);
            e.Property(s => s.Reason).HasMaxLength(500);
            e.Property(s => s.Delivered).HasMaxLength(500);
            e.Property(s => s.Amount).HasPrecision(12, 2);
            e.Property(s => s.RecordedBy).HasMaxLength(100);
            e.HasOne<DisabilityCertificate>().WithMany().HasForeignKey(s => s.CertificateId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(s => new { s.RegionCode, s.AppliedOn });
            e.HasIndex(s => new { s.PersonId, s.Kind });
        });

        b.Entity<DisabilityTarget>(e =>
        {
            e.ToTable("care_disability_targets");
            e.HasKey(t => t.Id);
            e.Property(t => t.RegionCode).HasMaxLength(15);
            e.Property(t => t.SetBy).HasMaxLength(100);
            e.HasIndex(t => new { t.RegionCode, t.Year, t.Kind }).IsUnique();
        });
    }
}
