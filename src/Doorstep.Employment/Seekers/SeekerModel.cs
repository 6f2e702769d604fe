using Doorstep.Employment.Matching;
using Doorstep.Employment.Stations;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Employment.Seekers;

/// <summary>employment_seekers, employment_referrals and employment_stations; enums by name so the tables read plainly.</summary>
internal static class SeekerModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<Seeker>(e =>
        {
            e.ToTable("employment_seekers");
            e.HasKey(s => s.Id);
            e.Property(s => s.RegionCode).HasMaxLength(15);
            e.Property(s => s.Education).HasConversion<string>().HasMaxLength(10);
            e.Property(s => s.WageUnit).HasConversion<string>().HasMaxLength(10);
            e.Property(s => s.Status).HasConversion<string>().HasMaxLength(10);
            e.PrimitiveCollection(s => s.Schedules).ElementType().HasConversion<string>();
            e.PrimitiveCollection(s => s.TargetGroups).ElementType().HasConversion<string>();
            e.Property(s => s.Disability).HasMaxLength(15);
            e.Property(s => s.Note).HasMaxLength(500);
            e.Property(s => s.CreatedBy).HasMaxLength(100);
            e.Property(s => s.UpdatedBy).HasMaxLength(100);
            e.HasIndex(s => s.PersonId).IsUnique();
            e.HasIndex(s => new { s.RegionCode, s.Status });
        });

        b.Entity<Referral>(e =>
        {
            e.ToTable("employment_referrals");
            e.HasKey(r => r.Id);
            e.Property(r => r.RegionCode).HasMaxLength(15);
            e.Property(r => r.VacancyRegionCode).HasMaxLength(15);
            e.Property(r => r.OccupationCode).HasMaxLength(12);
            e.Property(r => r.Stage).HasConversion<string>().HasMaxLength(12);
            e.Property(r => r.Note).HasMaxLength(500);
            e.Property(r => r.CreatedBy).HasMaxLength(100);
            e.Property(r => r.UpdatedBy).HasMaxLength(100);
            e.HasIndex(r => new { r.SeekerId, r.VacancyId }).IsUnique();
            e.HasIndex(r => r.VacancyId);
            e.HasIndex(r => new { r.RegionCode, r.Stage });
        });

        b.Entity<StationProfile>(e =>
        {
            e.ToTable("employment_stations");
            e.HasKey(s => s.OrganisationId);
            e.Property(s => s.RegionCode).HasMaxLength(15);
            e.Property(s => s.Hours).HasMaxLength(100);
            e.Property(s => s.Phone).HasMaxLength(20);
            e.Property(s => s.Note).HasMaxLength(500);
            e.Property(s => s.UpdatedBy).HasMaxLength(100);
            e.HasIndex(s => s.RegionCode);
        });
    }
}
