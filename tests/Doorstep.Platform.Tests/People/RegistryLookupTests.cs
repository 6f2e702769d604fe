using Doorstep.Kernel;
using Doorstep.Platform.Demo;
using Doorstep.Platform.People;
using Doorstep.Platform.Security;
using Doorstep.Platform.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace Doorstep.Platform.Tests.People;

/// <summary>
/// The one registry lookup every module uses: by id or by ID number, only within the regions of
/// the user asking, with each refusal on the field and in the words the form asks for.
/// </summary>
public sealed class RegistryLookupTests
{
    private static readonly string InXiashi = CitizenId.Create("430211", new DateOnly(1968, 5, 4), 121);
    private static readonly string InBaiguan = CitizenId.Create("430203", new DateOnly(1975, 9, 18), 232);
    private static readonly string Unregistered = CitizenId.Create("430211", new DateOnly(1980, 1, 1), 343);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task A_person_in_the_callers_regions_is_found_by_id_and_by_id_number(string provider)
    {
        await using var fixture = await PlatformFixture.StartAsync(provider);
        var xiashi = await RegisterAsync(fixture, "易德明", InXiashi, DemoDistrict.Xiashi);
        await using var scope = fixture.ScopeOf(DemoDistrict.Leidashi);
        var registry = scope.ServiceProvider.GetRequiredService<RegistryLookup>();
        var errors = new FieldErrors();

        var byId = await registry.FindAsync(xiashi, null, RegistryAsk.Default, errors, Ct);
        var byIdNumber = await registry.FindAsync(null, $" {InXiashi.ToLowerInvariant()} ", RegistryAsk.Default, errors, Ct);

        errors.IsEmpty.ShouldBeTrue();
        byId.ShouldNotBeNull().Name.ShouldBe("易德明");
        byIdNumber.ShouldNotBeNull().Id.ShouldBe(xiashi);
        (await registry.ByIdNumberAsync(CitizenId.Parse(InXiashi), p => p.RegionCode, Ct)).ShouldBe(DemoDistrict.Xiashi);
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task Someone_outside_the_callers_regions_is_not_found_and_the_field_filled_in_says_so(string provider)
    {
        await using var fixture = await PlatformFixture.StartAsync(provider);
        var baiguan = await RegisterAsync(fixture, "龙桂香", InBaiguan, DemoDistrict.BaiguanVillage);
        await using var scope = fixture.ScopeOf(DemoDistrict.Leidashi);
        var registry = scope.ServiceProvider.GetRequiredService<RegistryLookup>();
        var byId = new FieldErrors();
        var byIdNumber = new FieldErrors();

        (await registry.FindAsync(baiguan, null, RegistryAsk.Default, byId, Ct)).ShouldBeNull();
        (await registry.FindAsync(null, InBaiguan, RegistryAsk.Default, byIdNumber, Ct)).ShouldBeNull();

        byId.ToString().ShouldBe("personId: 居民档案中没有这个人，或不在您的管辖范围内；请先登记居民信息");
        byIdNumber.ToString().ShouldBe("idNumber: 居民档案中没有这个人，或不在您的管辖范围内；请先登记居民信息");
        (await registry.ByIdNumberAsync(CitizenId.Parse(InBaiguan), p => (Guid?)p.Id, Ct)).ShouldBeNull();
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task A_form_puts_each_refusal_on_its_own_field_in_its_own_words(string provider)
    {
        await using var fixture = await PlatformFixture.StartAsync(provider);
        await using var scope = fixture.ScopeOf(DemoDistrict.Leidashi);
        var registry = scope.ServiceProvider.GetRequiredService<RegistryLookup>();
        var ask = new RegistryAsk
        {
            PersonField = "person", IdNumberField = "holder", MissingField = "holder", Missing = "请填写持证人身份证号码",
            NotFoundById = "找不到该居民", NotFound = "居民档案中没有此身份证号码",
        };

        (await ErrorsAsync(registry, Guid.CreateVersion7(), null, ask)).ShouldBe("person: 找不到该居民");
        (await ErrorsAsync(registry, null, Unregistered, ask)).ShouldBe("holder: 居民档案中没有此身份证号码");
        (await ErrorsAsync(registry, null, "  ", ask)).ShouldBe("holder: 请填写持证人身份证号码");
        (await ErrorsAsync(registry, null, null, ask with { Missing = null })).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task An_invalid_id_number_is_refused_with_the_reason_it_is_invalid(string provider)
    {
        await using var fixture = await PlatformFixture.StartAsync(provider);
        await using var scope = fixture.ScopeOf(DemoDistrict.Leidashi);
        var registry = scope.ServiceProvider.GetRequiredService<RegistryLookup>();
        var badCheck = InXiashi[..17] + (InXiashi[17] == '0' ? '1' : '0');
        CitizenId.TryParse(badCheck, out _, out var reason).ShouldBeFalse();

        var errors = await ErrorsAsync(registry, null, badCheck, RegistryAsk.Default);

        errors.ShouldBe($"idNumber: {reason}");
        reason.ShouldContain("校验位");
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task An_imported_name_must_be_the_registrys_for_that_id_number_within_the_callers_regions(string provider)
    {
        await using var fixture = await PlatformFixture.StartAsync(provider);
        await RegisterAsync(fixture, "易德明", InXiashi, DemoDistrict.Xiashi);
        await RegisterAsync(fixture, "龙桂香", InBaiguan, DemoDistrict.BaiguanVillage);
        await using var scope = fixture.ScopeOf(DemoDistrict.Leidashi);
        var registry = scope.ServiceProvider.GetRequiredService<RegistryLookup>();
        var wrong = new FieldErrors();
        var passes = new FieldErrors();

        await registry.CheckNameAsync(InXiashi, "易明", "身份证号", wrong, Ct);
        await registry.CheckNameAsync(InXiashi, "易德明", "身份证号码", passes, Ct);
        await registry.CheckNameAsync(InBaiguan, "别人", "身份证号码", passes, Ct);
        await registry.CheckNameAsync(Unregistered, "别人", "身份证号码", passes, Ct);
        await registry.CheckNameAsync("4302", "别人", "身份证号码", passes, Ct);

        wrong.ToString().ShouldBe("name: 姓名“易明”与居民档案中该身份证号的姓名不符，请核对身份证号");
        passes.IsEmpty.ShouldBeTrue();
    }

    private static async Task<string> ErrorsAsync(RegistryLookup registry, Guid? personId, string? idNumber, RegistryAsk ask)
    {
        var errors = new FieldErrors();
        (await registry.FindAsync(personId, idNumber, ask, errors, Ct)).ShouldBeNull();
        return errors.ToString();
    }

    private static async Task<Guid> RegisterAsync(PlatformFixture fixture, string name, string idNumber, string region)
    {
        await using var scope = fixture.Scope();
        var outcome = await scope.ServiceProvider.GetRequiredService<PersonService>()
            .CreateAsync(new PersonInput { Name = name, IdNumber = idNumber, RegionCode = region }, Actor.System("test"), Ct);
        return outcome.Succeeded ? outcome.Value!.Id : throw new InvalidOperationException(outcome.Errors.ToString());
    }
}
