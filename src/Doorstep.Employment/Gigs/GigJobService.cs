using Doorstep.Kernel;
using Doorstep.Platform;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Doorstep.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Employment.Gigs;

/// <summary>Gig jobs posted at the stations by households and businesses, read and written within the caller's regions; every post is audited.</summary>
public sealed class GigJobService(DoorstepDb db, GigLookups lookups, FieldProtector protector, GigSettings settings, AuditLog audit, TimeProvider clock)
{
    public const int MaxTitle = 50;
    public const int MaxDescription = 500;
    public const int MaxPeople = 200;
    public const int MaxPayPerJob = 100_000;
    public const int MaxCancelReason = 200;

    private DateOnly Today => ShanghaiTime.Today(clock);

    public async Task<Page<GigJobView>> SearchJobsAsync(GigJobQuery query, CancellationToken ct = default)
    {
        var jobs = db.Set<GigJob>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var q = query.Q.Trim();
            jobs = jobs.Where(j => j.Title.Contains(q) || j.Address.Contains(q) || j.PosterName.Contains(q));
        }

        if (query.Market is { } market)
        {
            jobs = jobs.Where(j => j.MarketId == market);
        }

        if (query.Category is { } category)
        {
            jobs = jobs.Where(j => j.CategoryId == category);
        }

        if (query.Date is { } date)
        {
            jobs = jobs.Where(j => j.StartDate <= date && j.EndDate >= date);
        }

        if (query.Open)
        {
            var today = Today;
            jobs = jobs.Where(j => j.CancelledAt == null && j.EndDate >= today && j.Taken < j.PeopleNeeded);
        }

