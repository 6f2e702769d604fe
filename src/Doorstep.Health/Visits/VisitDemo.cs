using Doorstep.Platform.Demo;
using Doorstep.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Health.Visits;

/// <summary>
/// Chronic patients of 康华社区 (陈容医生) and 霞石村 (胡亮村医) with a year of quarterly follow-ups:
/// most controlled, some uncontrolled twice and referred, some not seen since their due date.
/// </summary>
internal static class VisitDemo
{
    private static readonly (string Region, string Doctor)[] Practices =
    [
        (DemoDistrict.Kanghua, "doctor"),
        (DemoDistrict.Xiashi, "villagedoctor"),
    ];

    public static async Task SeedAsync(DemoSeedContext context, CancellationToken ct)
    {
        var visits = context.Service<VisitService>();
        var followUps = context.Service<FollowUps>();
        var today = DateOnly.FromDateTime(context.Now.AddHours(8));
        var random = context.Random;
        foreach (var (region, doctor) in Practices)
        {
            var actor = Actor.System(doctor);
            var oldest = today.AddYears(-40);
            var patients = await context.Db.People.AsNoTracking()
                .Where(p => p.RegionCode.StartsWith(region) && p.BirthDate <= oldest)
                .OrderBy(p => p.Id).Take(12).ToListAsync(ct);
            for (var i = 0; i < patients.Count; i++)
            {
                var patient = patients[i];
                var disease = i % 3 == 2 ? ChronicDisease.Type2Diabetes : ChronicDisease.Hypertension;
                await followUps.EnrolAsync(patient.Id, disease, today.AddMonths(-13), actor, ct);

                // Every fourth patient was last seen five months ago: overdue since two months.
                var quarters = i % 4 == 3 ? new[] { -11, -8, -5 } : [-11, -8, -5, -2];
                foreach (var (month, n) in quarters.Select((m, n) => (m, n)))
                {
                    // Every fifth patient is uncontrolled on the last two visits and is referred.
                    var uncontrolled = i % 5 == 4 && n >= quarters.Length - 2;
                    var input = disease == ChronicDisease.Hypertension
                        ? new VisitInput { Systolic = uncontrolled ? random.Next(150, 170) : random.Next(118, 138), Diastolic = uncontrolled ? random.Next(92, 104) : random.Next(70, 88), HeartRate = random.Next(62, 90) }
                        : new VisitInput { FastingGlucose = uncontrolled ? 7.5m + random.Next(0, 30) / 10m : 5.2m + random.Next(0, 15) / 10m };
                    await visits.RecordAsync(input with
                    {
                        PersonId = patient.Id,
                        Date = today.AddMonths(month).AddDays(random.Next(0, 10)),
                        Kind = n % 2 == 0 ? VisitKind.Home : VisitKind.Clinic,
                        Adherence = "规律",
                        Notes = uncontrolled ? "血压/血糖控制不满意，已调整用药" : null,
                    }, actor, ct);
                }
            }
        }
    }
}
