using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Doorstep.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Doorstep.Care.Tests.CareDemo;

namespace Doorstep.Care.Tests;

/// <summary>Appeals opening their work items in one transaction, and the figures following the work item's loop, on SQLite and PostgreSQL.</summary>
public sealed class AppealTests
{
    private const string Xiashi = "430211101201";

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task An_appeal_opens_its_work_item_with_the_time_class_deadline_and_out_of_scope_or_bad_input_writes_nothing(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = await StartAsync(database);
        var deputy = await app.ClientForAsync("deputy");
        var grid = await app.ClientForAsync("grid");
        var luo = await HouseholdAsync(deputy, "罗秋菊");
        var members = (await deputy.GetFromJsonAsync<JsonElement>($"/api/v1/care/households/{luo.GetProperty("id").GetGuid()}", Ct)).GetProperty("members");
        var mother = members.EnumerateArray().First(m => m.GetProperty("name").GetString() == "罗秋菊").GetProperty("personId").GetGuid();

        var created = await deputy.PostAsJsonAsync("/api/v1/care/appeals", new
        {
            kind = "求助", source = "station", timeClass = "emergency", content = "家里电线冒火花。请马上派电工。", person = mother, household = luo.GetProperty("id").GetGuid(),
        }, Ct);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync(Ct));
        var appeal = await created.Content.ReadFromJsonAsync<JsonElement>(Ct);
        appeal.GetProperty("status").GetString().ShouldBe("Opened");
        appeal.GetProperty("receivedBy").GetString().ShouldBe("deputy");
        appeal.GetProperty("regionCode").GetString().ShouldBe("430203101203002");

        var item = (await deputy.GetFromJsonAsync<JsonElement>($"/api/v1/work-items/{appeal.GetProperty("workItemId").GetGuid()}", Ct)).GetProperty("item");
        item.GetProperty("typeCode").GetString().ShouldBe("care.appeal");
        item.GetProperty("category").GetString().ShouldBe("emergency");
        item.GetProperty("title").GetString().ShouldBe("求助：家里电线冒火花");
        item.GetProperty("contactName").GetString().ShouldBe("罗秋菊");
        item.GetProperty("subjectRef").GetString().ShouldBe($"/care/appeals/{appeal.GetProperty("id").GetGuid()}");
        item.GetProperty("timeLimit").GetString().ShouldBe("2h");
        (item.GetProperty("dueAt").GetDateTime() - item.GetProperty("openedAt").GetDateTime()).ShouldBe(TimeSpan.FromHours(2));

