using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Doorstep.Platform.Imports;
using Doorstep.Platform.Organisations;
using Doorstep.Platform.Security;
using Doorstep.Platform.Validation;
using Doorstep.Safety.Venues;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Safety.Imports;

/// <summary>
/// 场所导入: venues from Excel or CSV, row by row through the organisation service and the venue
/// service, so each row passes the same rules as the forms (scope, credit code, size check) and is
/// audited. A venue of the same name in the same region is updated, not registered twice; its
/// blank cells keep what is on file.
/// </summary>
public sealed class VenueImporter(DoorstepDb db, RowImport rows, OrganisationService organisations, VenueService venues, AuditLog audit)
{
    public static readonly string[] Columns =
        ["场所名称", "场所类别", "统一社会信用代码", "地址", "区划代码", "经度", "纬度", "营业面积", "座位数", "床位数", "楼层数", "所在最高层", "住宿人数", "负责人", "负责人手机"];

    public static readonly string[] RequiredColumns = ["场所名称", "场所类别", "区划代码"];

    private static readonly Dictionary<string, string> Fields = new()
    {
        ["id"] = "场所名称", ["name"] = "场所名称", ["kind"] = "场所类别", ["creditCode"] = "统一社会信用代码", ["address"] = "地址",
        ["regionCode"] = "区划代码", ["longitude"] = "经度", ["latitude"] = "纬度", ["floorArea"] = "营业面积", ["seats"] = "座位数",
        ["beds"] = "床位数", ["floors"] = "楼层数", ["highestFloor"] = "所在最高层", ["peopleLiving"] = "住宿人数",
        ["responsible"] = "负责人", ["responsiblePhone"] = "负责人手机",
    };

    public async Task<ImportReport> ImportAsync(TabularFile file, bool allOrNothing, Actor actor, CancellationToken ct = default)
    {
        var kinds = await venues.KindsAsync(ct);
        var codes = kinds.Select(k => k.Code).ToList();
        var updated = 0;
        var report = await rows.RunAsync(file, RequiredColumns, allOrNothing, async (row, token) =>
        {
            var errors = new FieldErrors();
            var kind = KindOf(row["场所类别"], kinds, errors);
            var longitude = Number(row["经度"], "longitude", errors);
            var latitude = Number(row["纬度"], "latitude", errors);
            var cells = new VenueInput(
                Number(row["营业面积"], "floorArea", errors),
                Int(row["座位数"], "seats", errors),
                Int(row["床位数"], "beds", errors),
                Int(row["楼层数"], "floors", errors),
                Int(row["所在最高层"], "highestFloor", errors),
                Int(row["住宿人数"], "peopleLiving", errors),
                row["负责人"],
                row["负责人手机"]);
            if (!errors.IsEmpty)
            {
                return errors;
            }

            var name = row["场所名称"];
            var region = row["区划代码"];
            var existing = await db.Organisations.AsNoTracking()
                .FirstOrDefaultAsync(o => o.Name == name && o.RegionCode == region && codes.Contains(o.Kind), token);
            var place = await organisations.SaveAsync(existing?.Id, new OrganisationInput
            {
                Name = name,
                Kind = kind,
                CreditCode = row["统一社会信用代码"] ?? existing?.CreditCode,
                Address = row["地址"] ?? existing?.Address,
                RegionCode = region,
                Longitude = longitude is null && latitude is null ? existing?.Longitude : (double?)longitude,
                Latitude = longitude is null && latitude is null ? existing?.Latitude : (double?)latitude,
                ContactName = existing?.ContactName,
                ContactPhone = existing?.ContactPhone,
            }, actor, token);
            if (!place.Succeeded)
            {
                return place.Errors;
            }

            var onFile = existing is null ? null : await db.Set<Venue>().AsNoTracking().FirstOrDefaultAsync(v => v.OrganisationId == existing.Id, token);
            var profile = onFile is null ? cells : new VenueInput(
                cells.FloorArea ?? onFile.FloorArea,
                cells.Seats ?? onFile.Seats,
                cells.Beds ?? onFile.Beds,
                cells.Floors ?? onFile.Floors,
                cells.HighestFloor ?? onFile.HighestFloor,
                cells.PeopleLiving ?? onFile.PeopleLiving,
                cells.Responsible ?? onFile.Responsible,
                cells.ResponsiblePhone);
            var saved = await venues.SaveAsync(place.Value!.Id, profile, actor, token);
            if (saved.Succeeded && existing is not null)
            {
                updated++;
            }

            return saved.Errors;
        }, field => Fields.GetValueOrDefault(field, field), ct);

        // The row import counts every row written as imported; those that matched a venue on file were updates.
        report.Updated = report.Imported == 0 ? 0 : updated;
        report.Imported -= report.Updated;
        await audit.WriteAsync(actor.UserName, AuditEvents.Imported, nameof(Venue), null, allOrNothing && report.Rejected > 0 ? "failed" : "ok",
            $"total={report.Total} imported={report.Imported} updated={report.Updated} rejected={report.Rejected}", ct);
        return report;
    }

    /// <summary>The kind by its Chinese name (小商店) or its code (small-shop).</summary>
    private static string? KindOf(string? text, IReadOnlyList<VenueKind> kinds, FieldErrors errors)
    {
        if (text is null)
        {
            errors.Add("kind", "请填写场所类别");
            return null;
        }

        var kind = kinds.FirstOrDefault(k => k.Name == text || string.Equals(k.Code, text, StringComparison.OrdinalIgnoreCase));
        if (kind is null)
        {
            errors.Add("kind", $"场所类别“{text}”应为 {string.Join("、", kinds.Select(k => k.Name))} 之一");
        }

        return kind?.Code;
    }

    private static int? Int(string? text, string field, FieldErrors errors)
    {
        if (text is null)
        {
            return null;
        }

        if (CellText.TryInt(text, out var value))
        {
            return value;
        }

        errors.Add(field, $"“{text}”不是整数");
        return null;
    }

    private static decimal? Number(string? text, string field, FieldErrors errors)
    {
        if (text is null)
        {
            return null;
        }

        if (CellText.TryDecimal(text, out var value))
        {
            return value;
        }

        errors.Add(field, $"“{text}”不是数字");
        return null;
    }
}
