using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Doorstep.Kernel;
using Doorstep.Platform.Demo;

namespace Doorstep.Web.Tests.Api;

/// <summary>/api/v1/people through HTTP, on SQLite and on PostgreSQL.</summary>
public sealed class PeopleApiTests
{
    // GB 11643-1999 test vector (S = 167, check character X).
    private const string ValidId = "11010519491231002X";

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task Created_person_is_returned_masked_and_found_by_full_id_number(string provider)
    {
        await using var app = await SeededApp.StartAsync(provider);
        var client = await app.ClientForAsync("officer");

        var response = await client.PostAsJsonAsync("/api/v1/people", new
        {
            name = "易春兰", idNumber = ValidId, phone = "13807331234", address = "天元区嵩山街道康华小区3栋",
            regionCode = DemoDistrict.Kanghua + "001", longitude = 113.098, latitude = 27.838,
        }, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        created.GetProperty("idNumber").GetString().ShouldBe("1101**********002X");
        created.GetProperty("phone").GetString().ShouldBe("138****1234");
        var id = created.GetProperty("id").GetGuid();

        var found = await client.GetFromJsonAsync<JsonElement>($"/api/v1/people?q={ValidId}", TestContext.Current.CancellationToken);
        found.GetProperty("total").GetInt32().ShouldBe(1);
        found.GetProperty("items")[0].GetProperty("id").GetGuid().ShouldBe(id);

        var one = await client.GetFromJsonAsync<JsonElement>($"/api/v1/people/{id}", TestContext.Current.CancellationToken);
        one.GetProperty("idNumber").GetString().ShouldBe("1101**********002X");
        one.GetProperty("name").GetString().ShouldBe("易春兰");
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task Bad_fields_are_named_in_problem_details_and_nothing_is_written(string provider)
    {
        await using var app = await SeededApp.StartAsync(provider);
        var client = await app.ClientForAsync("officer");
        var before = (await client.GetFromJsonAsync<JsonElement>("/api/v1/people?pageSize=1", TestContext.Current.CancellationToken)).GetProperty("total").GetInt32();

        var response = await client.PostAsJsonAsync("/api/v1/people", new
        {
            name = "", idNumber = "110105194912310021", phone = "12345", regionCode = "4302110010", longitude = 200.0, latitude = 27.8,
        }, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        var errors = problem.GetProperty("errors");
        errors.GetProperty("name")[0].GetString().ShouldBe("姓名不能为空");
        errors.GetProperty("idNumber")[0].GetString()!.ShouldContain("校验位");
        errors.GetProperty("phone")[0].GetString()!.ShouldContain("11位");
        errors.GetProperty("regionCode")[0].GetString()!.ShouldContain("12位");
        errors.GetProperty("longitude")[0].GetString()!.ShouldContain("经度应在-180到180之间");

        // Swapped coordinates: the longitude could be one, so the problem is the latitude's.
        var swapped = await client.PostAsJsonAsync("/api/v1/people", new
        {
            name = "易春兰", idNumber = ValidId, regionCode = DemoDistrict.Kanghua, longitude = 27.83, latitude = 113.08,
        }, TestContext.Current.CancellationToken);
        swapped.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var swappedErrors = (await swapped.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("errors");
        swappedErrors.GetProperty("latitude")[0].GetString().ShouldBe("纬度应在-90到90之间，实际为113.08（是否把经纬度写反了？）");
        swappedErrors.TryGetProperty("longitude", out _).ShouldBeFalse();

        var after = (await client.GetFromJsonAsync<JsonElement>("/api/v1/people?pageSize=1", TestContext.Current.CancellationToken)).GetProperty("total").GetInt32();
        after.ShouldBe(before);
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task One_person_per_id_number(string provider)
    {
        await using var app = await SeededApp.StartAsync(provider);
        var client = await app.ClientForAsync("officer");
        var person = new { name = "胡亮", idNumber = CitizenId.Create("430211", new DateOnly(1990, 5, 6), 22), regionCode = DemoDistrict.Xiashi };

        (await client.PostAsJsonAsync("/api/v1/people", person, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var again = await client.PostAsJsonAsync("/api/v1/people", person, TestContext.Current.CancellationToken);

        again.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await again.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("已登记");
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task A_grid_member_sees_only_their_village_and_lists_start_with_the_newest(string provider)
    {
        await using var app = await SeededApp.StartAsync(provider);
        var officer = await app.ClientForAsync("officer");
        var inKanghua = await CreateAsync(officer, "康华居民", DemoDistrict.Kanghua + "002", 1);
        var inXiashi = await CreateAsync(officer, "霞石村民", DemoDistrict.Xiashi + "001", 2);
        var grid = await app.ClientForAsync("grid");

        // Newest first: the two just registered come before the demo residents, the later first.
        var newest = await officer.GetFromJsonAsync<JsonElement>("/api/v1/people?pageSize=2", TestContext.Current.CancellationToken);
        newest.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).ShouldBe([inXiashi.Id, inKanghua.Id]);
        newest.GetProperty("total").GetInt32().ShouldBeGreaterThan(50);

        (await grid.GetAsync($"/api/v1/people/{inKanghua.Id}", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await grid.GetAsync($"/api/v1/people/{inXiashi.Id}", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var byId = await grid.GetFromJsonAsync<JsonElement>($"/api/v1/people?q={inKanghua.IdNumber}", TestContext.Current.CancellationToken);
        byId.GetProperty("total").GetInt32().ShouldBe(0);
        var all = await grid.GetFromJsonAsync<JsonElement>("/api/v1/people?pageSize=200", TestContext.Current.CancellationToken);
        all.GetProperty("items").EnumerateArray().ShouldAllBe(p => p.GetProperty("regionCode").GetString()!.StartsWith(DemoDistrict.Xiashi, StringComparison.Ordinal));
        all.GetProperty("items")[0].GetProperty("id").GetGuid().ShouldBe(inXiashi.Id);

        var outside = await grid.PostAsJsonAsync("/api/v1/people", new { name = "越权登记", idNumber = CitizenId.Create("430211", new DateOnly(1980, 1, 1), 33), regionCode = DemoDistrict.Kanghua }, TestContext.Current.CancellationToken);
        outside.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await outside.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("不在您的管辖范围内");
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task Reveal_needs_the_permission_and_is_audited_either_way(string provider)
    {
        await using var app = await SeededApp.StartAsync(provider);
        var officer = await app.ClientForAsync("officer");
        var person = await CreateAsync(officer, "霞石村民", DemoDistrict.Xiashi + "001", 5);

        var revealed = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/people/{person.Id}?reveal=true", TestContext.Current.CancellationToken);
        revealed.GetProperty("idNumber").GetString().ShouldBe(person.IdNumber);
        revealed.GetProperty("revealed").GetBoolean().ShouldBeTrue();

        var grid = await app.ClientForAsync("grid");
        var refused = await grid.GetFromJsonAsync<JsonElement>($"/api/v1/people/{person.Id}?reveal=true", TestContext.Current.CancellationToken);
        refused.GetProperty("idNumber").GetString().ShouldNotBe(person.IdNumber);
        refused.GetProperty("revealed").GetBoolean().ShouldBeFalse();

        var audit = await AuditTrail.ReadAsync(app.Factory, "reveal");
        audit.ShouldContain(a => a.UserName == "officer" && a.ObjectId == person.Id.ToString() && a.Result == "ok");
        audit.ShouldContain(a => a.UserName == "grid" && a.ObjectId == person.Id.ToString() && a.Result == "denied");
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task People_sharing_a_household_number_are_one_household(string provider)
    {
        await using var app = await SeededApp.StartAsync(provider, residents: 0);
        var client = await app.ClientForAsync("officer");
        var head = new { name = "易建国", idNumber = CitizenId.Create("430211", new DateOnly(1950, 1, 1), 41), regionCode = DemoDistrict.Xiashi, householdNumber = "XS0001", householdRelation = "户主" };
        var spouse = new { name = "魏秀英", idNumber = CitizenId.Create("430211", new DateOnly(1952, 2, 2), 42), regionCode = DemoDistrict.Xiashi, householdNumber = "XS0001", householdRelation = "配偶" };
        (await client.PostAsJsonAsync("/api/v1/people", head, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        var created = await (await client.PostAsJsonAsync("/api/v1/people", spouse, TestContext.Current.CancellationToken)).Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);

        created.GetProperty("householdNumber").GetString().ShouldBe("XS0001");
        created.GetProperty("householdRelation").GetString().ShouldBe("配偶");
        var page = await client.GetStringAsync($"/people/{created.GetProperty("id").GetGuid()}", TestContext.Current.CancellationToken);
        page.ShouldContain("同户成员");
        page.ShouldContain("易建国");

        var bad = await client.PostAsJsonAsync("/api/v1/people", new { name = "张三", idNumber = CitizenId.Create("430211", new DateOnly(1990, 1, 1), 43), regionCode = DemoDistrict.Xiashi, householdNumber = "XS 01", householdRelation = "邻居" }, TestContext.Current.CancellationToken);
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("errors");
        errors.TryGetProperty("householdNumber", out _).ShouldBeTrue();
        errors.TryGetProperty("householdRelation", out _).ShouldBeTrue();
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    public async Task Without_a_token_the_api_answers_401_not_a_login_page(string provider)
    {
        await using var app = await SeededApp.StartAsync(provider, residents: 0);
        var client = app.Factory.CreateClient(new() { AllowAutoRedirect = false });

        (await client.GetAsync("/api/v1/people", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        client.DefaultRequestHeaders.Authorization = new("Bearer", "dst_not-a-real-token");
        (await client.GetAsync("/api/v1/people", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    public async Task A_role_without_the_permission_gets_403(string provider)
    {
        await using var app = await SeededApp.StartAsync(provider, residents: 0);
        var auditor = await app.ClientForAsync("auditor");

        (await auditor.GetAsync("/api/v1/people", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    internal static async Task<(Guid Id, string IdNumber)> CreateAsync(HttpClient client, string name, string region, int sequence)
    {
        var idNumber = CitizenId.Create("430211", new DateOnly(1956, 3, 12), sequence);
        var response = await client.PostAsJsonAsync("/api/v1/people", new { name, idNumber, regionCode = region }, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        return (body.GetProperty("id").GetGuid(), idNumber);
    }
}
