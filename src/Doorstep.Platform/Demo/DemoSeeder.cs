using System.Text;
using System.Text.Json;
using Doorstep.Kernel;
using Doorstep.Platform.Data;
using Doorstep.Platform.Modules;
using Doorstep.Platform.Organisations;
using Doorstep.Platform.People;
using Doorstep.Platform.Regions;
using Doorstep.Platform.Security;
using Doorstep.Platform.Users;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Platform.Demo;

/// <summary>
/// Builds the demo district: regions and grids, a few thousand residents with valid fake ID
/// numbers, organisations, one account per role, and each module's own demo data.
/// </summary>
public sealed class DemoSeeder(DoorstepDb db, FieldProtector protector, UserService users, IEnumerable<IDoorstepModule> modules, DoorstepSettings settings, TimeProvider clock, IServiceProvider services)
{
    public const int DefaultResidents = 3000;

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The demo accounts: user name, role, region, display name.</summary>
    public static readonly IReadOnlyList<(string User, string Role, string Region, string Name)> Accounts =
    [
        ("sysadmin", Roles.SystemAdmin, DemoDistrict.Zhuzhou, "系统管理员"),
        ("secadmin", Roles.SecurityAdmin, DemoDistrict.Zhuzhou, "安全管理员"),
        ("auditor", Roles.AuditAdmin, DemoDistrict.Zhuzhou, "审计管理员"),
        ("officer", Roles.DistrictOfficer, DemoDistrict.Tianyuan, "天元区卫健局 周科长"),
        ("lusong", Roles.DistrictOfficer, DemoDistrict.Lusong, "芦淞区民政局 李科长"),
        ("doctor", Roles.FamilyDoctor, DemoDistrict.Songshan, "陈容医生"),
        ("villagedoctor", Roles.FamilyDoctor, DemoDistrict.Xiashi, "胡亮村医"),
        ("jobs", Roles.EmploymentSpecialist, DemoDistrict.Tianyuan, "就业服务专员 何春林"),
        ("grid", Roles.GridMember, DemoDistrict.Xiashi, "霞石村网格员 杨浩博"),
        ("fire", Roles.FireInspector, DemoDistrict.Leidashi, "消防监督员 周奕江"),
        ("gridchief", Roles.GridMember, DemoDistrict.Leidashi, "雷打石镇网格长 易志刚"),
        ("deputy", Roles.Deputy, DemoDistrict.Baiguan, "白关镇人大代表 杨凌波"),
    ];

    /// <summary>The units demo accounts work for, by organisation name: work items sent to the unit reach them.</summary>
    public static readonly IReadOnlyDictionary<string, string> Units = new Dictionary<string, string>
    {
        ["grid"] = DemoDistrict.XiashiCommittee,
        ["fire"] = DemoDistrict.FireBrigade,
        ["gridchief"] = DemoDistrict.LeidashiGovernment,
    };

    public string AccountsFile => Path.Combine(settings.DataFolder, "demo-accounts.json");

    public async Task<bool> IsSeededAsync(CancellationToken ct = default) =>
        await db.Regions.IgnoreQueryFilters().AnyAsync(r => r.Code == DemoDistrict.Tianyuan, ct);

    /// <summary>Seeds everything once; returns the accounts and passwords, or null when the district was already there.</summary>
    public async Task<IReadOnlyList<DemoAccount>?> SeedAsync(int residents = DefaultResidents, CancellationToken ct = default)
    {
        if (await IsSeededAsync(ct))
        {
            return null;
        }

        var random = new Random(20240203);
        var now = clock.GetUtcNow().UtcDateTime;
        var regions = SeedRegions();
        await db.SaveChangesAsync(ct);

        SeedPeople(regions, random, residents, now);
        SeedOrganisations(regions, random, now);
        await db.SaveChangesAsync(ct);

        // Accounts come before the modules' data: demo work items are dispatched to them.
        var accounts = await SeedAccountsAsync(ct);
        var context = new DemoSeedContext(db, regions, random, now, services);
        foreach (var module in modules)
        {
            await module.SeedDemoAsync(context, ct);
        }

        await db.SaveChangesAsync(ct);
        Directory.CreateDirectory(settings.DataFolder);
        await File.WriteAllTextAsync(AccountsFile, JsonSerializer.Serialize(accounts, Json), new UTF8Encoding(false), ct);
        return accounts;
    }

