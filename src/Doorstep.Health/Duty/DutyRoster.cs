using Doorstep.Health.Facilities;
using System.Globalization;
using Doorstep.Kernel;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Doorstep.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Health.Duty;

public sealed record DutyShiftInput(Guid? FacilityId, DateOnly? Date, string? Opens, string? Closes, string? Doctor, string? Nurse, string? EmergencyTeam, string? Phone);

/// <summary>A clinic open on a date, as the public sees it: nearest first.</summary>
public sealed record OpenClinic(Guid FacilityId, string Name, string? Address, string Opens, string Closes, string DoctorName, string? Phone, double? Longitude, double? Latitude, int? DistanceMetres);

/// <summary>A town with no clinic open and a doctor on duty on a day.</summary>
public sealed record CoverageGap(string TownCode, string TownName, DateOnly Date);

/// <summary>
/// Keeps the holiday duty roster: one shift per facility and day (saving again replaces it),
/// the gaps a town must not have, and the public list of clinics open on a date.
/// </summary>
public sealed class DutyRoster(DoorstepDb db, AuditLog audit, TimeProvider clock)
{
    /// <summary>Sets one facility's day; only the system (an import, the demo) may write more than a week back.</summary>
    public async Task<(DutyShift? Shift, FieldErrors Errors)> SaveAsync(DutyShiftInput input, Actor actor, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var facility = input.FacilityId is { } id ? await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct) : null;
        if (facility is null || !HealthFacilities.Kinds.Contains(facility.Kind))
        {
            errors.Add("facilityId", "请选择您管辖范围内的基层医疗机构");
        }

        if (input.Date is not { } date)
        {
            errors.Add("date", "请填写值班日期");
            date = default;
        }
        else if (!actor.IsSystem && date < ShanghaiTime.Today(clock).AddDays(-7))
        {
            errors.Add("date", "不能修改一周以前的排班");
        }

        var opens = Time(input.Opens, "opens", errors);
        var closes = Time(input.Closes, "closes", errors);
        if (opens is { } o && closes is { } c && c <= o)
        {
            errors.Add("closes", "结束时间应晚于开始时间");
        }

        var doctor = facility is null || string.IsNullOrWhiteSpace(input.Doctor)
            ? null
            : await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.UserName == input.Doctor.Trim() && u.UnitId == facility.Id, ct);
        if (string.IsNullOrWhiteSpace(input.Doctor))
        {
            errors.Add("doctor", "请填写值班医生");
        }
        else if (facility is not null && doctor is null)
        {
            errors.Add("doctor", $"“{input.Doctor.Trim()}”不是{facility.Name}的医务人员，请先在用户管理中把该医生的所属单位设为本机构");
        }

        if (input.Nurse?.Length > 50 || input.EmergencyTeam?.Length > 100 || input.Phone?.Length > 20)
        {
            errors.Add("nurse", "护士不超过50字，应急小组不超过100字，电话不超过20字");
        }

        if (!errors.IsEmpty)
        {
            return (null, errors);
        }

        var shift = await db.Set<DutyShift>().FirstOrDefaultAsync(s => s.FacilityId == facility!.Id && s.Date == date, ct);
        if (shift is null)
        {
            shift = new DutyShift { Id = Guid.CreateVersion7(), FacilityId = facility!.Id, FacilityName = "", RegionCode = "", Doctor = "", DoctorName = "", UpdatedBy = "" };
            db.Add(shift);
        }

        shift.FacilityName = facility!.Name;
        shift.RegionCode = facility.RegionCode;
        shift.Date = date;
        shift.Opens = opens!.Value;
        shift.Closes = closes!.Value;
        shift.Doctor = doctor!.UserName!;
        shift.DoctorName = doctor.DisplayName ?? doctor.UserName!;
        shift.Nurse = Blank(input.Nurse);
        shift.EmergencyTeam = Blank(input.EmergencyTeam);
        shift.Phone = Blank(input.Phone) ?? facility.ContactPhone;
        shift.UpdatedBy = actor.UserName;
        shift.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Updated, nameof(DutyShift), shift.Id.ToString(), detail: $"{facility.Name} {date:yyyy-MM-dd}", cancellationToken: ct);
        return (shift, errors);
    }

    public Task<List<DutyShift>> ListAsync(DateOnly from, DateOnly to, CancellationToken ct = default) =>
        db.Set<DutyShift>().AsNoTracking().Where(s => s.Date >= from && s.Date <= to).OrderBy(s => s.Date).ThenBy(s => s.RegionCode).ToListAsync(ct);

    /// <summary>Every town in the viewer's regions and every day of the period without an open clinic (all shifts name a doctor).</summary>
    public async Task<List<CoverageGap>> GapsAsync(DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var towns = await db.Regions.AsNoTracking().Where(r => r.Level == RegionLevel.Town).OrderBy(r => r.Code).ToListAsync(ct);
        var covered = (await db.Set<DutyShift>().AsNoTracking().Where(s => s.Date >= from && s.Date <= to).Select(s => new { s.RegionCode, s.Date }).ToListAsync(ct))
            .Select(s => (Town: s.RegionCode[..Math.Min(9, s.RegionCode.Length)], s.Date))
            .ToHashSet();
        var gaps = new List<CoverageGap>();
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            gaps.AddRange(towns.Where(t => !covered.Contains((t.Code[..9], day))).Select(t => new CoverageGap(t.Code, t.Name, day)));
        }

        return gaps;
    }

    /// <summary>
    /// Clinics open on the date, nearest to the point first (or by name without one). Public: the
    /// roster is published information, so this reads past the region filter.
    /// </summary>
    public async Task<List<OpenClinic>> OpenOnAsync(DateOnly date, GeoPoint? near, CancellationToken ct = default)
    {
        var shifts = await db.Set<DutyShift>().IgnoreQueryFilters().AsNoTracking().Where(s => s.Date == date).ToListAsync(ct);
        var ids = shifts.Select(s => s.FacilityId).ToList();
        var places = await db.Organisations.IgnoreQueryFilters().AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
        var clinics = shifts.Select(s =>
        {
            var place = places.GetValueOrDefault(s.FacilityId);
            int? distance = near is { } from && place?.Longitude is { } lon && place.Latitude is { } lat ? (int)Math.Round(from.DistanceTo(new GeoPoint(lon, lat))) : null;
            return new OpenClinic(s.FacilityId, s.FacilityName, place?.Address, Hhmm(s.Opens), Hhmm(s.Closes), s.DoctorName, s.Phone, place?.Longitude, place?.Latitude, distance);
        });
        return near is null
            ? clinics.OrderBy(c => c.Name, StringComparer.Ordinal).ToList()
            : clinics.OrderBy(c => c.DistanceMetres ?? int.MaxValue).ToList();
    }

    private static TimeOnly? Time(string? text, string field, FieldErrors errors)
    {
        if (TimeOnly.TryParseExact(text?.Trim(), ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }

        errors.Add(field, $"时间“{text}”应写作 08:00 这样的格式");
        return null;
    }

    private static string Hhmm(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
