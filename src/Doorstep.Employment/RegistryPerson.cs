using Doorstep.Kernel;
using Doorstep.Platform.Security;
using Doorstep.Platform.Data;
using Doorstep.Platform.People;
using Doorstep.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Employment;

/// <summary>A registry person named by id or by ID number, looked up within the caller's regions: seekers, trainees, brand workers, founders.</summary>
internal static class RegistryPerson
{
    /// <summary>The person, or null with the reason on personId or idNumber (whichever was given).</summary>
    public static async Task<Person?> FindAsync(DoorstepDb db, FieldProtector protector, Guid? personId, string? idNumber, FieldErrors errors, CancellationToken ct)
    {
        var people = db.People.AsNoTracking();
        Person? person;
        if (personId is { } id)
        {
            person = await people.FirstOrDefaultAsync(p => p.Id == id, ct);
        }
        else if (!string.IsNullOrWhiteSpace(idNumber))
        {
            if (!CitizenId.TryParse(idNumber.Trim(), out var citizen, out var error))
            {
                errors.Add("idNumber", error);
                return null;
            }

            var hash = protector.Hash(citizen.Value);
            person = await people.FirstOrDefaultAsync(p => p.IdNumberHash == hash, ct);
        }
        else
        {
            errors.Add("personId", "请选择居民（按姓名或身份证号码查找）");
            return null;
        }

        if (person is null)
        {
            errors.Add(Field(personId), "居民档案中没有这个人，或不在您的管辖范围内；请先登记居民信息");
        }

        return person;
    }

    /// <summary>The field a refusal about the person goes on: the one the caller filled in.</summary>
    public static string Field(Guid? personId) => personId is null ? "idNumber" : "personId";
}
