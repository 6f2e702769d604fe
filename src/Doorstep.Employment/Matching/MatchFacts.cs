using Doorstep.Employment.Seekers;
using Doorstep.Employment.Vacancies;

namespace Doorstep.Employment.Matching;

/// <summary>What matching reads of an open vacancy; wages already per month so day and month rates compare.</summary>
public sealed record VacancyFacts(
    Guid Id, double Longitude, double Latitude, string OccupationCode, IReadOnlyList<string> Skills, int WageMinMonthly, int WageMaxMonthly,
    WorkSchedule Schedule, IReadOnlyList<string> SuitsDisabilities, bool AccessibleWorkplace, Education Education, int ExperienceYears, DateOnly ExpiresOn)
{
    public static VacancyFacts Of(Vacancy v) => new(
        v.Id, v.Longitude, v.Latitude, v.OccupationCode, v.Skills, Wages.Monthly(v.WageMin, v.WageUnit), Wages.Monthly(v.WageMax, v.WageUnit),
        v.Schedule, v.SuitsDisabilities, v.AccessibleWorkplace, v.Education, v.ExperienceYears, v.ExpiresOn);
}

/// <summary>What matching reads of a job seeker.</summary>
public sealed record SeekerFacts(
    Guid Id, string RegionCode, double Longitude, double Latitude, IReadOnlyList<string> DesiredOccupations, IReadOnlyList<string> Skills,
    int ExpectedMonthly, int MaxCommuteMeters, IReadOnlyList<WorkSchedule> Schedules, string? Disability, IReadOnlyList<TargetGroup> TargetGroups,
    Education Education, int ExperienceYears)
{
    public static SeekerFacts Of(Seeker s) => new(
        s.Id, s.RegionCode, s.Longitude, s.Latitude, s.DesiredOccupations, s.Skills, Wages.Monthly(s.ExpectedWage, s.WageUnit), s.MaxCommuteMeters,
        s.Schedules, s.Disability, s.TargetGroups, s.Education, s.ExperienceYears);
}

public static class Wages
{
    /// <summary>计薪天数: 21.75 paid days a month, the national rule for turning a day rate into a month's.</summary>
    public const double PaidDaysPerMonth = 21.75;

    public static int Monthly(int wage, WageUnit unit) => unit == WageUnit.Day ? (int)Math.Round(wage * PaidDaysPerMonth) : wage;
}
