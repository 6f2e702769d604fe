using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Doorstep.Kernel;
using static Doorstep.Employment.Tests.EmploymentDemo;

namespace Doorstep.Employment.Tests;

/// <summary>Matching, referrals and the figures through the API on SQLite and PostgreSQL.</summary>
public sealed class MatchingApiTests
{
    private const string KanghuaGrid = "430211001001001";
    private const string Guard = "4-07-05-01";

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task A_specialist_matches_a_seeker_recommends_and_records_the_hire_which_the_figures_count(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = await StartAsync(database);
        var jobs = await app.ClientForAsync("jobs");
        var wang = await SeekerAsync(jobs, "王建国", 1985, 7, returnee: true);
        var employer = await EmployerIdAsync(jobs, "湘厨酒家");

        // 300 m east of his home, his first choice, both skills he has, paying above his floor.
        var post = await Json(await jobs.PostAsJsonAsync("/api/v1/employment/vacancies", new
        {
            title = "小区夜班保安", employerId = employer, occupationCode = Guard, headcount = 2, wageMin = 4000, wageMax = 5000,
            longitude = 113.1011, latitude = 27.8383, skills = new[] { "持证上岗", "消防" },
        }, Ct), HttpStatusCode.Created);
        var postId = post.GetProperty("id").GetGuid();

        var matches = await jobs.GetFromJsonAsync<JsonElement>($"/api/v1/employment/seekers/{wang}/matches?top=5", Ct);
        matches.GetArrayLength().ShouldBeInRange(1, 5);
        var best = matches[0];
        best.GetProperty("vacancyId").GetGuid().ShouldBe(postId);
        best.GetProperty("distanceMeters").GetInt32().ShouldBeInRange(280, 310);
        best.GetProperty("score").GetDouble().ShouldBeGreaterThan(90);
        best.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()).ShouldBe(["首选职业", "技能匹配 2/2", "300 米", "薪资符合", "重点群体：返乡农民工"]);
        matches.EnumerateArray().Select(m => m.GetProperty("score").GetDouble()).ShouldBeInOrder(SortDirection.Descending);
        Error(await Problem(await jobs.GetAsync($"/api/v1/employment/seekers/{wang}/matches?top=0", Ct)), "top").ShouldContain("1～100");

        var candidates = await jobs.GetFromJsonAsync<JsonElement>($"/api/v1/employment/vacancies/{postId}/candidates", Ct);
        candidates[0].GetProperty("seekerId").GetGuid().ShouldBe(wang);
        candidates[0].GetProperty("name").GetString().ShouldBe("王建国");

        var referral = await Json(await jobs.PostAsJsonAsync("/api/v1/employment/referrals", new { seekerId = wang, vacancyId = postId }, Ct), HttpStatusCode.Created);
        referral.GetProperty("stage").GetString().ShouldBe("recommended");
        referral.GetProperty("reasons")[1].GetString().ShouldBe("技能匹配 2/2");
        Error(await Problem(await jobs.PostAsJsonAsync("/api/v1/employment/referrals", new { seekerId = wang, vacancyId = postId }, Ct)), "vacancyId").ShouldContain("已向该求职者推荐过");
        var id = referral.GetProperty("id").GetGuid();
        foreach (var stage in new[] { "contacted", "interviewed", "hired" })
        {
            (await Json(await jobs.PostAsJsonAsync($"/api/v1/employment/referrals/{id}/stage", new { stage }, Ct), HttpStatusCode.OK)).GetProperty("stage").GetString().ShouldBe(stage);
        }

        Error(await Problem(await jobs.PostAsJsonAsync($"/api/v1/employment/referrals/{id}/stage", new { stage = "declined", note = "x" }, Ct)), "stage").ShouldContain("不能改为");
        var other = (await jobs.GetFromJsonAsync<JsonElement>($"/api/v1/employment/vacancies?status=published&pageSize=5", Ct)).GetProperty("items").EnumerateArray()
            .Select(v => v.GetProperty("id").GetGuid()).First(v => v != postId);
        Error(await Problem(await jobs.PostAsJsonAsync("/api/v1/employment/referrals", new { seekerId = wang, vacancyId = other }, Ct)), "seekerId").ShouldContain("已就业");
        (await jobs.GetFromJsonAsync<JsonElement>($"/api/v1/employment/seekers/{wang}", Ct)).GetProperty("status").GetString().ShouldBe("employed");
        (await jobs.GetFromJsonAsync<JsonElement>($"/api/v1/employment/vacancies/{postId}/candidates", Ct)).EnumerateArray()
            .ShouldNotContain(c => c.GetProperty("seekerId").GetGuid() == wang);