        var ordered = query.Sort switch
        {
            "pay" => jobs.OrderBy(j => j.PayUnit).ThenByDescending(j => j.Pay).ThenBy(j => j.StartDate),
            "created" => jobs.OrderByDescending(j => j.CreatedAt).ThenByDescending(j => j.Id),
            _ => jobs.OrderBy(j => j.StartDate).ThenBy(j => j.StartTime).ThenBy(j => j.Id),
        };
        return await ordered.ToPageAsync(query.Page, query.PageSize, 10_000, lookups.JobViewsAsync, ct);
    }

    public async Task<GigJobView?> GetJobAsync(Guid id, CancellationToken ct = default) =>
        await db.Set<GigJob>().AsNoTracking().FirstOrDefaultAsync(j => j.Id == id, ct) is { } job ? (await lookups.JobViewsAsync([job], ct)).Single() : null;

    public async Task<Outcome<GigJobView>> PostJobAsync(GigJobInput input, Actor actor, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var valid = await ValidateAsync(input, null, errors, ct);
        if (valid is null || !errors.IsEmpty)
        {
            return Outcome<GigJobView>.Fail(errors);
        }

        var job = new GigJob
        {
            Id = Guid.CreateVersion7(), RegionCode = "", MarketId = valid.MarketId, Title = "", PosterName = "", PosterPhoneCipher = "", PosterPhoneMasked = "",
            Address = "", CreatedBy = actor.UserName, CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        Apply(valid, input, job);
        db.Add(job);
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Created, nameof(GigJob), job.Id.ToString(), detail: job.Title, cancellationToken: ct);
        return Outcome<GigJobView>.Ok((await lookups.JobViewsAsync([job], ct)).Single());
    }

    /// <summary>
    /// Changes an open job — not cancelled, not over — in the caller's regions: the same checks as a new
    /// one, but a blank phone keeps the poster's, a retired category it already has may stay, the place
    /// keeps its coordinates while the community is unchanged, and the head count never drops below the
    /// workers already taken on (their count is the concurrency token, so a worker taken on meanwhile is seen).
    /// </summary>
    public async Task<Outcome<GigJobView>> UpdateJobAsync(Guid id, GigJobInput input, Actor actor, CancellationToken ct = default)
    {
        var job = await db.Set<GigJob>().FirstOrDefaultAsync(j => j.Id == id, ct);
        if (job is null)
        {
            return Outcome<GigJobView>.Fail(Inputs.Error("id", "该零工需求不存在，或不在您的管辖范围内"));
        }

        if (GigRules.EditRefusal(job, Today) is { } refused)
        {
            return Outcome<GigJobView>.Fail(Inputs.Error("job", refused));
        }

        var errors = new FieldErrors();
        var valid = await ValidateAsync(input, job, errors, ct);
        if (input.PeopleNeeded is { } people && GigRules.PeopleNeededRefusal(people, job.Taken) is { } tooFew)
        {
            errors.Add("peopleNeeded", tooFew);
        }

        if (valid is not null && errors.IsEmpty)
        {
            await CheckWorkersFreeAsync(job, input.StartDate!.Value, input.EndDate ?? input.StartDate.Value, errors, ct);
        }

        if (valid is null || !errors.IsEmpty)
        {
            return Outcome<GigJobView>.Fail(errors);
        }

        Apply(valid, input, job);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Outcome<GigJobView>.Fail(Inputs.Error("peopleNeeded", "刚才有人为这个活接单，请刷新后再改"));
        }

        await audit.WriteAsync(actor.UserName, AuditEvents.Updated, nameof(GigJob), job.Id.ToString(), detail: job.Title, cancellationToken: ct);
        return Outcome<GigJobView>.Ok((await lookups.JobViewsAsync([job], ct)).Single());
    }

    /// <summary>Moving a job's days must not put a worker already taken on for it into two jobs on one day.</summary>
    private async Task CheckWorkersFreeAsync(GigJob job, DateOnly start, DateOnly end, FieldErrors errors, CancellationToken ct)
    {
        if (job.Taken == 0 || (start == job.StartDate && end == job.EndDate))
        {
            return;
        }

        var workers = await db.Set<GigAssignment>().AsNoTracking().Where(a => a.JobId == job.Id)
            .Join(db.Set<GigWorker>().IgnoreQueryFilters(), a => a.WorkerId, w => w.Id, (a, w) => new { w.Id, w.Name }).ToListAsync(ct);
        foreach (var worker in workers)
        {
            if (await lookups.ClashAsync(worker.Id, job.Id, start, end, ct) is { } other)
            {
                errors.Add("startDate", $"{worker.Name}在{Tr.Date(GigLookups.Later(other.StartDate, start))}已接了“{other.Title}”，改到这几天会时间冲突");
            }
        }
    }

    /// <summary>What a checked input carries beyond itself: the parsed phone (null keeps the old one), the place and the market.</summary>
    private sealed record ValidJob(string Title, string? Description, string PosterName, Phone? Phone, string Address, string RegionCode, double Longitude, double Latitude, Guid MarketId);

    private void Apply(ValidJob valid, GigJobInput input, GigJob job)
    {
        if (valid.Phone is { } phone)
        {
            job.PosterPhoneCipher = protector.Protect(phone.Value);
            job.PosterPhoneMasked = phone.Masked;
        }

        job.RegionCode = valid.RegionCode;
        job.MarketId = valid.MarketId;
        job.CategoryId = input.CategoryId!.Value;
        job.Title = valid.Title;
        job.Description = string.IsNullOrEmpty(valid.Description) ? null : valid.Description;
        job.PosterKind = input.PosterKind!.Value;
        job.PosterName = valid.PosterName;
        job.Address = valid.Address;
        job.Longitude = valid.Longitude;
        job.Latitude = valid.Latitude;
        job.StartDate = input.StartDate!.Value;
        job.EndDate = input.EndDate ?? input.StartDate.Value;
        job.StartTime = input.StartTime;
        job.EndTime = input.EndTime;
        job.Pay = input.Pay!.Value;
        job.PayUnit = input.PayUnit ?? GigPayUnit.Day;
        job.PeopleNeeded = input.PeopleNeeded!.Value;
    }

    /// <summary>Checks a new job (<paramref name="current"/> null) or a change to one; the errors land in <paramref name="errors"/>.</summary>
    private async Task<ValidJob?> ValidateAsync(GigJobInput input, GigJob? current, FieldErrors errors, CancellationToken ct)
    {
        var title = GigLookups.Required(input.Title, "title", "请填写要做什么，如“空调清洗”“搬家具上五楼”", MaxTitle, errors);
        var description = input.Description?.Trim();
        if (description?.Length > MaxDescription)
        {
            errors.Add("description", $"说明不超过{MaxDescription}字");
        }

        await ActiveCategoryAsync(input.CategoryId, current?.CategoryId, errors, ct);
        if (input.PosterKind is not { } posterKind || !Enum.IsDefined(posterKind))
        {
            errors.Add("posterKind", "请选择发布方：household（居民家庭）或 business（企业商户）");
        }

        var posterName = GigLookups.Required(input.PosterName, "posterName", "请填写发布人姓名或单位名称", 50, errors);
        Phone? phone = null;
        if (string.IsNullOrWhiteSpace(input.PosterPhone))
        {
            if (current is null)
            {
                errors.Add("posterPhone", "请填写发布人的手机号码，方便零工联系");
            }
        }
        else if (!Phone.TryParse(input.PosterPhone, out phone, out var phoneError))
        {
            errors.Add("posterPhone", phoneError);
        }

        var address = GigLookups.Required(input.Address, "address", "请填写干活的地址，如“天元区泰山路88号湘水湾3栋”", 200, errors);
        var region = await RegionAsync(input.RegionCode, errors, ct);
        var samePlace = current is not null && region?.Code == current.RegionCode;
        var longitude = input.Longitude ?? (samePlace ? current!.Longitude : region?.Longitude);
        var latitude = input.Latitude ?? (samePlace ? current!.Latitude : region?.Latitude);
        if (region is not null)
        {
            if (longitude is not { } lon || latitude is not { } lat)
            {
                errors.Add("location", "该区划没有中心位置，请填写干活地点的经纬度");
            }
            else
            {
                Inputs.CheckInChina(errors, "干活地点", lon, lat);
            }
        }

        CheckDates(input, errors);
        CheckPay(input, errors);
        if (input.PeopleNeeded is not { } people)
        {
            errors.Add("peopleNeeded", "请填写需要几个人");
        }
        else if (people is < 1 or > MaxPeople)
        {
            errors.Add("peopleNeeded", $"需要人数应为1～{MaxPeople}人");
        }

        var market = await lookups.MarketAsync(input.MarketId, errors, ct);
        return errors.IsEmpty
            ? new ValidJob(title!, description, posterName!, phone, address!, region!.Code, longitude!.Value, latitude!.Value, market!.Id)
            : null;
    }

    private void CheckDates(GigJobInput input, FieldErrors errors)
    {
        if (input.StartDate is not { } start)
        {
            errors.Add("startDate", "请填写哪天干活");
            return;
        }

        if (start < Today.AddDays(-GigLookups.DaysBack) || start > Today.AddDays(90))
        {
            errors.Add("startDate", $"干活日期应在{GigLookups.DaysBack}天前到90天后之间");
        }

        var end = input.EndDate ?? start;
        if (end < start)
        {
            errors.Add("endDate", "结束日期不能早于开始日期");
        }
        else if (end.DayNumber - start.DayNumber + 1 > settings.MaxDays)
        {
            errors.Add("endDate", $"一个零工最长{settings.MaxDays}天；更长的用工请登记为岗位");
        }

        if (input.StartTime is null != input.EndTime is null)
        {
            errors.Add("endTime", "开始和结束时间要么都填，要么都不填");
        }
        else if (input.StartTime is { } from && input.EndTime is { } to && to <= from)
        {
            errors.Add("endTime", "结束时间应晚于开始时间");
        }
    }

    private static void CheckPay(GigJobInput input, FieldErrors errors)
    {
        var unit = input.PayUnit ?? GigPayUnit.Day;
        if (!Enum.IsDefined(unit))
        {
            errors.Add("payUnit", "计酬方式应为 day（按天）或 job（按件）");
            return;
        }

        var (floor, ceiling, unitName) = unit == GigPayUnit.Day ? Inputs.WageRange(Vacancies.WageUnit.Day) : (10, MaxPayPerJob, "元/件");
        if (input.Pay is not { } pay)
        {
            errors.Add("pay", "请填写报酬（元）");
        }
        else if (pay < floor || pay > ceiling)
        {
            errors.Add("pay", $"报酬应为{floor}～{ceiling}{unitName}");
        }
    }

    /// <summary>The category must be offered, or be the one the job already has.</summary>
    private async Task ActiveCategoryAsync(Guid? id, Guid? kept, FieldErrors errors, CancellationToken ct)
    {
        var category = id is { } given ? await db.Set<GigCategory>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == given, ct) : null;
        if (category is null)
        {
            errors.Add("categoryId", "请选择零工类别");
        }
        else if (category.Retired && category.Id != kept)
        {
            errors.Add("categoryId", $"类别“{category.Name}”已停用，请选择其他类别");
        }
    }

    private async Task<Platform.Regions.Region?> RegionAsync(string? code, FieldErrors errors, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            errors.Add("regionCode", "请选择干活地点所在的村（社区）");
            return null;
        }

        if (!RegionCode.TryParse(code.Trim(), out var parsed, out var reason))
        {
            errors.Add("regionCode", reason);
            return null;
        }

        var region = await db.Regions.AsNoTracking().FirstOrDefaultAsync(r => r.Code == parsed.Value, ct);
        if (region is null)
        {
            errors.Add("regionCode", $"区划代码 {parsed.Value} 不存在或不在您的管辖范围内");
        }

        return region;
    }
}
