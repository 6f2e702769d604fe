using Doorstep.Employment.Employers;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Employment.Vacancies;

/// <summary>employment_employers and employment_vacancies; enums are stored by name so the tables read plainly.</summary>
internal static class VacancyModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<Employer>(e =>
        {
            e.ToTable("employment_employers");
            e.HasKey(x => x.OrganisationId);
            e.Property(x => x.RegionCode).HasMaxLength(15);
            e.Property(x => x.Industry).HasMaxLength(40);
            e.Property(x => x.Size).HasConversion<string>().HasMaxLength(10);
            e.Property(x => x.ContactName).HasMaxLength(20);
            e.Property(x => x.ContactPhoneCipher).HasMaxLength(200);
            e.Property(x => x.ContactPhoneMasked).HasMaxLength(20);
            e.Property(x => x.UpdatedBy).HasMaxLength(100);
            e.HasIndex(x => x.RegionCode);
        });

        b.Entity<Vacancy>(e =>
        {
            e.ToTable("employment_vacancies");
            e.HasKey(v => v.Id);
            e.Property(v => v.RegionCode).HasMaxLength(15);
            e.Property(v => v.Title).HasMaxLength(40);
            e.Property(v => v.OccupationCode).HasMaxLength(12);
            e.Property(v => v.WageUnit).HasConversion<string>().HasMaxLength(10);
            e.Property(v => v.Schedule).HasConversion<string>().HasMaxLength(10);
            e.Property(v => v.Education).HasConversion<string>().HasMaxLength(10);
            e.Property(v => v.Status).HasConversion<string>().HasMaxLength(10);
            e.Property(v => v.Address).HasMaxLength(100);
            e.Property(v => v.Requirements).HasMaxLength(1000);
            e.Property(v => v.ReviewedBy).HasMaxLength(100);
            e.Property(v => v.ReviewNote).HasMaxLength(500);
            e.Property(v => v.CreatedBy).HasMaxLength(100);
            e.Property(v => v.UpdatedBy).HasMaxLength(100);
            e.HasIndex(v => new { v.RegionCode, v.Status });
            e.HasIndex(v => v.OccupationCode);
            e.HasIndex(v => v.EmployerId);
        });
    }
}
