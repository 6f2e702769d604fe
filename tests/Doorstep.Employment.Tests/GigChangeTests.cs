using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static Doorstep.Employment.Tests.EmploymentDemo;
using static Doorstep.Employment.Tests.GigTests;

namespace Doorstep.Employment.Tests;

/// <summary>Gig jobs changed and cancelled, workers stopped and taken back, and the ratio's period checked, through the API on SQLite and PostgreSQL (one host per database).</summary>
public sealed class GigChangeTests
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task An_open_gig_is_changed_cancelled_only_before_work_is_done_a_stopped_worker_is_offered_nowhere_and_the_ratio_period_is_checked(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = await StartAsync(database);
        var jobs = await app.ClientForAsync("jobs");
        var officer = await app.ClientForAsync("officer");

        // A category of its own keeps the demo's workers out of the matches.
        var drains = (await Json(await officer.PostAsJsonAsync("/api/v1/employment/gigs/categories", new { name = "管道疏通" }, Ct), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var taishan = await MarketAsync(jobs);
        var station = await jobs.GetFromJsonAsync<JsonElement>($"/api/v1/employment/stations/{taishan}", Ct);
        var (lon, lat) = (station.GetProperty("longitude").GetDouble(), station.GetProperty("latitude").GetDouble());
        var first = await WorkerAsync(jobs, new { name = "赵铁柱", phone = "13900001111", marketId = taishan, skills = new[] { drains } });
        var second = await WorkerAsync(jobs, new { name = "孙晓梅", phone = "13900003333", marketId = taishan, skills = new[] { drains } });
        var third = await WorkerAsync(jobs, new { name = "李大勇", phone = "13900004444", marketId = taishan, skills = new[] { drains } });

        var job = (await PostJobAsync(jobs, drains, taishan, "下水道疏通", lon + 0.003, lat, Today, peopleNeeded: 2)).GetProperty("id").GetGuid();
        await Json(await jobs.PostAsJsonAsync($"/api/v1/employment/gigs/jobs/{job}/workers", new { workerId = first }, Ct), HttpStatusCode.OK);
        await Json(await jobs.PostAsJsonAsync($"/api/v1/employment/gigs/jobs/{job}/workers", new { workerId = second }, Ct), HttpStatusCode.OK);
        var body = JobBody(drains, taishan, "厨房下水道疏通", lon + 0.003, lat, Today, 1);
        var tooFew = await Problem(await jobs.PutAsJsonAsync($"/api/v1/employment/gigs/jobs/{job}", body, Ct));
        Error(tooFew, "peopleNeeded").ShouldBe("已有2人接单，需要人数不能少于2人");
        (await jobs.GetFromJsonAsync<JsonElement>($"/api/v1/employment/gigs/jobs/{job}", Ct)).GetProperty("title").GetString().ShouldBe("下水道疏通");
        var changed = await Json(await jobs.PutAsJsonAsync($"/api/v1/employment/gigs/jobs/{job}", body with { PeopleNeeded = 3, Pay = 350, PosterPhone = "" }, Ct), HttpStatusCode.OK);
        changed.GetProperty("title").GetString().ShouldBe("厨房下水道疏通");
        changed.GetProperty("peopleNeeded").GetInt32().ShouldBe(3);
        changed.GetProperty("pay").GetInt32().ShouldBe(350);
        changed.GetProperty("posterPhone").GetString().ShouldBe("138****5678");
        (await jobs.PutAsJsonAsync($"/api/v1/employment/gigs/jobs/{Guid.NewGuid()}", body, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        await Json(await jobs.PostAsJsonAsync($"/api/v1/employment/gigs/jobs/{job}/workers/{first}/state", new { state = "done" }, Ct), HttpStatusCode.OK);
        var afterDone = await Problem(await jobs.PostAsJsonAsync($"/api/v1/employment/gigs/jobs/{job}/cancel", new { reason = "雇主自己修好了" }, Ct));
        Error(afterDone, "job").ShouldBe("已有零工完工或结算，不能撤销；请按实际情况记录完工和结算");
        (await jobs.GetFromJsonAsync<JsonElement>($"/api/v1/employment/gigs/jobs/{job}", Ct)).GetProperty("cancelledAt").ValueKind.ShouldBe(JsonValueKind.Null);

        var other = (await PostJobAsync(jobs, drains, taishan, "化粪池清掏", lon, lat + 0.002, Today, peopleNeeded: 2)).GetProperty("id").GetGuid();
        await Json(await jobs.PostAsJsonAsync($"/api/v1/employment/gigs/jobs/{other}/workers", new { workerId = third }, Ct), HttpStatusCode.OK);
        var noReason = await Problem(await jobs.PostAsJsonAsync($"/api/v1/employment/gigs/jobs/{other}/cancel", new { reason = " " }, Ct));
        Error(noReason, "reason").ShouldStartWith("请填写撤销原因");
        var cancelled = await Json(await jobs.PostAsJsonAsync($"/api/v1/employment/gigs/jobs/{other}/cancel", new { reason = "雇主已自行找到人" }, Ct), HttpStatusCode.OK);
        cancelled.GetProperty("cancelReason").GetString().ShouldBe("雇主已自行找到人");
        cancelled.GetProperty("taken").GetInt32().ShouldBe(0);
        cancelled.GetProperty("workers").GetArrayLength().ShouldBe(0);
        var board = await jobs.GetFromJsonAsync<JsonElement>($"/api/v1/employment/gigs/board?market={taishan}&date={Today:yyyy-MM-dd}", Ct);
        board.GetProperty("jobs").EnumerateArray().Select(j => j.GetProperty("id").GetGuid()).ShouldNotContain(other);
        (await jobs.GetFromJsonAsync<JsonElement>($"/api/v1/employment/gigs/jobs/{other}/matches", Ct)).GetArrayLength().ShouldBe(0);
        var released = (await jobs.GetFromJsonAsync<JsonElement>($"/api/v1/employment/gigs/workers/{third}/matches", Ct)).EnumerateArray().Select(m => m.GetProperty("jobId").GetGuid()).ToList();
        released.ShouldContain(job);
        released.ShouldNotContain(other);
        Error(await Problem(await jobs.PutAsJsonAsync($"/api/v1/employment/gigs/jobs/{other}", body, Ct)), "job").ShouldBe("该零工需求已撤销，不能再修改");
        Error(await Problem(await jobs.PostAsJsonAsync($"/api/v1/employment/gigs/jobs/{other}/workers", new { workerId = third }, Ct)), "job").ShouldBe("该零工需求已撤销，不能再接单");

        var stopped = await Json(await jobs.PutAsJsonAsync($"/api/v1/employment/gigs/workers/{third}", new { skills = new[] { drains }, available = false }, Ct), HttpStatusCode.OK);
        stopped.GetProperty("available").GetBoolean().ShouldBeFalse();
        (await jobs.GetFromJsonAsync<JsonElement>($"/api/v1/employment/gigs/jobs/{job}/matches", Ct)).EnumerateArray().Select(m => m.GetProperty("workerId").GetGuid()).ShouldNotContain(third);
        Error(await Problem(await jobs.PostAsJsonAsync($"/api/v1/employment/gigs/workers/{third}/check-ins", new { }, Ct)), "available").ShouldContain("停止接单");
        Error(await Problem(await jobs.PostAsJsonAsync($"/api/v1/employment/gigs/jobs/{job}/workers", new { workerId = third }, Ct)), "workerId").ShouldContain("停止接单");
        Error(await Problem(await jobs.PutAsJsonAsync($"/api/v1/employment/gigs/workers/{third}", new { skills = Array.Empty<Guid>() }, Ct)), "skills").ShouldBe("请至少选择一项会干的活（零工类别）");
        var back = await Json(await jobs.PutAsJsonAsync($"/api/v1/employment/gigs/workers/{third}", new { skills = new[] { drains }, days = new[] { Today.DayOfWeek.ToString() }, available = true }, Ct), HttpStatusCode.OK);
        back.GetProperty("available").GetBoolean().ShouldBeTrue();
        back.GetProperty("days").EnumerateArray().Select(d => d.GetString()).ShouldBe([Today.DayOfWeek.ToString()]);
        (await jobs.GetFromJsonAsync<JsonElement>($"/api/v1/employment/gigs/jobs/{job}/matches", Ct)).EnumerateArray().Select(m => m.GetProperty("workerId").GetGuid()).ShouldContain(third);

        var today = await jobs.GetFromJsonAsync<JsonElement>("/api/v1/employment/gigs/ratio", Ct);
        today.GetProperty("from").GetString().ShouldBe(Today.ToString("yyyy-MM-dd"));
        today.GetProperty("to").GetString().ShouldBe(Today.ToString("yyyy-MM-dd"));
        today.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("category").GetString() == "管道疏通").GetProperty("peopleNeeded").GetInt32().ShouldBe(3);
        (await jobs.GetAsync($"/api/v1/employment/gigs/ratio?from={Today:yyyy-MM-dd}&to={Today.AddDays(91):yyyy-MM-dd}", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var tooLong = await Problem(await jobs.GetAsync($"/api/v1/employment/gigs/ratio?from={Today:yyyy-MM-dd}&to={Today.AddDays(92):yyyy-MM-dd}", Ct));
        Error(tooLong, "to").ShouldBe("统计期最长92天，所选为93天，请缩短");
        var backwards = await Problem(await jobs.GetAsync($"/api/v1/employment/gigs/ratio/export?from={Today:yyyy-MM-dd}&to={Today.AddDays(-1):yyyy-MM-dd}", Ct));
        Error(backwards, "to").ShouldStartWith("结束日期（");
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task Moving_a_gig_onto_a_day_its_worker_already_works_elsewhere_is_refused(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = await StartAsync(database);
        var jobs = await app.ClientForAsync("jobs");
        var officer = await app.ClientForAsync("officer");
        var moving = (await Json(await officer.PostAsJsonAsync("/api/v1/employment/gigs/categories", new { name = "钢琴搬运" }, Ct), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var taishan = await MarketAsync(jobs);
        var worker = await WorkerAsync(jobs, new { name = "周建国", phone = "13900005555", marketId = taishan, skills = new[] { moving } });
        var monday = Today.AddDays(1);
        var tuesday = Today.AddDays(2);
        var first = (await PostJobAsync(jobs, moving, taishan, "搬钢琴上三楼", 113.11, 27.85, monday, peopleNeeded: 1)).GetProperty("id").GetGuid();
        var second = (await PostJobAsync(jobs, moving, taishan, "搬书柜", 113.11, 27.85, tuesday, peopleNeeded: 1)).GetProperty("id").GetGuid();
        await Json(await jobs.PostAsJsonAsync($"/api/v1/employment/gigs/jobs/{first}/workers", new { workerId = worker }, Ct), HttpStatusCode.OK);
        await Json(await jobs.PostAsJsonAsync($"/api/v1/employment/gigs/jobs/{second}/workers", new { workerId = worker }, Ct), HttpStatusCode.OK);

        var clash = await Problem(await jobs.PutAsJsonAsync($"/api/v1/employment/gigs/jobs/{second}", JobBody(moving, taishan, "搬书柜", 113.11, 27.85, monday, 1), Ct));
        var moved = await Json(await jobs.PutAsJsonAsync($"/api/v1/employment/gigs/jobs/{second}", JobBody(moving, taishan, "搬书柜", 113.11, 27.85, Today.AddDays(3), 1), Ct), HttpStatusCode.OK);

        Error(clash, "startDate").ShouldBe($"周建国在{monday.Year}年{monday.Month}月{monday.Day}日已接了“搬钢琴上三楼”，改到这几天会时间冲突");
        moved.GetProperty("startDate").GetString().ShouldBe(Today.AddDays(3).ToString("yyyy-MM-dd"));
    }
}
