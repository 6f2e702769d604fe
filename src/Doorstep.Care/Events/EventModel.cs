using Microsoft.EntityFrameworkCore;

namespace Doorstep.Care.Events;

/// <summary>care_events and care_event_signups.</summary>
internal static class EventModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<CommunityEvent>(e =>
        {
            e.ToTable("care_events");
            e.HasKey(v => v.Id);
            e.Property(v => v.Number).HasMaxLength(20);
            e.Property(v => v.Name).HasMaxLength(100);
            e.Property(v => v.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(v => v.Place).HasMaxLength(200);
            e.Property(v => v.Organisers).HasMaxLength(200);
            e.Property(v => v.RegionCode).HasMaxLength(15);
            e.Property(v => v.Description).HasMaxLength(2000);
            e.Property(v => v.UpdatedBy).HasMaxLength(100);
            e.Property(v => v.RosterVersion).IsConcurrencyToken();
            e.HasIndex(v => v.Number).IsUnique();
            e.HasIndex(v => new { v.RegionCode, v.StartsAt });
        });

        b.Entity<EventSignUp>(e =>
        {
            e.ToTable("care_event_signups");
            e.HasKey(s => s.Id);
            e.Property(s => s.RegionCode).HasMaxLength(15);
            e.Property(s => s.Name).HasMaxLength(50);
            e.Property(s => s.PhoneCipher).HasMaxLength(200);
            e.Property(s => s.PhoneHash).HasMaxLength(100);
            e.Property(s => s.PhoneMasked).HasMaxLength(20);
            e.Property(s => s.IdNumberMasked).HasMaxLength(20);
            e.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(s => s.Note).HasMaxLength(200);
            e.Property(s => s.SignedUpBy).HasMaxLength(100);
            e.HasIndex(s => new { s.EventId, s.Sequence }).IsUnique();
            e.HasOne<CommunityEvent>().WithMany().HasForeignKey(s => s.EventId);
        });
    }
}
