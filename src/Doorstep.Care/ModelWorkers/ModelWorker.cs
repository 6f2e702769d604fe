using Doorstep.Platform.Data;

namespace Doorstep.Care.ModelWorkers;

/// <summary>
/// 劳模工匠: a person of the platform registry honoured as a model worker or craftsman, with the
/// employer and trade the honours were earned in, and whether the family has fallen on hard times.
/// The ID number stays in the registry, sealed; this record only points at the person.
/// </summary>
public sealed class ModelWorker : IRegional
{
    public Guid Id { get; set; }

    /// <summary>The registry's person; one model-worker record per person.</summary>
    public Guid PersonId { get; set; }

    /// <summary>Copied from the person for scope and the region filter.</summary>
    public required string RegionCode { get; set; }

    /// <summary>工作单位.</summary>
    public required string Employer { get; set; }

    /// <summary>行业领域 or 工种 (焊工, 护士, 乡村教师 …).</summary>
    public required string Trade { get; set; }

    /// <summary>困难劳模: on the list of model workers in hardship, with <see cref="HardshipReason"/>.</summary>
    public bool Hardship { get; set; }

    public string? HardshipReason { get; set; }

    public string? Note { get; set; }

    public List<ModelWorkerHonour> Honours { get; set; } = [];

    public required string UpdatedBy { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}

/// <summary>荣誉: one honour of a kind from the configured list, the year it was given and by whom.</summary>
public sealed class ModelWorkerHonour
{
    public Guid Id { get; set; }

    public Guid ModelWorkerId { get; set; }

    /// <summary>A code of <see cref="ModelWorkerSettings.HonourKinds"/>.</summary>
    public required string Kind { get; set; }

    public int Year { get; set; }

    /// <summary>授予单位 (中华全国总工会, 湖南省人民政府 …).</summary>
    public string? AwardedBy { get; set; }
}

/// <summary>
/// 关爱活动: a free health check, recuperation stay, hardship aid or gathering for model workers,
/// held by an organiser for a region, with the model workers who took part.
/// </summary>
public sealed class ModelWorkerActivity : IRegional
{
    public Guid Id { get; set; }

    /// <summary>A code of <see cref="ModelWorkerSettings.ActivityKinds"/>.</summary>
    public required string Kind { get; set; }

    public required string Name { get; set; }

    public DateOnly HeldOn { get; set; }

    public required string Place { get; set; }

    /// <summary>主办单位 (天元区总工会 …).</summary>
    public required string Organiser { get; set; }

    /// <summary>The region the activity is held for; who may see and keep it.</summary>
    public required string RegionCode { get; set; }

    public string? Note { get; set; }

    public List<ActivityParticipant> Participants { get; set; } = [];

    public required string UpdatedBy { get; set; }

    public DateTime CreatedAt { get; set; }
}

/// <summary>A model worker who took part in an activity; each once.</summary>
public sealed class ActivityParticipant
{
    public Guid ActivityId { get; set; }

    public Guid ModelWorkerId { get; set; }
}

/// <summary>劳动竞赛: a labour or skills competition of a year, its organiser and field, and its winners.</summary>
public sealed class LabourCompetition : IRegional
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    public int Year { get; set; }

    public required string Organiser { get; set; }

    /// <summary>行业领域 or 竞赛工种.</summary>
    public required string Field { get; set; }

    public required string RegionCode { get; set; }

    public List<CompetitionWinner> Winners { get; set; } = [];

    public required string UpdatedBy { get; set; }

    public DateTime CreatedAt { get; set; }
}

/// <summary>获奖者: a model worker of the registry, or a person named who is not (yet) one, with the prize or rank.</summary>
public sealed class CompetitionWinner
{
    public Guid Id { get; set; }

    public Guid CompetitionId { get; set; }

    public Guid? ModelWorkerId { get; set; }

    /// <summary>The winner's name: the registry's for a model worker, as given otherwise.</summary>
    public required string Name { get; set; }

    public string? Employer { get; set; }

    /// <summary>奖项或名次 (一等奖, 第一名, 技术能手 …).</summary>
    public required string Prize { get; set; }

    /// <summary>Place in the list as entered, first prize first.</summary>
    public int Position { get; set; }
}
