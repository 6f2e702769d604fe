using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Doorstep.Kernel;
using static Doorstep.Employment.Tests.EmploymentDemo;

namespace Doorstep.Employment.Tests;

/// <summary>Job fairs through the API on SQLite and PostgreSQL: listed newest first within the caller's regions, visitors registered once, outcomes only for the fair's own visitors and posts, and the report's figures.</summary>
public sealed class FairTests
{
    private const string KanghuaGrid = "430211001001001";

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task A_fair_registers_walk_ins_once_refuses_foreign_outcomes_and_reports_exact_figures(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = await StartAsync(database);
        await app.CreateUserAsync("jobs-lds", Platform.Security.Roles.EmploymentSpecialist, Leidashi);
        var jobs = await app.ClientForAsync("jobs");
        var town = await app.ClientForAsync("jobs-lds");
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

        var refused = await Problem(await jobs.PostAsJsonAsync("/api/v1/employment/fairs", new
        {
            title = "", kind = "night", date = today.AddDays(3), startsAt = "14:00", endsAt = "16:00", address = "神农城", regionCode = "430211002000", organisers = Array.Empty<string>(),
        }, Ct));
        Error(refused, "title").ShouldContain("请填写招聘会名称");
        Error(refused, "startsAt").ShouldBe("夜市招聘会应在17:00以后开始（现为14:00）");
        Error(refused, "organisers").ShouldContain("请填写主办单位");

        var created = await Json(await jobs.PostAsJsonAsync("/api/v1/employment/fairs", new
        {
            title = "嵩山街道春风行动招聘会", kind = "regular", date = today, startsAt = "09:00", endsAt = "12:00", address = "康华社区党群服务中心广场",
            regionCode = Songshan, organisers = new[] { "天元区人社局" }, targetGroups = new[] { "disabled", "returnee" },
        }, Ct), HttpStatusCode.Created);
        var fairId = created.GetProperty("id").GetGuid();
        var townFair = await Json(await jobs.PostAsJsonAsync("/api/v1/employment/fairs", new
        {
            title = "雷打石镇赶集招聘会", kind = "market-day", date = today.AddDays(-40), startsAt = "07:30", endsAt = "11:00", address = "雷打石镇集市", regionCode = Leidashi,
            organisers = new[] { "雷打石镇人民政府" },
        }, Ct), HttpStatusCode.Created);

        // Newest first: the demo's night fair next week, the new fair today, the demo's special fair three weeks ago, the market day.
        var list = await jobs.GetFromJsonAsync<JsonElement>("/api/v1/employment/fairs", Ct);
        var fairs = list.GetProperty("items").EnumerateArray().ToList();
        fairs.Select(f => f.GetProperty("kind").GetString()).ShouldBe(["night", "regular", "disabled", "market-day"]);
        fairs[1].GetProperty("id").GetGuid().ShouldBe(fairId);
        list.GetProperty("total").GetInt32().ShouldBe(4);
        var special = fairs[2].GetProperty("id").GetGuid();

        // The town's specialist sees the town's fair only.
        var townList = await town.GetFromJsonAsync<JsonElement>("/api/v1/employment/fairs", Ct);
        townList.GetProperty("items").EnumerateArray().Select(f => f.GetProperty("id").GetGuid()).ShouldBe([townFair.GetProperty("id").GetGuid()]);
        (await town.GetAsync($"/api/v1/employment/fairs/{fairId}/report", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await town.PostAsJsonAsync($"/api/v1/employment/fairs/{fairId}/visitors", new { }, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // Two employers bring their open posts.
        var brought = new List<JsonElement>();
        foreach (var name in new[] { "栗雨电子科技有限公司", "天元区安达保安服务有限公司" })
        {
            var employer = await EmployerIdAsync(jobs, name);
            var open = (await jobs.GetFromJsonAsync<JsonElement>($"/api/v1/employment/vacancies?employer={employer}&status=published&pageSize=100", Ct))
                .GetProperty("items").EnumerateArray().Where(v => DateOnly.Parse(v.GetProperty("expiresOn").GetString()!, CultureInfo.InvariantCulture) >= today).ToList();
            await Json(await jobs.PutAsJsonAsync($"/api/v1/employment/fairs/{fairId}/employers/{employer}", new { booth = "A1", vacancyIds = open.Select(v => v.GetProperty("id").GetGuid()) }, Ct), HttpStatusCode.OK);
            brought.AddRange(open);
        }

        var posts = brought.Sum(v => v.GetProperty("headcount").GetInt32());
        var suitable = brought.Where(v => v.GetProperty("suitsDisabilities").GetArrayLength() > 0).Sum(v => v.GetProperty("headcount").GetInt32());
        suitable.ShouldBeGreaterThan(0);
        suitable.ShouldBeLessThan(posts);

        // A walk-in unknown to the registry, and a resident whose disability the registry knows.
        var walkInId = CitizenId.Create("430224", new DateOnly(1990, 5, 6), 11);
        var walkIn = await Json(await jobs.PostAsJsonAsync($"/api/v1/employment/fairs/{fairId}/visitors", new
        {
            idNumber = walkInId, name = "谭建华", phone = "13907331234", targetGroups = new[] { "returnee" }, wishedOccupation = "4-07-05-01",
        }, Ct), HttpStatusCode.Created);
        walkIn.GetProperty("idNumber").GetString().ShouldBe(CitizenId.Parse(walkInId).Masked);
        walkIn.GetProperty("phone").GetString().ShouldBe("139****1234");
        walkIn.GetProperty("personId").ValueKind.ShouldBe(JsonValueKind.Null);

        var residentId = CitizenId.Create("430211", new DateOnly(1986, 8, 9), 41);
        var person = await SeekerTests.PersonAsync(jobs, "罗建军", residentId, KanghuaGrid, 113.098, 27.838, disability: "Hearing");
        var mismatch = await Problem(await jobs.PostAsJsonAsync($"/api/v1/employment/fairs/{fairId}/visitors", new { idNumber = residentId, name = "罗建", phone = "13807330001" }, Ct));
        Error(mismatch, "name").ShouldContain("罗建军");
        var resident = await Json(await jobs.PostAsJsonAsync($"/api/v1/employment/fairs/{fairId}/visitors", new
        {
            idNumber = residentId, name = "罗建军", phone = "13807330001", targetGroups = new[] { "poverty-relieved" },
        }, Ct), HttpStatusCode.Created);
        resident.GetProperty("personId").GetGuid().ShouldBe(person);
        resident.GetProperty("disability").GetString().ShouldBe("hearing");
        resident.GetProperty("targetGroups").EnumerateArray().Select(g => g.GetString()).ShouldBe(["poverty-relieved", "disabled"]);

        var twice = await Problem(await jobs.PostAsJsonAsync($"/api/v1/employment/fairs/{fairId}/visitors", new { idNumber = residentId, name = "罗建军", phone = "13807330001" }, Ct));
        Error(twice, "idNumber").ShouldContain("不能重复登记");

        // The hearing-impaired visitor is offered only posts that suit hearing impairment, each with its reasons.
        var matches = await jobs.GetFromJsonAsync<JsonElement>($"/api/v1/employment/fairs/{fairId}/visitors/{resident.GetProperty("id").GetGuid()}/matches", Ct);
        var suitsHearing = brought.Where(v => v.GetProperty("suitsDisabilities").EnumerateArray().Any(d => d.GetString() == "hearing")).Select(v => v.GetProperty("id").GetGuid()).ToHashSet();
        matches.EnumerateArray().Select(m => m.GetProperty("vacancyId").GetGuid()).ToHashSet().SetEquals(suitsHearing).ShouldBeTrue();
        matches.EnumerateArray().ShouldAllBe(m => m.GetProperty("reasons").EnumerateArray().Any(r => r.GetString()!.StartsWith("适合听力残疾")));
        var walkInMatches = await jobs.GetFromJsonAsync<JsonElement>($"/api/v1/employment/fairs/{fairId}/visitors/{walkIn.GetProperty("id").GetGuid()}/matches", Ct);
        walkInMatches.GetArrayLength().ShouldBe(brought.Count);
        walkInMatches[0].GetProperty("reasons")[0].GetString().ShouldBe("首选职业");

        // An outcome for a visitor of another fair, or a post not at this fair, is refused and writes nothing.
        var demoVisitor = (await jobs.GetFromJsonAsync<JsonElement>($"/api/v1/employment/fairs/{special}/visitors", Ct)).GetProperty("items")[0].GetProperty("id").GetGuid();
        var hearingPost = suitsHearing.First();
        var foreign = await Problem(await jobs.PostAsJsonAsync($"/api/v1/employment/fairs/{fairId}/outcomes", new { visitorId = demoVisitor, vacancyId = Guid.NewGuid(), stage = "hired" }, Ct));
        Error(foreign, "visitorId").ShouldBe("该求职者未在本场招聘会入场登记，请先登记");
        Error(foreign, "vacancyId").ShouldBe("该岗位不在本场招聘会的参会岗位中");
        var unknown = await Problem(await jobs.PostAsJsonAsync($"/api/v1/employment/fairs/{fairId}/outcomes", new { visitorId = Guid.NewGuid(), vacancyId = hearingPost, stage = "intent" }, Ct));
        Error(unknown, "visitorId").ShouldContain("未在本场招聘会入场登记");
        var untouched = await jobs.GetFromJsonAsync<JsonElement>($"/api/v1/employment/fairs/{fairId}/report", Ct);
        untouched.GetProperty("intents").GetInt32().ShouldBe(0);
        untouched.GetProperty("hires").GetInt32().ShouldBe(0);

        await Json(await jobs.PostAsJsonAsync($"/api/v1/employment/fairs/{fairId}/outcomes", new { visitorId = walkIn.GetProperty("id").GetGuid(), vacancyId = walkInMatches[0].GetProperty("vacancyId").GetGuid(), stage = "intent" }, Ct), HttpStatusCode.OK);
        await Json(await jobs.PostAsJsonAsync($"/api/v1/employment/fairs/{fairId}/outcomes", new { visitorId = resident.GetProperty("id").GetGuid(), vacancyId = hearingPost, stage = "interview" }, Ct), HttpStatusCode.OK);
        var hired = await Json(await jobs.PostAsJsonAsync($"/api/v1/employment/fairs/{fairId}/outcomes", new { visitorId = resident.GetProperty("id").GetGuid(), vacancyId = hearingPost, stage = "hired" }, Ct), HttpStatusCode.OK);
        hired.GetProperty("stage").GetString().ShouldBe("hired");

        var report = await jobs.GetFromJsonAsync<JsonElement>($"/api/v1/employment/fairs/{fairId}/report", Ct);
        report.GetProperty("employers").GetInt32().ShouldBe(2);
        report.GetProperty("posts").GetInt32().ShouldBe(posts);
        report.GetProperty("postsSuitableForDisabled").GetInt32().ShouldBe(suitable);
        report.GetProperty("visitors").GetInt32().ShouldBe(2);
        report.GetProperty("intents").GetInt32().ShouldBe(2);
        report.GetProperty("hires").GetInt32().ShouldBe(1);
        var byGroup = report.GetProperty("hiresByGroup").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());
        byGroup.ShouldBe(new Dictionary<string, int> { ["returnee"] = 0, ["poverty-relieved"] = 1, ["disabled"] = 1, ["graduate"] = 0, ["employment-difficulty"] = 0 }, ignoreOrder: true);

        // The visitors leave the building masked, and the export is audited.
        var export = await jobs.GetAsync($"/api/v1/employment/fairs/{fairId}/visitors/export?format=csv", Ct);
        var csv = await export.Content.ReadAsStringAsync(Ct);
        csv.ShouldContain("138****0001");
        csv.ShouldNotContain(residentId);
        csv.ShouldNotContain("13807330001");
    }
}