        var mine = await deputy.GetFromJsonAsync<JsonElement>("/api/v1/care/appeals?mine=true&q=电线", Ct);
        mine.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("id").GetGuid()).ShouldBe([appeal.GetProperty("id").GetGuid()]);

        // A registered resident found by ID number: the registry gives the name and the callback phone.
        var officer = await app.ClientForAsync("officer");
        var idNumber = Kernel.CitizenId.Create("430211", new DateOnly(1958, 3, 14), 31);
        var person = await officer.PostAsJsonAsync("/api/v1/people", new { name = "谭秋生", idNumber, phone = "13907331188", regionCode = Xiashi + "003", address = "天元区雷打石镇霞石村3组" }, Ct);
        person.StatusCode.ShouldBe(HttpStatusCode.Created, await person.Content.ReadAsStringAsync(Ct));
        var byId = await grid.PostAsJsonAsync("/api/v1/care/appeals", new { kind = "help", source = "phone", content = "屋后水沟堵塞，下雨积水进屋。", idNumber }, Ct);
        byId.StatusCode.ShouldBe(HttpStatusCode.Created, await byId.Content.ReadAsStringAsync(Ct));
        var found = await byId.Content.ReadFromJsonAsync<JsonElement>(Ct);
        found.GetProperty("appellantName").GetString().ShouldBe("谭秋生");
        found.GetProperty("appellantPhone").GetString().ShouldBe("139****1188");
        found.GetProperty("regionCode").GetString().ShouldBe(Xiashi + "003");

        var before = await CountsAsync(deputy, grid);

        // The same resident is outside the deputy's town: not found, and nothing written.
        var notMine = await deputy.PostAsJsonAsync("/api/v1/care/appeals", new { kind = "help", source = "phone", content = "屋后水沟堵塞", idNumber }, Ct);
        notMine.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await notMine.Content.ReadAsStringAsync(Ct)).ShouldContain("居民档案中没有此身份证号码，或不在您的管辖范围内");

        // 周淑珍's household is in 霞石村, the grid member's village, not the deputy's town.
        var zhou = (await HouseholdAsync(grid, "周淑珍")).GetProperty("id").GetGuid();
        var outside = await deputy.PostAsJsonAsync("/api/v1/care/appeals", new { kind = "help", source = "visit", content = "想申请临时救助", household = zhou, appellantName = "周淑珍", appellantPhone = "13800000000" }, Ct);
        outside.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await outside.Content.ReadAsStringAsync(Ct)).ShouldContain("找不到该困难家庭，或不在您的管辖范围内");

        var bad = await deputy.PostAsJsonAsync("/api/v1/care/appeals", new { kind = "抱怨", source = "信访", timeClass = "someday", content = " ", appellantName = "路人", appellantPhone = "12345", region = Xiashi }, Ct);
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problems = await bad.Content.ReadAsStringAsync(Ct);
        problems.ShouldContain("没有“抱怨”这种诉求类型");
        problems.ShouldContain("没有“信访”这种诉求来源");
        problems.ShouldContain("没有“someday”这一时限类别");
        problems.ShouldContain("请填写诉求内容");
        problems.ShouldContain("appellantPhone");
        problems.ShouldContain("不存在或不在您的管辖范围内");

        (await CountsAsync(deputy, grid)).ShouldBe(before);
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task The_figures_follow_the_work_item_from_dispatch_to_a_satisfied_callback(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = await StartAsync(database);
        var grid = await app.ClientForAsync("grid");
        var officer = await app.ClientForAsync("officer");

        // The demo's 霞石村: the street lights (sent to the grid member, not yet accepted) and the backlogged house repair.
        var figures = await FiguresAsync(grid);
        figures.EnumerateObject().Select(p => p.Name).ShouldBe(["received", "responded", "resolved", "satisfied", "responseRate", "resolutionRate", "satisfactionRate"]);
        Figures(figures).ShouldBe((2, 1, 0, 0, 0.5m, 0m, 0m));

        var hu = await HouseholdAsync(grid, "胡德全");
        var created = await grid.PostAsJsonAsync("/api/v1/care/appeals", new
        {
            kind = "help", source = "phone", content = "独居，院门口台阶塌了，进出不便。", household = hu.GetProperty("id").GetGuid(), appellantName = "胡德全", appellantPhone = "139 0733 8866",
        }, Ct);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync(Ct));
        var appeal = await created.Content.ReadFromJsonAsync<JsonElement>(Ct);
        appeal.GetProperty("appellantPhone").GetString().ShouldBe("139****8866");
        var id = appeal.GetProperty("workItemId").GetGuid();
        Figures(await FiguresAsync(grid)).ShouldBe((3, 1, 0, 0, 0.3333m, 0m, 0m));

        await StepAsync(officer, id, "dispatch", new { assignUser = "grid" });
        Figures(await FiguresAsync(grid)).ShouldBe((3, 1, 0, 0, 0.3333m, 0m, 0m));
        await StepAsync(grid, id, "accept", new { });
        Figures(await FiguresAsync(grid)).ShouldBe((3, 2, 0, 0, 0.6667m, 0m, 0m));
        await StepAsync(grid, id, "handle", new { note = "请村里泥工修好台阶，加装扶手" });
        await StepAsync(officer, id, "verify", new { passed = true });
        await StepAsync(officer, id, "close", new { });
        Figures(await FiguresAsync(grid)).ShouldBe((3, 2, 1, 0, 0.6667m, 0.3333m, 0m));
        await StepAsync(officer, id, "evaluate", new { satisfaction = "Satisfied", note = "电话回访，老人满意" });
        Figures(await FiguresAsync(grid)).ShouldBe((3, 2, 1, 1, 0.6667m, 0.3333m, 1m));

        var detail = await grid.GetFromJsonAsync<JsonElement>($"/api/v1/care/appeals/{appeal.GetProperty("id").GetGuid()}", Ct);
        detail.GetProperty("appeal").GetProperty("status").GetString().ShouldBe("Evaluated");
        detail.GetProperty("appeal").GetProperty("satisfaction").GetString().ShouldBe("Satisfied");
        detail.GetProperty("appeal").GetProperty("handledBy").GetString().ShouldBe("霞石村网格员 杨浩博");
        detail.GetProperty("history").EnumerateArray().Select(e => e.GetProperty("action").GetString())
            .ShouldBe(["report", "open", "dispatch", "accept", "handle", "verify", "close", "evaluate"]);

        // A period that ends before today leaves the new appeal out; the deputy's town has its own figures.
        var yesterday = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Figures(await grid.GetFromJsonAsync<JsonElement>($"/api/v1/care/appeals/figures?region={Xiashi}&to={yesterday}", Ct)).ShouldBe((2, 1, 0, 0, 0.5m, 0m, 0m));
        var deputy = await app.ClientForAsync("deputy");
        Figures(await deputy.GetFromJsonAsync<JsonElement>($"/api/v1/care/appeals/figures?region={Baiguan}", Ct)).ShouldBe((5, 3, 2, 2, 0.6m, 0.4m, 1m));
        (await deputy.GetAsync("/api/v1/care/appeals/figures?region=abc", Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var export = await officer.GetAsync($"/api/v1/care/appeals/figures/export?region={Xiashi}&format=csv", Ct);
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await export.Content.ReadAsStringAsync(Ct)).ShouldContain("霞石村网格员 杨浩博");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DoorstepDb>();
            (await db.AuditEntries.AsNoTracking().CountAsync(a => a.Event == "export" && a.UserName == "officer" && a.ObjectType == "AppealFigures", Ct)).ShouldBe(1);
        }

        (await (await app.ClientForAsync("doctor")).GetAsync("/api/v1/care/appeals/figures", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private static async Task<JsonElement> FiguresAsync(HttpClient client) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/v1/care/appeals/figures?region={Xiashi}", Ct);

    private static (int, int, int, int, decimal, decimal, decimal) Figures(JsonElement f) =>
        (f.GetProperty("received").GetInt32(), f.GetProperty("responded").GetInt32(), f.GetProperty("resolved").GetInt32(), f.GetProperty("satisfied").GetInt32(),
         f.GetProperty("responseRate").GetDecimal(), f.GetProperty("resolutionRate").GetDecimal(), f.GetProperty("satisfactionRate").GetDecimal());

    private static async Task StepAsync(HttpClient client, Guid id, string action, object body)
    {
        var version = (await client.GetFromJsonAsync<JsonElement>($"/api/v1/work-items/{id}", Ct)).GetProperty("item").GetProperty("version").GetInt32();
        var fields = JsonSerializer.SerializeToElement(body).EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value);
        fields["version"] = version;
        var response = await client.PostAsJsonAsync($"/api/v1/work-items/{id}/{action}", fields, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{action}: {await response.Content.ReadAsStringAsync(Ct)}");
    }

    /// <summary>The appeals and appeal work items each client sees: what a refused appeal must leave as it was.</summary>
    private static async Task<(int, int, int, int)> CountsAsync(HttpClient deputy, HttpClient grid) =>
        (await TotalAsync(deputy, "/api/v1/care/appeals"), await TotalAsync(deputy, "/api/v1/work-items?type=care.appeal"),
         await TotalAsync(grid, "/api/v1/care/appeals"), await TotalAsync(grid, "/api/v1/work-items?type=care.appeal"));

    private static async Task<int> TotalAsync(HttpClient client, string url) =>
        (await client.GetFromJsonAsync<JsonElement>(url, Ct)).GetProperty("total").GetInt32();
}