        // A second seeker is put forward and turned down; the reason is required.
        var li = await SeekerAsync(jobs, "李秀英", 1990, 12);
        var second = (await Json(await jobs.PostAsJsonAsync("/api/v1/employment/referrals", new { seekerId = li, vacancyId = postId }, Ct), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        Error(await Problem(await jobs.PostAsJsonAsync($"/api/v1/employment/referrals/{second}/stage", new { stage = "declined" }, Ct)), "note").ShouldBe("未录用请写明原因");
        Error(await Problem(await jobs.PostAsJsonAsync($"/api/v1/employment/referrals/{second}/stage", new { stage = "lost" }, Ct)), "stage").ShouldContain("contacted");
        await Json(await jobs.PostAsJsonAsync($"/api/v1/employment/referrals/{second}/stage", new { stage = "declined", note = "夜班时间不合适" }, Ct), HttpStatusCode.OK);
        (await jobs.GetFromJsonAsync<JsonElement>($"/api/v1/employment/referrals?vacancy={postId}", Ct)).GetProperty("total").GetInt32().ShouldBe(2);

        var figures = await jobs.GetFromJsonAsync<JsonElement>("/api/v1/employment/figures?region=430211000000", Ct);
        var total = figures.GetProperty("total");
        total.GetProperty("referrals").GetInt32().ShouldBe(2);
        total.GetProperty("interviews").GetInt32().ShouldBe(1);
        total.GetProperty("hires").GetInt32().ShouldBe(1);
        total.GetProperty("hireRate").GetDouble().ShouldBe(0.5);
        total.GetProperty("jobsPerApplicant").GetDouble().ShouldBeGreaterThan(0);
        var guards = figures.GetProperty("occupations").EnumerateArray().Single(o => o.GetProperty("code").GetString() == Guard);
        guards.GetProperty("hires").GetInt32().ShouldBe(1);
        figures.GetProperty("regions").EnumerateArray().Single(r => r.GetProperty("code").GetString() == "430211001000").GetProperty("hires").GetInt32().ShouldBe(1);
        Error(await Problem(await jobs.GetAsync("/api/v1/employment/figures", Ct)), "region").ShouldBe("请选择要统计的区划");
        Error(await Problem(await jobs.GetAsync("/api/v1/employment/figures?region=430211000000&from=2024-03-01&to=2024-02-01", Ct)), "from").ShouldContain("晚于");
        (await jobs.GetAsync("/api/v1/employment/figures/export?region=430211000000", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await jobs.GetStringAsync("/employment/figures?region=430211000000", Ct)).ShouldContain("求人倍率");
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task Matching_stays_in_scope_and_refuses_a_vacancy_that_does_not_suit(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = await StartAsync(database);
        await app.CreateUserAsync("jobs-lds", Platform.Security.Roles.EmploymentSpecialist, Leidashi);
        var jobs = await app.ClientForAsync("jobs");
        var town = await app.ClientForAsync("jobs-lds");
        var doctor = await app.ClientForAsync("doctor");
        var wang = await SeekerAsync(jobs, "王建国", 1985, 7);

        (await town.GetAsync($"/api/v1/employment/seekers/{wang}/matches", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        foreach (var query in new[] { "q=王建国", "sort=name", "q=王建国&sort=name" })
        {
            (await town.GetFromJsonAsync<JsonElement>($"/api/v1/employment/seekers?{query}", Ct)).GetProperty("items").EnumerateArray()
                .ShouldNotContain(s => s.GetProperty("id").GetGuid() == wang, query);
        }

        (await town.GetAsync($"/api/v1/employment/seekers/{Guid.NewGuid()}/matches", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await doctor.GetAsync($"/api/v1/employment/seekers/{wang}/matches", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await town.GetStringAsync($"/employment/seekers/{wang}/matches", Ct)).ShouldContain("不在您的管辖范围内");

        // A post at 霞石村 is about 12 km away, beyond his 5 km.
        var far = (await Json(await jobs.PostAsJsonAsync("/api/v1/employment/vacancies", new
        {
            title = "村部门卫", employerId = await EmployerIdAsync(jobs, "雷打石镇颐养院"), occupationCode = Guard, headcount = 1, wageMin = 3000, wageMax = 3600,
            longitude = 113.0151, latitude = 27.7452,
        }, Ct), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        Error(await Problem(await jobs.PostAsJsonAsync("/api/v1/employment/referrals", new { seekerId = wang, vacancyId = far }, Ct)), "vacancyId").ShouldContain("不符合该求职者的条件");
        Error(await Problem(await town.PostAsJsonAsync("/api/v1/employment/referrals", new { seekerId = wang, vacancyId = far }, Ct)), "seekerId").ShouldContain("不在您的管辖范围内");
        var empty = await Problem(await jobs.PostAsJsonAsync("/api/v1/employment/referrals", new { }, Ct));
        Error(empty, "seekerId").ShouldBe("请选择求职者");
        Error(empty, "vacancyId").ShouldBe("请选择岗位");

        // Candidates come only from the caller's regions: the town specialist sees none of 嵩山's seekers.
        (await town.GetFromJsonAsync<JsonElement>($"/api/v1/employment/vacancies/{far}/candidates", Ct)).EnumerateArray()
            .ShouldNotContain(c => c.GetProperty("seekerId").GetGuid() == wang);
        (await jobs.GetStringAsync($"/employment/seekers/{wang}/matches", Ct)).ShouldContain("推荐记录");
    }

    private static async Task<Guid> SeekerAsync(HttpClient jobs, string name, int year, int sequence, bool returnee = false)
    {
        var person = await SeekerTests.PersonAsync(jobs, name, CitizenId.Create("430211", new DateOnly(year, 3, 14), sequence), KanghuaGrid, 113.0981, 27.8383, returnee: returnee);
        var seeker = await Json(await jobs.PostAsJsonAsync("/api/v1/employment/seekers", new
        {
            personId = person, desiredOccupations = new[] { Guard }, skills = new[] { "持证上岗", "消防" }, expectedWage = 3500,
        }, Ct), HttpStatusCode.Created);
        return seeker.GetProperty("id").GetGuid();
    }
}
