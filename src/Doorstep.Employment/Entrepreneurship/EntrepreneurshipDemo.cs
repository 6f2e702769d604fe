using Doorstep.Employment.Seekers;
using Doorstep.Kernel;
using Doorstep.Platform.Demo;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Doorstep.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Employment.Entrepreneurship;

/// <summary>
/// 天元区返乡创业孵化基地 and a 芦淞区 garment startup park with their resident enterprises, two
/// 马兰花 classes, and — when the registry has residents — a few loan and subsidy applications at
/// every stage of review and a class of trainees. Without residents only what needs no people is made.
/// </summary>
internal static class EntrepreneurshipDemo
{
    private sealed record Resident(string Name, string Code, string Founder, int MonthsAgo, int RentMonths, int FeeMonths, int Waived, int? MovedOutMonthsAgo = null);

    private static readonly (IncubationBaseInput Base, Resident[] Residents)[] Bases =
    [
        (new("天元区返乡创业孵化基地", IncubationKind.Base, "湖南省株洲市天元区栗雨街道栗雨工业园3栋", "430211002002", 20),
        [
            new("株洲湘农优选电子商务有限公司", "MA4L0A01", "罗建军", 14, 12, 12, 36_000),
            new("天元区雷打石镇绿野农产品合作社", "MA4L0A02", "彭桂花", 9, 12, 6, 18_000),
            new("株洲巧手家政服务有限公司", "MA4L0A03", "谭美兰", 6, 12, 12, 24_000),
            new("株洲新智造模具设计工作室", "MA4L0A04", "易志刚", 3, 6, 6, 9_000),
            new("株洲小院文创有限公司", "MA4L0A05", "黎晓东", 26, 12, 12, 30_000, 2),
        ]),
        (new("芦淞区服饰创业园", IncubationKind.Park, "湖南省株洲市芦淞区建宁街道中心商圈服饰城北区", "430203001001", 12),
        [
            new("株洲芦淞锦绣服饰设计有限公司", "MA4L0B01", "钟秀英", 11, 12, 12, 42_000),
            new("芦淞区白关镇手工盘扣工坊", "MA4L0B02", "龚燕", 5, 6, 6, 8_400),
        ]),
    ];

    public static async Task SeedAsync(DemoSeedContext context, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(ShanghaiTime.ToLocal(context.Now));
        var jobs = Actor.System("jobs");
        var bases = context.Service<IncubationService>();
        foreach (var (input, residents) in Bases)
        {
            var created = await bases.CreateAsync(input, jobs, ct);
            var incubator = created.Value ?? throw new InvalidOperationException($"Demo base {input.Name}: {created.Errors}");
            foreach (var r in residents)
            {
                var code = CreditCode.Complete(r.Name.Contains("合作社") ? "93" : r.Name.Contains("工作室") || r.Name.Contains("工坊") ? "92" : "91", input.RegionCode![..6], r.Code);
                var moved = await bases.MoveInAsync(incubator.Id, new(r.Name, code, r.Founder, today.AddMonths(-r.MonthsAgo), r.RentMonths, r.FeeMonths, r.Waived), jobs, ct);
                var resident = moved.Value ?? throw new InvalidOperationException($"Demo resident {r.Name}: {moved.Errors}");
                if (r.MovedOutMonthsAgo is { } monthsAgo)
                {
                    Must(await bases.MoveOutAsync(resident.Id, new(today.AddMonths(-monthsAgo)), jobs, ct));
                }
            }
        }

        var training = context.Service<StartupTrainingService>();
        var siyb = (await training.CreateAsync(new("马兰花SIYB创业培训（创办你的企业）", "430211002002", "九郎山职教科创城培训中心", today.AddMonths(-2), today.AddMonths(-2).AddDays(9)), jobs, ct)).Value!;
        _ = (await training.CreateAsync(new("马兰花GYB创业意识培训", "430203101000", "白关镇就业服务站", today.AddDays(10), today.AddDays(12)), jobs, ct)).Value!;

        var people = (await context.Db.People.IgnoreQueryFilters().AsNoTracking()
                .Where(p => p.RegionCode.StartsWith("430211") && p.BirthDate <= today.AddYears(-22) && p.BirthDate > today.AddYears(-55))
                .Select(p => new { p.Id, p.Name, p.Returnee, p.BirthDate, p.IdNumberMasked, p.IdNumberCipher })
                .ToListAsync(ct))
            .OrderByDescending(p => p.Returnee).ThenBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.BirthDate).ThenBy(p => p.IdNumberMasked, StringComparer.Ordinal)
            .ToList();
        if (people.Count < 16)
        {
            return;
        }

