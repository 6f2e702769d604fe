using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static Doorstep.Employment.Tests.EmploymentDemo;

namespace Doorstep.Employment.Tests;

/// <summary>Vacancies through the API on SQLite and PostgreSQL: published or held by the check, reviewed, refused field by field, kept in scope.</summary>
public sealed class VacancyTests
{
    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task A_clean_vacancy_is_published_and_a_discriminatory_one_is_held_until_an_officer_decides(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = await StartAsync(database);
        var jobs = await app.ClientForAsync("jobs");
        var officer = await app.ClientForAsync("officer");
        var restaurant = await EmployerIdAsync(jobs, "湘厨酒家");

        var clean = await Json(await jobs.PostAsJsonAsync("/api/v1/employment/vacancies", Vacancy(restaurant, "男女不限，包吃住"), Ct), HttpStatusCode.Created);
        clean.GetProperty("status").GetString().ShouldBe("published");
        clean.GetProperty("reviewFlags").GetArrayLength().ShouldBe(0);
        clean.GetProperty("wageUnit").GetString().ShouldBe("month");
        clean.GetProperty("schedule").GetString().ShouldBe("full-time");
        clean.GetProperty("regionCode").GetString().ShouldBe("430211001002");
        clean.GetProperty("occupationName").GetString().ShouldBe("餐厅服务员");
        var posted = DateOnly.Parse(clean.GetProperty("postedOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        clean.GetProperty("expiresOn").GetString().ShouldBe(posted.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

        var male = await Json(await jobs.PostAsJsonAsync("/api/v1/employment/vacancies", Vacancy(restaurant, "限男性，能吃苦"), Ct), HttpStatusCode.Created);
        male.GetProperty("status").GetString().ShouldBe("held");
        male.GetProperty("reviewFlags").EnumerateArray().Select(f => f.GetString()).ShouldBe(["sex"]);
        male.GetProperty("findings")[0].GetProperty("phrase").GetString().ShouldBe("限男性");

        var liver = await Json(await jobs.PostAsJsonAsync("/api/v1/employment/vacancies", Vacancy(restaurant, "乙肝携带者勿扰"), Ct), HttpStatusCode.Created);
        liver.GetProperty("status").GetString().ShouldBe("held");
        liver.GetProperty("reviewFlags").EnumerateArray().Select(f => f.GetString()).ShouldBe(["hepatitis-b"]);

        var maleId = male.GetProperty("id").GetGuid();
        var liverId = liver.GetProperty("id").GetGuid();
        (await jobs.PostAsJsonAsync($"/api/v1/employment/vacancies/{maleId}/review", new { decision = "clear" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var cleared = await Json(await officer.PostAsJsonAsync($"/api/v1/employment/vacancies/{maleId}/review", new { decision = "clear", note = "已与用人单位核实，岗位需搬运重物，已改为男女不限" }, Ct), HttpStatusCode.OK);
        cleared.GetProperty("status").GetString().ShouldBe("published");
        cleared.GetProperty("reviewedBy").GetString().ShouldBe("officer");
        cleared.GetProperty("reviewFlags").EnumerateArray().Select(f => f.GetString()).ShouldBe(["sex"]);
        Error(await Problem(await officer.PostAsJsonAsync($"/api/v1/employment/vacancies/{maleId}/review", new { decision = "clear" }, Ct)), "status").ShouldContain("不在待审核状态");

        Error(await Problem(await officer.PostAsJsonAsync($"/api/v1/employment/vacancies/{liverId}/review", new { decision = "reject" }, Ct)), "note").ShouldContain("驳回须写明理由");
        var rejected = await Json(await officer.PostAsJsonAsync($"/api/v1/employment/vacancies/{liverId}/review", new { decision = "reject", note = "乙肝病原携带者不得拒绝录用" }, Ct), HttpStatusCode.OK);
        rejected.GetProperty("status").GetString().ShouldBe("closed");
        rejected.GetProperty("reviewNote").GetString().ShouldBe("乙肝病原携带者不得拒绝录用");

        // The demo's queue: four held, one cleared by the officer, one rejected.
        var queue = await officer.GetFromJsonAsync<JsonElement>("/api/v1/employment/vacancies?status=held&pageSize=50", Ct);
        queue.GetProperty("items").EnumerateArray().Select(v => v.GetProperty("title").GetString()).ShouldBe(["普工", "工业园保安", "后厨帮工", "夜班护理员"], ignoreOrder: true);
        var all = await officer.GetFromJsonAsync<JsonElement>("/api/v1/employment/vacancies?pageSize=1", Ct);
        all.GetProperty("total").GetInt32().ShouldBe(63);
        var suits = await officer.GetFromJsonAsync<JsonElement>("/api/v1/employment/vacancies?suitsDisabled=true&disability=hearing&pageSize=100", Ct);
        suits.GetProperty("items").EnumerateArray().ShouldAllBe(v => v.GetProperty("suitsDisabilities").EnumerateArray().Any(c => c.GetString() == "hearing"));
        suits.GetProperty("total").GetInt32().ShouldBeGreaterThan(5);
        var gigs = await officer.GetFromJsonAsync<JsonElement>("/api/v1/employment/vacancies?schedule=gig&occupation=4-02&sort=wage&pageSize=100", Ct);
        gigs.GetProperty("items").EnumerateArray().ShouldAllBe(v => v.GetProperty("schedule").GetString() == "gig" && v.GetProperty("occupationCode").GetString()!.StartsWith("4-02", StringComparison.Ordinal));
        var wages = gigs.GetProperty("items").EnumerateArray().Select(v => v.GetProperty("wageMax").GetInt32()).ToList();
        wages.ShouldBe(wages.OrderByDescending(w => w).ToList());

        var export = await officer.GetAsync("/api/v1/employment/vacancies/export?format=csv&status=held", Ct);
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        var csv = await export.Content.ReadAsStringAsync(Ct);
        csv.ShouldContain("工业园保安");
        csv.ShouldContain("性别：限男");
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task Bad_input_is_refused_field_by_field_in_plain_words(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = await StartAsync(database);
        var jobs = await app.ClientForAsync("jobs");
        var restaurant = await EmployerIdAsync(jobs, "湘厨酒家");

        var empty = await Problem(await jobs.PostAsJsonAsync("/api/v1/employment/vacancies", new { }, Ct));
        foreach (var field in new[] { "title", "employerId", "occupationCode", "headcount", "wageMin", "wageMax" })
        {
            empty.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(field);
        }

        var wrong = await Problem(await jobs.PostAsJsonAsync("/api/v1/employment/vacancies", new
        {
            title = "餐厅服务员", employerId = restaurant, occupationCode = "4-99-99-99", headcount = 0, wageMin = 5000, wageMax = 3000,
            longitude = 27.83, latitude = 113.08, postedOn = Iso(BeijingToday.AddDays(-2)), expiresOn = Iso(BeijingToday.AddDays(-12)),
        }, Ct));
        Error(wrong, "occupationCode").ShouldBe("职业编码“4-99-99-99”不在职业分类中");
        Error(wrong, "headcount").ShouldBe("招聘人数应为1～1000人");
        Error(wrong, "wageMax").ShouldBe("工资范围上下颠倒：最低5000元/月高于最高3000元/月");
        Error(wrong, "location").ShouldContain("不在中国境内");
        Error(wrong, "expiresOn").ShouldBe($"截止日期{Chinese(BeijingToday.AddDays(-12))}早于发布日期{Chinese(BeijingToday.AddDays(-2))}");

        var day = await Problem(await jobs.PostAsJsonAsync("/api/v1/employment/vacancies", new
        {
            title = "临时工", employerId = restaurant, occupationCode = "4-03-02-05", headcount = 2, wageMin = 150, wageMax = 120, wageUnit = "day",
            longitude = 139.69, latitude = 35.68, suitsDisabilities = new[] { "deaf" },
        }, Ct));
        Error(day, "wageMax").ShouldBe("工资范围上下颠倒：最低150元/天高于最高120元/天");
        Error(day, "location").ShouldContain("经度139.69");
        Error(day, "suitsDisabilities").ShouldContain("deaf");
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task A_specialist_sees_only_the_vacancies_of_their_regions_and_health_staff_none(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = await StartAsync(database);
        await app.CreateUserAsync("jobs-lds", Platform.Security.Roles.EmploymentSpecialist, Leidashi);
        var town = await app.ClientForAsync("jobs-lds");
        var jobs = await app.ClientForAsync("jobs");

        var own = await town.GetFromJsonAsync<JsonElement>("/api/v1/employment/vacancies?pageSize=200", Ct);
        own.GetProperty("total").GetInt32().ShouldBeGreaterThan(0);
        own.GetProperty("items").EnumerateArray().ShouldAllBe(v => v.GetProperty("regionCode").GetString()!.StartsWith("430211101", StringComparison.Ordinal));
        (await town.GetFromJsonAsync<JsonElement>("/api/v1/employment/employers?pageSize=100", Ct)).GetProperty("items").EnumerateArray()
            .ShouldAllBe(e => e.GetProperty("regionCode").GetString()!.StartsWith("430211101", StringComparison.Ordinal));

        var park = await jobs.GetFromJsonAsync<JsonElement>("/api/v1/employment/vacancies?region=430211002002&pageSize=1", Ct);
        var parkVacancy = park.GetProperty("items")[0].GetProperty("id").GetGuid();
        (await town.GetAsync($"/api/v1/employment/vacancies/{parkVacancy}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await town.PutAsJsonAsync($"/api/v1/employment/vacancies/{parkVacancy}", new { title = "x" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var parkEmployer = await EmployerIdAsync(jobs, "栗雨电子科技有限公司");
        Error(await Problem(await town.PostAsJsonAsync("/api/v1/employment/vacancies", Vacancy(parkEmployer, null), Ct)), "employerId").ShouldContain("不在您的管辖范围内");

        var doctor = await app.ClientForAsync("doctor");
        (await doctor.GetAsync("/api/v1/employment/vacancies", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await doctor.GetAsync("/api/v1/employment/employers", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await doctor.GetAsync("/employment/vacancies", Ct)).StatusCode.ShouldNotBe(HttpStatusCode.OK);
        var officer = await app.ClientForAsync("officer");
        (await officer.PostAsJsonAsync("/api/v1/employment/vacancies", Vacancy(parkEmployer, null), Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var townPage = await town.GetStringAsync("/employment/vacancies?status=held", Ct);
        townPage.ShouldContain("夜班护理员");
        townPage.ShouldNotContain("工业园保安");
        (await town.GetAsync("/employment/vacancies/review", Ct)).StatusCode.ShouldNotBe(HttpStatusCode.OK);
        var queue = await officer.GetStringAsync("/employment/vacancies/review", Ct);
        queue.ShouldContain("<mark>限男性</mark>");
        queue.ShouldContain("工业园保安");
        (await town.GetStringAsync("/employment/employers", Ct)).ShouldContain("雷打石镇颐养院");
        (await town.GetStringAsync("/employment/vacancies/new", Ct)).ShouldContain("霞石村乡村振兴服饰车间");
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task An_employer_shows_its_quota_and_a_profile_is_refused_field_by_field(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = await StartAsync(database);
        var jobs = await app.ClientForAsync("jobs");

        var electronics = await EmployerAsync(jobs, "栗雨电子科技有限公司");
        electronics.GetProperty("size").GetString().ShouldBe("large");
        electronics.GetProperty("contactPhone").GetString().ShouldBe("138****2266");
        var quota = electronics.GetProperty("quota");
        quota.GetProperty("required").GetDecimal().ShouldBe(18m);
        quota.GetProperty("counted").GetInt32().ShouldBe(11);
        quota.GetProperty("shortfall").GetDecimal().ShouldBe(7m);

        var short_ = await jobs.GetFromJsonAsync<JsonElement>("/api/v1/employment/employers?shortfall=true&pageSize=100", Ct);
        short_.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("name").GetString()).ShouldContain("栗雨电子科技有限公司");
        short_.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("name").GetString()).ShouldNotContain("湘瓷新材料科技有限公司");

        var id = electronics.GetProperty("id").GetGuid();
        var wrong = await Problem(await jobs.PutAsJsonAsync($"/api/v1/employment/employers/{id}", new { industry = "", staff = 10, disabledStaff = 12, severeDisabledStaff = 1, contactPhone = "1234" }, Ct));
        Error(wrong, "industry").ShouldContain("所属行业");
        Error(wrong, "size").ShouldContain("企业规模");
        Error(wrong, "disabledStaff").ShouldContain("在职职工人数之间");
        wrong.GetProperty("errors").TryGetProperty("contactPhone", out _).ShouldBeTrue();

        var saved = await Json(await jobs.PutAsJsonAsync($"/api/v1/employment/employers/{id}", new { industry = "电子元器件制造", size = "large", staff = 1200, disabledStaff = 15, severeDisabledStaff = 3 }, Ct), HttpStatusCode.OK);
        saved.GetProperty("quota").GetProperty("shortfall").GetDecimal().ShouldBe(0m);
        saved.GetProperty("contactPhone").GetString().ShouldBe("138****2266");
    }

    private static DateOnly BeijingToday => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static string Chinese(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";

    private static VacancyInputBody Vacancy(Guid employer, string? requirements) =>
        new("餐厅服务员", employer, "4-03-02-05", 3, 3300, 4200, requirements);

    private sealed record VacancyInputBody(string Title, Guid EmployerId, string OccupationCode, int Headcount, int WageMin, int WageMax, string? Requirements);
}
