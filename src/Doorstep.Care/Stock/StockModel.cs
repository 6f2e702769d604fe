using Microsoft.EntityFrameworkCore;

namespace Doorstep.Care.Stock;

/// <summary>care_items (seeded with the usual goods), care_stock and care_stock_movements.</summary>
internal static class StockModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<ReliefItem>(e =>
        {
            e.ToTable("care_items");
            e.HasKey(i => i.Code);
            e.Property(i => i.Code).HasMaxLength(40);
            e.Property(i => i.Name).HasMaxLength(30);
            e.Property(i => i.Unit).HasMaxLength(10);
            e.HasIndex(i => i.Name).IsUnique();
            e.HasData(ReliefItem.Defaults);
        });

        b.Entity<StockLevel>(e =>
        {
            e.ToTable("care_stock", t => t.HasCheckConstraint("ck_care_stock_quantity", "\"Quantity\" >= 0"));
            e.HasKey(s => new { s.RegionCode, s.ItemCode });
            e.Property(s => s.ItemCode).HasMaxLength(40);
            e.Property(s => s.RegionCode).HasMaxLength(15);
        });

        b.Entity<StockMovement>(e =>
        {
            e.ToTable("care_stock_movements");
            e.HasKey(m => m.Id);
            e.Property(m => m.ItemCode).HasMaxLength(40);
            e.Property(m => m.RegionCode).HasMaxLength(15);
            e.Property(m => m.Note).HasMaxLength(200);
            e.Property(m => m.By).HasMaxLength(100);
            e.HasIndex(m => new { m.RegionCode, m.At });
            e.HasIndex(m => m.VisitId);
        });
    }
}
