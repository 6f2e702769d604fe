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
        var overduePage = await fire.GetStringAsync("/safety/hazards?state=Overdue", Ct);
        overduePage.ShouldContain("专店专营");
        overduePage.ShouldNotContain("静电接地");
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

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task A_new_checklist_version_leaves_old_inspections_with_the_one_they_used(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = await StartAsync(database);
        var officer = await app.ClientForAsync("officer");
        var fire = await app.ClientForAsync("fire");
        var old = await ChecklistItemsAsync(officer, "small-shop");
        var revised = old.Skip(1).Select(i => new
        {
            text = i.GetProperty("text").GetString()!,
            provision = i.GetProperty("provision").GetString()!,
            requirement = i.GetProperty("requirement").GetString()!,
            severity = i.GetProperty("severity").GetString()!,
            fixableOnSpot = i.GetProperty("fixableOnSpot").GetBoolean(),
        }).Prepend(new { text = "配置4kg以上ABC干粉灭火器不少于2具，压力正常", provision = "《建筑灭火器配置设计规范》GB 50140-2005 第6.1.1条", requirement = "按标准补配灭火器", severity = "General", fixableOnSpot = false }).ToList();

        var published = await officer.PostAsJsonAsync("/api/v1/safety/checklists/small-shop", new { items = revised }, Ct);
        published.StatusCode.ShouldBe(HttpStatusCode.Created, await published.Content.ReadAsStringAsync(Ct));
        (await published.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("version").GetInt32().ShouldBe(2);
        (await officer.PostAsJsonAsync("/api/v1/safety/checklists/small-shop", new { items = Array.Empty<object>() }, Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await officer.PostAsJsonAsync("/api/v1/safety/checklists/karaoke", new { items = revised }, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var grid = await app.ClientForAsync("grid");
        (await grid.PostAsJsonAsync("/api/v1/safety/checklists/small-shop", new { items = revised }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // The 2024 inspection of a shop still reads the first version's wording.
        var spring = (await CampaignAsync(fire, "2024年春节前")).GetProperty("id").GetGuid();
        var shop = (await VenueAsync(fire, "霞石村金穗超市")).GetProperty("id").GetGuid();
        var inspection = (await fire.GetFromJsonAsync<JsonElement>($"/api/v1/safety/inspections?campaign={spring}&venue={shop}", Ct)).GetProperty("items")[0].GetProperty("id").GetGuid();
        var detail = await fire.GetFromJsonAsync<JsonElement>($"/api/v1/safety/inspections/{inspection}", Ct);
        detail.GetProperty("checklistVersion").GetInt32().ShouldBe(1);
        detail.GetProperty("results")[0].GetProperty("text").GetString().ShouldBe(old[0].GetProperty("text").GetString());

        // A new inspection walks version 2: the first version's items no longer belong.
        var winter = (await CampaignAsync(fire, "冬春火灾防控")).GetProperty("id").GetGuid();
        var stale = await fire.PostAsJsonAsync("/api/v1/safety/inspections", new { campaignId = winter, venueId = shop, inspectors = new[] { "fire", "grid" }, items = Results(old) }, Ct);
        (await stale.Content.ReadAsStringAsync(Ct)).ShouldContain("不属于小商店的检查表（第2版）");
        var current = await fire.PostAsJsonAsync("/api/v1/safety/inspections", new { campaignId = winter, venueId = shop, inspectors = new[] { "fire", "grid" }, items = Results(await ChecklistItemsAsync(fire, "small-shop")) }, Ct);
        current.StatusCode.ShouldBe(HttpStatusCode.Created, await current.Content.ReadAsStringAsync(Ct));
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    public async Task Inspections_and_hazards_export_to_excel_and_the_export_is_audited(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = await StartAsync(database);
        var fire = await app.ClientForAsync("fire");
        var spring = (await CampaignAsync(fire, "2024年春节前")).GetProperty("id").GetGuid();

        var hazards = await fire.GetAsync($"/api/v1/safety/hazards/export?campaign={spring}", Ct);
        hazards.StatusCode.ShouldBe(HttpStatusCode.OK);
        hazards.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        (await hazards.Content.ReadAsByteArrayAsync(Ct)).Take(2).ShouldBe("PK"u8.ToArray());

        var csv = await fire.GetStringAsync($"/api/v1/safety/inspections/export?campaign={spring}&format=csv", Ct);
        csv.ShouldContain("检查编号,专项检查,场所");
        csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(29);
        csv.ShouldContain("雷打石镇悦来旅社");

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DoorstepDb>();
        var exports = await db.AuditEntries.IgnoreQueryFilters().Where(a => a.Event == "export" && a.UserName == "fire").Select(a => a.ObjectType).ToListAsync(Ct);
        exports.ShouldContain("Hazard");
        exports.ShouldContain("Inspection");
    }

    private static async Task<(int, int)> CountAsync(DoorstepAppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DoorstepDb>();
        return (await db.Set<Inspection>().IgnoreQueryFilters().CountAsync(Ct), await db.Set<WorkItem>().IgnoreQueryFilters().CountAsync(Ct));
    }
}
