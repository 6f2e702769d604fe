using Doorstep.Employment.LabourBrands;
using Doorstep.Platform.Demo;
using Doorstep.Platform.Ui;
using Doorstep.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Employment.Training;

/// <summary>
/// The seed's subsidised training in miniature, at 九郎山职教科创城培训中心: an order-based 育婴员
/// class that has finished (most completed, certified, many already in work), a directed 电工 class
/// under way and a 中式烹调师 class still enrolling, with residents of 天元区 as trainees when the
/// demo has residents; then the labour brands.
/// </summary>
internal static class TrainingDemo
{
    private const string Centre = "九郎山职教科创城培训中心";

    private sealed record Plan(string Title, CourseMode Mode, string Occupation, int Hours, int Subsidy, int Capacity, int StartDay, int Days, int Trainees);

    // Days from today: the first class is over, the second under way, the third still to start.
    private static readonly Plan[] Plans =
    [
        new("育婴员（五级）订单班", CourseMode.OrderBased, "4-10-01-02", 88, 1_200, 30, -75, 20, 12),
        new("电工（四级）定向班", CourseMode.Directed, "6-31-01-03", 120, 1_800, 25, -14, 30, 8),
        new("中式烹调师（五级）订单班", CourseMode.OrderBased, "4-03-02-01", 96, 1_500, 20, 12, 24, 5),
    ];

    private static readonly string[] Employers = ["株洲市天元区康乃馨母婴护理中心", "株洲好月嫂家政服务有限公司", "株洲市中心医院月子会所"];

    public static async Task SeedAsync(DemoSeedContext context, CancellationToken ct)
    {
        var courses = context.Service<CourseService>();
        var enrolments = context.Service<EnrolmentService>();
        var jobs = Actor.System("jobs");
        var today = DateOnly.FromDateTime(ShanghaiTime.ToLocal(context.Now));
        var centre = await context.OrganisationIdAsync(Centre, ct);
        var people = (await context.Db.People.IgnoreQueryFilters().AsNoTracking()
                .Where(p => p.RegionCode.StartsWith("430211") && p.BirthDate <= today.AddYears(-18) && p.BirthDate > today.AddYears(-55))
                .Select(p => new { p.Id, p.Name, p.Sex, p.RegionCode, p.IdNumberMasked })
                .ToListAsync(ct))
            .OrderBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.RegionCode, StringComparer.Ordinal).ThenBy(p => p.IdNumberMasked, StringComparer.Ordinal)
            .ToList();
        var next = 0;
        foreach (var plan in Plans)
        {
            var starts = today.AddDays(plan.StartDay);
            var created = await courses.CreateAsync(new CourseInput(centre, plan.Title, plan.Mode, plan.Occupation, plan.Hours, plan.Subsidy, plan.Capacity, starts, starts.AddDays(plan.Days - 1)), jobs, ct);
            var course = created.Value ?? throw new InvalidOperationException($"Demo course {plan.Title}: {created.Errors}");

            // The 育婴员 class takes women, as such classes mostly do; the others anyone.
            var trainees = people.Skip(next).Where(p => plan.Occupation != "4-10-01-02" || p.Sex == Kernel.Sex.Female).Take(plan.Trainees).ToList();
            next += plan.Trainees * 2;
            for (var i = 0; i < trainees.Count; i++)
            {
                var enrolled = await enrolments.EnrolAsync(course.Id, new EnrolmentInput(trainees[i].Id, Subsidised: i % 6 != 5), jobs, ct);
                var id = enrolled.Value?.Id ?? throw new InvalidOperationException($"Demo enrolment {plan.Title}: {enrolled.Errors}");
                if (course.EndsOn >= today)
                {
                    continue;
                }

                if (i == trainees.Count - 1)
                {
                    await Must(enrolments.WithdrawAsync(id, new WithdrawalInput("家中老人生病，需回家照顾"), jobs, ct));
                    continue;
                }

                await Must(enrolments.CompleteAsync(id, new CompletionInput(course.EndsOn), jobs, ct));
                if (i % 4 != 3)
                {
                    await Must(enrolments.CertifyAsync(id, new CertificateInput(CertificateKind.SkillLevel, 5, $"S0000430211{course.EndsOn:yyMM}{i + 1:D4}", course.EndsOn.AddDays(14)), jobs, ct));
                }

                if (i % 3 != 2)
                {
                    await Must(enrolments.EmployAsync(id, new EmploymentInput(course.EndsOn.AddDays(20 + i), Employers[i % Employers.Length]), jobs, ct));
                }
            }
        }

        await LabourBrandDemo.SeedAsync(context, people.Where(p => p.Sex == Kernel.Sex.Female).Take(6).Select(p => p.Id).ToList(), ct);
    }

    private static async Task Must(Task<Platform.Validation.Outcome<EnrolmentView>> step)
    {
        var outcome = await step;
        _ = outcome.Value ?? throw new InvalidOperationException($"Demo training step: {outcome.Errors}");
    }
}
