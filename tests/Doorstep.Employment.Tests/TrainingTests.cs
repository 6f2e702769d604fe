using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Doorstep.Kernel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Doorstep.Employment.Tests.EmploymentDemo;

namespace Doorstep.Employment.Tests;

/// <summary>Subsidised training and labour brands through the API on SQLite and PostgreSQL: courses, enrolment within the places, each trainee's steps, the figures, brands, scope and the enrolment import.</summary>
public sealed class TrainingTests
{
    private const string KanghuaGrid = "430211001001001";
    private const string XiashiGrid = "430211101201001";
    private const string Tianyuan = "430211000000";
    private const string Courses = "/api/v1/employment/training/courses";

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task A_course_fills_its_places_refuses_the_next_and_follows_its_trainees_to_work(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = await StartAsync(database);
        var jobs = await app.ClientForAsync("jobs");
        var wang = IdNumber(1990, 1);
        var li = IdNumber(1992, 2);
        var zhao = IdNumber(1988, 3);
        await SeekerTests.PersonAsync(jobs, "王秀兰", wang, KanghuaGrid, 113.098, 27.838);
        await SeekerTests.PersonAsync(jobs, "李春梅", li, KanghuaGrid, 113.098, 27.838);
        await SeekerTests.PersonAsync(jobs, "赵红霞", zhao, XiashiGrid, 113.015, 27.745);
        var course = await CourseAsync(jobs, "育婴员（五级）测试班", capacity: 2, subsidy: 1_200);
        course.GetProperty("providerName").GetString().ShouldBe("九郎山职教科创城培训中心");
        course.GetProperty("regionCode").GetString().ShouldBe("430211002002");
        course.GetProperty("occupationName").GetString().ShouldBe("育婴员");
        course.GetProperty("mode").GetString().ShouldBe("order-based");
        var id = course.GetProperty("id").GetGuid();

        var first = await Json(await jobs.PostAsJsonAsync($"{Courses}/{id}/enrolments", new { idNumber = wang }, Ct), HttpStatusCode.Created);
        first.GetProperty("name").GetString().ShouldBe("王秀兰");
        first.GetProperty("idNumber").GetString().ShouldBe(CitizenId.Parse(wang).Masked);
        first.GetProperty("subsidised").GetBoolean().ShouldBeTrue();
        first.GetProperty("status").GetString().ShouldBe("enrolled");
        Error(await Problem(await jobs.PostAsJsonAsync($"{Courses}/{id}/enrolments", new { idNumber = wang }, Ct)), "idNumber").ShouldContain("已报名该培训班");
        await Json(await jobs.PostAsJsonAsync($"{Courses}/{id}/enrolments", new { idNumber = li, subsidised = false }, Ct), HttpStatusCode.Created);

        var full = await Problem(await jobs.PostAsJsonAsync($"{Courses}/{id}/enrolments", new { idNumber = zhao }, Ct));
        Error(full, "capacity").ShouldContain("名额已满");
        var after = await jobs.GetFromJsonAsync<JsonElement>($"{Courses}/{id}", Ct);
        after.GetProperty("enrolled").GetInt32().ShouldBe(2);
        after.GetProperty("placesLeft").GetInt32().ShouldBe(0);
        (await Roster(jobs, id)).ShouldBe(["李春梅", "王秀兰"]);

        var enrolment = first.GetProperty("id").GetGuid();
        var step = $"/api/v1/employment/training/enrolments/{enrolment}";
        Error(await Problem(await jobs.PostAsJsonAsync($"{step}/certificate", new { certificateKind = "skill-level", certificateLevel = 5, certificateNumber = "S1", certifiedOn = Today }, Ct)), "status")
            .ShouldContain("尚未结业");
        Error(await Problem(await jobs.PostAsJsonAsync($"{step}/complete", new { completedOn = Today.AddDays(-2) }, Ct)), "completedOn").ShouldContain("早于培训班结束日期");
        var completed = await Json(await jobs.PostAsJsonAsync($"{step}/complete", new { completedOn = Today.AddDays(-1) }, Ct), HttpStatusCode.OK);
        completed.GetProperty("status").GetString().ShouldBe("completed");
        Error(await Problem(await jobs.PostAsJsonAsync($"{step}/complete", new { completedOn = Today }, Ct)), "status").ShouldContain("不能重复登记");
        Error(await Problem(await jobs.PostAsJsonAsync($"{step}/certificate", new { certificateKind = "skill-level", certificateNumber = "S1", certifiedOn = Today }, Ct)), "certificateLevel")
            .ShouldContain("五级");
        var certified = await Json(await jobs.PostAsJsonAsync($"{step}/certificate", new { certificateKind = "skill-level", certificateLevel = 5, certificateNumber = "S2024430211001", certifiedOn = Today }, Ct), HttpStatusCode.OK);
        certified.GetProperty("certificateLevel").GetInt32().ShouldBe(5);
        Error(await Problem(await jobs.PostAsJsonAsync($"{step}/employment", new { employedOn = Today.AddDays(-2), employerName = "株洲好月嫂家政服务有限公司" }, Ct)), "employedOn")
            .ShouldContain("早于结业日期");
        var employed = await Json(await jobs.PostAsJsonAsync($"{step}/employment", new { employedOn = Today, employerName = "株洲好月嫂家政服务有限公司" }, Ct), HttpStatusCode.OK);
        employed.GetProperty("employerName").GetString().ShouldBe("株洲好月嫂家政服务有限公司");

        var second = (await jobs.GetFromJsonAsync<JsonElement>($"{Courses}/{id}/enrolments?q=李春梅", Ct)).GetProperty("items")[0].GetProperty("id").GetGuid();
        Error(await Problem(await jobs.PostAsJsonAsync($"/api/v1/employment/training/enrolments/{second}/withdraw", new { }, Ct)), "note").ShouldContain("退学原因");
        await Json(await jobs.PostAsJsonAsync($"/api/v1/employment/training/enrolments/{second}/withdraw", new { note = "外出务工" }, Ct), HttpStatusCode.OK);
        await Json(await jobs.PostAsJsonAsync($"{Courses}/{id}/enrolments", new { idNumber = zhao }, Ct), HttpStatusCode.Created);

        var figures = await jobs.GetFromJsonAsync<JsonElement>($"/api/v1/employment/training/figures?region={Tianyuan}&from={Iso(Today.AddYears(-1))}&to={Iso(Today)}", Ct);
        var total = figures.GetProperty("total");
        total.GetProperty("trained").GetInt32().ShouldBe(2);
        total.GetProperty("subsidised").GetInt32().ShouldBe(2);
        total.GetProperty("completed").GetInt32().ShouldBe(1);
        total.GetProperty("certified").GetInt32().ShouldBe(1);
        total.GetProperty("employedAfter").GetInt32().ShouldBe(1);
        total.GetProperty("subsidyAmount").GetInt64().ShouldBe(1_200);
        total.GetProperty("employmentRate").GetDouble().ShouldBe(1.0);
        figures.GetProperty("regions").EnumerateArray().Select(r => (r.GetProperty("name").GetString(), r.GetProperty("trained").GetInt32()))
            .ShouldBe([("嵩山街道", 1), ("雷打石镇", 1)]);
        figures.GetProperty("courses").EnumerateArray().Single().GetProperty("name").GetString().ShouldBe("育婴员（五级）测试班");
        figures.GetProperty("providers").EnumerateArray().Single().GetProperty("name").GetString().ShouldBe("九郎山职教科创城培训中心");

        var csv = await jobs.GetStringAsync($"/api/v1/employment/training/figures/export?region={Tianyuan}&from={Iso(Today.AddYears(-1))}&to={Iso(Today)}&format=csv", Ct);
        csv.ShouldContain("育婴员（五级）测试班");
        var roster = await jobs.GetStringAsync($"{Courses}/{id}/enrolments/export?format=csv", Ct);
        roster.ShouldContain(CitizenId.Parse(wang).Masked);
        roster.ShouldNotContain(wang);
        roster.ShouldContain("株洲好月嫂家政服务有限公司");
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Platform.Data.DoorstepDb>();
        var exports = await db.AuditEntries.IgnoreQueryFilters().Where(a => a.Event == "export" && a.UserName == "jobs").Select(a => a.ObjectType).ToListAsync(Ct);
        exports.ShouldBe(["TrainingFigures", "TrainingEnrolment"], ignoreOrder: true);
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task Bad_courses_are_refused_field_by_field_and_a_town_sees_only_its_trainees_and_health_staff_nothing(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = await StartAsync(database);
        await app.CreateUserAsync("jobs-lds", Platform.Security.Roles.EmploymentSpecialist, Leidashi);
        var jobs = await app.ClientForAsync("jobs");
        var town = await app.ClientForAsync("jobs-lds");

        var empty = await Problem(await jobs.PostAsJsonAsync(Courses, new { }, Ct));
        foreach (var field in new[] { "providerId", "title", "mode", "occupationCode", "hours", "subsidyPerPerson", "capacity", "startsOn", "endsOn" })
        {
            empty.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(field);
        }

        var providerId = await ProviderAsync(jobs);
        var wrong = await Problem(await jobs.PostAsJsonAsync(Courses, new
        {
            providerId, title = "电工班", occupationCode = "6", hours = 0, subsidyPerPerson = 6_001, capacity = 201, startsOn = Today, endsOn = Today.AddDays(-1),
        }, Ct));
        Error(wrong, "mode").ShouldContain("order-based");
        Error(wrong, "occupationCode").ShouldContain("不在职业分类中");
        Error(wrong, "hours").ShouldBe("课时应为1～2000");
        Error(wrong, "subsidyPerPerson").ShouldBe("每人补贴标准应为0～6000元");
        Error(wrong, "capacity").ShouldBe("计划招收人数应为1～200人");
        Error(wrong, "endsOn").ShouldContain("早于开班日期");
        Error(await Problem(await jobs.PostAsJsonAsync(Courses, new { providerId = Guid.NewGuid(), title = "x", mode = "directed", occupationCode = "6-31-01-03", hours = 10, subsidyPerPerson = 0, capacity = 5, startsOn = Today, endsOn = Today }, Ct)), "providerId")
            .ShouldContain("培训机构不存在");

        var course = await CourseAsync(jobs, "电工（四级）定向班测试", capacity: 10, subsidy: 1_800);
        var id = course.GetProperty("id").GetGuid();
        var kanghua = IdNumber(1980, 11);
        await SeekerTests.PersonAsync(jobs, "刘德明", kanghua, KanghuaGrid, 113.098, 27.838);
        await SeekerTests.PersonAsync(jobs, "彭桂花", IdNumber(1978, 12), XiashiGrid, 113.015, 27.745);
        var child = IdNumber(Today.Year - 12, 13);
        await SeekerTests.PersonAsync(jobs, "刘乐乐", child, KanghuaGrid, 113.098, 27.838);
        Error(await Problem(await jobs.PostAsJsonAsync($"{Courses}/{id}/enrolments", new { idNumber = child }, Ct)), "idNumber").ShouldContain("未满16周岁");
        Error(await Problem(await jobs.PostAsJsonAsync($"{Courses}/{id}/enrolments", new { idNumber = IdNumber(1970, 14) }, Ct)), "idNumber").ShouldContain("居民档案中没有这个人");
        var kanghuaEnrolment = (await Json(await jobs.PostAsJsonAsync($"{Courses}/{id}/enrolments", new { idNumber = kanghua }, Ct), HttpStatusCode.Created)).GetProperty("id").GetGuid();

        (await town.GetFromJsonAsync<JsonElement>($"{Courses}?q=电工", Ct)).GetProperty("total").GetInt32().ShouldBeGreaterThanOrEqualTo(1);
        Error(await Problem(await town.PutAsJsonAsync($"{Courses}/{id}", new { providerId, title = "改名", mode = "directed", occupationCode = "6-31-01-03", hours = 10, subsidyPerPerson = 0, capacity = 5, startsOn = Today, endsOn = Today }, Ct)), "regionCode")
            .ShouldContain("不在您的管辖范围内");
        Error(await Problem(await town.PostAsJsonAsync($"{Courses}/{id}/enrolments", new { idNumber = kanghua }, Ct)), "idNumber").ShouldContain("不在您的管辖范围内");
        var townPerson = (await town.GetFromJsonAsync<JsonElement>("/api/v1/people?q=彭桂花", Ct)).GetProperty("items")[0].GetProperty("id").GetGuid();
        await Json(await town.PostAsJsonAsync($"{Courses}/{id}/enrolments", new { personId = townPerson }, Ct), HttpStatusCode.Created);
        (await Roster(town, id)).ShouldBe(["彭桂花"]);
        (await Roster(jobs, id)).ShouldBe(["刘德明", "彭桂花"]);
        (await town.GetAsync($"/api/v1/employment/training/enrolments/{kanghuaEnrolment}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await town.PostAsJsonAsync($"/api/v1/employment/training/enrolments/{kanghuaEnrolment}/withdraw", new { note = "x" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await town.GetFromJsonAsync<JsonElement>($"{Courses}/{id}", Ct)).GetProperty("enrolled").GetInt32().ShouldBe(2);
        var townFigures = await town.GetFromJsonAsync<JsonElement>($"/api/v1/employment/training/figures?region={Leidashi}&from={Iso(Today.AddYears(-1))}&to={Iso(Today)}", Ct);
        townFigures.GetProperty("total").GetProperty("trained").GetInt32().ShouldBe(1);
        (await town.GetAsync($"/api/v1/employment/training/figures?region={Tianyuan}", Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var officer = await app.ClientForAsync("officer");
        (await officer.GetAsync($"{Courses}/{id}/enrolments", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await officer.PostAsJsonAsync($"{Courses}/{id}/enrolments", new { idNumber = kanghua }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var doctor = await app.ClientForAsync("doctor");
        foreach (var path in new[] { Courses, $"{Courses}/{id}", $"{Courses}/{id}/enrolments", "/api/v1/employment/training/providers", $"/api/v1/employment/training/figures?region={Tianyuan}", "/api/v1/employment/labour-brands" })
        {
            (await doctor.GetAsync(path, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden, path);
        }

        (await doctor.PostAsJsonAsync($"{Courses}/{id}/enrolments", new { idNumber = kanghua }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await doctor.GetAsync("/employment/training", Ct)).StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task Labour_brands_are_listed_to_all_and_their_workers_kept_in_scope(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = await StartAsync(database);
        await app.CreateUserAsync("jobs-lds", Platform.Security.Roles.EmploymentSpecialist, Leidashi);
        var jobs = await app.ClientForAsync("jobs");
        var town = await app.ClientForAsync("jobs-lds");

        var demo = await jobs.GetFromJsonAsync<JsonElement>("/api/v1/employment/labour-brands", Ct);
        var levels = demo.GetProperty("items").EnumerateArray().ToDictionary(b => b.GetProperty("name").GetString()!, b => b.GetProperty("level").GetString());
        levels["醴陵陶瓷工匠"].ShouldBe("provincial");
        levels["株洲月嫂"].ShouldBe("city");

        var bad = await Problem(await jobs.PostAsJsonAsync("/api/v1/employment/labour-brands", new { name = "株洲月嫂", occupationCode = "9-99", regionCode = "430203000000" }, Ct));
        Error(bad, "name").ShouldContain("已有名为");
        Error(bad, "level").ShouldContain("provincial");
        Error(bad, "occupationCode").ShouldContain("不在职业分类中");
        Error(bad, "regionCode").ShouldContain("不在您的管辖范围内");
        var brand = await Json(await jobs.PostAsJsonAsync("/api/v1/employment/labour-brands", new
        {
            name = "天元电工", level = "county", occupationCode = "6-31-01-03", regionCode = Tianyuan, description = "天元区电工培训就业品牌",
        }, Ct), HttpStatusCode.Created);
        var id = brand.GetProperty("id").GetGuid();
        brand.GetProperty("occupationName").GetString().ShouldBe("电工");
        (await jobs.GetFromJsonAsync<JsonElement>("/api/v1/employment/labour-brands?level=county&q=电工", Ct)).GetProperty("total").GetInt32().ShouldBe(1);

        var kanghua = IdNumber(1985, 21);
        await SeekerTests.PersonAsync(jobs, "陈志强", kanghua, KanghuaGrid, 113.098, 27.838);
        var xiashi = IdNumber(1987, 22);
        await SeekerTests.PersonAsync(jobs, "周建军", xiashi, XiashiGrid, 113.015, 27.745);
        var worker = await Json(await jobs.PostAsJsonAsync($"/api/v1/employment/labour-brands/{id}/workers", new { idNumber = kanghua }, Ct), HttpStatusCode.Created);
        worker.GetProperty("idNumber").GetString().ShouldBe(CitizenId.Parse(kanghua).Masked);
        Error(await Problem(await jobs.PostAsJsonAsync($"/api/v1/employment/labour-brands/{id}/workers", new { idNumber = kanghua }, Ct)), "idNumber").ShouldContain("已在“天元电工”中");
        Error(await Problem(await town.PostAsJsonAsync($"/api/v1/employment/labour-brands/{id}/workers", new { idNumber = kanghua }, Ct)), "idNumber").ShouldContain("不在您的管辖范围内");
        await Json(await town.PostAsJsonAsync($"/api/v1/employment/labour-brands/{id}/workers", new { idNumber = xiashi }, Ct), HttpStatusCode.Created);

        (await town.GetFromJsonAsync<JsonElement>($"/api/v1/employment/labour-brands/{id}", Ct)).GetProperty("workers").GetInt32().ShouldBe(2);
        (await Workers(town, id)).ShouldBe(["周建军"]);
        (await Workers(jobs, id)).ShouldBe(["周建军", "陈志强"], ignoreOrder: true);
        (await town.PutAsJsonAsync($"/api/v1/employment/labour-brands/{id}", new { name = "天元电工", level = "city", regionCode = Tianyuan }, Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await town.DeleteAsync($"/api/v1/employment/labour-brands/{id}/workers/{worker.GetProperty("id").GetGuid()}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await jobs.DeleteAsync($"/api/v1/employment/labour-brands/{id}/workers/{worker.GetProperty("id").GetGuid()}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await Workers(jobs, id)).ShouldBe(["周建军"]);

        var page = await jobs.GetStringAsync($"/employment/labour-brands/{id}", Ct);
        page.ShouldContain("天元电工");
        page.ShouldContain("周建军");
        (await jobs.GetStringAsync("/employment/labour-brands", Ct)).ShouldContain("醴陵陶瓷工匠");
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task An_enrolments_file_reports_each_bad_row_and_all_or_nothing_writes_none(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = await StartAsync(database);
        var jobs = await app.ClientForAsync("jobs");
        var chen = IdNumber(1983, 31);
        var zhou = IdNumber(1999, 32);
        var sun = IdNumber(1995, 33);
        var nobody = IdNumber(1975, 34);
        await SeekerTests.PersonAsync(jobs, "陈丽", chen, KanghuaGrid, 113.098, 27.838);
        await SeekerTests.PersonAsync(jobs, "周敏", zhou, KanghuaGrid, 113.099, 27.837);
        await SeekerTests.PersonAsync(jobs, "孙倩", sun, KanghuaGrid, 113.099, 27.837);
        var course = await CourseAsync(jobs, "中式烹调师导入测试班", capacity: 2, subsidy: 1_500);
        var id = course.GetProperty("id").GetGuid();
        var file = $"""
            培训班,身份证号码,姓名,补贴性培训
            中式烹调师导入测试班,{chen},陈丽,是
            中式烹调师导入测试班,{nobody},,
            中式烹调师导入测试班,{chen},,
            {id},{zhou},周敏,否
            中式烹调师导入测试班,{sun},孙倩,
            不存在的培训班,{sun},,
            """;

        var atomic = await ImportAsync(jobs, file, allOrNothing: true);
        atomic.GetProperty("imported").GetInt32().ShouldBe(0);
        (await jobs.GetFromJsonAsync<JsonElement>($"{Courses}/{id}", Ct)).GetProperty("enrolled").GetInt32().ShouldBe(0);
        (await Roster(jobs, id)).ShouldBeEmpty();

        var report = await ImportAsync(jobs, file, allOrNothing: false);
        report.GetProperty("total").GetInt32().ShouldBe(6);
        report.GetProperty("imported").GetInt32().ShouldBe(2);
        var errors = report.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("column").GetString(), e.GetProperty("message").GetString()!)).ToList();
        errors.ShouldContain(e => e.Item1 == 3 && e.Item2 == "身份证号码" && e.Item3.Contains("居民档案中没有这个人"));
        errors.ShouldContain(e => e.Item1 == 4 && e.Item2 == "身份证号码" && e.Item3.Contains("已报名该培训班"));
        errors.ShouldContain(e => e.Item1 == 6 && e.Item2 == "培训班" && e.Item3.Contains("名额已满"));
        errors.ShouldContain(e => e.Item1 == 7 && e.Item2 == "培训班" && e.Item3.Contains("不存在的培训班"));
        (await Roster(jobs, id)).ShouldBe(["周敏", "陈丽"]);
        var enrolments = (await jobs.GetFromJsonAsync<JsonElement>($"{Courses}/{id}/enrolments", Ct)).GetProperty("items").EnumerateArray()
            .ToDictionary(e => e.GetProperty("name").GetString()!, e => e.GetProperty("subsidised").GetBoolean());
        enrolments["陈丽"].ShouldBeTrue();
        enrolments["周敏"].ShouldBeFalse();

        (await jobs.GetStringAsync("/employment/training", Ct)).ShouldContain("中式烹调师导入测试班");
        (await jobs.GetStringAsync($"/employment/training/{id}", Ct)).ShouldContain("陈丽");
        (await jobs.GetStringAsync("/employment/training/figures", Ct)).ShouldContain("培训人次");
        (await jobs.GetStringAsync("/employment/enrolments/import", Ct)).ShouldContain("/api/v1/employment/enrolments/import/template?format=xlsx");
    }

    private static async Task<Guid> ProviderAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/employment/training/providers", Ct)).EnumerateArray()
            .Single(p => p.GetProperty("name").GetString() == "九郎山职教科创城培训中心").GetProperty("id").GetGuid();

    /// <summary>A course at the demo training centre that ended yesterday, so its trainees can complete today.</summary>
    private static async Task<JsonElement> CourseAsync(HttpClient client, string title, int capacity, int subsidy) =>
        await Json(await client.PostAsJsonAsync(Courses, new
        {
            providerId = await ProviderAsync(client), title, mode = "order-based", occupationCode = "4-10-01-02", hours = 88, subsidyPerPerson = subsidy, capacity,
            startsOn = Today.AddDays(-30), endsOn = Today.AddDays(-1),
        }, Ct), HttpStatusCode.Created);

    private static async Task<List<string?>> Roster(HttpClient client, Guid course) =>
        (await client.GetFromJsonAsync<JsonElement>($"{Courses}/{course}/enrolments", Ct)).GetProperty("items").EnumerateArray()
            .Where(e => e.GetProperty("status").GetString() != "withdrawn").Select(e => e.GetProperty("name").GetString()).ToList();

    private static async Task<List<string?>> Workers(HttpClient client, Guid brand) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/employment/labour-brands/{brand}/workers", Ct)).GetProperty("items").EnumerateArray()
            .Select(e => e.GetProperty("name").GetString()).ToList();

    private static async Task<JsonElement> ImportAsync(HttpClient client, string csv, bool allOrNothing)
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        using var content = new MultipartFormDataContent { { file, "file", "rows.csv" }, { new StringContent(allOrNothing ? "true" : "false"), "allOrNothing" } };
        return await Json(await client.PostAsync("/api/v1/employment/enrolments/import", content, Ct), HttpStatusCode.OK);
    }

    private static string IdNumber(int year, int sequence) => CitizenId.Create("430211", new DateOnly(year, 3, 14), sequence);

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
