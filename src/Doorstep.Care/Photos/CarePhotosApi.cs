using Doorstep.Platform.Security;
using Doorstep.Platform.WorkItems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Doorstep.Care.Photos;

/// <summary>/api/v1/care/photos: the photos of any care record.</summary>
internal static class CarePhotosApi
{
    public static void MapCarePhotosApi(this IEndpointRouteBuilder care)
    {
        care.MapGet("/photos/{id:guid}", async (Guid id, CarePhotoService photos, CancellationToken ct) =>
                await photos.GetAsync(id, ct) is { } photo ? Results.File(photo.Content, photo.ContentType) : Results.NotFound())
            .RequireAuthorization(CarePermissions.Read)
            .WithSummary("A photo's bytes with the content type read from them (image/jpeg, image/png or image/webp); 404 outside the caller's regions.");

        care.MapGet("/photos", async (string owner, Guid id, CarePhotoService photos, CancellationToken ct) => Results.Ok(await photos.ListAsync(owner, id, ct)))
            .RequireAuthorization(CarePermissions.Read)
            .WithSummary("The photos of one record (owner=event|visit…, id), oldest first: id, file name, type, size, url.");

        care.MapDelete("/photos/{id:guid}", async (Guid id, CarePhotoService photos, HttpContext http, CancellationToken ct) =>
                await photos.DeleteAsync(id, Actor.From(http.User), ct) ? Results.NoContent() : Results.NotFound())
            .RequireAuthorization(CarePermissions.Write)
            .WithSummary("Delete a photo uploaded by mistake; 404 outside the caller's regions. The audit log keeps who deleted it.");

        care.MapPost("/photos/{owner}/{id:guid}", async (string owner, Guid id, IFormFileCollection files, CarePhotoService photos, HttpContext http, CancellationToken ct) =>
            {
                var outcome = await photos.AddAsync(owner, id, await WorkItemsApi.ReadPhotosAsync(files, ct), Actor.From(http.User), ct);
                return outcome.Refusal switch
                {
                    PhotoRefusal.None => Results.Ok(outcome.Photos),
                    PhotoRefusal.NotFound => Results.Problem(outcome.Errors.For("owner"), statusCode: StatusCodes.Status404NotFound, title: "无此记录"),
                    _ => Results.ValidationProblem(outcome.Errors.ToDictionary(), title: "照片有误"),
                };
            })
            .RequireAuthorization(CarePermissions.Write)
            .DisableAntiforgery()
            .WithSummary("Upload photos (multipart, any field name) to a record: owner is its kind (event, visit …), id its id. Only real JPEG, PNG or WebP images (checked by their bytes), at most 5 MB each and 9 at once, "
                + "and Care:Photos:MaxPerOwner (30) per record; one bad file refuses the whole batch and nothing is stored.");
    }
}