        for (var i = 0; i < 8; i++)
        {
            var trainee = (await training.EnrolAsync(siyb.Id, new(people[8 + i].Id), jobs, ct)).Value!;
            if (i < 6)
            {
                Must(await training.SetCompletedAsync(trainee.Id, new(true), jobs, ct));
            }
        }

        var protector = context.Service<FieldProtector>();
        string IdNumber(int i) => protector.Unprotect(people[i].IdNumberCipher);
        var applications = context.Service<StartupApplicationService>();
        var review = context.Service<StartupReviewService>();
        var officer = Actor.System("officer");
        var business = CreditCode.Complete("91", "430211", "MA4L0C01");
        (StartupInput Input, StartupStage Stage, int? Issued, string? Reason)[] demo =
        [
            (new(StartupKind.Individual, people[0].Id, BusinessName: "雷打石镇稻虾共作家庭农场", Amount: 300_000, TermMonths: 36, FirstTimeFounder: true, MonthsInOperation: 4, JobsCreated: 3), StartupStage.Submitted, null, null),
            (new(StartupKind.Individual, people[1].Id, BusinessName: "嵩山街道湘味小厨", Amount: 200_000, TermMonths: 24, MonthsInOperation: 10, JobsCreated: 4), StartupStage.Checked, null, null),
            (new(StartupKind.Individual, people[2].Id, BusinessName: "泰山街道农村电商服务站", Amount: 250_000, TermMonths: 36, FirstTimeFounder: true, MonthsInOperation: 7, JobsCreated: 2), StartupStage.Approved, 250_000, null),
            (new(StartupKind.Individual, people[3].Id, BusinessName: "天台社区便民理发店", Amount: 150_000, TermMonths: 36, MonthsInOperation: 2, JobsCreated: 1), StartupStage.Rejected, null, "经营场所租赁合同已到期未续签，请补充续签合同后重新申请"),
            (new(StartupKind.Partnership, people[4].Id, BusinessName: "群丰镇生态养殖合伙项目", Amount: 800_000, TermMonths: 36, MonthsInOperation: 9, JobsCreated: 8, Partners: [IdNumber(9), IdNumber(10)]), StartupStage.Approved, 800_000, null),
            (new(StartupKind.SmallBusiness, people[5].Id, BusinessName: "株洲天元绿源农产品加工有限公司", CreditCode: business, Amount: 2_000_000, TermMonths: 24, MonthsInOperation: 18, JobsCreated: 12), StartupStage.Checked, null, null),
            (new(StartupKind.Subsidy, people[6].Id, BusinessName: "湘水社区返乡青年奶茶店", TargetGroups: [TargetGroup.Returnee], FirstTimeFounder: true, MonthsInOperation: 8, JobsCreated: 2), StartupStage.Approved, null, null),
            (new(StartupKind.Subsidy, people[7].Id, BusinessName: "栗雨社区大学生摄影工作室", TargetGroups: [TargetGroup.Graduate], FirstTimeFounder: true, MonthsInOperation: 6, JobsCreated: 1), StartupStage.Submitted, null, null),
            (new(StartupKind.Individual, people[11].Id, BusinessName: "嵩山街道便民洗衣店", Amount: 100_000, TermMonths: 24, MonthsInOperation: 3, JobsCreated: 1), StartupStage.Withdrawn, null, "申请人已获得银行经营贷款，本人申请撤回"),
        ];
        foreach (var (input, stage, issued, reason) in demo)
        {
            var submitted = await applications.SubmitAsync(input, jobs, ct);
            var id = (submitted.Value ?? throw new InvalidOperationException($"Demo application {input.BusinessName}: {submitted.Errors}")).Id;
            if (stage == StartupStage.Submitted)
            {
                continue;
            }

            if (stage == StartupStage.Withdrawn)
            {
                Must(await review.WithdrawAsync(id, new(reason), jobs, ct));
                continue;
            }

            Must(await review.MarkCheckedAsync(id, jobs, ct));
            if (stage == StartupStage.Checked)
            {
                continue;
            }

            Must(await review.DecideAsync(id, new(stage == StartupStage.Approved ? "approve" : "reject", reason), officer, ct));
            if (stage == StartupStage.Approved)
            {
                Must(await review.RecordPaymentAsync(id, new(issued, today), jobs, ct));
            }
        }
    }

    private static void Must<T>(Outcome<T> outcome)
    {
        if (!outcome.Succeeded)
        {
            throw new InvalidOperationException($"Demo application step: {outcome.Errors}");
        }
    }
}
