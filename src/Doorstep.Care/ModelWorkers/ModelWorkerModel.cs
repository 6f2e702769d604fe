using Microsoft.EntityFrameworkCore;

namespace Doorstep.Care.ModelWorkers;

/// <summary>care_model_workers and their honours, care activities with participants, labour competitions with winners.</summary>
internal static class ModelWorkerModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<ModelWorker>(e =>
        {
            e.ToTable("care_model_workers");
            e.HasKey(w => w.Id);
            e.Property(w => w.RegionCode).HasMaxLength(15);
            e.Property(w => w.Employer).HasMaxLength(100);
            e.Property(w => w.Trade).HasMaxLength(50);
            e.Property(w => w.HardshipReason).HasMaxLength(200);
            e.Property(w => w.Note).HasMaxLength(500);
            e.Property(w => w.UpdatedBy).HasMaxLength(100);
            e.HasIndex(w => w.PersonId).IsUnique();
            e.HasIndex(w => w.RegionCode);
            e.HasMany(w => w.Honours).WithOne().HasForeignKey(h => h.ModelWorkerId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<ModelWorkerHonour>(e =>
        {
            e.ToTable("care_model_worker_honours");
            e.HasKey(h => h.Id);
            e.Property(h => h.Kind).HasMaxLength(40);
            e.Property(h => h.AwardedBy).HasMaxLength(100);
            e.HasIndex(h => new { h.ModelWorkerId, h.Kind, h.Year }).IsUnique();
            e.HasIndex(h => h.Kind);
        });
        b.Entity<ModelWorkerActivity>(e =>
        {
            e.ToTable("care_model_worker_activities");
            e.HasKey(a => a.Id);
            e.Property(a => a.Kind).HasMaxLength(40);
            e.Property(a => a.Name).HasMaxLength(100);
            e.Property(a => a.Place).HasMaxLength(100);
            e.Property(a => a.Organiser).HasMaxLength(100);
            e.Property(a => a.RegionCode).HasMaxLength(15);
            e.Property(a => a.Note).HasMaxLength(500);
            e.Property(a => a.UpdatedBy).HasMaxLength(100);
            e.HasIndex(a => a.RegionCode);
            e.HasMany(a => a.Participants).WithOne().HasForeignKey(p => p.ActivityId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<ActivityParticipant>(e =>
        {
            e.ToTable("care_model_worker_activity_participants");
            e.HasKey(p => new { p.ActivityId, p.ModelWorkerId });
            e.HasIndex(p => p.ModelWorkerId);
        });
        b.Entity<LabourCompetition>(e =>
        {
            e.ToTable("care_labour_competitions");
            e.HasKey(c => c.Id);
            e.Property(c => c.Name).HasMaxLength(100);
            e.Property(c => c.Organiser).HasMaxLength(100);
            e.Property(c => c.Field).HasMaxLength(50);
            e.Property(c => c.RegionCode).HasMaxLength(15);
            e.Property(c => c.UpdatedBy).HasMaxLength(100);
            e.HasIndex(c => c.RegionCode);
            e.HasMany(c => c.Winners).WithOne().HasForeignKey(w => w.CompetitionId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<CompetitionWinner>(e =>
        {
            e.ToTable("care_labour_competition_winners");
            e.HasKey(w => w.Id);
            e.Property(w => w.Name).HasMaxLength(50);
            e.Property(w => w.Employer).HasMaxLength(100);
            e.Property(w => w.Prize).HasMaxLength(50);
            e.HasIndex(w => w.ModelWorkerId);
        });
    }
}
