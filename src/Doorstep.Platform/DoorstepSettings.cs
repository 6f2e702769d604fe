using Microsoft.Extensions.Configuration;

namespace Doorstep.Platform;

/// <summary>
/// Where Doorstep keeps its state and which database it talks to. Read from the environment
/// (DOORSTEP_DATA, DOORSTEP_DB, DOORSTEP_DEMO, DOORSTEP_KEY_FILE, DOORSTEP_SCHEDULER) or any configuration source.
/// </summary>
public sealed record DoorstepSettings
{
    public required string DataFolder { get; init; }

    /// <summary>A PostgreSQL connection string; when absent the embedded SQLite file is used.</summary>
    public string? PostgresConnection { get; init; }

    /// <summary>True, false, or unset (then demo data follows the environment: on in Development).</summary>
    public bool? Demo { get; init; }

    public required string KeyFile { get; init; }

    /// <summary>Whether this process runs the background jobs (reminders, outbox); on unless DOORSTEP_SCHEDULER=false.</summary>
    public bool Scheduler { get; init; } = true;

    public string SqlitePath => Path.Combine(DataFolder, "doorstep.db");

    public string FilesFolder => Path.Combine(DataFolder, "files");

    public static DoorstepSettings From(IConfiguration configuration)
    {
        var data = Path.GetFullPath(configuration["DOORSTEP_DATA"] is { Length: > 0 } d ? d : "data");
        var demo = configuration["DOORSTEP_DEMO"];
        return new DoorstepSettings
        {
            DataFolder = data,
            PostgresConnection = configuration["DOORSTEP_DB"] is { Length: > 0 } db ? db : null,
            Demo = bool.TryParse(demo, out var on) ? on : null,
            Scheduler = !string.Equals(configuration["DOORSTEP_SCHEDULER"], "false", StringComparison.OrdinalIgnoreCase),
            KeyFile = configuration["DOORSTEP_KEY_FILE"] is { Length: > 0 } k ? Path.GetFullPath(k) : Path.Combine(data, "keys", "doorstep-keys.json"),
        };
    }
}
