namespace Doorstep.Employment.Workshops;

/// <summary>What recognition needs of one worker: the spell of work, the yearly income, and whether the registry counts them as poverty-relieved.</summary>
public sealed record WorkerFacts(DateOnly HiredOn, DateOnly? LeftOn, int AnnualIncome, bool PovertyRelieved);

/// <summary>One criterion checked: its rule, the figure required and the one found, and the reason in Chinese when it is not met.</summary>
public sealed record CriterionResult(string Rule, string Name, bool Met, int Required, int Actual, string? Reason);

/// <summary>A level of recognition is met when all its criteria are.</summary>
public sealed record RecognitionLevel(bool Met, IReadOnlyList<CriterionResult> Criteria)
{
    public IEnumerable<string> Reasons => Criteria.Where(c => !c.Met).Select(c => c.Reason!);
}

/// <summary>
/// The recognition check of a workshop on a day: basic (认定) and model (示范性). Only people
/// working there on the day and counted as poverty-relieved by the registry count. The model
/// criteria narrow step by step — absorbed, then of those employed long enough, then of those
/// earning enough — so the reason names the step that falls short.
/// </summary>
public sealed record Recognition(DateOnly AsOf, RecognitionLevel Basic, RecognitionLevel Model)
{
    public const string BasicPeople = "basic-people";
    public const string ModelPeople = "model-people";
    public const string ModelMonths = "model-months";
    public const string ModelIncome = "model-income";

    public static Recognition Check(IEnumerable<WorkerFacts> workers, DateOnly asOf, WorkshopSettings settings)
    {
        var absorbed = workers.Where(w => w.PovertyRelieved && w.HiredOn <= asOf && (w.LeftOn is null || w.LeftOn >= asOf)).ToList();
        var stable = absorbed.Where(w => MonthsEmployed(w.HiredOn, w.LeftOn, asOf) >= settings.ModelMinMonths).ToList();
        var earning = stable.Count(w => w.AnnualIncome >= settings.ModelMinAnnualIncome);

        var basic = Criterion(BasicPeople, "吸纳脱贫劳动力", settings.RecognitionMinPeople, absorbed.Count, "吸纳脱贫劳动力");
        var model = new[]
        {
            Criterion(ModelPeople, "吸纳脱贫劳动力", settings.ModelMinPeople, absorbed.Count, "吸纳脱贫劳动力"),
            Criterion(ModelMonths, $"稳定就业{settings.ModelMinMonths}个月以上", settings.ModelMinPeople, stable.Count, $"稳定就业 {settings.ModelMinMonths} 个月以上的脱贫劳动力"),
            Criterion(ModelIncome, $"其中年收入{settings.ModelMinAnnualIncome}元以上", settings.ModelMinPeople, earning,
                $"稳定就业 {settings.ModelMinMonths} 个月以上且年收入达到 {settings.ModelMinAnnualIncome} 元的脱贫劳动力"),
        };
        return new(asOf, new(basic.Met, [basic]), new(model.All(c => c.Met), model));
    }

    /// <summary>Whole months from hire to leaving, or to <paramref name="asOf"/> while still there: hired on 3 January, 5 months on 2 June, 6 on 3 June.</summary>
    public static int MonthsEmployed(DateOnly hiredOn, DateOnly? leftOn, DateOnly asOf)
    {
        var end = leftOn is { } left && left < asOf ? left : asOf;
        if (end < hiredOn)
        {
            return 0;
        }

        var months = ((end.Year - hiredOn.Year) * 12) + end.Month - hiredOn.Month;
        return hiredOn.AddMonths(months) > end ? months - 1 : months;
    }

    /// <summary>A yearly figure: twelve months of a monthly one.</summary>
    public static int AnnualIncome(int income, IncomePeriod period) => period == IncomePeriod.Month ? income * 12 : income;

    private static CriterionResult Criterion(string rule, string name, int required, int actual, string what) =>
        new(rule, $"{name}不少于{required}人", actual >= required, required, actual, actual >= required ? null : $"{what} {actual} 人，少于 {required} 人");
}
