using Doorstep.Health.Visits;
using Doorstep.Platform.Demo;
using Doorstep.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Health.Duty;

/// <summary>
/// The demo doctors work for their clinics, and those clinics stayed open through the 2024 Spring
/// Festival (10–17 February) and are on the roster for the coming week.
/// </summary>
internal static class DutyDemo
{
    private static readonly (string User, string Facility, string Nurse, string Phone)[] Staff =
    [
        ("doctor", "天元区嵩山街道社区卫生服务中心", "护士 刘芳", "0731-22851120"),
        ("villagedoctor", "霞石村卫生室", "护士 谭敏", "0731-22716033"),
    ];

    public static async Task SeedAsync(DemoSeedContext context, CancellationToken ct)
    {
        var roster = context.Service<DutyRoster>();
        var today = DateOnly.FromDateTime(context.Now.AddHours(8));
        var days = Enumerable.Range(0, 8).Select(i => new DateOnly(2024, 2, 10).AddDays(i)).Concat(Enumerable.Range(0, 7).Select(today.AddDays));
        foreach (var (user, facilityName, nurse, phone) in Staff)
        {
            var facility = await context.Db.Organisations.Where(o => o.Name == facilityName).Select(o => o.Id).FirstAsync(ct);
            await context.Db.Users.Where(u => u.UserName == user).ExecuteUpdateAsync(s => s.SetProperty(u => u.UnitId, facility), ct);
            foreach (var day in days)
            {
                var festival = day.Year == 2024;
                var (shift, errors) = await roster.SaveAsync(
                    new DutyShiftInput(facility, day, "08:00", festival ? "12:00" : "17:30", user, nurse, festival ? "急救小组：王刚、李娟" : null, phone),
                    Actor.System("demo"), ct);
                if (shift is null)
                {
                    throw new InvalidOperationException($"Demo roster {facilityName} {day}: {errors}");
                }
            }
        }
    }
}
