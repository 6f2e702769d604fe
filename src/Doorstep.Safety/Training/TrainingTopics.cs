using Doorstep.Platform.Ui;

namespace Doorstep.Safety.Training;

/// <summary>The topics a grassroots fire-safety session usually covers; a session may add its own.</summary>
public static class TrainingTopics
{
    public static readonly IReadOnlyList<(string Name, Text Label)> Standard =
    [
        ("消防法规", new("消防法规", "Fire law")),
        ("灭火器使用", new("灭火器使用", "Using extinguishers")),
        ("疏散逃生", new("疏散逃生", "Evacuation and escape")),
        ("初起火灾扑救", new("初起火灾扑救", "Fighting an initial fire")),
        ("电动自行车安全", new("电动自行车安全", "E-bike safety")),
        ("用火用电用气安全", new("用火用电用气安全", "Safe use of fire, power and gas")),
    ];

    /// <summary>A topic as the reader's language shows it; topics of a session's own stay as written.</summary>
    public static string Label(string topic)
    {
        foreach (var (name, label) in Standard)
        {
            if (name == topic)
            {
                return label.ToString();
            }
        }

        return topic;
    }
}
