using Doorstep.Employment.Seekers;
using Doorstep.Kernel;
using Doorstep.Platform.Data;
using Doorstep.Platform.People;
using Doorstep.Platform.Security;
using Doorstep.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Employment.Entrepreneurship;

/// <summary>A partner (合伙人) of a partnership as the rules and the pages see them: name and masked ID number.</summary>
public sealed record StartupPartner(Guid PersonId, string Name, string IdNumber);

/// <summary>
/// The rules of a partnership's list of partners: the applicant counts once, implicitly, so the
/// members are the applicant and every partner listed; nobody may be listed twice.
/// </summary>
public static class StartupPartnerRules
{
    private static readonly char[] Separators = ['；', ';', ' ', '\u3000', ',', '，', '、', '\n', '\r', '\t'];

    /// <summary>The ID numbers in an import cell or a text area: separated by ；/;, commas, spaces or lines.</summary>
    public static IReadOnlyList<string> Split(string? text) =>
        (text ?? "").Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The applicant and every partner listed.</summary>
    public static int Members(IReadOnlyCollection<StartupPartner> partners) => partners.Count + 1;

    /// <summary>Why the list cannot stand: the applicant listed as a partner, the same person listed more than once.</summary>
    public static IReadOnlyList<string> Check(Guid? applicantId, IReadOnlyList<StartupPartner> partners)
    {
        var reasons = new List<string>();
        if (partners.FirstOrDefault(p => p.PersonId == applicantId) is { } applicant)
        {
            reasons.Add($"申请人{applicant.Name}（{applicant.IdNumber}）已计入合伙人数，不能再列为合伙人");
        }

        foreach (var twice in partners.Where(p => p.PersonId != applicantId).GroupBy(p => p.PersonId).Where(g => g.Count() > 1))
        {
            reasons.Add($"合伙人{twice.First().Name}（{twice.First().IdNumber}）填写了 {twice.Count()} 次，同一人只能列一次");
        }

        return reasons;
    }
}

/// <summary>The registry people of an application beyond its applicant: partners by ID number inside the caller's scope, and target groups read from the registry.</summary>
internal static class StartupPeople
{
    /// <summary>The partners by ID number, in the order listed (repeats kept, for the rules to refuse); null with the reasons when one is not a valid ID number or not in the caller's registry.</summary>
    public static async Task<List<StartupPartner>?> PartnersAsync(DoorstepDb db, FieldProtector protector, IReadOnlyList<string> idNumbers, FieldErrors errors, CancellationToken ct)
    {
        var citizens = new List<CitizenId>();
        for (var i = 0; i < idNumbers.Count; i++)
        {
            if (CitizenId.TryParse(idNumbers[i].Trim(), out var citizen, out var error))
            {
                citizens.Add(citizen);
            }
            else
            {
                errors.Add("partners", $"第 {i + 1} 个合伙人身份证号码有误：{error}");
            }
        }

        if (citizens.Count < idNumbers.Count)
        {
            return null;
        }

        var hashes = citizens.Select(c => protector.Hash(c.Value)).ToList();
        var distinct = hashes.Distinct().ToList();
        var found = await db.People.AsNoTracking().Where(p => distinct.Contains(p.IdNumberHash))
            .Select(p => new { p.IdNumberHash, Partner = new StartupPartner(p.Id, p.Name, p.IdNumberMasked) }).ToListAsync(ct);
        var byHash = found.ToDictionary(p => p.IdNumberHash, p => p.Partner);
        foreach (var missing in citizens.Where((c, i) => !byHash.ContainsKey(hashes[i])).DistinctBy(c => c.Value))
        {
            errors.Add("partners", $"合伙人 {missing.Masked} 不在居民档案中，或不在您的管辖范围内；请先登记居民信息");
        }

        return byHash.Count == distinct.Count ? [.. hashes.Select(h => byHash[h])] : null;
    }

    /// <summary>The groups ticked with those the registry proves (returnee, poverty-relieved, disabled).</summary>
    public static IReadOnlyList<TargetGroup> Groups(IEnumerable<TargetGroup> ticked, Person person)
    {
        var groups = new HashSet<TargetGroup>(ticked);
        if (person.Returnee)
        {
            groups.Add(TargetGroup.Returnee);
        }

        if (person.PovertyRelieved)
        {
            groups.Add(TargetGroup.PovertyRelieved);
        }

        if (person.DisabilityCategory is not null)
        {
            groups.Add(TargetGroup.Disabled);
        }

        return [.. groups.Order()];
    }
}