    /// <summary>The demo accounts written at seeding time, for the sign-in page in demo mode.</summary>
    public IReadOnlyList<DemoAccount> ReadAccounts() =>
        File.Exists(AccountsFile) ? JsonSerializer.Deserialize<List<DemoAccount>>(File.ReadAllText(AccountsFile), Json) ?? [] : [];

    private List<Region> SeedRegions()
    {
        var regions = new List<Region>();
        foreach (var (code, name, lon, lat) in DemoDistrict.Regions)
        {
            var parsed = RegionCode.Parse(code);
            regions.Add(new Region { Code = code, Name = name, ParentCode = parsed.Parent?.Value, Level = parsed.Level, Longitude = lon, Latitude = lat });
        }

        foreach (var village in regions.Where(r => r.Level == RegionLevel.Village).ToList())
        {
            for (var i = 0; i < DemoDistrict.GridNames.Length; i++)
            {
                regions.Add(new Region
                {
                    Code = $"{village.Code}{i + 1:000}",
                    Name = village.Name + DemoDistrict.GridNames[i],
                    ParentCode = village.Code,
                    Level = RegionLevel.Grid,
                    Longitude = village.Longitude + (i - 1) * 0.003,
                    Latitude = village.Latitude + ((i % 2) * 0.002),
                });
            }
        }

        db.Regions.AddRange(regions);
        return regions;
    }

    private void SeedPeople(List<Region> regions, Random random, int count, DateTime now)
    {
        var grids = regions.Where(r => r.Level == RegionLevel.Grid).ToList();
        var byCode = regions.ToDictionary(r => r.Code);
        var used = new HashSet<string>();
        var today = DateOnly.FromDateTime(now);
        var households = 0;
        for (var n = 0; n < count;)
        {
            // A family shares a grid, an address and a household number: 户主 first, then the others.
            var grid = grids[random.Next(grids.Count)];
            var village = byCode[grid.ParentCode!];
            var town = byCode[village.ParentCode!];
            var county = byCode[town.ParentCode!];
            var home = village.Name.EndsWith('村')
                ? $"{village.Name}{random.Next(1, 12)}组{random.Next(1, 60)}号"
                : $"{DemoDistrict.Estates[random.Next(DemoDistrict.Estates.Length)]}{random.Next(1, 20)}栋{random.Next(1, 4)}单元{random.Next(1, 18)}0{random.Next(1, 5)}";
            var address = $"湖南省株洲市{county.Name}{town.Name}{home}";
            var household = new Household { Id = Guid.CreateVersion7(), Number = $"{grid.Code}{++households:0000}", Address = address, RegionCode = grid.Code };
            db.Households.Add(household);
            var headBirth = today.AddDays(-random.Next(365 * 25, 365 * 90));
            var headMale = random.Next(3) > 0;
            var size = Math.Min(count - n, random.Next(1, 5));
            for (var member = 0; member < size; member++, n++)
            {
                var (relation, male, birth) = member switch
                {
                    0 => ("户主", headMale, headBirth),
                    1 => ("配偶", !headMale, headBirth.AddDays(random.Next(-365 * 5, 365 * 5))),
                    _ => ("子女", random.Next(2) == 0, headBirth.AddYears(random.Next(22, 36)).AddDays(random.Next(0, 365))),
                };
                if (birth > today.AddDays(-30))
                {
                    birth = today.AddDays(-random.Next(30, 365 * 3));
                }

                var person = NewPerson(random, used, male, birth, today, grid, regions, now);
                person.Address = address;
                person.HouseholdId = household.Id;
                person.HouseholdRelation = relation;
                if (member == 0)
                {
                    household.HeadPersonId = person.Id;
                }

                db.People.Add(person);
            }
        }
    }

