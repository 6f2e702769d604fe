using System.Linq.Expressions;
using Doorstep.Kernel;
using Doorstep.Platform.Data;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Doorstep.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Platform.People;

/// <summary>
/// Finds a registry person by id or by ID number for any module, within the caller's regions:
/// the region filter stays on, so someone outside them is simply not found. People are read
/// untracked; a caller that changes a person goes through <see cref="PersonService"/>.
/// </summary>
public sealed class RegistryLookup(DoorstepDb db, FieldProtector protector, TimeProvider clock)
{
    /// <summary>The person chosen by id, or else the one with the ID number; null with the reason, in the words of <paramref name="ask"/>.</summary>
    public async Task<Person?> FindAsync(Guid? personId, string? idNumber, RegistryAsk ask, FieldErrors errors, CancellationToken ct = default)
    {
        if (personId is { } id)
        {
            var chosen = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
            if (chosen is null)
            {
                errors.Add(ask.PersonField, ask.NotFoundById ?? ask.NotFound);
            }

            return chosen;
        }

        if (string.IsNullOrWhiteSpace(idNumber))
        {
            if (ask.Missing is { } missing)
            {
                errors.Add(ask.MissingField, missing);
            }

            return null;
        }

        if (!CitizenId.TryParse(idNumber, ShanghaiTime.Today(clock), out var citizen, out var why))
        {
            errors.Add(ask.IdNumberField, why);
            return null;
        }

        var person = await ByIdNumberAsync(citizen, p => p, ct);
        if (person is null)
        {
            errors.Add(ask.IdNumberField, ask.NotFound);
        }

        return person;
    }

    /// <summary>What <paramref name="select"/> reads of the person with this ID number, or default when nobody in the caller's regions has it.</summary>
    public async Task<T?> ByIdNumberAsync<T>(CitizenId idNumber, Expression<Func<Person, T>> select, CancellationToken ct = default)
    {
        var hash = protector.Hash(idNumber.Value);
        return await db.People.AsNoTracking().Where(p => p.IdNumberHash == hash).Select(select).FirstOrDefaultAsync(ct);
    }

    /// <summary>
    /// Refuses on "name" a name that is not the registry's for this ID number, calling the number
    /// as the file's column does (身份证号码, 身份证号). Says nothing when either is missing, the
    /// number is invalid or nobody in the caller's regions has it: other rules report those.
    /// </summary>
    public async Task CheckNameAsync(string? idNumber, string? name, string idNumberColumn, FieldErrors errors, CancellationToken ct = default)
    {
        if (name is null || !CitizenId.TryParse(idNumber, ShanghaiTime.Today(clock), out var citizen, out _))
        {
            return;
        }

        var registered = await ByIdNumberAsync(citizen, p => p.Name, ct);
        if (registered is not null && registered != name)
        {
            errors.Add("name", $"姓名“{name}”与居民档案中该{idNumberColumn}的姓名不符，请核对{idNumberColumn}");
        }
    }
}
