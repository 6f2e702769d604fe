using Doorstep.Kernel;
using Doorstep.Platform.Data;
using Doorstep.Platform.People;
using Doorstep.Platform.Regions;
using Doorstep.Platform.Security;
using Doorstep.Platform.Validation;
using Doorstep.Platform.WorkItems.Types;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Platform.WorkItems.Lifecycle;

/// <summary>
/// A new item (上报): what the reporter's input must hold, the item it becomes, and the number
/// it is filed under.
/// </summary>
public sealed class WorkItemIntake(DoorstepDb db, WorkItemTypeCatalog types, FieldProtector protector)
{
    /// <summary>The reported item, not yet added to the unit of work; or every reason the input is refused.</summary>
    internal async Task<(WorkItem? Item, FieldErrors Errors)> DraftAsync(NewWorkItem input, Actor actor, DateTime now, DateOnly today, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var type = types.Find(input.TypeCode);
        if (string.IsNullOrWhiteSpace(input.TypeCode))
        {
            errors.Add("typeCode", "请选择工单类型");
        }
        else if (type is null)
        {
            errors.Add("typeCode", $"工单类型“{input.TypeCode}”不存在，可选：{string.Join("、", types.All.Select(t => $"{t.Code}（{t.Name.Zh}）"))}");
        }

        var category = type?.Category(input.Category);
        if (type is not null && category is null)
        {
            errors.Add("category", $"类别“{input.Category}”不属于{type.Name.Zh}，可选：{string.Join("、", type.Categories.Select(c => $"{c.Code}（{c.Name.Zh}）"))}");
        }

        var title = input.Title?.Trim();
        if (string.IsNullOrEmpty(title) || title.Length > 100)
        {
            errors.Add("title", "标题不能为空，且不超过100个字");
        }

        if (input.Description?.Length > 2000)
        {
            errors.Add("description", "描述不超过2000个字");
        }

        if (input.Address?.Length > 200)
        {
            errors.Add("address", "地址不超过200个字");
        }

        var region = await ScopedRegion.CheckAsync(db, input.RegionCode, "regionCode", errors, ct);

        if (PersonRules.CheckCoordinates(input.Longitude, input.Latitude, out _) is { } geoError)
        {
            errors.Add(geoError.Field, geoError.Message);
        }

        Phone? phone = null;
        if (!string.IsNullOrWhiteSpace(input.ContactPhone) && !Phone.TryParse(input.ContactPhone, out phone, out var phoneError))
        {
            errors.Add("contactPhone", phoneError);
        }

        if (input.ContactName?.Trim().Length > 50)
        {
            errors.Add("contactName", "联系人姓名不超过50个字");
        }

        if (input.SubjectRef?.Length > 100)
        {
            errors.Add("subjectRef", "关联对象不超过100个字符");
        }

        if (input.DueDate is { } dueDate)
        {
            if (type is { DeadlineSetByReporter: false })
            {
                errors.Add("dueDate", $"{type.Name.Zh}的期限按办理时限自动计算，不能指定");
            }
            else if (dueDate < today)
            {
                errors.Add("dueDate", "整改期限不能早于今天");
            }
        }

        if (input.Open && !actor.Can(WorkItemPermissions.Dispatch) && type is not { ReporterOpens: true })
        {
            errors.Add("open", "您没有受理立案的权限，工单将以“待受理”状态上报");
        }

        if (!errors.IsEmpty)
        {
            return (null, errors);
        }

        return (new WorkItem
        {
            Id = Guid.CreateVersion7(),
            Number = "",
            TypeCode = type!.Code,
            Category = category!.Code,
            Title = title!,
            Description = InputText.OrNull(input.Description),
            RegionCode = region!.Value,
            Address = InputText.OrNull(input.Address),
            Longitude = input.Longitude,
            Latitude = input.Latitude,
            SubjectRef = InputText.OrNull(input.SubjectRef),
            ContactName = InputText.OrNull(input.ContactName),
            ContactPhoneCipher = phone is null ? null : protector.Protect(phone.Value),
            ContactPhoneMasked = phone?.Masked,
            Status = WorkItemStatus.Reported,
            ReportedAt = now,
            ReportedBy = actor.UserName,
            UpdatedAt = now,
        }, errors);
    }

    /// <summary>Numbers are per day; two reporters at the same moment may pick the same one, so the loser tries the next.</summary>
    internal async Task SaveNumberedAsync(WorkItem item, DateOnly today, CancellationToken ct)
    {
        var prefix = $"GD{today:yyyyMMdd}";
        for (var attempt = 0; ; attempt++)
        {
            var taken = await db.Set<WorkItem>().IgnoreQueryFilters().CountAsync(w => w.Number.StartsWith(prefix), ct);
            item.Number = $"{prefix}{taken + 1 + attempt:0000}";
            try
            {
                await db.SaveChangesAsync(ct);
                return;
            }
            catch (DbUpdateException) when (attempt < 5)
            {
                // Only the number can clash on a fresh insert; everything else was validated.
            }
        }
    }
}
