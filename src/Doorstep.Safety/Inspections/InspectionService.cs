using System.Globalization;
using Doorstep.Kernel;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Doorstep.Platform.People;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Doorstep.Platform.Validation;
using Doorstep.Platform.WorkItems.Lifecycle;
using Doorstep.Safety.Campaigns;
using Doorstep.Safety.Checklists;
using Doorstep.Safety.Hazards;
using Doorstep.Safety.Inspectors;
using Doorstep.Safety.Venues;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Safety.Inspections;

/// <summary>
/// Records an inspection as one whole: the results, the photos, and for every failure not fixed
/// on the spot a hazard with its work item, served to the venue with the notice. Any refusal
/// leaves nothing written.
/// </summary>
public sealed class InspectionService(
    DoorstepDb db,
    ChecklistService checklists,
    CampaignService campaigns,
    InspectorDirectory inspectors,
    WorkItemService workItems,
    WorkingCalendar calendar,
    AuditLog audit,
    TimeProvider clock)
{
    public const int MaxPhotos = 20;

    /// <summary>How far ahead of the server's clock a phone's time may be before it is refused.</summary>
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(10);

    public async Task<Outcome<InspectionRecorded>> RecordAsync(InspectionInput input, IReadOnlyList<InspectionPhotoInput> photos, Actor actor, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var now = clock.GetUtcNow().UtcDateTime;
        var at = input.InspectedAt is { } given ? DateTime.SpecifyKind(given.Kind == DateTimeKind.Local ? given.ToUniversalTime() : given, DateTimeKind.Utc) : now;
        if (at > now + ClockSkew)
        {
            errors.Add("inspectedAt", "检查时间不能晚于现在");
        }

        var venue = input.VenueId is { } venueId
            ? await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == venueId, ct)
            : null;
        var kind = venue is null ? null : await db.Set<VenueKind>().AsNoTracking().FirstOrDefaultAsync(k => k.Code == venue.Kind, ct);
        if (venue is null || kind is null)
        {
            errors.Add("venueId", "场所不存在或不在您的管辖范围内");
            return Outcome<InspectionRecorded>.Fail(errors);
        }

        var team = await inspectors.CheckAsync(input.Inspectors, venue.RegionCode, "inspectors", errors, ct);
        if (!actor.IsSystem && team.Count > 0 && team.All(i => i.UserName != actor.UserName))
        {
            errors.Add("inspectors", "记录人须是检查人员之一");
        }

        Campaign? campaign = null;
        if (input.CampaignId is { } campaignId)
        {
            campaign = await campaigns.FindAsync(campaignId, ct);
            var day = DateOnly.FromDateTime(ShanghaiTime.ToLocal(at));
            if (campaign is null)
            {
                errors.Add("campaignId", "找不到该专项检查，或不在您的管辖范围内");
            }
            else if (day < campaign.StartsOn || day > campaign.EndsOn)
            {
                errors.Add("inspectedAt", $"检查日期{Zh(day)}不在“{campaign.Name}”的检查期间（{Zh(campaign.StartsOn)}至{Zh(campaign.EndsOn)}）内");
            }
            else if (!await db.Set<CampaignVenue>().AnyAsync(v => v.CampaignId == campaignId && v.VenueId == venue.Id, ct))
            {
                errors.Add("venueId", $"{venue.Name}不在“{campaign.Name}”的检查范围内");
            }
        }

        if (PersonRules.CheckCoordinates(input.Longitude, input.Latitude, out _) is { } geoError)
        {
            errors.Add(geoError.Field, geoError.Message);
        }

        if (input.Note?.Trim().Length > 1000)
        {
            errors.Add("note", "检查说明不超过1000个字");
        }

        var checklist = await checklists.CurrentAsync(venue.Kind, ct);
        if (checklist is null || checklist.Items.Count == 0)
        {
            errors.Add("items", $"{kind.Name}还没有检查表，请先设置");
            return Outcome<InspectionRecorded>.Fail(errors);
        }

        var results = CheckResults(input.Items, checklist, kind.Name, errors);
        CheckPhotos(photos, checklist, errors);
        if (!errors.IsEmpty)
        {
            return Outcome<InspectionRecorded>.Fail(errors);
        }

        var localDay = DateOnly.FromDateTime(ShanghaiTime.ToLocal(at));
        var inspection = new Inspection
        {
            Id = Guid.CreateVersion7(),
            Number = await NextNumberAsync("JC" + localDay.ToString("yyyyMMdd", CultureInfo.InvariantCulture), ct),
            CampaignId = campaign?.Id,
            VenueId = venue.Id,
            VenueName = venue.Name,
            RegionCode = venue.RegionCode,
            ChecklistId = checklist.Id,
            InspectedAt = at,
            Inspectors = string.Join(',', team.Select(i => i.UserName)),
            InspectorNames = string.Join('、', team.Select(i => i.Name)),
            Longitude = input.Longitude,
            Latitude = input.Latitude,
            Note = Blank(input.Note),
            Failed = results.Count(r => r.Result.Outcome == ItemOutcome.Fail),
            FixedOnSpot = results.Count(r => r.Result.FixedOnSpot),
        };
        inspection.Results.AddRange(results.Select(r => r.Result));
        var toRectify = results.Where(r => r.Result.Outcome == ItemOutcome.Fail && !r.Result.FixedOnSpot).ToList();
        if (toRectify.Count > 0)
        {
            inspection.NoticeNumber = await NextNoticeNumberAsync(localDay.Year, ct);
        }

        await using var work = await Work.BeginAsync(db.Database, ct);
        db.Add(inspection);
        db.AddRange(photos.Select(p =>
        {
            PhotoRules.Check(p.Photo, out var contentType);
            return new InspectionPhoto { Id = Guid.CreateVersion7(), InspectionId = inspection.Id, ItemId = p.ItemId, FileName = Path.GetFileName(p.Photo.FileName), ContentType = contentType, Content = p.Photo.Content, UploadedAt = now };
        }));
        if (campaign is not null)
        {
            var row = await db.Set<CampaignVenue>().FirstAsync(v => v.CampaignId == campaign.Id && v.VenueId == venue.Id, ct);
            if (row.InspectedAt is null || row.InspectedAt <= at)
            {
                row.InspectionId = inspection.Id;
                row.InspectedAt = at;
            }
        }

        await db.SaveChangesAsync(ct);
        var created = new List<HazardCreated>();
        foreach (var (item, result, dueDate) in toRectify)
        {
            var hazard = await OpenHazardAsync(inspection, venue, item, result, dueDate, actor, errors, ct);
            if (hazard is null)
            {
                db.ChangeTracker.Clear();
                return Outcome<InspectionRecorded>.Fail(errors);
            }

            created.Add(hazard);
        }

        await audit.WriteAsync(actor.UserName, AuditEvents.Created, nameof(Inspection), inspection.Number, detail: $"{venue.Name}; failed {inspection.Failed}, fixed on spot {inspection.FixedOnSpot}, hazards {created.Count}", cancellationToken: ct);
        await work.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return Outcome<InspectionRecorded>.Ok(new(inspection.Id, inspection.Number, inspection.NoticeNumber, inspection.Failed, inspection.FixedOnSpot, created));
    }

    private static List<(ChecklistItem Item, InspectionResult Result, DateOnly? DueDate)> CheckResults(IReadOnlyList<ItemResultInput>? items, Checklist checklist, string kindName, FieldErrors errors)
    {
        var byId = checklist.Items.ToDictionary(i => i.Id);
        var seen = new Dictionary<Guid, (ChecklistItem, InspectionResult, DateOnly?)>();
        var index = -1;
        foreach (var row in items ?? [])
        {
            index++;
            var field = $"items[{index}]";
            if (row.ItemId is not { } id || !byId.TryGetValue(id, out var item))
            {
                errors.Add(field + ".itemId", $"检查项 {row.ItemId} 不属于{kindName}的检查表（第{checklist.Version}版）");
                continue;
            }

            var label = $"第{item.Position}项“{item.Text}”";
            if (!seen.TryAdd(id, default))
            {
                errors.Add(field + ".itemId", $"{label}重复填写");
                continue;
            }

            ItemOutcome? outcome = row.Result?.Trim().ToLowerInvariant() switch
            {
                "pass" or "合格" => ItemOutcome.Pass,
                "fail" or "不合格" => ItemOutcome.Fail,
                "na" or "不涉及" => ItemOutcome.NotApplicable,
                _ => null,
            };
            if (outcome is null)
            {
                errors.Add(field + ".result", $"{label}的结果须为 pass（合格）、fail（不合格）或 na（不涉及）");
                continue;
            }

            if (row.FixedOnSpot && outcome != ItemOutcome.Fail)
            {
                errors.Add(field + ".fixedOnSpot", $"{label}合格或不涉及，无需当场改正");
            }
            else if (row.FixedOnSpot && !item.FixableOnSpot)
            {
                errors.Add(field + ".fixedOnSpot", $"{label}不能当场改正，须限期整改");
            }

            if (row.Location?.Trim().Length > 100)
            {
                errors.Add(field + ".location", $"{label}的隐患部位不超过100个字");
            }

            if (row.Note?.Trim().Length > 500)
            {
                errors.Add(field + ".note", $"{label}的说明不超过500个字");
            }

            if (row.DueDate is not null && (outcome != ItemOutcome.Fail || row.FixedOnSpot))
            {
                errors.Add(field + ".dueDate", $"{label}没有待整改的隐患，不需要整改期限");
            }

            seen[id] = (item, new InspectionResult
            {
                ItemId = id,
                Outcome = outcome.Value,
                FixedOnSpot = row.FixedOnSpot,
                Location = Blank(row.Location),
                Note = Blank(row.Note),
            }, row.DueDate);
        }

        var missing = checklist.Items.Where(i => !seen.ContainsKey(i.Id)).ToList();
        if (missing.Count > 0)
        {
            errors.Add("items", $"还有{missing.Count}项未检查：{string.Join("；", missing.Take(5).Select(i => $"第{i.Position}项“{i.Text}”"))}{(missing.Count > 5 ? "……" : "")}");
        }

        return [.. seen.Values.Where(v => v.Item1 is not null).OrderBy(v => v.Item1.Position)];
    }

    private static void CheckPhotos(IReadOnlyList<InspectionPhotoInput> photos, Checklist checklist, FieldErrors errors)
    {
        if (photos.Count > MaxPhotos)
        {
            errors.Add("photos", $"一次检查最多上传{MaxPhotos}张照片");
        }

        foreach (var photo in photos)
        {
            if (PhotoRules.Check(photo.Photo, out _) is { } problem)
            {
                errors.Add("photos", problem);
            }

            if (photo.ItemId is { } itemId && checklist.Items.All(i => i.Id != itemId))
            {
                errors.Add("photos", $"照片“{photo.Photo.FileName}”对应的检查项不属于该场所的检查表");
            }
        }
    }

    /// <summary>Opens the hazard's work item, serves it to the venue and records the notice's owner signature as acceptance.</summary>
    private async Task<HazardCreated?> OpenHazardAsync(Inspection inspection, Platform.Organisations.Organisation venue, ChecklistItem item, InspectionResult result, DateOnly? dueDate, Actor actor, FieldErrors errors, CancellationToken ct)
    {
        var hazardId = Guid.CreateVersion7();
        var title = $"{venue.Name}：{item.Text}（不符合）";
        var opened = await workItems.CreateAsync(
            new NewWorkItem
            {
                TypeCode = SafetyWorkItems.Hazard.Code,
                Category = item.Severity == HazardSeverity.Major ? "major" : "general",
                Title = title.Length > 100 ? title[..100] : title,
                Description = $"{(result.Location is null ? "" : $"隐患部位：{result.Location}。")}整改要求：{item.Requirement}。依据：{item.Provision}。{result.Note}",
                RegionCode = venue.RegionCode,
                Address = venue.Address,
                Longitude = venue.Longitude,
                Latitude = venue.Latitude,
                SubjectRef = HazardPaths.Of(hazardId),
                DueDate = dueDate,
                Open = true,
            },
            actor,
            ct);
        if (!opened.Succeeded)
        {
            foreach (var (field, messages) in opened.Errors.ToDictionary())
            {
                errors.Add(field == "dueDate" ? "items.dueDate" : field, $"{item.Text}：{string.Join("，", messages)}");
            }

            return null;
        }

        var workItem = opened.Item!;
        var served = await workItems.ApplyAsync(workItem.Id, WorkItemActions.DispatchTo, new TransitionInput { Version = workItem.Version, UnitId = venue.Id, Note = $"送达责令限期改正通知书 {inspection.NoticeNumber}" }, [], Actor.System(actor.UserName), ct);
        var signed = served.Succeeded
            ? await workItems.ApplyAsync(workItem.Id, WorkItemActions.Accept, new TransitionInput { Version = served.Item!.Version }, [], HazardPaths.Owner(venue.Name), ct)
            : served;
        if (!signed.Succeeded)
        {
            errors.Add("items", $"{item.Text}：{signed.Errors}");
            return null;
        }

        var due = DateOnly.FromDateTime(ShanghaiTime.ToLocal(signed.Item!.DueAt!.Value));
        var hazard = new Hazard
        {
            Id = hazardId,
            WorkItemId = workItem.Id,
            InspectionId = inspection.Id,
            CampaignId = inspection.CampaignId,
            VenueId = venue.Id,
            VenueName = venue.Name,
            RegionCode = venue.RegionCode,
            ItemId = item.Id,
            ItemText = item.Text,
            Provision = item.Provision,
            Requirement = item.Requirement,
            Location = result.Location,
            Severity = item.Severity,
            DueDate = due,
            ReinspectBy = ReinspectionRule.Due(calendar, due),
            FoundAt = inspection.InspectedAt,
        };
        db.Add(hazard);
        await db.SaveChangesAsync(ct);
        return new(workItem.Id, workItem.Number, hazard.Id, item.Id, item.Text, due, hazard.ReinspectBy);
    }

    private async Task<string> NextNumberAsync(string prefix, CancellationToken ct)
    {
        var taken = await db.Set<Inspection>().IgnoreQueryFilters().CountAsync(i => i.Number.StartsWith(prefix), ct);
        return $"{prefix}{taken + 1:0000}";
    }

    private async Task<string> NextNoticeNumberAsync(int year, CancellationToken ct)
    {
        var prefix = $"消限字〔{year}〕";
        var taken = await db.Set<Inspection>().IgnoreQueryFilters().CountAsync(i => i.NoticeNumber != null && i.NoticeNumber.StartsWith(prefix), ct);
        return $"{prefix}第{taken + 1:0000}号";
    }

    private static string Zh(DateOnly day) => $"{day.Year}年{day.Month}月{day.Day}日";

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
