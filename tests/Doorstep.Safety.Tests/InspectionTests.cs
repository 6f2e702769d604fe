using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Doorstep.Platform.Data;
using Doorstep.Platform.WorkItems;
using Doorstep.Safety.Inspections;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Doorstep.Safety.Tests.SafetyDemo;

namespace Doorstep.Safety.Tests;

/// <summary>Campaigns, inspections and the rectification loop through the API, on SQLite and PostgreSQL.</summary>
public sealed class InspectionTests
{
    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task The_demo_campaign_of_2024_reports_what_the_town_found_and_fixed(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = await StartAsync(database);
        var fire = await app.ClientForAsync("fire");

        var campaigns = (await fire.GetFromJsonAsync<JsonElement>("/api/v1/safety/campaigns", Ct)).EnumerateArray().ToList();
        campaigns.Count.ShouldBe(2);
        campaigns[0].GetProperty("name").GetString()!.ShouldContain("冬春火灾防控");
        var spring = campaigns[1];
        spring.GetProperty("name").GetString().ShouldBe("2024年春节前九小场所及重点场所消防安全检查");

        var summary = await fire.GetFromJsonAsync<JsonElement>($"/api/v1/safety/campaigns/{spring.GetProperty("id").GetGuid()}/summary", Ct);
        summary.GetProperty("venuesInScope").GetInt32().ShouldBe(28);
        summary.GetProperty("inspected").GetInt32().ShouldBe(28);
        summary.GetProperty("hazardsFound").GetInt32().ShouldBe(17);
        summary.GetProperty("fixedOnSpot").GetInt32().ShouldBe(8);
        summary.GetProperty("rectified").GetInt32().ShouldBe(5);
        summary.GetProperty("overdue").GetInt32().ShouldBe(2);
        summary.GetProperty("majorHazards").GetInt32().ShouldBe(1);
        summary.GetProperty("sentence").GetString().ShouldStartWith("共计开展消防网格化排查28家（应查28家），发现消防安全隐患17处，整改消防安全隐患13处");

        // The drill-down: the town by village, then a village by grid.
        var byVillage = await fire.GetFromJsonAsync<JsonElement>($"/api/v1/safety/campaigns/{spring.GetProperty("id").GetGuid()}/figures", Ct);
        var rows = byVillage.GetProperty("rows").EnumerateArray().ToList();
        rows.Select(r => r.GetProperty("name").GetString()).ShouldBe(["霞石村", "雷打石村", "双石村"]);
        rows.Sum(r => r.GetProperty("figures").GetProperty("venuesInScope").GetInt32()).ShouldBe(28);
        var byGrid = await fire.GetFromJsonAsync<JsonElement>($"/api/v1/safety/campaigns/{spring.GetProperty("id").GetGuid()}/figures?region=430211101201", Ct);
        byGrid.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("name").GetString()).ShouldContain("霞石村第一网格");

        // A grid member sees the campaign, counted over his village only.
        var grid = await app.ClientForAsync("grid");
        var seen = await CampaignAsync(grid, "2024年春节前");
        seen.GetProperty("venuesInScope").GetInt32().ShouldBe(10);

