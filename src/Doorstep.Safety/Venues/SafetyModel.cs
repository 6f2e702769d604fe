using Doorstep.Safety.Campaigns;
using Doorstep.Safety.Checklists;
using Doorstep.Safety.Hazards;
using Doorstep.Safety.Inspections;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Safety.Venues;

/// <summary>The module's tables, prefixed safety_: venue kinds and checklists (seeded with domain-rules' defaults), venue profiles, campaigns, inspections and hazards.</summary>
internal static class SafetyModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<VenueKind>(e =>
        {
            e.ToTable("safety_venue_kinds");
            e.HasKey(k => k.Code);
            e.Property(k => k.Code).HasMaxLength(40);
            e.Property(k => k.Name).HasMaxLength(30);
            e.HasData(VenueKinds.Defaults);
        });

        b.Entity<Venue>(e =>
        {
            e.ToTable("safety_venues");
            e.HasKey(v => v.OrganisationId);
            e.Property(v => v.RegionCode).HasMaxLength(15);
            e.Property(v => v.Kind).HasMaxLength(40);
            e.Property(v => v.FloorArea).HasPrecision(10, 1);
            e.Property(v => v.Responsible).HasMaxLength(20);
            e.Property(v => v.ResponsiblePhoneCipher).HasMaxLength(200);
            e.Property(v => v.ResponsiblePhoneMasked).HasMaxLength(20);
            e.Property(v => v.OverLimit).HasMaxLength(300);
            e.Property(v => v.UpdatedBy).HasMaxLength(100);
            e.HasIndex(v => v.RegionCode);
            e.HasIndex(v => v.Kind);
        });

        b.Entity<Checklist>(e =>
        {
            e.ToTable("safety_checklists");
            e.Property(c => c.Kind).HasMaxLength(40);
            e.Property(c => c.PublishedBy).HasMaxLength(100);
            e.HasIndex(c => new { c.Kind, c.Version }).IsUnique();
            e.HasMany(c => c.Items).WithOne().HasForeignKey(i => i.ChecklistId);
            e.HasData(ChecklistDefaults.Checklists);
        });

        b.Entity<ChecklistItem>(e =>
        {
            e.ToTable("safety_checklist_items");
            e.Property(i => i.Text).HasMaxLength(200);
            e.Property(i => i.Provision).HasMaxLength(200);
            e.Property(i => i.Requirement).HasMaxLength(200);
            e.HasIndex(i => new { i.ChecklistId, i.Position });
            e.HasData(ChecklistDefaults.Items);
        });

        b.Entity<Campaign>(e =>
        {
            e.ToTable("safety_campaigns");
            e.Property(c => c.Name).HasMaxLength(100);
            e.Property(c => c.Regions).HasMaxLength(400);
            e.Property(c => c.Kinds).HasMaxLength(600);
            e.Property(c => c.Agencies).HasMaxLength(400);
            e.Property(c => c.CreatedBy).HasMaxLength(100);
            e.Ignore(c => c.RegionList);
            e.Ignore(c => c.KindList);
            e.Ignore(c => c.AgencyList);
            e.HasIndex(c => c.StartsOn);
        });

        b.Entity<CampaignVenue>(e =>
        {
            e.ToTable("safety_campaign_venues");
            e.HasKey(v => new { v.CampaignId, v.VenueId });
            e.Property(v => v.RegionCode).HasMaxLength(15);
            e.Property(v => v.Kind).HasMaxLength(40);
            e.Property(v => v.Inspectors).HasMaxLength(400);
            e.HasIndex(v => new { v.CampaignId, v.RegionCode });
        });

        b.Entity<Inspection>(e =>
        {
            e.ToTable("safety_inspections");
            e.Property(i => i.Number).HasMaxLength(20);
            e.Property(i => i.VenueName).HasMaxLength(100);
            e.Property(i => i.RegionCode).HasMaxLength(15);
            e.Property(i => i.Inspectors).HasMaxLength(400);
            e.Property(i => i.InspectorNames).HasMaxLength(400);
            e.Property(i => i.Note).HasMaxLength(1000);
            e.Property(i => i.NoticeNumber).HasMaxLength(40);
            e.HasIndex(i => i.Number).IsUnique();
            e.HasIndex(i => new { i.CampaignId, i.VenueId });
            e.HasIndex(i => i.VenueId);
            e.HasIndex(i => i.RegionCode);
            e.HasMany(i => i.Results).WithOne().HasForeignKey(r => r.InspectionId);
        });

        b.Entity<InspectionResult>(e =>
        {
            e.ToTable("safety_inspection_results");
            e.HasKey(r => new { r.InspectionId, r.ItemId });
            e.Property(r => r.Location).HasMaxLength(100);
            e.Property(r => r.Note).HasMaxLength(500);
        });

        b.Entity<InspectionPhoto>(e =>
        {
            e.ToTable("safety_inspection_photos");
            e.Property(p => p.FileName).HasMaxLength(200);
            e.Property(p => p.ContentType).HasMaxLength(40);
            e.HasIndex(p => p.InspectionId);
        });

        b.Entity<Hazard>(e =>
        {
            e.ToTable("safety_hazards");
            e.Property(h => h.VenueName).HasMaxLength(100);
            e.Property(h => h.RegionCode).HasMaxLength(15);
            e.Property(h => h.ItemText).HasMaxLength(200);
            e.Property(h => h.Provision).HasMaxLength(200);
            e.Property(h => h.Requirement).HasMaxLength(200);
            e.Property(h => h.Location).HasMaxLength(100);
            e.HasIndex(h => h.WorkItemId).IsUnique();
            e.HasIndex(h => h.InspectionId);
            e.HasIndex(h => new { h.CampaignId, h.RegionCode });
            e.HasIndex(h => h.VenueId);
        });

        b.Entity<Reinspection>(e =>
        {
            e.ToTable("safety_reinspections");
            e.Property(r => r.Inspectors).HasMaxLength(400);
            e.Property(r => r.InspectorNames).HasMaxLength(400);
            e.Property(r => r.Note).HasMaxLength(1000);
            e.HasIndex(r => r.HazardId);
        });

        b.Entity<MajorHazardReview>(e =>
        {
            e.ToTable("safety_major_hazard_reviews");
            e.Property(r => r.Members).HasMaxLength(600);
            e.Property(r => r.Basis).HasMaxLength(1000);
            e.Property(r => r.RecordedBy).HasMaxLength(100);
            e.HasIndex(r => r.HazardId);
        });

        Training.TrainingModel.Configure(b);
    }
}
