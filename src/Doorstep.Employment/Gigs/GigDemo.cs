using Doorstep.Platform.Demo;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Employment.Gigs;

/// <summary>
/// A week at 泰山街道零工驿站 and 芦淞区中心商圈零工之家: households and shops posting repairs,
/// cleaning, moves, deliveries, care and day labour; walk-in workers checking in each morning (a few
/// from the registry when residents are seeded); some taken on, some done, some paid. Places are a
/// fixed step from the community's centre, so the shared random positions stay as they were.
/// </summary>
internal static class GigDemo
{
    private const string Taishan = "泰山街道零工驿站";
    private const string Lusong = "芦淞区中心商圈零工之家";

    private sealed record Job(
        string Market, string Category, string Title, GigPoster Poster, string PosterName, string Phone, string Region, string Address,
        int StartOffset, int Days, int Pay, GigPayUnit Unit, int People, string? Hours = null);

    private static readonly Job[] Jobs =
    [
        new(Taishan, "家电维修", "空调清洗加氟（两台挂机）", GigPoster.Household, "刘阿姨", "13975310021", "430211002001", "天元区泰山路湘水湾小区3栋2单元", 0, 1, 260, GigPayUnit.Job, 1, "09:00-12:00"),
        new(Taishan, "水电维修", "卫生间水管漏水维修", GigPoster.Household, "谭先生", "13807331452", "430211002002", "天元区栗雨社区栗雨苑5栋", 0, 1, 180, GigPayUnit.Job, 1),
        new(Taishan, "保洁", "新房开荒保洁（120平）", GigPoster.Household, "周女士", "15973326688", "430211002001", "天元区泰山路湘水湾小区8栋", 0, 1, 200, GigPayUnit.Day, 2, "08:00-17:00"),
        new(Taishan, "搬家", "搬家具上五楼（无电梯）", GigPoster.Household, "李先生", "13762318855", "430211002002", "天元区栗雨社区栗雨苑12栋", -1, 2, 220, GigPayUnit.Day, 3),
        new(Taishan, "装卸搬运", "物流园卸货（日结）", GigPoster.Business, "九郎山物流园仓储有限公司", "15873320099", "430211002002", "天元区栗雨街道九郎山物流园", 0, 3, 200, GigPayUnit.Day, 6, "07:30-17:30"),
        new(Taishan, "护理陪护", "住院老人夜间陪护", GigPoster.Household, "邓女士", "13574129966", "430211002001", "株洲市中心医院住院部", 1, 5, 220, GigPayUnit.Day, 1, "19:00-23:00"),
        new(Taishan, "农活", "帮忙收晚稻", GigPoster.Household, "陈大爷", "13687335120", "430211002002", "天元区栗雨社区后山组", 2, 2, 180, GigPayUnit.Day, 4),
        new(Lusong, "配送", "服装城送货（电动三轮）", GigPoster.Business, "芦淞服装城某档口", "13973392233", "430203001001", "芦淞区建宁街道芦淞服装城一楼", 0, 1, 180, GigPayUnit.Day, 3, "06:30-14:00"),
        new(Lusong, "日结零工", "商场促销活动布场", GigPoster.Business, "中心商圈管理办", "13607338811", "430203001001", "芦淞区建宁街道中心广场", 0, 1, 160, GigPayUnit.Day, 5),
        new(Lusong, "保洁", "门店开业前保洁", GigPoster.Business, "建宁路奶茶店", "18673301234", "430203001001", "芦淞区建宁路56号", -1, 2, 180, GigPayUnit.Day, 2),
        new(Lusong, "建筑小工", "门面装修打杂", GigPoster.Business, "建宁装饰", "13787336600", "430203001001", "芦淞区建宁街道建设南路", 1, 3, 240, GigPayUnit.Day, 2),
    ];

    /// <summary>Walk-in workers not in the registry: name, phone, market, skills, days (none: any day).</summary>
    private static readonly (string Name, string Phone, string Market, string[] Skills, DayOfWeek[] Days)[] Workers =
    [
        ("何建军", "13874125501", Taishan, ["搬家", "装卸搬运", "日结零工"], []),
        ("彭志强", "13974125502", Taishan, ["水电维修", "家电维修"], []),
        ("罗桂英", "15174125503", Taishan, ["保洁", "护理陪护"], [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday]),
        ("贺小兵", "18174125504", Taishan, ["装卸搬运", "搬家"], []),
        ("肖满秀", "13574125505", Taishan, ["保洁"], []),
        ("易国平", "13674125506", Taishan, ["农活", "建筑小工", "日结零工"], []),
        ("曾德华", "13774125507", Lusong, ["配送", "装卸搬运"], []),
        ("文丽娟", "15274125508", Lusong, ["保洁", "日结零工"], [DayOfWeek.Saturday, DayOfWeek.Sunday, DayOfWeek.Monday]),
        ("黄勇", "18874125509", Lusong, ["建筑小工", "日结零工", "搬家"], []),
        ("谢春梅", "13974125510", Lusong, ["配送", "日结零工"], []),
    ];

