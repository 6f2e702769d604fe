using Doorstep.Platform.Ui;

namespace Doorstep.Health.Visits;

/// <summary>Names of the health module's codes in both languages.</summary>
public static class HealthLabels
{
    public static Text Of(BpClass value) => value switch
    {
        BpClass.Normal => new("正常血压", "Normal"),
        BpClass.HighNormal => new("正常高值", "High-normal"),
        BpClass.Grade1 => new("1级高血压", "Grade 1 hypertension"),
        BpClass.Grade2 => new("2级高血压", "Grade 2 hypertension"),
        BpClass.Grade3 => new("3级高血压", "Grade 3 hypertension"),
        _ => new("单纯收缩期高血压", "Isolated systolic hypertension"),
    };

    public static Text Of(ChronicDisease value) => value switch
    {
        ChronicDisease.Hypertension => new("高血压", "Hypertension"),
        _ => new("2型糖尿病", "Type 2 diabetes"),
    };

    public static Text Of(VisitKind value) => value switch
    {
        VisitKind.Home => new("入户随访", "Home visit"),
        VisitKind.Clinic => new("门诊随访", "Clinic visit"),
        VisitKind.Phone => new("电话随访", "Phone call"),
        _ => new("筛查测量", "Screening"),
    };
}
