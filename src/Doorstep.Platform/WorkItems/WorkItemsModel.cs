using Doorstep.Platform.WorkItems.Deadlines;
using Doorstep.Platform.WorkItems.Dispatch;
using Doorstep.Platform.WorkItems.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Platform.WorkItems;

/// <summary>The work-item engine's tables, prefixed platform_ like the rest of the platform.</summary>
internal static class WorkItemsModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<WorkItem>(e =>
        {
            e.ToTable("platform_work_items");
            e.Property(w => w.Number).HasMaxLength(20);
            e.HasIndex(w => w.Number).IsUnique();
            e.Property(w => w.TypeCode).HasMaxLength(40);
            e.Property(w => w.Category).HasMaxLength(40);
            e.Property(w => w.Title).HasMaxLength(100);
            e.Property(w => w.Description).HasMaxLength(2000);
            e.Property(w => w.RegionCode).HasMaxLength(15);
            e.Property(w => w.Address).HasMaxLength(200);
            e.Property(w => w.SubjectRef).HasMaxLength(100);
            e.Property(w => w.ReportedBy).HasMaxLength(100);
            e.Property(w => w.ContactName).HasMaxLength(50);
            e.Property(w => w.ContactPhoneCipher).HasMaxLength(200);
            e.Property(w => w.ContactPhoneMasked).HasMaxLength(11);
            e.Property(w => w.TimeLimit).HasMaxLength(10);
            e.Property(w => w.DispatchedBy).HasMaxLength(100);
            e.Property(w => w.AssignedUnitName).HasMaxLength(100);
            e.Property(w => w.AssignedUser).HasMaxLength(100);
            e.Property(w => w.PendingReason).HasMaxLength(1000);
            e.Property(w => w.PendingBy).HasMaxLength(100);
            e.Property(w => w.Version).IsConcurrencyToken();
            e.HasIndex(w => w.RegionCode);
            e.HasIndex(w => new { w.Status, w.DueAt });
            e.HasIndex(w => w.AssignedUser);
            e.HasIndex(w => w.AssignedUnitId);
            e.HasIndex(w => w.ReportedAt);
            e.HasIndex(w => w.SubjectRef);
        });

        b.Entity<WorkItemEvent>(e =>
        {
            e.ToTable("platform_work_item_events");
            e.Property(x => x.UserName).HasMaxLength(100);
            e.Property(x => x.Action).HasMaxLength(30);
            e.Property(x => x.Note).HasMaxLength(1000);
            e.HasOne<WorkItem>().WithMany().HasForeignKey(x => x.WorkItemId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => x.WorkItemId);
        });

        b.Entity<WorkItemPhoto>(e =>
        {
            e.ToTable("platform_work_item_photos");
            e.Property(p => p.FileName).HasMaxLength(100);
            e.Property(p => p.ContentType).HasMaxLength(40);
            e.Property(p => p.UploadedBy).HasMaxLength(100);
            e.HasOne<WorkItem>().WithMany().HasForeignKey(p => p.WorkItemId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne(p => p.Event).WithMany().HasForeignKey(p => p.EventId).OnDelete(DeleteBehavior.SetNull);
            e.HasIndex(p => p.WorkItemId);
        });

        b.Entity<TimeLimitSetting>(e =>
        {
            e.ToTable("platform_work_item_limits");
            e.Property(s => s.TypeCode).HasMaxLength(40);
            e.Property(s => s.Category).HasMaxLength(40);
            e.Property(s => s.RegionCode).HasMaxLength(15);
            e.Property(s => s.Limit).HasMaxLength(10);
            e.Property(s => s.UpdatedBy).HasMaxLength(100);
            e.HasIndex(s => new { s.TypeCode, s.Category, s.RegionCode }).IsUnique();
        });

        b.Entity<DispatchRule>(e =>
        {
            e.ToTable("platform_work_item_rules");
            e.Property(r => r.TypeCode).HasMaxLength(40);
            e.Property(r => r.Category).HasMaxLength(40);
            e.Property(r => r.RegionCode).HasMaxLength(15);
            e.Property(r => r.UserName).HasMaxLength(100);
            e.Property(r => r.CreatedBy).HasMaxLength(100);
            e.HasIndex(r => new { r.TypeCode, r.RegionCode });
        });

        b.Entity<Notification>(e =>
        {
            e.ToTable("platform_notifications");
            e.Property(n => n.UserName).HasMaxLength(100);
            e.Property(n => n.Kind).HasMaxLength(20);
            e.Property(n => n.Text).HasMaxLength(300);
            e.Property(n => n.Link).HasMaxLength(200);
            e.Property(n => n.OccasionKey).HasMaxLength(200);
            e.HasIndex(n => n.OccasionKey).IsUnique();
            e.HasIndex(n => new { n.UserName, n.ReadAt });
        });

        b.Entity<OutboxMessage>(e =>
        {
            e.ToTable("platform_outbox");
            e.Property(m => m.Channel).HasMaxLength(20);
            e.Property(m => m.UserName).HasMaxLength(100);
            e.Property(m => m.Text).HasMaxLength(300);
            e.Property(m => m.LastError).HasMaxLength(500);
            e.HasIndex(m => m.SentAt);
        });
    }
}
