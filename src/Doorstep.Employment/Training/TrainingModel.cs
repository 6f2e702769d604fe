using Doorstep.Employment.LabourBrands;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Employment.Training;

/// <summary>employment_training_courses, employment_training_enrolments, employment_labour_brands and their workers; enums by name so the tables read plainly.</summary>
internal static class TrainingModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<TrainingCourse>(e =>
        {
            e.ToTable("employment_training_courses");
            e.HasKey(c => c.Id);
            e.Property(c => c.RegionCode).HasMaxLength(15);
            e.Property(c => c.Title).HasMaxLength(CourseService.MaxTitle);
            e.Property(c => c.Mode).HasConversion<string>().HasMaxLength(12);
            e.Property(c => c.OccupationCode).HasMaxLength(12);
            e.Property(c => c.Enrolled).IsConcurrencyToken();
            e.Property(c => c.CreatedBy).HasMaxLength(100);
            e.Property(c => c.UpdatedBy).HasMaxLength(100);
            e.HasIndex(c => new { c.RegionCode, c.StartsOn });
            e.HasIndex(c => c.ProviderId);
        });

        b.Entity<TrainingEnrolment>(e =>
        {
            e.ToTable("employment_training_enrolments");
            e.HasKey(x => x.Id);
            e.Property(x => x.RegionCode).HasMaxLength(15);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(10);
            e.Property(x => x.CertificateKind).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.CertificateNumber).HasMaxLength(EnrolmentService.MaxCertificateNumber);
            e.Property(x => x.EmployerName).HasMaxLength(EnrolmentService.MaxEmployerName);
            e.Property(x => x.Note).HasMaxLength(500);
            e.Property(x => x.CreatedBy).HasMaxLength(100);
            e.Property(x => x.UpdatedBy).HasMaxLength(100);
            e.HasIndex(x => new { x.CourseId, x.PersonId }).IsUnique();
            e.HasIndex(x => new { x.RegionCode, x.Status });
        });

        b.Entity<LabourBrand>(e =>
        {
            e.ToTable("employment_labour_brands");
            e.HasKey(x => x.Id);
            e.Property(x => x.Name).HasMaxLength(LabourBrandService.MaxName);
            e.Property(x => x.Level).HasConversion<string>().HasMaxLength(12);
            e.Property(x => x.OccupationCode).HasMaxLength(12);
            e.Property(x => x.RegionCode).HasMaxLength(15);
            e.Property(x => x.Description).HasMaxLength(LabourBrandService.MaxDescription);
            e.Property(x => x.CreatedBy).HasMaxLength(100);
            e.Property(x => x.UpdatedBy).HasMaxLength(100);
            e.HasIndex(x => x.Name).IsUnique();
        });

        b.Entity<LabourBrandWorker>(e =>
        {
            e.ToTable("employment_labour_brand_workers");
            e.HasKey(x => x.Id);
            e.Property(x => x.RegionCode).HasMaxLength(15);
            e.Property(x => x.AddedBy).HasMaxLength(100);
            e.HasIndex(x => new { x.BrandId, x.PersonId }).IsUnique();
            e.HasIndex(x => x.RegionCode);
        });
    }
}
