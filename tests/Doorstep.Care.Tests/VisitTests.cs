using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Doorstep.Platform.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Doorstep.Care.Tests.CareDemo;

namespace Doorstep.Care.Tests;

/// <summary>送温暖 visits taking goods from the town's stock, all or nothing, on SQLite and PostgreSQL.</summary>
public sealed class VisitTests
{
    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task A_visit_takes_its_goods_from_the_stock_and_goods_beyond_the_stock_are_refused_with_nothing_changed(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = await StartAsync(database);
        var deputy = await app.ClientForAsync("deputy");

        (await StockAsync(deputy, Baiguan, "rice")).ShouldBe(34);
        (await StockAsync(deputy, Baiguan, "fruit")).ShouldBe(17);
        var luo = await HouseholdIdAsync(deputy, "罗秋菊");
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

        var visit = await deputy.PostAsJsonAsync("/api/v1/care/visits", new
        {
            household = luo, visitedOn = today, money = 500, heard = "女儿考上县一中，学费有困难",
            goods = new object[] { new { item = "大米", quantity = 2 }, new { item = "oil", quantity = 1 }, new { item = "rice", quantity = 1 } },
        }, Ct);
        visit.StatusCode.ShouldBe(HttpStatusCode.Created, await visit.Content.ReadAsStringAsync(Ct));
        var recorded = await visit.Content.ReadFromJsonAsync<JsonElement>(Ct);
        recorded.GetProperty("visitorNames").GetString().ShouldBe("白关镇人大代表 杨凌波");
        recorded.GetProperty("goods").EnumerateArray().Select(g => $"{g.GetProperty("name").GetString()}{g.GetProperty("quantity").GetInt32()}{g.GetProperty("unit").GetString()}")
            .ShouldBe(["大米3袋", "食用油1桶"]);
        (await StockAsync(deputy, Baiguan, "rice")).ShouldBe(31);
        (await StockAsync(deputy, Baiguan, "oil")).ShouldBe(25);
        var movements = await deputy.GetFromJsonAsync<JsonElement>($"/api/v1/care/stock/movements?region={Baiguan}&item=rice", Ct);
        movements.GetProperty("items")[0].GetProperty("change").GetInt32().ShouldBe(-3);
        movements.GetProperty("items")[0].GetProperty("balance").GetInt32().ShouldBe(31);

        // A photo taken on the visit is kept with it; a file that is not an image is refused.
        var visitId = recorded.GetProperty("id").GetGuid();
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52];
        (await deputy.PostAsync($"/api/v1/care/photos/visit/{visitId}", Photo("慰问.txt", "not a photo"u8.ToArray()), Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var uploaded = await deputy.PostAsync($"/api/v1/care/photos/visit/{visitId}", Photo("慰问.png", png), Ct);
        uploaded.IsSuccessStatusCode.ShouldBeTrue();
        (await deputy.PostAsync($"/api/v1/care/photos/visit/{visitId}", Photo("误传.png", png), Ct)).IsSuccessStatusCode.ShouldBeTrue();
        (await deputy.GetFromJsonAsync<JsonElement>($"/api/v1/care/photos?owner=visit&id={visitId}", Ct)).GetArrayLength().ShouldBe(2);
        (await deputy.PostAsync($"/api/v1/care/photos/visit/{Guid.NewGuid()}", Photo("慰问.png", png), Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // The one uploaded by mistake is deleted by the deputy; an officer of another district cannot reach it.
        var mistake = (await deputy.GetFromJsonAsync<JsonElement>($"/api/v1/care/photos?owner=visit&id={visitId}", Ct)).EnumerateArray()
            .Single(p => p.GetProperty("fileName").GetString() == "误传.png").GetProperty("id").GetGuid();
        var officer = await app.ClientForAsync("officer");
        (await officer.DeleteAsync($"/api/v1/care/photos/{mistake}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await deputy.DeleteAsync($"/api/v1/care/photos/{mistake}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await deputy.DeleteAsync($"/api/v1/care/photos/{mistake}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await deputy.GetFromJsonAsync<JsonElement>($"/api/v1/care/photos?owner=visit&id={visitId}", Ct)).EnumerateArray()
            .Select(p => p.GetProperty("fileName").GetString()).ShouldBe(["慰问.png"]);

        // domain-rules.md (等保 level 3): the audit log keeps who did what to which object; a visit
        // photo shows a needy household, so its deletion is recorded with the deputy and the photo.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Platform.Data.DoorstepDb>();
            (await db.AuditEntries.IgnoreQueryFilters().CountAsync(a => a.Event == AuditEvents.Deleted && a.ObjectType == "CarePhoto" && a.ObjectId == mistake.ToString() && a.UserName == "deputy", Ct)).ShouldBe(1);
        }

        var history = await deputy.GetFromJsonAsync<JsonElement>($"/api/v1/care/households/{luo}", Ct);
        history.GetProperty("help").GetArrayLength().ShouldBe(2);
        history.GetProperty("help")[0].GetProperty("heard").GetString().ShouldBe("女儿考上县一中，学费有困难");
        history.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("idNumber").GetString()).ShouldAllBe(id => id!.Contains('*'));

        // One bag more than the town holds: refused, and neither the milk nor the visit stays.
        var milk = await StockAsync(deputy, Baiguan, "milk");
        var tan = await HouseholdIdAsync(deputy, "谭满生");
        var tooMuch = await deputy.PostAsJsonAsync("/api/v1/care/visits", new
        {
            household = tan, visitedOn = today,
            goods = new object[] { new { item = "milk", quantity = 1 }, new { item = "rice", quantity = 32 } },
        }, Ct);
        tooMuch.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await tooMuch.Content.ReadAsStringAsync(Ct)).ShouldContain("大米库存不足：白关镇现有31袋，需要32袋");
        (await StockAsync(deputy, Baiguan, "rice")).ShouldBe(31);
        (await StockAsync(deputy, Baiguan, "milk")).ShouldBe(milk);
        (await deputy.GetFromJsonAsync<JsonElement>($"/api/v1/care/households/{tan}", Ct)).GetProperty("help").GetArrayLength().ShouldBe(0);

        // Exactly what is left may go; the stock then stands at zero and refuses the next box.
        var allFruit = await deputy.PostAsJsonAsync("/api/v1/care/visits", new { household = tan, visitedOn = today, goods = new[] { new { item = "水果", quantity = 17 } } }, Ct);
        allFruit.StatusCode.ShouldBe(HttpStatusCode.Created, await allFruit.Content.ReadAsStringAsync(Ct));
        (await StockAsync(deputy, Baiguan, "fruit")).ShouldBe(0);
        (await deputy.PostAsJsonAsync("/api/v1/care/visits", new { household = tan, visitedOn = today, goods = new[] { new { item = "fruit", quantity = 1 } } }, Ct))
            .StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var bad = await deputy.PostAsJsonAsync("/api/v1/care/visits", new
        {
            household = tan, visitedOn = today.AddDays(1), money = -1, visitors = new[] { "jobs" },
            goods = new object[] { new { item = "黄金", quantity = 1 }, new { item = "rice", quantity = 0 } },
        }, Ct);
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problems = await bad.Content.ReadAsStringAsync(Ct);
        problems.ShouldContain("走访日期不能晚于今天");
        problems.ShouldContain("没有“黄金”这种物资");
        problems.ShouldContain("大米：数量应为1～100000的整数");
        problems.ShouldContain("慰问金应为0～100000元");
        problems.ShouldContain("“jobs”不是人大代表、网格员或业务科室账号");
        (await StockAsync(deputy, Baiguan, "rice")).ShouldBe(31);
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task The_festival_plan_shows_progress_and_the_households_nobody_has_visited_and_others_see_nothing(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = await StartAsync(database);
        var deputy = await app.ClientForAsync("deputy");
        var grid = await app.ClientForAsync("grid");

        (await HeadsAsync(deputy, "/api/v1/care/households/unvisited")).ShouldBe(["谭满生", "罗秋菊"], ignoreOrder: true);
        var plan = (await deputy.GetFromJsonAsync<JsonElement>("/api/v1/care/plans", Ct)).EnumerateArray().Single();
        plan.GetProperty("name").GetString().ShouldEndWith("年春节送温暖");
        plan.GetProperty("households").GetInt32().ShouldBe(6);
        plan.GetProperty("visited").GetInt32().ShouldBe(4);

        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var tan = await HouseholdIdAsync(deputy, "谭满生");
        (await deputy.PostAsJsonAsync("/api/v1/care/visits", new { household = tan, visitedOn = today, heard = "腿疼，想申请轮椅" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var progress = await deputy.GetFromJsonAsync<JsonElement>($"/api/v1/care/plans/{plan.GetProperty("id").GetGuid()}", Ct);
        progress.GetProperty("plan").GetProperty("visited").GetInt32().ShouldBe(5);
        var mine = progress.GetProperty("byVisitor").EnumerateArray().Single();
        (mine.GetProperty("households").GetInt32(), mine.GetProperty("visited").GetInt32()).ShouldBe((6, 5));
        progress.GetProperty("entries")[0].GetProperty("head").GetString().ShouldBe("罗秋菊");
        progress.GetProperty("entries")[0].GetProperty("visitedOn").ValueKind.ShouldBe(JsonValueKind.Null);
        (await HeadsAsync(deputy, "/api/v1/care/households/unvisited")).ShouldBe(["罗秋菊"]);

        // Outside the deputy's town: the grid member's households cannot be visited or planned by the deputy.
        var zhou = await HouseholdIdAsync(grid, "周淑珍");
        (await deputy.PostAsJsonAsync("/api/v1/care/visits", new { household = zhou, visitedOn = today }, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await deputy.GetAsync($"/api/v1/care/households/{zhou}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await HeadsAsync(grid, "/api/v1/care/households?pageSize=100")).ShouldBe(["周淑珍", "胡德全"], ignoreOrder: true);
        (await HeadsAsync(deputy, "/api/v1/care/households?pageSize=100&category=disabled")).ShouldBe(["王建国", "谭满生"], ignoreOrder: true);

        var wrong = await deputy.PostAsJsonAsync("/api/v1/care/plans", new { name = "中秋走访", region = Baiguan, startsOn = today, endsOn = today.AddDays(-1) }, Ct);
        wrong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await wrong.Content.ReadAsStringAsync(Ct)).ShouldContain("结束日期不能早于开始日期");
        var small = await deputy.PostAsJsonAsync("/api/v1/care/plans", new
        {
            name = "重阳节走访", region = "430203101203", startsOn = today, endsOn = today.AddDays(9),
            entries = new[] { new { household = tan, visitor = "deputy" } },
        }, Ct);
        small.StatusCode.ShouldBe(HttpStatusCode.Created, await small.Content.ReadAsStringAsync(Ct));
        var created = await small.Content.ReadFromJsonAsync<JsonElement>(Ct);
        (created.GetProperty("households").GetInt32(), created.GetProperty("visited").GetInt32()).ShouldBe((1, 1));

        foreach (var user in new[] { "doctor", "jobs" })
        {
            var other = await app.ClientForAsync(user);
            (await other.GetAsync("/api/v1/care/households", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            (await other.GetAsync("/api/v1/care/stock", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            (await other.GetAsync("/api/v1/care/plans", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            (await other.PostAsJsonAsync("/api/v1/care/visits", new { household = tan, visitedOn = today }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            (await other.GetAsync("/care/households", Ct)).StatusCode.ShouldNotBe(HttpStatusCode.OK);
        }
    }

    private static MultipartFormDataContent Photo(string name, byte[] bytes) => new() { { new ByteArrayContent(bytes), "photos", name } };
}