    private Person NewPerson(Random random, HashSet<string> used, bool male, DateOnly birth, DateOnly today, Region grid, List<Region> regions, DateTime now)
    {
        string id;
        do
        {
            var sequence = random.Next(0, 499) * 2 + (male ? 1 : 2);
            id = CitizenId.Create(DemoDistrict.BirthPlaces[random.Next(DemoDistrict.BirthPlaces.Length)], birth, sequence);
        }
        while (!used.Add(id));

        var citizen = CitizenId.Parse(id, today);
        var phone = random.Next(10) < 8 ? Kernel.Phone.Parse($"1{"3578"[random.Next(4)]}{random.Next(100_000_000, 999_999_999)}") : null;
        var (lon, lat) = new DemoSeedContext(db, regions, random, now, services).Near(grid, 400);
        var disabled = random.Next(100) < 5;
        return new Person
        {
            Id = Guid.CreateVersion7(),
            Name = NameFor(random, citizen.Sex == Sex.Male),
            IdNumberCipher = protector.Protect(citizen.Value),
            IdNumberHash = protector.Hash(citizen.Value),
            IdNumberMasked = citizen.Masked,
            BirthDate = citizen.BirthDate,
            Sex = citizen.Sex,
            PhoneCipher = phone is null ? null : protector.Protect(phone.Value),
            PhoneHash = phone is null ? null : protector.Hash(phone.Value),
            PhoneMasked = phone?.Masked,
            RegionCode = grid.Code,
            Longitude = lon,
            Latitude = lat,
            DisabilityCategory = disabled ? (DisabilityCategory)random.Next(1, 8) : null,
            DisabilityGrade = disabled ? random.Next(1, 5) : null,
            Hardship = random.Next(100) switch { < 3 => HardshipStatus.SubsistenceAllowance, < 4 => HardshipStatus.ExtremePoverty, < 6 => HardshipStatus.ElderlyAlone, _ => HardshipStatus.None },
            Returnee = random.Next(100) < 6,
            PovertyRelieved = random.Next(100) < 3,
            CreatedAt = now,
            UpdatedAt = now,
        };
    }

    private static string NameFor(Random random, bool male)
    {
        var given = male ? DemoDistrict.GivenMale : DemoDistrict.GivenFemale;
        var surname = DemoDistrict.Surnames[random.Next(DemoDistrict.Surnames.Length)];
        var first = given[random.Next(given.Length)];
        return random.Next(10) < 7 ? $"{surname}{first}{given[random.Next(given.Length)]}" : $"{surname}{first}";
    }

    private void SeedOrganisations(List<Region> regions, Random random, DateTime now)
    {
        (string Name, string Kind, string Region, string Address)[] enterprises =
        [
            ("株洲天元精工机械有限公司", "enterprise", "430211002001", "天元区泰山路88号"),
            ("湖南栗雨电子科技有限公司", "enterprise", "430211002002", "天元区栗雨工业园12栋"),
            ("株洲市白关丝瓜农业专业合作社", "enterprise", DemoDistrict.BaiguanVillage, "芦淞区白关镇白关村3组"),
            ("株洲市天元区嵩山街道党群服务中心", "community-centre", DemoDistrict.Kanghua, "天元区嵩山街道康华路6号"),
            (DemoDistrict.XiashiCommittee, "village-committee", DemoDistrict.Xiashi, "天元区雷打石镇霞石村村部"),
            (DemoDistrict.FireBrigade, "government", DemoDistrict.Tianyuan, "天元区珠江北路18号"),
            (DemoDistrict.LeidashiGovernment, "government", DemoDistrict.Leidashi, "天元区雷打石镇集镇街1号"),
        ];
        var serial = 0;
        foreach (var (name, kind, regionCode, address) in enterprises)
        {
            var region = regions.First(r => r.Code == regionCode);
            var (lon, lat) = new DemoSeedContext(db, regions, random, now, services).Near(region, 300);
            db.Organisations.Add(new Organisation
            {
                Id = Guid.CreateVersion7(),
                Name = name,
                Kind = kind,
                CreditCode = kind == "enterprise" ? CreditCode.Complete("91", regionCode[..6], $"MA{random.Next(100000, 999999)}") : null,
                Address = "湖南省株洲市" + address,
                RegionCode = regionCode,
                Longitude = lon,
                Latitude = lat,
                ContactName = NameFor(random, random.Next(2) == 0),
                ContactPhone = $"0731-2{random.Next(1000000, 9999999)}",
                CreatedAt = now.AddMinutes(serial++),
                UpdatedAt = now,
            });
        }
    }

    private async Task<IReadOnlyList<DemoAccount>> SeedAccountsAsync(CancellationToken ct)
    {
        var created = new List<DemoAccount>();
        foreach (var (user, role, region, name) in Accounts)
        {
            var unit = Units.TryGetValue(user, out var unitName) ? await db.Organisations.Where(o => o.Name == unitName).Select(o => (Guid?)o.Id).FirstAsync(ct) : null;
            var outcome = await users.CreateAsync(new NewUser(user, [role], [region], name, UnitId: unit), Actor.System("demo"), ct);
            if (!outcome.Succeeded)
            {
                throw new InvalidOperationException($"Demo account {user}: {outcome.Errors}");
            }

            created.Add(new DemoAccount(user, outcome.Value.Password, role, region, name));
        }

        return created;
    }
}

public sealed record DemoAccount(string User, string Password, string Role, string Region, string Name);
