using Microsoft.EntityFrameworkCore;

namespace Doorstep.Care.Visits;

/// <summary>care_visits and care_visit_goods.</summary>
internal static class VisitModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<Visit>(e =>
        {
            e.ToTable("care_visits");
            e.HasKey(v => v.Id);
            e.Property(v => v.Number).HasMaxLength(20);
            e.Property(v => v.RegionCode).HasMaxLength(15);
            e.Property(v => v.StockRegionCode).HasMaxLength(15);
            e.Property(v => v.Visitors).HasMaxLength(300);
            e.Property(v => v.VisitorNames).HasMaxLength(300);
            e.Property(v => v.Money).HasPrecision(10, 2);
            e.Property(v => v.Heard).HasMaxLength(2000);
            e.Property(v => v.RecordedBy).HasMaxLength(100);
            e.HasIndex(v => v.Number).IsUnique();
            e.HasIndex(v => new { v.NeedyHouseholdId, v.VisitedOn });
            e.HasIndex(v => new { v.RegionCode, v.VisitedOn });
            e.HasMany(v => v.Goods).WithOne().HasForeignKey(g => g.VisitId);
        });

        b.Entity<VisitGoods>(e =>
        {
            e.ToTable("care_visit_goods");
            e.HasKey(g => g.Id);
            e.Property(g => g.ItemCode).HasMaxLength(40);
        });
    }
}
