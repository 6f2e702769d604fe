using Doorstep.Platform.Validation;

namespace Doorstep.Care.ModelWorkers;

/// <summary>The rules of the model-worker registry that need no database: kinds, years, participants once each.</summary>
public static class ModelWorkerRules
{
    /// <summary>The kind a code or name stands for (全国劳动模范 or national-model-worker), or null.</summary>
    public static CareKind? Find(IReadOnlyList<CareKind> kinds, string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : kinds.FirstOrDefault(k => k.Code == text.Trim() || k.Name == text.Trim());

    /// <summary>The kind, or the reason added under <paramref name="field"/>, listing the kinds there are.</summary>
    public static CareKind? Kind(IReadOnlyList<CareKind> kinds, string? text, string what, string field, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(field, $"请选择{what}");
            return null;
        }

        var kind = Find(kinds, text);
        if (kind is null)
        {
            errors.Add(field, $"没有“{text.Trim()}”这一{what}，可选：{string.Join("、", kinds.Select(k => k.Name))}");
        }

        return kind;
    }

    /// <summary>Why the year cannot be an honour's or competition's year: missing, before <paramref name="firstYear"/> or after this year.</summary>
    public static string? YearProblem(int? year, int firstYear, int thisYear) => year switch
    {
        null => "请填写年度",
        var y when y > thisYear => $"年度{y}晚于今年（{thisYear}年）",
        var y when y < firstYear => $"年度应在{firstYear}～{thisYear}年之间",
        _ => null,
    };

    /// <summary>The people named more than once in <paramref name="chosen"/>, each once, in the order first repeated.</summary>
    public static List<T> Repeated<T>(IEnumerable<T> chosen)
    {
        var seen = new HashSet<T>();
        var repeated = new List<T>();
        foreach (var item in chosen)
        {
            if (!seen.Add(item) && !repeated.Contains(item))
            {
                repeated.Add(item);
            }
        }

        return repeated;
    }

    /// <summary>A model worker in hardship must say why, so the aid can be aimed; the reason is kept short.</summary>
    public static string? HardshipProblem(bool hardship, string? reason) =>
        hardship && string.IsNullOrWhiteSpace(reason) ? "列入困难劳模的，请填写困难情况"
        : reason?.Trim().Length > 200 ? "困难情况不超过200字"
        : null;
}