        var states = (await fire.GetFromJsonAsync<JsonElement>($"/api/v1/safety/hazards?campaign={spring.GetProperty("id").GetGuid()}&pageSize=50", Ct))
            .GetProperty("items").EnumerateArray().Select(h => h.GetProperty("state").GetString()).ToList();
        states.ShouldContain("Closed");
        states.ShouldContain("Rectified");
        states.ShouldContain("AwaitingReinspection");
        states.ShouldContain("Overdue");
        states.ShouldContain("Rectifying");
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task A_failing_item_becomes_a_hazard_that_closes_only_after_a_passing_reinspection(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = await StartAsync(database);
        var fire = await app.ClientForAsync("fire");
        var winter = (await CampaignAsync(fire, "冬春火灾防控")).GetProperty("id").GetGuid();
        var school = (await VenueAsync(fire, "霞石村星星幼儿园")).GetProperty("id").GetGuid();
        var items = await ChecklistItemsAsync(fire, "small-school");
        var lights = IdOf(items, "应急照明");
        var exits = IdOf(items, "安全出口、疏散通道");

        var response = await fire.PostAsJsonAsync("/api/v1/safety/inspections", new
        {
            campaignId = winter,
            venueId = school,
            inspectors = new[] { "fire", "grid" },
            longitude = 113.0151,
            latitude = 27.7452,
            note = "园长陪同检查",
            items = Results(items, new()
            {
                ["应急照明"] = new { itemId = lights, result = "fail", location = "午休室走廊" },
                ["安全出口、疏散通道"] = new { itemId = exits, result = "fail", fixedOnSpot = true, location = "后门" },
            }),
            photos = new[] { new { fileName = "走廊.png", contentBase64 = Png, itemId = lights } },
        }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        var recorded = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        recorded.GetProperty("failed").GetInt32().ShouldBe(2);
        recorded.GetProperty("fixedOnSpot").GetInt32().ShouldBe(1);
        recorded.GetProperty("noticeNumber").GetString().ShouldStartWith("消限字〔");
        var hazard = recorded.GetProperty("hazards").EnumerateArray().Single();
        hazard.GetProperty("itemId").GetGuid().ShouldBe(lights);
        var workItemId = hazard.GetProperty("id").GetGuid();
        var hazardId = hazard.GetProperty("hazardId").GetGuid();
        DateOnly.Parse(hazard.GetProperty("dueDate").GetString()!, System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(DateOnly.FromDateTime(DateTime.UtcNow));

        var workItem = await fire.GetFromJsonAsync<JsonElement>($"/api/v1/work-items/{workItemId}", Ct);
        workItem.GetProperty("item").GetProperty("status").GetString().ShouldBe("Accepted");
        workItem.GetProperty("item").GetProperty("assignedUnitName").GetString().ShouldBe("霞石村星星幼儿园");

        var officer = await app.ClientForAsync("officer");
        (await officer.PostAsJsonAsync($"/api/v1/safety/hazards/{hazardId}/close", new { }, Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var grid = await app.ClientForAsync("grid");
        (await grid.PostAsJsonAsync($"/api/v1/safety/hazards/{hazardId}/owner-request", new { note = "已更换应急灯" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var handled = await fire.GetFromJsonAsync<JsonElement>($"/api/v1/work-items/{workItemId}", Ct);
        handled.GetProperty("item").GetProperty("status").GetString().ShouldBe("Handled");

        // The generic verify step is not the re-inspection: the record with two inspectors is.
        var generic = await grid.PostAsJsonAsync($"/api/v1/work-items/{workItemId}/verify", new { version = handled.GetProperty("item").GetProperty("version").GetInt32(), passed = true }, Ct);
        generic.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await generic.Content.ReadAsStringAsync(Ct)).ShouldContain("复查记录");

        var failed = await grid.PostAsJsonAsync($"/api/v1/safety/hazards/{hazardId}/reinspections", new { inspectors = new[] { "grid", "fire" }, passed = false, note = "仍有一盏不亮" }, Ct);
        failed.StatusCode.ShouldBe(HttpStatusCode.OK, await failed.Content.ReadAsStringAsync(Ct));
        (await failed.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("state").GetString().ShouldBe("Rectifying");

        var passed = await grid.PostAsJsonAsync($"/api/v1/safety/hazards/{hazardId}/reinspections", new { inspectors = new[] { "grid", "fire" }, passed = true, note = "全部正常", photos = new[] { new { fileName = "复查.png", contentBase64 = Png } } }, Ct);
        passed.StatusCode.ShouldBe(HttpStatusCode.OK, await passed.Content.ReadAsStringAsync(Ct));
        (await passed.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("state").GetString().ShouldBe("Rectified");

        var closed = await officer.PostAsJsonAsync($"/api/v1/safety/hazards/{hazardId}/close", new { note = "销案" }, Ct);
        closed.StatusCode.ShouldBe(HttpStatusCode.OK, await closed.Content.ReadAsStringAsync(Ct));
        (await closed.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("state").GetString().ShouldBe("Closed");

        var detail = await fire.GetFromJsonAsync<JsonElement>($"/api/v1/safety/hazards/{hazardId}", Ct);
        detail.GetProperty("reinspections").GetArrayLength().ShouldBe(2);
        var summary = await fire.GetFromJsonAsync<JsonElement>($"/api/v1/safety/campaigns/{winter}/summary", Ct);
        summary.GetProperty("inspected").GetInt32().ShouldBe(1);
        summary.GetProperty("hazardsFound").GetInt32().ShouldBe(2);
        summary.GetProperty("fixedOnSpot").GetInt32().ShouldBe(1);
        summary.GetProperty("rectified").GetInt32().ShouldBe(1);

        var inspection = await fire.GetFromJsonAsync<JsonElement>($"/api/v1/safety/inspections/{recorded.GetProperty("id").GetGuid()}", Ct);
        var photo = inspection.GetProperty("photos").EnumerateArray().Single().GetProperty("id").GetGuid();
        var image = await fire.GetAsync($"/api/v1/safety/inspections/photos/{photo}", Ct);
        image.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task A_bad_inspection_is_refused_with_its_reasons_and_writes_nothing(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = await StartAsync(database);
        var fire = await app.ClientForAsync("fire");
        var grid = await app.ClientForAsync("grid");
        var spring = (await CampaignAsync(fire, "2024年春节前")).GetProperty("id").GetGuid();
        var winter = (await CampaignAsync(fire, "冬春火灾防控")).GetProperty("id").GetGuid();
        var shop = (await VenueAsync(fire, "霞石村金穗超市")).GetProperty("id").GetGuid();
        var inn = (await VenueAsync(fire, "雷打石镇悦来旅社")).GetProperty("id").GetGuid();
        var items = await ChecklistItemsAsync(fire, "small-shop");
        var hotelItem = IdOf(await ChecklistItemsAsync(fire, "small-hotel"), "疏散示意图");
        var (inspections, workItems) = await CountAsync(app);

        async Task<string> RefusedAsync(HttpClient client, object body)
        {
            var response = await client.PostAsJsonAsync("/api/v1/safety/inspections", body, Ct);
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync(Ct));
            return await response.Content.ReadAsStringAsync(Ct);
        }

        (await RefusedAsync(fire, new { campaignId = winter, venueId = shop, inspectors = new[] { "fire" }, items = Results(items) })).ShouldContain("两名以上检查人员");
        (await RefusedAsync(fire, new { campaignId = spring, venueId = shop, inspectors = new[] { "fire", "grid" }, items = Results(items) })).ShouldContain("不在“2024年春节前九小场所及重点场所消防安全检查”的检查期间");
        (await RefusedAsync(grid, new { venueId = inn, inspectors = new[] { "grid", "fire" }, items = Results(items) })).ShouldContain("不在您的管辖范围内");
        (await RefusedAsync(fire, new { venueId = inn, inspectors = new[] { "fire", "grid" }, items = Results(await ChecklistItemsAsync(fire, "small-hotel")) })).ShouldContain("杨浩博的管辖区域不含该场所");
        (await RefusedAsync(fire, new
        {
            campaignId = winter, venueId = shop, inspectors = new[] { "fire", "grid" }, items = Results(items),
            photos = new[] { new { fileName = "通知.pdf", contentBase64 = Convert.ToBase64String("%PDF-1.4"u8.ToArray()), itemId = (Guid?)null } },
        })).ShouldContain("不是图片");
        (await RefusedAsync(fire, new
        {
            campaignId = winter, venueId = shop, inspectors = new[] { "fire", "grid" },
            items = Results(items).Append(new { itemId = hotelItem, result = "pass" }).ToList(),
        })).ShouldContain("不属于小商店的检查表");
        (await RefusedAsync(fire, new { campaignId = winter, venueId = shop, inspectors = new[] { "fire", "grid" }, items = Results(items).Skip(2).ToList() })).ShouldContain("还有2项未检查");
        (await RefusedAsync(fire, new
        {
            campaignId = winter, venueId = shop, inspectors = new[] { "fire", "grid" },
            items = Results(items, new() { ["灭火器"] = new { itemId = IdOf(items, "灭火器"), result = "fail", fixedOnSpot = true } }),
        })).ShouldContain("不能当场改正");

        (await CountAsync(app)).ShouldBe((inspections, workItems));
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    public async Task A_major_hazard_review_needs_three_people_or_a_panel_of_seven_with_two_thirds(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = await StartAsync(database);
        var fire = await app.ClientForAsync("fire");
        var spring = (await CampaignAsync(fire, "2024年春节前")).GetProperty("id").GetGuid();
        var fireworks = (await fire.GetFromJsonAsync<JsonElement>($"/api/v1/safety/hazards?campaign={spring}&q=专店专营", Ct)).GetProperty("items").EnumerateArray().Single();
        fireworks.GetProperty("state").GetString().ShouldBe("Overdue");
        var id = fireworks.GetProperty("id").GetGuid();
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var two = await fire.PostAsJsonAsync($"/api/v1/safety/hazards/{id}/reviews", new { reviewedOn = today, method = "Collective", members = new[] { "周奕江", "易志刚" }, major = true }, Ct);
        (await two.Content.ReadAsStringAsync(Ct)).ShouldContain("集体讨论须有3人以上参加");
        var panel = await fire.PostAsJsonAsync($"/api/v1/safety/hazards/{id}/reviews", new { reviewedOn = today, method = "ExpertPanel", members = new[] { "甲", "乙", "丙", "丁", "戊", "己", "庚" }, agreeing = 4, major = true }, Ct);
        (await panel.Content.ReadAsStringAsync(Ct)).ShouldContain("7人中至少5人");

        var ok = await fire.PostAsJsonAsync($"/api/v1/safety/hazards/{id}/reviews", new { reviewedOn = today, method = "ExpertPanel", members = new[] { "甲", "乙", "丙", "丁", "戊", "己", "庚" }, agreeing = 5, major = true, basis = "居住与经营未分隔" }, Ct);
        ok.StatusCode.ShouldBe(HttpStatusCode.OK, await ok.Content.ReadAsStringAsync(Ct));
        (await fire.GetFromJsonAsync<JsonElement>($"/api/v1/safety/campaigns/{spring}/summary", Ct)).GetProperty("majorHazards").GetInt32().ShouldBe(2);
    }

    private static async Task<(int, int)> CountAsync(DoorstepAppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DoorstepDb>();
        return (await db.Set<Inspection>().IgnoreQueryFilters().CountAsync(Ct), await db.Set<WorkItem>().IgnoreQueryFilters().CountAsync(Ct));
    }
}
