using Microsoft.EntityFrameworkCore;

namespace Doorstep.Care.Plans;

/// <summary>care_plans and care_plan_entries.</summary>
internal static class PlanModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<VisitPlan>(e =>
        {
            e.ToTable("care_plans");
            e.HasKey(p => p.Id);
            e.Property(p => p.Name).HasMaxLength(60);
            e.Property(p => p.RegionCode).HasMaxLength(15);
            e.Property(p => p.CreatedBy).HasMaxLength(100);
            e.HasIndex(p => new { p.RegionCode, p.StartsOn });
            e.HasMany(p => p.Entries).WithOne().HasForeignKey(x => x.PlanId);
        });

        b.Entity<VisitPlanEntry>(e =>
        {
            e.ToTable("care_plan_entries");
            e.HasKey(x => x.Id);
            e.Property(x => x.Visitor).HasMaxLength(100);
            e.HasIndex(x => new { x.PlanId, x.NeedyHouseholdId }).IsUnique();
        });
    }
}
