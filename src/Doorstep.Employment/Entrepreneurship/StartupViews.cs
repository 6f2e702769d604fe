using Doorstep.Employment.Seekers;
using Doorstep.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Employment.Entrepreneurship;

/// <summary>An application with the applicant's and partners' names and masked ID numbers, and the months in operation on the day it was submitted.</summary>
public sealed record StartupView(
    Guid Id, StartupKind Kind, Guid PersonId, string Name, string IdNumber, string RegionCode, string RegionName, string BusinessName, string? CreditCode,
    int Amount, int? TermMonths, int Members, IReadOnlyList<TargetGroup> TargetGroups, bool FirstTimeFounder, DateOnly? OperatingSince, int? MonthsInOperation,
    int JobsCreated, StartupStage Stage, DateOnly SubmittedOn, string? CheckedBy, DateTime? CheckedAt, string? DecidedBy, DateTime? DecidedAt,
    string? RejectionReason, int? IssuedAmount, DateOnly? IssuedOn, DateOnly? PaidOn, string? Note, string CreatedBy, DateTime CreatedAt,
    IReadOnlyList<StartupPartner> Partners, string? WithdrawnBy, DateTime? WithdrawnAt, string? WithdrawalReason);

/// <summary>Turns applications into views, reading the people they name once for the lot.</summary>
internal static class StartupViews
{
    public static async Task<List<StartupView>> LoadAsync(DoorstepDb db, IReadOnlyList<StartupApplication> applications, CancellationToken ct)
    {
        var personIds = applications.SelectMany(a => a.PartnerIds.Append(a.PersonId)).Distinct().ToList();
        var regionCodes = applications.Select(a => a.RegionCode).Distinct().ToList();
        var people = await db.People.IgnoreQueryFilters().AsNoTracking().Where(p => personIds.Contains(p.Id))
            .Select(p => new { p.Id, p.Name, p.IdNumberMasked }).ToDictionaryAsync(p => p.Id, ct);
        var regions = await db.Regions.IgnoreQueryFilters().AsNoTracking().Where(r => regionCodes.Contains(r.Code)).ToDictionaryAsync(r => r.Code, r => r.Name, ct);
        return applications.Select(a =>
        {
            var p = people[a.PersonId];
            var partners = a.PartnerIds.Select(id => new StartupPartner(id, people[id].Name, people[id].IdNumberMasked)).ToList();
            return new StartupView(
                a.Id, a.Kind, a.PersonId, p.Name, p.IdNumberMasked, a.RegionCode, regions.GetValueOrDefault(a.RegionCode) ?? a.RegionCode, a.BusinessName, a.CreditCode,
                a.Amount, a.TermMonths, a.Members, a.TargetGroups, a.FirstTimeFounder, a.OperatingSince,
                a.OperatingSince is { } since ? StartupEligibility.MonthsBetween(since, a.SubmittedOn) : null, a.JobsCreated, a.Stage, a.SubmittedOn,
                a.CheckedBy, a.CheckedAt, a.DecidedBy, a.DecidedAt, a.RejectionReason, a.IssuedAmount, a.IssuedOn, a.PaidOn, a.Note, a.CreatedBy, a.CreatedAt,
                partners, a.WithdrawnBy, a.WithdrawnAt, a.WithdrawalReason);
        }).ToList();
    }
}