    public static async Task SeedAsync(DemoSeedContext context, CancellationToken ct)
    {
        var categories = context.Service<GigCategoryService>();
        var registry = context.Service<GigWorkerService>();
        var jobs = context.Service<GigJobService>();
        var assignments = context.Service<GigAssignmentService>();
        var actor = Actor.System("jobs");
        var today = DateOnly.FromDateTime(ShanghaiTime.ToLocal(context.Now));
        var byName = (await categories.ListAsync(includeRetired: false, ct)).ToDictionary(c => c.Name, c => c.Id);
        var markets = new Dictionary<string, Guid> { [Taishan] = await context.OrganisationIdAsync(Taishan, ct), [Lusong] = await context.OrganisationIdAsync(Lusong, ct) };

        var workers = new List<(Guid Id, string Market)>();
        foreach (var (name, phone, market, skills, days) in Workers)
        {
            var saved = await registry.RegisterWorkerAsync(new GigWorkerInput(Name: name, Phone: phone, MarketId: markets[market], Skills: skills.Select(s => byName[s]).ToList(), Days: days), actor, ct);
            workers.Add((saved.Value?.Id ?? throw new InvalidOperationException($"Demo gig worker {name}: {saved.Errors}"), market));
        }

        // Residents of 泰山街道 who came to the station, when the registry has any.
        var residents = await context.Db.People.IgnoreQueryFilters().AsNoTracking()
            .Where(p => p.RegionCode.StartsWith("430211002") && p.PhoneCipher != null && p.Longitude != null && p.BirthDate <= today.AddYears(-20) && p.BirthDate > today.AddYears(-58))
            .OrderBy(p => p.IdNumberHash).Take(4).Select(p => p.Id).ToListAsync(ct);
        string[][] residentSkills = [["保洁", "护理陪护"], ["搬家", "装卸搬运"], ["水电维修"], ["农活", "日结零工"]];
        for (var i = 0; i < residents.Count; i++)
        {
            var saved = await registry.RegisterWorkerAsync(new GigWorkerInput(PersonId: residents[i], MarketId: markets[Taishan], Skills: residentSkills[i].Select(s => byName[s]).ToList()), actor, ct);
            workers.Add((saved.Value?.Id ?? throw new InvalidOperationException($"Demo gig worker {residents[i]}: {saved.Errors}"), Taishan));
        }

        // Most come most mornings; the week's check-ins feed the ratio.
        for (var back = 6; back >= 0; back--)
        {
            for (var i = 0; i < workers.Count; i++)
            {
                if ((i + back) % 4 != 3)
                {
                    var checkedIn = await registry.CheckInAsync(workers[i].Id, new GigCheckInInput(markets[workers[i].Market], today.AddDays(-back)), actor, ct);
                    _ = checkedIn.Value ?? throw new InvalidOperationException($"Demo gig check-in: {checkedIn.Errors}");
                }
            }
        }

        var posted = new List<GigJobView>();
        foreach (var j in Jobs)
        {
            var centre = context.Region(j.Region);
            var step = posted.Count % 5 * 0.0011;
            var (from, to) = j.Hours is { } h ? (TimeOnly.Parse(h[..5]), TimeOnly.Parse(h[6..])) : ((TimeOnly?)null, (TimeOnly?)null);
            var saved = await jobs.PostJobAsync(new GigJobInput(
                j.Title, byName[j.Category], j.Poster, j.PosterName, j.Phone, "湖南省株洲市" + j.Address, j.Region, centre.Longitude + step, centre.Latitude - step / 2,
                today.AddDays(j.StartOffset), today.AddDays(j.StartOffset + j.Days - 1), from, to, j.Pay, j.Unit, j.People, markets[j.Market]), actor, ct);
            posted.Add(saved.Value ?? throw new InvalidOperationException($"Demo gig {j.Title}: {saved.Errors}"));
        }

        // The move that began yesterday and yesterday's shop cleaning: done and paid; the repairs done this morning; the unloading taken on.
        await TakeAsync(assignments, actor, posted[3], workers[0].Id, GigState.Paid, ct);
        await TakeAsync(assignments, actor, posted[3], workers[3].Id, GigState.Done, ct);
        await TakeAsync(assignments, actor, posted[1], workers[1].Id, GigState.Done, ct);
        await TakeAsync(assignments, actor, posted[4], workers[5].Id, GigState.Accepted, ct);
        await TakeAsync(assignments, actor, posted[9], workers[7].Id, GigState.Paid, ct);
        await TakeAsync(assignments, actor, posted[7], workers[6].Id, GigState.Accepted, ct);
    }

    private static async Task TakeAsync(GigAssignmentService gigs, Actor actor, GigJobView job, Guid workerId, GigState state, CancellationToken ct)
    {
        var taken = await gigs.AcceptAsync(job.Id, new GigAcceptInput(workerId), actor, ct);
        _ = taken.Value ?? throw new InvalidOperationException($"Demo gig accept {job.Title}: {taken.Errors}");
        for (var next = GigState.Done; next <= state; next++)
        {
            var moved = await gigs.AdvanceAsync(job.Id, workerId, new GigStateInput(next), actor, ct);
            _ = moved.Value ?? throw new InvalidOperationException($"Demo gig {next} {job.Title}: {moved.Errors}");
        }
    }
}
