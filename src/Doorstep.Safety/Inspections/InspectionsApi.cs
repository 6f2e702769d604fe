using System.Globalization;
using Doorstep.Platform.Imports;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Doorstep.Platform.WorkItems.Lifecycle;
using Doorstep.Safety.Campaigns;
using Doorstep.Safety.Venues;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Doorstep.Safety.Inspections;

/// <summary>A photo in a JSON request: the file name and the bytes in base64, of one item when itemId is set.</summary>
public sealed record PhotoBody(string? FileName, string? ContentBase64, Guid? ItemId)
{
    /// <summary>The photos' bytes, or the name of the first whose content is not base64.</summary>
    public static List<(Guid? ItemId, PhotoUpload Photo)>? Decode(IReadOnlyList<PhotoBody>? photos, out string? bad)
    {
        bad = null;
        var decoded = new List<(Guid?, PhotoUpload)>();
        foreach (var photo in photos ?? [])
        {
            var content = new byte[((photo.ContentBase64?.Length ?? 0) * 3 / 4) + 3];
            if (!Convert.TryFromBase64String(photo.ContentBase64 ?? "", content, out var length))
            {
                bad = photo.FileName ?? "photo";
                return null;
            }

            decoded.Add((photo.ItemId, new PhotoUpload(photo.FileName ?? "photo", "", content[..length])));
        }

        return decoded;
    }

    public static IResult Refused(string? name, string title) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { ["photos"] = [$"照片“{name}”的内容不是有效的 base64"] }, title: title);
}

/// <summary>The inspection as the API takes it: the record and its photos in one request.</summary>
public sealed record InspectionBody : InspectionInput
{
    public IReadOnlyList<PhotoBody>? Photos { get; init; }
}

/// <summary>/api/v1/safety/inspections.</summary>
public static class InspectionsApi
{
    public static readonly string[] ExportColumns = ["检查编号", "专项检查", "场所", "区划代码", "检查时间", "检查人员", "不合格项", "当场改正", "整改通知书文号"];

    public static void MapInspectionsApi(this RouteGroupBuilder safety)
    {
        safety.MapPost("/inspections", async (InspectionBody body, InspectionService inspections, HttpContext http, CancellationToken ct) =>
            {
                if (PhotoBody.Decode(body.Photos, out var bad) is not { } photos)
                {
                    return PhotoBody.Refused(bad, "检查记录有误");
                }

                var outcome = await inspections.RecordAsync(body, [.. photos.Select(p => new InspectionPhotoInput(p.ItemId, p.Photo))], Actor.From(http.User), ct);
                return outcome.Succeeded
                    ? Results.Created($"/api/v1/safety/inspections/{outcome.Value!.Id}", outcome.Value)
                    : Results.ValidationProblem(outcome.Errors.ToDictionary(), title: "检查记录有误，未保存");
            })
            .RequireAuthorization(SafetyPermissions.Write)
            .WithSummary("Record an inspection: venueId, campaignId (optional), inspectedAt, inspectors (at least two user names, the caller among them), longitude/latitude, note, items [{itemId, result pass|fail|na, fixedOnSpot, location, note, dueDate}] covering the venue's whole checklist, photos [{fileName, contentBase64, itemId}]. Failing items not fixed on the spot come back as hazards: work-item id and number, due date and re-inspection date. Any error writes nothing.");

        safety.MapGet("/inspections", async (Guid? campaign, Guid? venue, string? region, string? q, bool? failed, int? page, int? pageSize, InspectionQueries queries, CancellationToken ct) =>
                Results.Ok(await queries.SearchAsync(new InspectionQuery(campaign, venue, region, q, failed == true, page ?? 1, pageSize ?? 20), ct)))
            .RequireAuthorization(SafetyPermissions.Read)
            .WithSummary("Inspections in the caller's regions, newest first.");

        safety.MapGet("/inspections/export", async (Guid? campaign, Guid? venue, string? region, string? q, bool? failed, string? format, InspectionQueries queries, CampaignService campaigns, HttpContext http, TimeProvider clock, CancellationToken ct) =>
            {
                var query = new InspectionQuery(campaign, venue, region, q, failed == true);
                var names = (await campaigns.ListAsync(ct)).ToDictionary(c => c.Id, c => c.Name);
                await TableExport.SendAsync(http, TableExport.FormatOf(format ?? "xlsx"), "消防检查记录", ShanghaiTime.Today(clock), stream =>
                    TableExport.WriteAsync(stream, TableExport.FormatOf(format ?? "xlsx"), ExportColumns, Rows(queries.ExportAsync(query, Actor.From(http.User), ct), names), ct));
                return Results.Empty;
            })
            .RequireAuthorization(SafetyPermissions.Read)
            .WithSummary("The inspections matching the filters as Excel (format=xlsx, the default) or CSV; audited.");

        safety.MapGet("/inspections/{id:guid}", async (Guid id, InspectionQueries queries, CancellationToken ct) =>
                await queries.GetAsync(id, ct) is { } found ? Results.Ok(found) : Results.NotFound())
            .RequireAuthorization(SafetyPermissions.Read)
            .WithSummary("One inspection with every item's result against the checklist version it used, its hazards and photos.");

        safety.MapGet("/inspections/photos/{id:guid}", async (Guid id, InspectionQueries queries, CancellationToken ct) =>
                await queries.PhotoAsync(id, ct) is { } photo ? Results.File(photo.Content, photo.ContentType) : Results.NotFound())
            .RequireAuthorization(SafetyPermissions.Read)
            .WithSummary("A photo taken during an inspection.");

        safety.MapGet("/venues/nearest", async (double? longitude, double? latitude, Guid? campaign, string? q, int? take, InspectionQueries queries, CancellationToken ct) =>
                Results.Ok(await queries.NearestAsync(longitude, latitude, campaign, q, take ?? 30, ct)))
            .RequireAuthorization(SafetyPermissions.Read)
            .WithSummary("Venues to inspect, those not yet inspected in the campaign first, then nearest first from longitude/latitude (WGS-84), with the distance in metres.");
    }

    private static async IAsyncEnumerable<string?[]> Rows(IAsyncEnumerable<InspectionRow> rows, Dictionary<Guid, string> campaigns)
    {
        await foreach (var r in rows)
        {
            yield return [
                r.Number, r.CampaignId is { } c ? campaigns.GetValueOrDefault(c) : null, r.VenueName, r.RegionCode,
                ShanghaiTime.ToLocal(r.InspectedAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), r.InspectorNames,
                r.Failed.ToString(CultureInfo.InvariantCulture), r.FixedOnSpot.ToString(CultureInfo.InvariantCulture), r.NoticeNumber,
            ];
        }
    }
}
