using Microsoft.EntityFrameworkCore;

namespace Doorstep.Safety.Training;

/// <summary>safety_training_sessions.</summary>
internal static class TrainingModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<TrainingSession>(e =>
        {
            e.ToTable("safety_training_sessions");
            e.HasKey(s => s.Id);
            e.Property(s => s.RegionCode).HasMaxLength(15);
            e.Property(s => s.Place).HasMaxLength(100);
            e.Property(s => s.Title).HasMaxLength(60);
            e.Property(s => s.Organiser).HasMaxLength(50);
            e.Property(s => s.Trainer).HasMaxLength(50);
            e.Property(s => s.Note).HasMaxLength(500);
            e.Property(s => s.CreatedBy).HasMaxLength(100);
            e.HasIndex(s => new { s.RegionCode, s.Date });
        });
    }
}
