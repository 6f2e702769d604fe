using Microsoft.EntityFrameworkCore;

namespace Doorstep.Employment.Fairs;

/// <summary>employment_fairs and the fair's employers, vacancies, visitors and outcomes; enums by name so the tables read plainly.</summary>
internal static class FairModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<JobFair>(e =>
        {
            e.ToTable("employment_fairs");
            e.HasKey(f => f.Id);
            e.Property(f => f.RegionCode).HasMaxLength(15);
            e.Property(f => f.Title).HasMaxLength(FairService.MaxTitle);
            e.Property(f => f.Kind).HasConversion<string>().HasMaxLength(12);
            e.Property(f => f.Address).HasMaxLength(200);
            e.PrimitiveCollection(f => f.TargetGroups).ElementType().HasConversion<string>();
            e.Property(f => f.Note).HasMaxLength(500);
            e.Property(f => f.CreatedBy).HasMaxLength(100);
            e.Property(f => f.UpdatedBy).HasMaxLength(100);
            e.HasIndex(f => new { f.RegionCode, f.Date });
        });

        b.Entity<FairEmployer>(e =>
        {
            e.ToTable("employment_fair_employers");
            e.HasKey(f => new { f.FairId, f.EmployerId });
            e.Property(f => f.RegionCode).HasMaxLength(15);
            e.Property(f => f.Booth).HasMaxLength(20);
            e.Property(f => f.UpdatedBy).HasMaxLength(100);
        });

        b.Entity<FairVacancy>(e =>
        {
            e.ToTable("employment_fair_vacancies");
            e.HasKey(f => new { f.FairId, f.VacancyId });
            e.Property(f => f.RegionCode).HasMaxLength(15);
            e.HasIndex(f => new { f.FairId, f.EmployerId });
        });

        b.Entity<FairVisitor>(e =>
        {
            e.ToTable("employment_fair_visitors");
            e.HasKey(v => v.Id);
            e.Property(v => v.RegionCode).HasMaxLength(15);
            e.Property(v => v.Name).HasMaxLength(50);
            e.Property(v => v.IdNumberCipher).HasMaxLength(200);
            e.Property(v => v.IdNumberHash).HasMaxLength(100);
            e.Property(v => v.IdNumberMasked).HasMaxLength(20);
            e.Property(v => v.PhoneCipher).HasMaxLength(200);
            e.Property(v => v.PhoneMasked).HasMaxLength(20);
            e.PrimitiveCollection(v => v.TargetGroups).ElementType().HasConversion<string>();
            e.Property(v => v.WishedOccupation).HasMaxLength(12);
            e.Property(v => v.Disability).HasMaxLength(15);
            e.Property(v => v.RegisteredBy).HasMaxLength(100);
            e.HasIndex(v => new { v.FairId, v.IdNumberHash }).IsUnique();
        });

        b.Entity<FairOutcome>(e =>
        {
            e.ToTable("employment_fair_outcomes");
            e.HasKey(o => o.Id);
            e.Property(o => o.RegionCode).HasMaxLength(15);
            e.Property(o => o.Stage).HasConversion<string>().HasMaxLength(12);
            e.Property(o => o.CreatedBy).HasMaxLength(100);
            e.Property(o => o.UpdatedBy).HasMaxLength(100);
            e.HasIndex(o => new { o.VisitorId, o.VacancyId }).IsUnique();
            e.HasIndex(o => new { o.FairId, o.Stage });
        });
    }
}
