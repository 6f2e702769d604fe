using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Doorstep.Platform.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Doorstep.Care.Tests.CareDemo;

namespace Doorstep.Care.Tests;

/// <summary>Taking registry households into care, booking goods in and out, the audited export and the pages, on SQLite and PostgreSQL.</summary>
public sealed class HouseholdTests
{
    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task A_registry_household_is_taken_into_care_goods_are_booked_and_the_export_is_audited(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = await StartAsync(database);
        var grid = await app.ClientForAsync("grid");

        var person = await grid.PostAsJsonAsync("/api/v1/people", new
        {
            name = "易春花", idNumber = Kernel.CitizenId.Create("430211", new DateOnly(1948, 3, 15), 28), regionCode = "430211101201003", address = "天元区雷打石镇霞石村9组2号",
            householdNumber = "430211101201003K99", householdRelation = "户主",
        }, Ct);
        person.StatusCode.ShouldBe(HttpStatusCode.Created, await person.Content.ReadAsStringAsync(Ct));

        var bad = await grid.PostAsJsonAsync("/api/v1/care/households", new { householdNumber = "430211101201003K99", categories = new[] { "困难户" }, responsible = "deputy" }, Ct);
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problems = await bad.Content.ReadAsStringAsync(Ct);
        problems.ShouldContain("没有“困难户”这一困难类别");
        problems.ShouldContain("白关镇人大代表 杨凌波的管辖区域不含该户");

        var created = await grid.PostAsJsonAsync("/api/v1/care/households", new { householdNumber = "430211101201003K99", categories = new[] { "独居老人", "subsistence" }, responsible = "grid" }, Ct);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync(Ct));
        var row = await created.Content.ReadFromJsonAsync<JsonElement>(Ct);
        row.GetProperty("head").GetString().ShouldBe("易春花");
        row.GetProperty("categoryNames").EnumerateArray().Select(c => c.GetString()).ShouldBe(["独居老人", "低保户"]);
        row.GetProperty("responsibleName").GetString().ShouldBe("霞石村网格员 杨浩博");
        (await grid.PostAsJsonAsync("/api/v1/care/households", new { householdNumber = "430211101201003K99", categories = new[] { "subsistence" } }, Ct))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var deputy = await app.ClientForAsync("deputy");
        (await deputy.PostAsJsonAsync("/api/v1/care/households", new { householdNumber = "430211101201003K99", categories = new[] { "subsistence" } }, Ct))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        // The grid member keeps households but not the goods; the deputy books the town's.
        (await grid.PostAsJsonAsync("/api/v1/care/stock/in", new { item = "rice", region = "430211101000", quantity = 5 }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var arrived = await deputy.PostAsJsonAsync("/api/v1/care/stock/in", new { item = "水果", region = Baiguan, quantity = 10, note = "爱心商户捐赠" }, Ct);
        arrived.StatusCode.ShouldBe(HttpStatusCode.OK, await arrived.Content.ReadAsStringAsync(Ct));
        (await arrived.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("quantity").GetInt32().ShouldBe(27);
        (await deputy.PostAsJsonAsync("/api/v1/care/stock/out", new { item = "fruit", region = Baiguan, quantity = 28, note = "敬老院慰问" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await deputy.PostAsJsonAsync("/api/v1/care/stock/out", new { item = "fruit", region = Baiguan, quantity = 2 }, Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await deputy.PostAsJsonAsync("/api/v1/care/stock/out", new { item = "fruit", region = Baiguan, quantity = 27, note = "敬老院慰问" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await StockAsync(deputy, Baiguan, "fruit")).ShouldBe(0);
        (await deputy.PostAsJsonAsync("/api/v1/care/stock/in", new { item = "rice", region = "430211101000", quantity = 5, note = "x" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var export = await grid.GetAsync("/api/v1/care/households/export?format=csv", Ct);
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        var csv = await export.Content.ReadAsStringAsync(Ct);
        csv.ShouldContain("易春花");
        csv.ShouldContain("周淑珍");
        csv.ShouldNotContain("刘桂英");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Platform.Data.DoorstepDb>();
            (await db.AuditEntries.IgnoreQueryFilters().CountAsync(a => a.Event == AuditEvents.Exported && a.ObjectType == "NeedyHousehold", Ct)).ShouldBe(1);
        }

        var plan = (await deputy.GetFromJsonAsync<JsonElement>("/api/v1/care/plans", Ct)).EnumerateArray().Single().GetProperty("id").GetGuid();
        var visit = (await deputy.GetFromJsonAsync<JsonElement>("/api/v1/care/visits", Ct)).GetProperty("items")[0];
        var list = await deputy.GetStringAsync("/care/households?unvisited=true", Ct);
        list.ShouldContain("罗秋菊");
        list.ShouldNotContain("刘桂英");
        (await deputy.GetStringAsync($"/care/plans/{plan}/print", Ct)).ShouldContain("春节送温暖走访名单");
        var receipt = await deputy.GetStringAsync($"/care/visits/{visit.GetProperty("id").GetGuid()}/receipt", Ct);
        receipt.ShouldContain("慰问物资签收单");
        receipt.ShouldContain(visit.GetProperty("number").GetString()!);
        (await deputy.GetStringAsync("/care/stock", Ct)).ShouldContain("大米");
    }
}
